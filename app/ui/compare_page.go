package ui

import (
	"net/url"
	"strconv"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// CompareRow is one line of the compare table: a headline figure in both
// scenarios and the difference, formatted.
type CompareRow struct {
	Label string
	A, B  string
	Diff  string
}

// CompareRows returns the headline figures of two results side by side
// with their differences (B minus A).
func CompareRows(a, b model.Result) []CompareRow {
	ta, tb := a.Totals, b.Totals
	usd := func(label string, x, y float64) CompareRow {
		d := formatUSD(y - x)
		if y-x > 0 {
			d = "+" + d
		}
		return CompareRow{label, formatUSD(x), formatUSD(y), d}
	}
	gw := func(label string, x, y float64) CompareRow {
		d := formatGW(y - x)
		if y-x > 0 {
			d = "+" + d
		}
		return CompareRow{label, formatGW(x), formatGW(y), d}
	}
	year := func(label string, x, y int) CompareRow {
		d := "same"
		switch {
		case x == 0 && y == 0:
		case x == 0 || y == 0:
			d = "–"
		case y != x:
			d = strconv.Itoa(y-x) + " years"
			if y > x {
				d = "+" + d
			}
		}
		return CompareRow{label, formatYear(x, "never"), formatYear(y, "never"), d}
	}
	growth := func(s model.Solution) string {
		switch {
		case s.AlwaysMet:
			return "any"
		case !s.Feasible:
			return "none enough"
		}
		return formatPercent(s.CAGR)
	}
	g := CompareRow{Label: "Revenue growth needed", A: growth(ta.Solution), B: growth(tb.Solution), Diff: "–"}
	if ta.Solution.Feasible && tb.Solution.Feasible && !ta.Solution.AlwaysMet && !tb.Solution.AlwaysMet {
		g.Diff = strconv.FormatFloat((tb.Solution.CAGR-ta.Solution.CAGR)*100, 'f', 1, 64) + " points"
	}
	return []CompareRow{
		usd("Commitments", ta.CommitmentsUSD, tb.CommitmentsUSD),
		gw("Capacity contracted", ta.CapacityGW, tb.CapacityGW),
		gw("Capacity online at the end", ta.CapacityOnlineGW, tb.CapacityOnlineGW),
		year("Goal reached", ta.GoalYear, tb.GoalYear),
		usd("Revenue over the horizon", ta.RevenueUSD, tb.RevenueUSD),
		usd("Peak cumulative funding gap", ta.PeakCumulativeGapUSD, tb.PeakCumulativeGapUSD),
		year("Cumulative break-even", ta.CumulativeBreakEvenYear, tb.CumulativeBreakEvenYear),
		g,
	}
}

// renderCompare returns the compare view: the current scenario (A)
// against scenario B from the link's ui.b, the chart and the table of
// differences.
func (e *Explorer) renderCompare() app.UI {
	a := e.s.Result
	b, la, lb, opt, err := e.compareParts()
	if err != nil {
		return app.P().Class("control-error").Text("Scenario B could not be run: " + err.Error())
	}
	bs := b.Scenario
	rows := CompareRows(a, b)
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = []string{r.Label, r.A, r.B, r.Diff}
	}
	presets := presetChoices(model.PresetNames)
	return app.Div().Body(
		app.Div().Class("compare-controls").Body(
			selectBox("ui-b-preset", "Scenario B starts from", "inline", presets, bs.Preset, "", func(ctx app.Context, v string) {
				e.apply(ctx, Set(paramCompare, url.Values{"preset": {v}}.Encode()))
			}),
			button("Make B the current scenario", "", func(ctx app.Context) {
				e.apply(ctx, Set(paramCompare, e.s.compareQuery(e.s.Scenario)))
			}),
			button("Swap A and B", "", func(ctx app.Context) {
				e.apply(ctx, e.s.swapChange(bs))
			}),
		),
		txt("p", "help", "Change A with the controls; B is kept in the link (ui.b). "+model.PresetDescriptions[bs.Preset]),
		e.chartCard("chart-compare", "Scenario A against scenario B", opt, chart.CompareSummary(a, b, la, lb), "chart-tall"),
		dataTable("compare-caption", "Headline figures of both scenarios", []string{"Figure", la, lb, "B − A"}, []bool{false, true, true, true}, cells, true),
	)
}
