package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderFunding returns the funding view: revenue against spend, the
// funding gap, break-even and the solver's answer in words and drawn.
func (e *Explorer) renderFunding() app.UI {
	r := e.s.Result
	opt := e.fundingOption()
	sol := r.Totals.Solution
	return app.Div().Body(
		app.Div().Class("answer").Role("note").Aria("label", "What must be true").Body(
			app.Strong().Text("What must be true: "),
			app.Span().ID("solver-answer").Text(sol.Answer),
		),
		e.tilesWithBase(fundingTiles),
		e.chartCard("chart-funding", "Revenue, spend and the funding gap", opt, chart.FundingSummary(r), "chart-tall"),
	)
}

// fundingTiles returns the funding view's headline tiles of run r.
func fundingTiles(r model.Result) []Tile {
	t := r.Totals
	sol := t.Solution
	growth := formatPercent(sol.CAGR) + "/yr"
	switch {
	case sol.AlwaysMet:
		growth = "any"
	case !sol.Feasible:
		growth = "none enough"
	}
	return []Tile{
		{Label: "Peak cumulative gap", Value: formatUSD(t.PeakCumulativeGapUSD), Note: "before the capital raised"},
		{Label: "Funding need", Value: formatUSD(t.PeakFundingNeedUSD), Note: "after " + formatUSD(t.CapitalRaisedUSD) + " of capital raised"},
		{Label: "Yearly break-even", Value: formatYear(t.BreakEvenYear, "not by "+itoa(t.LastYear)), Note: "revenue's compute share covers each year's spend from then on"},
		{Label: "Cumulative break-even", Value: formatYear(t.CumulativeBreakEvenYear, "not by "+itoa(t.LastYear)), Note: "the running gap is paid back"},
		{Label: "Growth needed", Value: growth, Note: goalWords(sol.Goal)},
	}
}
