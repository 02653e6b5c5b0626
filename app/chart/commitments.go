package chart

import (
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
// estimated stacked, in the order given (largest first reads best).
func CommitmentsByCounterparty(rows []CounterpartyAmount) *charts.Bar {
	names := make([]string, len(rows))
	disclosed := make([]opts.BarData, len(rows))
	estimated := make([]opts.BarData, len(rows))
	// ECharts draws the first category of a vertical category axis at the
	// bottom; reverse so the first row is on top.
	for i, r := range rows {
		j := len(rows) - 1 - i
		names[j] = ShortLabel(r.Counterparty)
		disclosed[j] = opts.BarData{Name: r.Counterparty, Value: BillionsUSD(r.DisclosedUSD)}
		estimated[j] = opts.BarData{Name: r.Counterparty, Value: BillionsUSD(r.EstimatedUSD)}
	}

	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: "Commitments by counterparty", Subtitle: "US$ billions, overlaps removed", Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", AxisPointer: &opts.AxisPointer{Type: "shadow"}}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "52", Left: "left"}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "40", Top: "88", Bottom: "8", ContainLabel: opts.Bool(true)}),
		charts.WithColorsOpts(opts.Colors(Palette)),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Name: "US$ bn"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true)}),
		charts.WithAnimation(false),
	)
	bar.AddSeries("Disclosed", disclosed, charts.WithBarChartOpts(opts.BarChart{Stack: "total"}))
	bar.AddSeries("Estimated", estimated, charts.WithBarChartOpts(opts.BarChart{Stack: "total"}))
	return bar
}
