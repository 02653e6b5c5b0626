package chart

import (
	"fmt"
	"strconv"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// The names of the spend chart's shared series.
const (
	seriesRange   = "Low–high range"
	seriesTotal   = "Total"
	seriesLowEnd  = "Low end"
	seriesHighEnd = "High end"
	seriesEvents  = "Deal events"
	seriesOthers  = "Built by JV partners (not OpenAI's spend)"
)

// greyIndex is the palette's grey, used for reference lines and bands.
const greyIndex = 7

// SpendByYear returns compute spend per year in billions of US dollars as
// bars stacked by group (r.ByCounterparty, r.ByKind or r.ByChipFamily), the
// band between the deals' low and high values (Years[i].SpendLowUSD and
// SpendHighUSD), and the events as dashed lines on their years, drawn
// behind the bars and labelled along the line with the event or, for a
// busy year, the counts ("20 announced, 2 revised"; the Timeline chart
// lists them). The axis tooltip lists each group, the total and the band's
// ends.
func SpendByYear(r model.Result, group Group, events []Event, options ...Option) Optioner {
	years := resultYears(r)
	n := len(years)
	groups := groupedValues(group, group.breakdowns(r), n,
		func(b model.Breakdown) []float64 { return b.SpendUSD }, sum)

	ss := make([]series, 0, len(groups)+7)
	ss = append(ss, tipSeries(spendTips(r, years, groups), 0, 0))
	for _, g := range groups {
		ss = append(ss, series{Name: g.name, Type: "bar", Stack: "spend", BarMaxWidth: 48,
			Data: billions(g.values), Emphasis: &emphasis{Focus: "series"}})
	}
	total, low, high := make([]float64, n), make([]float64, n), make([]float64, n)
	others := make([]float64, n)
	for i, y := range r.Years {
		total[i], low[i], high[i] = y.SpendUSD, y.SpendLowUSD, y.SpendHighUSD
		others[i] = y.BuiltByOthersUSD
	}
	// A joint venture's build-out, paid by its partners, stands apart in
	// its own grey bar: never stacked into OpenAI's spend.
	if r.Totals.BuiltByOthersUSD > 0 {
		ss = append(ss, series{Name: seriesOthers, Type: "bar", Stack: "others", BarMaxWidth: 24,
			Data: billions(others), ItemStyle: colored(greyIndex), Emphasis: &emphasis{Focus: "series"}})
	}
	ss = append(ss, tooltipOnly(seriesTotal, billions(total), greyIndex))
	ss = append(ss, band(seriesRange, "range", low, high, 1e-9, 1)...)
	ss = append(ss, tooltipOnly(seriesLowEnd, billions(low), greyIndex), tooltipOnly(seriesHighEnd, billions(high), greyIndex))
	if b, ok := optionsOf(options).baseline(); ok {
		usd := func(y model.YearRow) float64 { return y.SpendUSD }
		ss = append(ss, baseLine(b.name("total spend"), b.yearly(years, usd, 1e-9, 1), 0))
		addTipLines(&ss[0], b.tips(years, "total spend", usd, FormatUSD))
	}
	first, lastYear := 0, 0
	if n > 0 {
		first, lastYear = years[0], years[n-1]
	}
	if ml := eventLines(eventsByYear(events, first, lastYear)); ml != nil {
		ss = append(ss, series{Name: seriesEvents, Type: "line", Data: make([]any, n), Silent: true,
			ItemStyle: colored(greyIndex), Tooltip: noTooltip, MarkLine: ml})
	}

	o := optionsOf(options)
	subtitle := []string{"US$ billion per year", "band: low–high deal values"}
	ss, y, scaleNote := rescale(ss, "spend", namedValueAxis("${value}B", "US$ billion per year"), o.scale,
		func(b float64) string { return FormatUSD(b * 1e9) })
	switch o.scale {
	case ScaleLog:
		subtitle = []string{"US$ billion per year", scaleNote, "JV partners' build and the band left out"}
	case ScaleShare:
		subtitle = []string{scaleNote + " of OpenAI's spend"}
	}
	h := header{
		title:    "Compute spend by " + group.Label(),
		subtitle: append(subtitle, emptyNote(len(groups) == 0, "no spend in this scenario")),
		summary:  SpendSummary(r, group),
	}
	h.legend = legendOf(ss, seriesTotal, seriesLowEnd, seriesHighEnd, seriesEvents)
	sp := &spec{series: ss, tooltip: textTooltip("shadow"),
		xAxis: []axis{categoryAxis(yearLabels(years))}, yAxis: []axis{y}}
	return newRectChart(h, sp, singleGrid(h.contentTop()+axisNamePX))
}

// spendTips returns the spend chart's tooltip of each year: each group,
// the joint ventures' build-out, the total and the band's ends.
func spendTips(r model.Result, years []int, groups []groupValues) []string {
	out := make([]string, len(years))
	for i, y := range r.Years {
		lines := make([]tipLine, 0, len(groups)+4)
		for _, g := range groups {
			if g.values[i] != 0 {
				lines = append(lines, tipLine{g.name, FormatUSD(g.values[i])})
			}
		}
		if y.BuiltByOthersUSD > 0 {
			lines = append(lines, tipLine{seriesOthers, FormatUSD(y.BuiltByOthersUSD)})
		}
		lines = append(lines, tipLine{seriesTotal, FormatUSD(y.SpendUSD)},
			tipLine{seriesRange, FormatUSD(y.SpendLowUSD) + " to " + FormatUSD(y.SpendHighUSD)})
		out[i] = tipText(strconv.Itoa(y.Year), lines...)
	}
	return out
}

// billions returns US dollar amounts as series data in billions.
func billions(usd []float64) []any {
	return values(scale(usd, 1e-9), 1)
}

// scale returns xs times f.
func scale(xs []float64, f float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = x * f
	}
	return out
}

