package ui

import (
	"sort"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// OverviewPage is the landing view: the headline figures and commitments
// by counterparty.
type OverviewPage struct {
	app.Compo

	view       data.View
	optionJSON string
	err        error
}

// OnInit loads the ledger and builds the chart option; it runs on the
// server for pre-rendering and again in the browser.
func (p *OverviewPage) OnInit() {
	l, err := loadLedger()
	if err != nil {
		p.err = err
		return
	}
	p.view = l.AsOf(l.Latest())
	b, err := chart.OptionJSON(chart.CommitmentsByCounterparty(counterpartyAmounts(p.view)))
	if err != nil {
		p.err = err
		return
	}
	p.optionJSON = string(b)
}

// Render returns the overview.
func (p *OverviewPage) Render() app.UI {
	if p.err != nil {
		return &Shell{Active: "/", Content: []app.UI{errorPanel(p.err)}}
	}
	t := p.view.Totals
	return &Shell{Active: "/", Content: []app.UI{
		app.H1().Text("OpenAI's compute commitments, sourced"),
		app.P().Class("lede").Text(
			"As of " + p.view.AsOf.String() + ", the ledger counts " + formatUSD(t.CommitmentsUSD) +
				" of commitments (" + formatUSD(t.DisclosedUSD) + " disclosed, " + formatUSD(t.EstimatedUSD) +
				" estimated) for " + formatGW(t.CapacityGW) + " of capacity, with overlaps such as Oracle inside Stargate counted once."),
		app.Div().Class("tiles").Body(
			tile("Commitments", formatUSD(t.CommitmentsUSD), formatUSD(t.DisclosedUSD)+" disclosed, "+formatUSD(t.EstimatedUSD)+" estimated"),
			tile("Capacity", formatGW(t.CapacityGW), "contracted, deduplicated"),
			tile("Overlaps removed", formatUSD(t.OverlapRemovedUSD), formatGW(t.OverlapRemovedGW)+" counted inside other deals"),
		),
		app.Section().Class("chart-card").Body(
			&EChart{ID: "chart-commitments", Label: "Commitments by counterparty, US$ billions, disclosed and estimated", OptionJSON: p.optionJSON, Class: "chart-tall"},
		),
	}}
}

// tile returns one headline figure with its label and a note.
func tile(label, value, note string) app.UI {
	return app.Div().Class("tile").Body(
		app.Div().Class("tile-label").Text(label),
		app.Div().Class("tile-value").Text(value),
		app.Div().Class("tile-note").Text(note),
	)
}

// errorPanel tells the reader what failed instead of leaving a blank page.
func errorPanel(err error) app.UI {
	return app.Div().Class("error-panel").Role("alert").Body(
		app.H1().Text("The ledger could not be loaded"),
		app.P().Text(err.Error()),
	)
}

// counterpartyAmounts sums the deals counted in the view's totals by
// counterparty, largest first.
func counterpartyAmounts(v data.View) []chart.CounterpartyAmount {
	byName := map[string]*chart.CounterpartyAmount{}
	var order []string
	for _, d := range v.Deals {
		if !v.InTotals(d.ID) || d.ValueUSD == nil {
			continue
		}
		a, ok := byName[d.Counterparty]
		if !ok {
			a = &chart.CounterpartyAmount{Counterparty: d.Counterparty}
			byName[d.Counterparty] = a
			order = append(order, d.Counterparty)
		}
		if d.Estimated {
			a.EstimatedUSD += *d.ValueUSD
		} else {
			a.DisclosedUSD += *d.ValueUSD
		}
	}
	rows := make([]chart.CounterpartyAmount, len(order))
	for i, name := range order {
		rows[i] = *byName[name]
	}
	sort.SliceStable(rows, func(i, j int) bool {
		return rows[i].DisclosedUSD+rows[i].EstimatedUSD > rows[j].DisclosedUSD+rows[j].EstimatedUSD
	})
	return rows
}
