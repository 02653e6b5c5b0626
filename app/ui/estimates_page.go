package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EstimateCells are the formatted cells of one row of the estimates
// table: the published figure, the model under the publication's
// assumptions and under base, and the reproduction's difference.
type EstimateCells struct {
	Figure, Published, Model, Base, Difference, DifferencePct string
}

// FormatEstimate formats a comparison row with the explorer's helpers:
// GW as capacities, everything else as dollars.
func FormatEstimate(r model.EstimateRow) EstimateCells {
	f := formatUSD
	if r.Unit == "GW" {
		f = formatGW
	}
	sign := ""
	if r.Difference > 0 {
		sign = "+"
	}
	name := r.Name
	switch {
	case r.Year != 0:
		name += ", " + strconv.Itoa(r.Year)
	case r.ThroughYear != 0:
		name += ", through " + strconv.Itoa(r.ThroughYear)
	}
	if strings.Contains(r.Unit, "/year") {
		name += " (a year)"
	}
	return EstimateCells{Figure: name, Published: f(r.PublishedValue), Model: f(r.ModelValue), Base: f(r.BaseValue),
		Difference: sign + f(r.Difference), DifferencePct: sign + formatPercent(r.DifferencePct)}
}

// estimates returns the reproductions on the session's ledger, computed
// once per ledger.
func (e *Explorer) estimates() ([]model.Estimate, error) {
	return e.derived.estimates(e.s.Ledger, e.s.DataVersion())
}

// renderEstimates returns the estimates view: each publication's figures
// beside this model under its stated assumptions and under base.
func (e *Explorer) renderEstimates() app.UI {
	es, err := e.estimates()
	if err != nil {
		return app.P().Class("error").Text("The publications could not be reproduced: " + err.Error())
	}
	// Why a figure differs is a paragraph: it goes on a full-width row
	// under its figure, not into a narrow column.
	head := []string{"Figure", "Published", "This model, its assumptions", "This model, base", "Difference", "Difference %"}
	sections := make([]app.UI, 0, len(es))
	for _, est := range es {
		ths := make([]app.UI, len(head))
		for i, h := range head {
			cls := ""
			if i > 0 && i < 6 {
				cls = "num"
			}
			ths[i] = app.Th().Scope("col").Class(cls).Text(h)
		}
		trs := make([]app.UI, 0, 2*len(est.Rows))
		for _, r := range est.Rows {
			c := FormatEstimate(r)
			num := func(col, text string, v float64) app.UI {
				return app.Td().Class("num").DataSet("col", col).DataSet("value", strconv.FormatFloat(v, 'g', -1, 64)).Text(text)
			}
			trs = append(trs, app.Tr().DataSet("publication", est.ID).DataSet("figure", r.Figure).Body(
				app.Th().Scope("row").Body(
					app.Text(c.Figure+" "),
					app.A().Href(r.URL).Target("_blank").Rel("noopener noreferrer").Title(r.Quote).Text("(quote)"),
				),
				num("published", c.Published, r.PublishedValue),
				num("model", c.Model, r.ModelValue),
				num("base", c.Base, r.BaseValue),
				num("difference", c.Difference, r.Difference),
				num("difference_pct", c.DifferencePct, r.DifferencePct),
			), app.Tr().Class("why-row").DataSet("why", r.Figure).Body(
				app.Td().ColSpan(len(head)).Class("why").Text(r.Why),
			))
		}
		id := "estimates-" + est.ID
		sections = append(sections, app.Section().Class("estimate").ID(est.ID).Aria("labelledby", id+"-title").Body(
			app.H2().ID(id+"-title").Body(
				app.A().Href(est.URL).Target("_blank").Rel("noopener noreferrer").Text(est.Title),
			),
			app.P().Class("help").Text(est.Publisher+", "+est.Date.String()+" ("+string(est.Quality)+" source). Reproduced on the ledger as of "+est.AsOf.String()+"; base is the base preset on the same date."),
			app.Div().Class("table-wrap").TabIndex(0).Role("region").Aria("labelledby", id).Body(
				app.Table().Class("data-table").Body(
					app.Caption().ID(id).Text(est.Publisher+": published figures and this model"),
					app.THead().Body(app.Tr().Body(ths...)),
					app.TBody().Body(trs...),
				),
			),
			app.P().Class("help").Text("Stated: "+statedWords(e.s.Ledger, est.Stated)+". Not stated (base's value): "+strings.Join(sortedLabels(est.NotStated), ", ")+"."),
			app.P().Body(
				app.A().Class("open-preset").Href(Href(pathFunding)+"?"+est.Query).Text("Open the preset “"+model.PresetLabel(est.ID)+"” in the other views"),
			),
		))
	}
	return app.Div().Body(sections...)
}

// sortedLabels returns the names in words of query parameters, in
// alphabetical order.
func sortedLabels(keys []string) []string {
	labels := model.ParamLabels(keys)
	slices.Sort(labels)
	return labels
}

// statedWords lists stated parameters as "name: value (note)", in words.
func statedWords(l *data.Ledger, ps []data.StatedParam) string {
	if len(ps) == 0 {
		return "none"
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = model.ParamLabel(p.Param) + ": " + model.StatedValue(l, p.Param, p.Value)
		if p.Note != "" {
			out[i] += " (" + p.Note + ")"
		}
	}
	return strings.Join(out, "; ")
}
