package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// CounterpartyAmount is one bar of the commitments chart: a counterparty's
// deduplicated commitments split into disclosed and estimated US dollars.
type CounterpartyAmount struct {
	Counterparty string
	DisclosedUSD float64
	EstimatedUSD float64
}

// CommitmentsByCounterparty returns a horizontal stacked bar chart of
// commitments per counterparty in billions of US dollars, disclosed and
// estimated stacked, in the order given (largest first reads best: the
// first row is drawn on top).
func CommitmentsByCounterparty(rows []CounterpartyAmount, options ...Option) *charts.Bar {
	names := make([]string, len(rows))
	disclosed := make([]float64, len(rows))
	estimated := make([]float64, len(rows))
	for i, r := range rows {
		names[i] = plainText(ShortLabel(r.Counterparty))
		disclosed[i] = r.DisclosedUSD
		estimated[i] = r.EstimatedUSD
	}
	tips := make([]string, len(rows))
	for i, r := range rows {
		tips[i] = tipText(ShortLabel(r.Counterparty), tipLine{"Disclosed", FormatUSD(r.DisclosedUSD)},
			tipLine{"Estimated", FormatUSD(r.EstimatedUSD)}, tipLine{"Total", FormatUSD(r.DisclosedUSD + r.EstimatedUSD)})
	}
	ss := []series{
		tipSeries(tips, 0, 0),
		{Name: "Disclosed", Type: "bar", Stack: "total", BarMaxWidth: 28, Data: billions(disclosed)},
		{Name: "Estimated", Type: "bar", Stack: "total", BarMaxWidth: 28, Data: billions(estimated)},
	}
	if b, ok := optionsOf(options).baseline(); ok {
		ss = append(ss, baseMarks(b, rows, names))
		totals := baseTotals(b)
		lines := make([]string, len(rows))
		for i, r := range rows {
			if v, ok := totals[r.Counterparty]; ok {
				lines[i] = b.name("total") + ": " + FormatUSD(v)
			}
		}
		addTipLines(&ss[0], lines)
	}
	h := header{
		title:    "Commitments by counterparty",
		subtitle: []string{"US$ billion, overlaps removed"},
		legend:   legendOf(ss),
		summary:  CommitmentsSummary(rows),
	}
	y := categoryAxis(names)
	y.Inverse = opts.Bool(true)
	y.AxisLabel = &axisLabel{Interval: 0}
	x := namedValueAxis("${value}B", "US$ billion committed")
	belowAxis(&x)
	sp := &spec{series: ss, tooltip: textTooltip("shadow"), xAxis: []axis{x}, yAxis: []axis{y}}
	grid := singleGrid(h.contentTop())
	grid.Right = "40"
	grid.Bottom = "30"
	return newRectChart(h, sp, grid)
}

// CounterpartyAmounts returns the counted deals of r by counterparty, their
// values split into disclosed and estimated US dollars, largest first
// (ties in the order of r.Deals). Counted deals without a value (capacity
// only) are left out.
func CounterpartyAmounts(r model.Result) []CounterpartyAmount {
	var rows []CounterpartyAmount
	index := map[string]int{}
	for _, d := range r.Deals {
		if !d.Counted || d.Undisclosed || !(d.ValueUSD > 0) || math.IsInf(d.ValueUSD, 0) {
			continue
		}
		i, ok := index[d.Counterparty]
		if !ok {
			i = len(rows)
			index[d.Counterparty] = i
			rows = append(rows, CounterpartyAmount{Counterparty: d.Counterparty})
		}
		if d.Estimated {
			rows[i].EstimatedUSD += d.ValueUSD
		} else {
			rows[i].DisclosedUSD += d.ValueUSD
		}
	}
	slices.SortStableFunc(rows, func(a, b CounterpartyAmount) int {
		return cmp.Compare(b.DisclosedUSD+b.EstimatedUSD, a.DisclosedUSD+a.EstimatedUSD)
	})
	return rows
}

// CommitmentsSummary returns the commitments chart in words: the total,
// its disclosed and estimated parts, and the largest counterparty.
func CommitmentsSummary(rows []CounterpartyAmount) string {
	disclosed, estimated := 0.0, 0.0
	for _, r := range rows {
		disclosed += finite(r.DisclosedUSD)
		estimated += finite(r.EstimatedUSD)
	}
	if len(rows) == 0 || disclosed+estimated == 0 {
		return "No counted commitments with a value."
	}
	noun := "counterparties"
	if len(rows) == 1 {
		noun = "counterparty"
	}
	top := rows[0]
	return fmt.Sprintf("Commitments total %s across %d %s: %s disclosed and %s estimated. The largest is %s, at %s.",
		FormatUSD(disclosed+estimated), len(rows), noun, FormatUSD(disclosed), FormatUSD(estimated),
		ShortLabel(top.Counterparty), FormatUSD(top.DisclosedUSD+top.EstimatedUSD))
}

// baseMarks returns the baseline's total of each counterparty in rows as a
// thin dashed mark across its bar: [billions, label] pairs, left out for
// a counterparty the baseline does not count.
func baseMarks(b Baseline, rows []CounterpartyAmount, names []string) series {
	totals := baseTotals(b)
	data := []any{}
	for i, r := range rows {
		if v, ok := totals[r.Counterparty]; ok {
			data = append(data, []any{round(v/1e9, 1), names[i]})
		}
	}
	return series{Name: b.name("total"), Type: "scatter", Symbol: tallMark, SymbolSize: 24, SymbolKeepAspect: true,
		ItemStyle: &opts.ItemStyle{Color: paletteColor(greyIndex), Opacity: opts.Float(0.9)}, Z: baseZ, Data: data}
}

// tallMark is a symbol path: a bar 1/8 as wide as it is tall, which marks a
// value across a horizontal bar.
const tallMark = "path://M0 0H1V8H0Z"

// baseTotals returns the baseline's commitments by counterparty.
func baseTotals(b Baseline) map[string]float64 {
	totals := map[string]float64{}
	for _, r := range CounterpartyAmounts(b.Result) {
		totals[r.Counterparty] = r.DisclosedUSD + r.EstimatedUSD
	}
	return totals
}
