package chart

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// seriesDifference names the shaded difference between two scenarios.
const seriesDifference = "Difference"

// Compare returns two scenarios side by side in three grids, one above the
// other over the same years (the union of both horizons): compute spend
// (US$ billions a year), capacity online (GW) and the cumulative funding
// gap (US$ billions). In each grid a is a solid line, b a dashed one, and
// the area between them is shaded; the tooltip lists a, b and the
// difference b - a for every quantity of the year. It needs a chart at
// least 420 px tall.
//
// With a baseline (WithBaseline: A's preset before the reader's changes),
// each grid also draws the baseline as a thin dashed line in A's colour,
// one legend entry for the three ("Base: A's preset"), its values in the
// tooltip.
func Compare(a, b model.Result, labelA, labelB string, options ...Option) Optioner {
	labelA, labelB = compareLabels(labelA, labelB)
	base, hasBase := optionsOf(options).baseline()
	baseName := base.name("A's preset")
	years := unionYears(a, b)
	quantities := []struct {
		axisName, template, short string
		scale                     float64
		decimals                  int
		pick                      func(model.YearRow) float64
		format, signed            func(float64) string
	}{
		{"Spend (US$ billion per year)", "{value}", "Spend", 1e-9, 1, func(y model.YearRow) float64 { return y.SpendUSD }, FormatUSD, signedUSD},
		{"Capacity online (GW)", "{value}", "Capacity online", 1, 2, func(y model.YearRow) float64 { return y.CapacityGW }, FormatGW, signedGW},
		{"Cumulative gap (US$ billion)", "{value}", "Cumulative gap", 1e-9, 1, func(y model.YearRow) float64 { return y.CumulativeGapUSD }, FormatUSD, signedUSD},
	}
	h := header{
		title:    "Compare " + labelA + " and " + labelB,
		subtitle: []string{labelB + " dashed", "shaded: the difference", emptyNote(len(years) == 0, "no years in either scenario")},
		summary:  CompareSummary(a, b, labelA, labelB),
		legend:   []string{labelA, labelB, seriesDifference},
	}
	if hasBase {
		h.legend = append(h.legend, baseName)
	}
	top := h.contentTop() + axisNamePX
	tops := []string{strconv.Itoa(top), "52%", "78%"}
	heights := []string{"15%", "15%", ""}
	sp := &spec{tooltip: textTooltip("line"), axisPointer: &axisPointer{Link: []axisLink{{XAxisIndex: "all"}}}}
	var grids []opts.Grid
	labels := yearLabels(years)
	rowA, rowB := rowsByYear(a), rowsByYear(b)
	tips := make([]string, len(years))
	for j, year := range years {
		var lines []tipLine
		ya, okA := rowA[year]
		yb, okB := rowB[year]
		for _, q := range quantities {
			switch {
			case okA && okB:
				lines = append(lines, tipLine{q.short, labelA + " " + q.format(q.pick(ya)) + "; " + labelB + " " + q.format(q.pick(yb)) +
					" (" + q.signed(q.pick(yb)-q.pick(ya)) + ")"})
			case okA:
				lines = append(lines, tipLine{q.short, labelA + " " + q.format(q.pick(ya))})
			case okB:
				lines = append(lines, tipLine{q.short, labelB + " " + q.format(q.pick(yb))})
			}
			if yBase, ok := base.row(year); hasBase && ok {
				lines = append(lines, tipLine{q.short + ", " + baseName, q.format(q.pick(yBase))})
			}
		}
		tips[j] = tipText(strconv.Itoa(year), lines...)
	}
	// The tooltip series of every grid come first, so that the first
	// series under the pointer is one of them whichever grid it is on.
	for i := range quantities {
		sp.series = append(sp.series, tipSeries(tips, i, i))
	}
	for i, q := range quantities {
		grids = append(grids, opts.Grid{Left: "8", Right: "24", Top: tops[i], Height: heights[i], ContainLabel: opts.Bool(true)})
		x := categoryAxis(labels)
		x.GridIndex = i
		if i < len(quantities)-1 {
			x.AxisLabel = &axisLabel{Show: opts.Bool(false)}
		}
		y := valueAxis(q.template)
		y.GridIndex, y.Name, y.NameTextStyle, y.SplitNumber = i, q.axisName, &nameTextStyle{Align: "left"}, 2
		sp.xAxis = append(sp.xAxis, x)
		sp.yAxis = append(sp.yAxis, y)

		va := alignedValues(a, years, q.pick, q.scale, q.decimals)
		vb := alignedValues(b, years, q.pick, q.scale, q.decimals)
		diff := make([]any, len(years))
		for j := range years {
			if va[j] != nil && vb[j] != nil {
				diff[j] = round(vb[j].(float64)-va[j].(float64), q.decimals)
			}
		}
		stack := "diff" + strconv.Itoa(i)
		lineA := series{Name: labelA, Type: "line", XAxisIndex: i, YAxisIndex: i, Stack: stack, StackStrategy: "all",
			Symbol: "circle", SymbolSize: 5, ShowSymbol: opts.Bool(false), Data: va,
			ItemStyle: colored(0), LineStyle: &opts.LineStyle{Width: 2}}
		shade := series{Name: seriesDifference, Type: "line", XAxisIndex: i, YAxisIndex: i, Stack: stack, StackStrategy: "all",
			Symbol: "none", Data: diff, ItemStyle: colored(greyIndex), LineStyle: &opts.LineStyle{Opacity: opts.Float(0)},
			AreaStyle: &opts.AreaStyle{Opacity: opts.Float(0.25)}}
		lineB := series{Name: labelB, Type: "line", XAxisIndex: i, YAxisIndex: i,
			Symbol: "circle", SymbolSize: 5, ShowSymbol: opts.Bool(false), Data: vb,
			ItemStyle: colored(1), LineStyle: dashed(2)}
		sp.series = append(sp.series, lineA, lineB, shade)
		if hasBase {
			bl := baseLine(baseName, alignedValues(base.Result, years, q.pick, q.scale, q.decimals), 0)
			bl.XAxisIndex, bl.YAxisIndex = i, i
			sp.series = append(sp.series, bl)
		}
	}
	grids[len(grids)-1].Bottom = "6"
	return newRectChart(h, sp, grids...)
}

