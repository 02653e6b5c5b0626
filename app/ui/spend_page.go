package ui

import (
	"strconv"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderSpend returns the spend view: US dollars per year stacked by the
// chosen group, with the low/high band and the deal events.
func (e *Explorer) renderSpend() app.UI {
	r, g := e.s.Result, e.s.ViewState.Group
	opt := e.spendOption()
	return app.Div().Body(
		e.tilesWithBase(spendTiles),
		e.groupSwitch(),
		e.chartCard("chart-spend", "Compute spend per year", opt, chart.SpendSummary(r, g), "chart-tall"),
	)
}

// spendTiles returns the spend view's headline tiles of run r.
func spendTiles(r model.Result) []Tile {
	peak, peakYear, total := 0.0, 0, 0.0
	for _, y := range r.Years {
		total += y.SpendUSD
		if y.SpendUSD > peak {
			peak, peakYear = y.SpendUSD, y.Year
		}
	}
	t := r.Totals
	return []Tile{
		{Label: "OpenAI's spend", Value: formatUSD(total), Note: formatUSD(t.OpenAIObligationsUSD) + " under its contracts, " + formatUSD(t.RenewalUSD+t.PowerUSD) + " after them; JV partners build " + formatUSD(t.BuiltByOthersUSD)},
		{Label: "Peak year", Value: formatYear(peakYear, "none"), Note: formatUSD(peak) + " that year"},
		{Label: "Horizon", Value: strconv.Itoa(t.FirstYear) + "–" + strconv.Itoa(t.LastYear), Note: strconv.Itoa(t.DealsCounted) + " deals counted"},
	}
}