// tooltipOnly returns an invisible line whose values the axis tooltip
// lists (a total, the ends of a band), drawn in the i-th palette colour.
func tooltipOnly(name string, data []any, color int) series {
	s := lineSeries(name, data)
	s.Symbol = "none"
	s.LineStyle = &opts.LineStyle{Opacity: opts.Float(0)}
	s.ItemStyle = colored(color)
	s.Silent = true
	return s
}

// band returns the two series that shade the area between low and high
// (times f, rounded to decimals): an invisible base at low and the
// difference stacked on it. Both carry name, so one legend entry toggles
// the band, and both stay out of the tooltip.
func band(name, stack string, low, high []float64, f float64, decimals int) []series {
	lo := make([]any, len(low))
	spread := make([]any, len(low))
	for i := range low {
		l := round(low[i]*f, decimals)
		h := l
		if i < len(high) {
			h = round(high[i]*f, decimals)
		}
		lo[i] = l
		spread[i] = round(h-l, decimals)
	}
	base := series{Name: name, Type: "line", Stack: stack, StackStrategy: "all", Symbol: "none", Silent: true, Z: 1,
		Data: lo, LineStyle: &opts.LineStyle{Opacity: opts.Float(0)}, ItemStyle: colored(greyIndex), Tooltip: noTooltip}
	top := base
	top.Data = spread
	top.AreaStyle = &opts.AreaStyle{Opacity: opts.Float(0.22)}
	return []series{base, top}
}

// eventLines returns dashed vertical lines at the years with events,
// drawn under the bars, labelled along the line; nil when there is none.
func eventLines(years []yearEvents) *markLine {
	if len(years) == 0 {
		return nil
	}
	ml := &markLine{Symbol: []string{"none", "none"}, Z: 1, LineStyle: greyDashed(), Silent: true,
		Label: &opts.Label{Show: opts.Bool(true), Position: "insideEndTop", FontSize: 11}}
	for _, y := range years {
		ml.Data = append(ml.Data, markLineItem{XAxis: strconv.Itoa(y.year), Label: &opts.Label{Formatter: plainText(y.label())}})
	}
	return ml
}

// SpendSummary returns the spend chart in words: the peak year with its
// range, the total paid and the largest group.
func SpendSummary(r model.Result, group Group) string {
	if len(r.Years) == 0 || r.Totals.CommitmentsUSD == 0 && peakSpend(r) == 0 {
		return "No compute spend in this scenario."
	}
	p := peakRow(r)
	total := 0.0
	for _, y := range r.Years {
		total += y.SpendUSD
	}
	s := fmt.Sprintf("Compute spend peaks at %s in %d (range %s to %s); %s is paid from %d to %d.",
		FormatUSD(p.SpendUSD), p.Year, FormatUSD(p.SpendLowUSD), FormatUSD(p.SpendHighUSD),
		FormatUSD(total), r.Years[0].Year, r.Years[len(r.Years)-1].Year)
	groups := groupedValues(group, group.breakdowns(r), len(r.Years),
		func(b model.Breakdown) []float64 { return b.SpendUSD }, sum)
	if len(groups) > 0 && groups[0].name != otherGroup {
		s += fmt.Sprintf(" The largest %s is %s, at %s.", group.Label(), groups[0].name, FormatUSD(groups[0].weight))
	}
	if o := r.Totals.BuiltByOthersUSD; o > 0 {
		s += fmt.Sprintf(" Joint ventures' partners build a further %s, shown apart: their capital, not OpenAI's spend.", FormatUSD(o))
	}
	return s
}

// peakRow returns the year of the highest spend (the first on a tie).
func peakRow(r model.Result) model.YearRow {
	var p model.YearRow
	for i, y := range r.Years {
		if i == 0 || y.SpendUSD > p.SpendUSD {
			p = y
		}
	}
	return p
}

// peakSpend returns the highest yearly spend.
func peakSpend(r model.Result) float64 {
	return finite(peakRow(r).SpendUSD)
}
