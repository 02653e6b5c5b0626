package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderOverview returns the landing view: the headline tiles set beside
// the public figures, a paragraph on the current scenario, and the
// commitments by counterparty.
func (e *Explorer) renderOverview() app.UI {
	r := e.s.Result
	opt, rows := e.commitmentsOption()
	return app.Div().Body(
		e.tilesWithBase(func(r model.Result) []Tile { return OverviewTiles(r, HeadlinesOf(e.s.Ledger)) }),
		app.P().ID("scenario-summary").Class("summary").Text(ScenarioSummary(r)),
		e.chartCard("chart-commitments", "Commitments by counterparty", opt, chart.CommitmentsSummary(rows), "chart-tall"),
	)
}
