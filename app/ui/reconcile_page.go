package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// reconciliation returns the claim reconciled with the session's ledger
// date and scenario.
func (e *Explorer) reconciliation() (model.Reconciliation, error) {
	return model.Reconcile(e.s.Ledger, e.s.Result)
}

func (e *Explorer) reconcileOptions() (usd, gw string) {
	c, err := e.reconciliation()
	if err != nil {
		return "", ""
	}
	usd = e.option("chart-reconcile-usd", e.s.chartInput("chart-reconcile-usd"), func() chart.Optioner { return chart.Waterfall("From the deals to the ~$1.4T claim", c.Commitments) })
	gw = e.option("chart-reconcile-gw", e.s.chartInput("chart-reconcile-gw"), func() chart.Optioner { return chart.Waterfall("From the deals to the ~30 GW claim", c.Capacity) })
	return usd, gw
}

// reconcileTiles returns the reconcile view's headline tiles of run r:
// the ledger's commitments and capacity against the claim, OpenAI's own
// obligations in r, and the homes; none when r cannot be reconciled.
func (e *Explorer) reconcileTiles(r model.Result) []Tile {
	c, err := model.Reconcile(e.s.Ledger, r)
	if err != nil {
		return nil
	}
	h := c.Homes
	return []Tile{
		{Label: "Ledger's commitments", Value: formatUSD(c.LedgerCommitmentsUSD), Note: "deduplicated, against ~" + formatUSD(c.Commitments.Claim) + " claimed"},
		{Label: "OpenAI's own obligations", Value: formatUSD(c.OpenAIObligationsUSD), Note: "scenario “" + model.PresetLabel(c.Scenario) + "”; capex built by others (" + formatUSD(c.BuiltByOthersUSD) + ") left out"},
		{Label: "Ledger's capacity", Value: formatGW(c.Capacity.Ledger), Note: "against ~" + formatGW(c.Capacity.Claim) + " claimed"},
		{Label: "Homes", Value: formatCountShort(h.ComputedHomes), Note: formatGW(h.ClaimGW) + " at full draw; " + formatCountShort(h.ClaimHomes) + " claimed"},
	}
}

// dealsHref returns the ledger view's link showing only the given deals,
// with the session's scenario and date.
func (e *Explorer) dealsHref(ids []string) string {
	q, _ := url.ParseQuery(e.query())
	q.Set(paramDeals, strings.Join(ids, ","))
	return Href(pathLedger) + "?" + EncodeQuery(q)
}

// renderReconcile returns the reconcile view: the claim's two waterfalls,
// each step with the deals behind it, the homes arithmetic and the ledger's
// commitments beside OpenAI's own obligations.
func (e *Explorer) renderReconcile() app.UI {
	c, err := e.reconciliation()
	if err != nil {
		return app.P().Class("error-panel").Text(err.Error())
	}
	usdOpt, gwOpt := e.reconcileOptions()
	h := c.Homes
	return app.Div().Body(
		app.P().Class("help").Text("The claim (Altman, "+c.ClaimDate.String()+") against the ledger as of "+c.AsOf.String()+"; change the date in the scenario panel."),
		e.tilesWithBase(func(r model.Result) []Tile { return e.reconcileTiles(r) }),
		e.chartCard("chart-reconcile-usd", "From the deals to the ~$1.4T claim", usdOpt, chart.WaterfallSummary(c.Commitments), "chart-tall"),
		e.stepsTable("reconcile-usd", "The dollar steps", c.Commitments),
		e.chartCard("chart-reconcile-gw", "From the deals to the ~30 GW claim", gwOpt, chart.WaterfallSummary(c.Capacity), "chart-tall"),
		e.stepsTable("reconcile-gw", "The capacity steps", c.Capacity),
		dataTable("reconcile-homes", "25 million homes: the arithmetic", []string{"Input or result", "Value", "Source"}, []bool{false, true, false}, [][]string{
			{"Claimed capacity", formatGW(h.ClaimGW), sourceNames(c.Capacity.ClaimSources)},
			{"Hours in a year (365 × 24)", formatCount(h.HoursPerYear), ""},
			{"A year at full draw", formatTWh(h.ClaimTWh), ""},
			{"Average US household's use", formatCount(h.HouseholdKWhPerYear) + " kWh", sourceNames(h.HouseholdSources)},
			{"Homes: full draw ÷ household use", formatCount(h.ComputedHomes), ""},
			{"Homes claimed", formatCount(h.ClaimHomes), sourceNames(h.ClaimSources)},
			{"Use per home the claim implies", formatCount(h.ImpliedKWhPerHome) + " kWh", ""},
			{"The ledger's capacity at full draw", formatCount(h.LedgerHomes) + " homes (" + formatGW(h.LedgerGW) + ")", ""},
		}, true),
	)
}

// stepsTable lists a waterfall's steps, each with links to its deals in
// the ledger view.
func (e *Explorer) stepsTable(id, caption string, w data.Waterfall) app.UI {
	f := formatUSD
	if w.Unit != "USD" {
		f = formatGW
	}
	signed := func(v float64) string {
		if v < 0 {
			return "−" + f(-v)
		}
		return "+" + f(v)
	}
	rows := []app.UI{app.Tr().Body(app.Th().Scope("row").Text("Claim"), app.Td().Class("num").Text(f(w.Claim)), app.Td().Text(sourceNames(w.ClaimSources)))}
	for _, s := range w.Steps {
		if s.Kind == data.StepResidual {
			rows = append(rows, app.Tr().Body(app.Th().Scope("row").Text("Ledger total"), app.Td().Class("num step-value").Attr("data-key", "ledger").Attr("data-value", number(w.Ledger)).Text(f(w.Ledger)), app.Td().Text("")))
		}
		links := []app.UI{app.Span().Text(s.Note + " ")}
		if len(s.DealIDs) > 0 {
			links = append(links, app.A().Class("step-deals").Href(e.dealsHref(s.DealIDs)).Text("Open its "+itoa(len(s.DealIDs))+" deals in the ledger"))
		}
		rows = append(rows, app.Tr().ID(id+"-"+strings.ReplaceAll(s.Key, ":", "-")).Body(
			app.Th().Scope("row").Text(s.Label), app.Td().Class("num step-value").Attr("data-key", s.Key).Attr("data-value", number(s.Value)).Text(signed(s.Value)), app.Td().Body(links...)))
	}
	return app.Div().Class("table-wrap").TabIndex(0).Role("region").Aria("labelledby", id).Body(
		app.Table().Class("data-table").ID(id+"-table").Body(
			app.Caption().ID(id).Text(caption),
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Step"), app.Th().Scope("col").Class("num").Text("Amount"), app.Th().Scope("col").Text("What it is, and its deals"))),
			app.TBody().Body(rows...),
		),
	)
}

// number writes a value exactly, for the page's data attributes.
func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// sourceNames names the publishers of sources.
func sourceNames(ss []data.Source) string {
	var names []string
	for _, s := range ss {
		names = append(names, s.Publisher+" ("+s.Date.String()+")")
	}
	return strings.Join(names, "; ")
}
