package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderFlows returns the flows view: money and equity between OpenAI,
// the clouds, the chipmakers, the joint venture and the investors.
func (e *Explorer) renderFlows() app.UI {
	r, v := e.s.Result, e.s.View
	opt := e.flowsOption()
	t := v.Totals
	return app.Div().Body(
		e.tilesWithBase(func(r model.Result) []Tile {
			return []Tile{
				{Label: "Out of OpenAI", Value: formatUSD(r.Totals.CommitmentsUSD), Note: "counted commitments in this scenario"},
				{Label: "Into OpenAI", Value: formatUSD(t.InflowUSD), Note: "equity and funding, never a commitment"},
			}
		}),
		e.chartCard("chart-flows", "Money and equity flows", opt, chart.FlowsSummary(v, r), "chart-tall"),
	)
}
