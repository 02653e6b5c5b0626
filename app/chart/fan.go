package chart

import (
	"fmt"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// FanQuantity selects the Monte Carlo quantity a fan chart draws.
type FanQuantity string

// The quantities of the fan chart.
const (
	FanSpend         FanQuantity = "spend"
	FanCapacity      FanQuantity = "capacity"
	FanGap           FanQuantity = "gap"
	FanCumulativeGap FanQuantity = "cumulative_gap"
)

// FanQuantities lists every FanQuantity in display order.
var FanQuantities = []FanQuantity{FanSpend, FanCapacity, FanGap, FanCumulativeGap}

// ParseFanQuantity returns the FanQuantity named s and true, or FanSpend
// and false when s names none.
func ParseFanQuantity(s string) (FanQuantity, bool) {
	for _, q := range FanQuantities {
		if string(q) == s {
			return q, true
		}
	}
	return FanSpend, false
}

// fanView is what a fan chart of one quantity draws.
type fanView struct {
	title, noun string
	u           unit
	pick        func(model.Distribution) []model.Percentiles
}

// view returns how q is drawn; an unknown quantity is spend.
func (q FanQuantity) view() fanView {
	usd := unit{scale: 1e-9, decimals: 1, axis: "${value}B", caption: "US$ billion", format: FormatUSD}
	switch q {
	case FanCapacity:
		return fanView{"Capacity online: the range of outcomes", "capacity online",
			unit{scale: 1, decimals: 2, axis: "{value} GW", caption: "GW online at year end", format: FormatGW},
			func(d model.Distribution) []model.Percentiles { return d.CapacityGW }}
	case FanGap:
		usd.caption, usd.axis = "US$ billion per year", "{value}"
		return fanView{"Funding gap: the range of outcomes", "the yearly funding gap", usd,
			func(d model.Distribution) []model.Percentiles { return d.FundingGapUSD }}
	case FanCumulativeGap:
		usd.axis = "{value}"
		return fanView{"Cumulative gap: the range of outcomes", "the cumulative gap", usd,
			func(d model.Distribution) []model.Percentiles { return d.CumulativeGapUSD }}
	}
	usd.caption = "US$ billion per year"
	return fanView{"Compute spend: the range of outcomes", "compute spend", usd,
		func(d model.Distribution) []model.Percentiles { return d.SpendUSD }}
}

// The names of the fan chart's series.
const (
	seriesMedian = "Median (P50)"
	seriesP10    = "P10"
	seriesP90    = "P90"
	seriesP10P90 = "P10–P90"
)

// Fan returns the Monte Carlo outcome of one quantity per year: the band
// from the 10th to the 90th percentile and the median as a line. The
// tooltip lists P10, P50 and P90.
//
// With a baseline that carries its Monte Carlo (WithBaseline, its Draws),
// the preset's median is drawn as a thin dashed line ("Base: median") and
// its P10 to P90 given in the tooltip: the same draws and seed, so that
// the two medians differ by the reader's change alone.
func Fan(d model.Distribution, q FanQuantity, options ...Option) Optioner {
	fv := q.view()
	ps := fv.pick(d)
	n := min(len(d.Years), len(ps))
	p10, p50, p90 := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range n {
		p10[i], p50[i], p90[i] = ps[i].P10, ps[i].P50, ps[i].P90
	}
	u := fv.u
	median := lineSeries(seriesMedian, values(scale(p50, u.scale), u.decimals))
	median.ItemStyle, median.LineStyle = colored(0), &opts.LineStyle{Width: 2.5}
	tips := make([]string, n)
	for i := range n {
		tips[i] = tipText(fmt.Sprint(d.Years[i]), tipLine{seriesMedian, u.format(p50[i])}, tipLine{seriesP10, u.format(p10[i])},
			tipLine{seriesP90, u.format(p90[i])})
	}
	ss := []series{tipSeries(tips, 0, 0), median}
	ss = append(ss, band(seriesP10P90, "fan", p10, p90, u.scale, u.decimals)...)
	ss[2].ItemStyle, ss[3].ItemStyle = colored(3), colored(3)
	ss[3].AreaStyle = &opts.AreaStyle{Opacity: opts.Float(0.3)}
	ss = append(ss, tooltipOnly(seriesP10, values(scale(p10, u.scale), u.decimals), 3),
		tooltipOnly(seriesP90, values(scale(p90, u.scale), u.decimals), 3))
	legend := []string{seriesMedian, seriesP10P90}
	if b, ok := optionsOf(options).baseline(); ok && len(b.Draws.Years) > 0 {
		name := b.name("median")
		base, lines := fanBase(d.Years[:n], b.Draws, fv, name)
		ss = append(ss, baseLine(name, base, 0))
		addTipLines(&ss[0], lines)
		legend = append(legend, name)
	}
	h := header{
		title: fv.title,
		subtitle: []string{u.caption, fmt.Sprintf("%s draws", GroupThousands(int64(d.Draws))), "band: P10 to P90",
			emptyNote(n == 0, "no outcome to show")},
		summary: FanSummary(d, q),
		legend:  legend,
	}
	sp := &spec{series: ss, tooltip: textTooltip("line"),
		xAxis: []axis{categoryAxis(yearLabels(d.Years[:n]))}, yAxis: []axis{namedValueAxis(u.axis, u.caption)}}
	return newRectChart(h, sp, singleGrid(h.contentTop()+axisNamePX))
}

// fanBase returns the baseline's median on each of the fan's years, in
// the chart's unit (nil on a year base's draws do not reach), and the
// tooltip line of each year ("Base: median: $1.2T (P10 ..., P90 ...)").
func fanBase(years []int, base model.Distribution, fv fanView, name string) ([]any, []string) {
	ps := fv.pick(base)
	at := make(map[int]model.Percentiles, len(ps))
	for i, y := range base.Years {
		if i < len(ps) {
			at[y] = ps[i]
		}
	}
	u := fv.u
	data, lines := make([]any, len(years)), make([]string, len(years))
	for i, y := range years {
		p, ok := at[y]
		if !ok {
			continue
		}
		data[i] = round(finite(p.P50)*u.scale, u.decimals)
		lines[i] = name + ": " + u.format(p.P50) + " (" + seriesP10 + " " + u.format(p.P10) + ", " + seriesP90 + " " + u.format(p.P90) + ")"
	}
	return data, lines
}

// FanSummary returns the fan chart in words: the year where the median is
// highest (for capacity, the last year), with its P10 to P90 range.
func FanSummary(d model.Distribution, q FanQuantity) string {
	fv := q.view()
	ps := fv.pick(d)
	n := min(len(d.Years), len(ps))
	if n == 0 {
		return "No Monte Carlo outcome to show."
	}
	at := n - 1
	what := "reaches"
	if q != FanCapacity && q != FanCumulativeGap {
		what = "peaks at"
		for i := range n {
			if ps[i].P50 > ps[at].P50 || (ps[i].P50 == ps[at].P50 && i < at) {
				at = i
			}
		}
	}
	p := ps[at]
	return capitalize(fmt.Sprintf("%s %s a median of %s in %d (P10 %s, P90 %s) over %s draws.",
		fv.noun, what, fv.u.format(p.P50), d.Years[at], fv.u.format(p.P10), fv.u.format(p.P90),
		GroupThousands(int64(d.Draws))))
}
