package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// outOfOpenAI is the tile of the money the chart draws leaving OpenAI:
// its own obligations, without the joint ventures' build-out that their
// partners pay for (in the counted commitments, never OpenAI's money).
func outOfOpenAI(t model.Totals) Tile {
	note := "OpenAI's own obligations in this scenario, as drawn"
	if t.BuiltByOthersUSD > 0 {
		note += "; joint-venture partners build " + formatUSD(t.BuiltByOthersUSD) + " more"
	}
	return Tile{Label: "Out of OpenAI", Value: formatUSD(t.OpenAIObligationsUSD), Note: note}
}

// renderFlows returns the flows view: money and equity between OpenAI,
// the clouds, the chipmakers, the joint venture and the investors.
func (e *Explorer) renderFlows() app.UI {
	r, v := e.s.Result, e.s.View
	opt := e.flowsOption()
	t := v.Totals
	return app.Div().Body(
		e.tilesWithBase(func(r model.Result) []Tile {
			return []Tile{
				outOfOpenAI(r.Totals),
				{Label: "Into OpenAI", Value: formatUSD(t.InflowUSD), Note: "equity and funding, never a commitment"},
			}
		}),
		e.chartCard("chart-flows", "Money and equity flows", opt, chart.FlowsSummary(v, r), "chart-tall"),
	)
}