// compareLabels returns the two labels, made distinct and non-empty (the
// legend toggles series by name).
func compareLabels(a, b string) (string, string) {
	if a == "" {
		a = "A"
	}
	if b == "" {
		b = "B"
	}
	if a == b {
		a, b = a+" (A)", b+" (B)"
	}
	return plainText(a), plainText(b)
}

// rowsByYear returns the rows of r by year.
func rowsByYear(r model.Result) map[int]model.YearRow {
	out := make(map[int]model.YearRow, len(r.Years))
	for _, y := range r.Years {
		out[y.Year] = y
	}
	return out
}

// unionYears returns the years of a and b together, in order.
func unionYears(a, b model.Result) []int {
	years := append(resultYears(a), resultYears(b)...)
	slices.Sort(years)
	return slices.Compact(years)
}

// alignedValues returns r's values of one quantity on the given years, nil
// where r has no row.
func alignedValues(r model.Result, years []int, pick func(model.YearRow) float64, scale float64, decimals int) []any {
	out := make([]any, len(years))
	for _, y := range r.Years {
		if i, ok := slices.BinarySearch(years, y.Year); ok {
			out[i] = round(pick(y)*scale, decimals)
		}
	}
	return out
}

// CompareSummary returns the comparison in words: commitments, capacity
// online at the end and the peak cumulative gap of each, with the
// differences.
func CompareSummary(a, b model.Result, labelA, labelB string) string {
	labelA, labelB = compareLabels(labelA, labelB)
	ta, tb := a.Totals, b.Totals
	return fmt.Sprintf("%s commits %s against %s in %s (%s); capacity online reaches %s against %s (%s); the cumulative gap peaks at %s against %s (%s).",
		labelB, FormatUSD(tb.CommitmentsUSD), FormatUSD(ta.CommitmentsUSD), labelA, signedUSD(tb.CommitmentsUSD-ta.CommitmentsUSD),
		FormatGW(tb.CapacityOnlineGW), FormatGW(ta.CapacityOnlineGW), signedGW(tb.CapacityOnlineGW-ta.CapacityOnlineGW),
		FormatUSD(tb.PeakCumulativeGapUSD), FormatUSD(ta.PeakCumulativeGapUSD), signedUSD(tb.PeakCumulativeGapUSD-ta.PeakCumulativeGapUSD))
}

// signedGW is FormatGW with an explicit sign for a rise.
func signedGW(gw float64) string {
	s := FormatGW(gw)
	if round(gw, 1) > 0 {
		return "+" + s
	}
	return s
}
