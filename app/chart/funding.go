package chart

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// The names of the funding chart's series.
const (
	seriesGap        = "Funding gap"
	seriesSurplus    = "Surplus"
	seriesSpend      = "Compute spend"
	seriesRevenue    = "Revenue"
	seriesCumulative = "Cumulative gap"
	seriesNeeded     = "Revenue the solver needs"
	seriesNeed       = "Funding need after capital raised"
)

// Funding returns revenue against compute spend per year in billions of
// US dollars: the yearly funding gap as bars (a surplus below zero), the
// cumulative gap as a line, the break-even years (Totals.BreakEvenYear,
// CumulativeBreakEvenYear) as labelled lines, and the solver's answer
// (Totals.Solution): the revenue path at the CAGR it found, dashed, with
// the goal year marked. The subtitle says when there is no break-even and
// when no growth rate is enough. A needed revenue path that would dwarf
// the rest leaves the chart at the top.
func Funding(r model.Result, options ...Option) Optioner {
	years := resultYears(r)
	n := len(years)
	sol := r.Totals.Solution
	gap, surplus := make([]any, n), make([]any, n)
	spend, revenue, cumulative := make([]float64, n), make([]float64, n), make([]float64, n)
	need := make([]float64, n)
	otherMin, otherMax := 0.0, 0.0
	for i, y := range r.Years {
		g := round(y.FundingGapUSD/1e9, 1)
		if g > 0 {
			gap[i] = g
		} else if g < 0 {
			surplus[i] = g
		}
		spend[i], revenue[i], cumulative[i], need[i] = y.SpendUSD, y.RevenueUSD, y.CumulativeGapUSD, y.FundingNeedUSD
		for _, v := range []float64{y.SpendUSD, y.RevenueUSD, y.CumulativeGapUSD, y.FundingGapUSD, y.FundingNeedUSD} {
			otherMin = math.Min(otherMin, finite(v)/1e9)
			otherMax = math.Max(otherMax, finite(v)/1e9)
		}
	}
	gapBars := series{Name: seriesGap, Type: "bar", Stack: "gap", BarMaxWidth: 40, Data: gap, ItemStyle: colored(4)}
	surplusBars := series{Name: seriesSurplus, Type: "bar", Stack: "gap", BarMaxWidth: 40, Data: surplus, ItemStyle: colored(2)}
	spendLine := lineSeries(seriesSpend, billions(spend))
	spendLine.ItemStyle, spendLine.LineStyle = colored(0), &opts.LineStyle{Width: 2.5}
	revenueLine := lineSeries(seriesRevenue, billions(revenue))
	revenueLine.ItemStyle, revenueLine.LineStyle = colored(1), &opts.LineStyle{Width: 2.5}
	cumLine := lineSeries(seriesCumulative, billions(cumulative))
	cumLine.ItemStyle, cumLine.LineStyle = colored(3), &opts.LineStyle{Width: 2}
	if ml := breakEvenLines(r); ml != nil {
		gapBars.MarkLine = ml
	}
	ss := []series{tipSeries(nil, 0, 0), gapBars, surplusBars, spendLine, revenueLine, cumLine}
	if r.Totals.CapitalRaisedUSD > 0 {
		// The gap before and the need after the capital raised, as HSBC
		// reports its funding need.
		needLine := lineSeries(seriesNeed, billions(need))
		needLine.ItemStyle, needLine.LineStyle = colored(3), dashed(2)
		ss = append(ss, needLine)
	}

	var baseTips [][]string
	if b, ok := optionsOf(options).baseline(); ok {
		for _, q := range []struct {
			what  string
			value func(model.YearRow) float64
			color int
		}{
			{"spend", func(y model.YearRow) float64 { return y.SpendUSD }, 0},
			{"revenue", func(y model.YearRow) float64 { return y.RevenueUSD }, 1},
			{"cumulative gap", func(y model.YearRow) float64 { return y.CumulativeGapUSD }, 3},
		} {
			ss = append(ss, baseLine(b.name(q.what), b.yearly(years, q.value, 1e-9, 1), q.color))
			baseTips = append(baseTips, b.tips(years, q.what, q.value, FormatUSD))
		}
	}
	y := namedValueAxis("{value}", "US$ billion (a year; the cumulative gap to date)")
	var needed []float64
	if sol.Feasible && n > 0 {
		needed = neededRevenue(r)
		line := lineSeries(seriesNeeded, billions(needed))
		line.ItemStyle, line.LineStyle = colored(1), dashed(2)
		if i := slices.Index(years, sol.Goal.Year); i >= 0 {
			line.MarkPoint = &markPoint{Symbol: "circle", SymbolSize: 9,
				Label: &opts.Label{Show: opts.Bool(true), Position: "top", Formatter: "{b}"},
				Data: []markPointItem{{Name: "Goal " + strconv.Itoa(sol.Goal.Year),
					Coord: []any{strconv.Itoa(sol.Goal.Year), round(needed[i]/1e9, 1)}, Value: round(needed[i]/1e9, 1)}}}
		}
		neededMax := 0.0
		for _, v := range needed {
			neededMax = math.Max(neededMax, finite(v)/1e9)
		}
		if otherMax > 0 && neededMax > 2.5*otherMax {
			clipAxis(&y, otherMin, otherMax*1.1)
		}
		ss = append(ss, line)
	}

	h := header{
		title:    "Revenue against compute spend",
		subtitle: append([]string{"US$ billion per year", emptyNote(n == 0, "no years in this scenario")}, fundingNotes(r)...),
		summary:  FundingSummary(r),
	}
	h.legend = legendOf(ss)
	ss[0] = tipSeries(fundingTips(r, needed), 0, 0)
	for _, lines := range baseTips {
		addTipLines(&ss[0], lines)
	}
	sp := &spec{series: ss, tooltip: textTooltip("shadow"),
		xAxis: []axis{categoryAxis(yearLabels(years))}, yAxis: []axis{y}}
	return newRectChart(h, sp, singleGrid(h.contentTop()+axisNamePX))
}

// fundingTips returns the funding chart's tooltip of each year: revenue,
// spend, the gap or surplus, the cumulative gap, the need after capital
// raised and the revenue the solver needs (needed; nil when it has no
// answer).
func fundingTips(r model.Result, needed []float64) []string {
	out := make([]string, len(r.Years))
	for i, y := range r.Years {
		lines := []tipLine{{seriesRevenue, FormatUSD(y.RevenueUSD)}, {seriesSpend, FormatUSD(y.SpendUSD)}}
		if g := y.FundingGapUSD; g < 0 {
			lines = append(lines, tipLine{seriesSurplus, FormatUSD(-g)})
		} else {
			lines = append(lines, tipLine{seriesGap, FormatUSD(g)})
		}
		lines = append(lines, tipLine{seriesCumulative, FormatUSD(y.CumulativeGapUSD)})
		if r.Totals.CapitalRaisedUSD > 0 {
			lines = append(lines, tipLine{seriesNeed, FormatUSD(y.FundingNeedUSD)})
		}
		if i < len(needed) {
			lines = append(lines, tipLine{seriesNeeded, FormatUSD(needed[i])})
		}
		out[i] = tipText(strconv.Itoa(y.Year), lines...)
	}
	return out
}

// neededRevenue returns the revenue path of the solver's answer: the
// scenario's revenue up to its start year (actuals), then the starting run
// rate growing at Solution.CAGR.
func neededRevenue(r model.Result) []float64 {
	s := r.Scenario
	g := r.Totals.Solution.CAGR
	out := make([]float64, len(r.Years))
	for i, y := range r.Years {
		if y.Year <= s.RevenueStartYear {
			out[i] = y.RevenueUSD
			continue
		}
		out[i] = finite(s.RevenueStartUSD * math.Pow(1+g, float64(y.Year-s.RevenueStartYear)))
	}
	return out
}

// breakEvenLines marks the break-even years; nil when there is none.
func breakEvenLines(r model.Result) *markLine {
	t := r.Totals
	var items []markLineItem
	add := func(year int, text string) {
		if year == 0 {
			return
		}
		for i := range items {
			if items[i].XAxis == strconv.Itoa(year) {
				items[i].Label.Formatter += " · " + text
				return
			}
		}
		items = append(items, markLineItem{XAxis: strconv.Itoa(year), Name: text + " " + strconv.Itoa(year),
			Label: &opts.Label{Formatter: text + " " + strconv.Itoa(year)}})
	}
	add(t.BreakEvenYear, "Break-even")
	add(t.CumulativeBreakEvenYear, "Gap closed")
	if len(items) == 0 {
		return nil
	}
	return &markLine{Symbol: []string{"none", "none"}, Z: 1, LineStyle: greyDashed(), Silent: true,
		Label: &opts.Label{Show: opts.Bool(true), Position: "insideEndTop", FontSize: 11}, Data: items}
}

// fundingNotes returns the subtitle's short notes: break-even, the
// cumulative gap closing, and the solver's answer, each said also when it
// does not happen.
func fundingNotes(r model.Result) []string {
	t := r.Totals
	lastYear := t.LastYear
	if n := len(r.Years); n > 0 {
		lastYear = r.Years[n-1].Year
	}
	var notes []string
	if t.BreakEvenYear > 0 {
		notes = append(notes, "break-even "+strconv.Itoa(t.BreakEvenYear))
	} else {
		notes = append(notes, "no break-even by "+strconv.Itoa(lastYear))
	}
	if t.CumulativeBreakEvenYear > 0 {
		notes = append(notes, "gap closed "+strconv.Itoa(t.CumulativeBreakEvenYear))
	} else {
		notes = append(notes, "gap not closed by "+strconv.Itoa(lastYear))
	}
	sol := t.Solution
	goal := "for the goal"
	if sol.Goal.Year > 0 {
		goal = "for the " + strconv.Itoa(sol.Goal.Year) + " goal"
	}
	switch {
	case !sol.Feasible:
		notes = append(notes, "no growth rate is enough "+goal)
	case sol.AlwaysMet:
		notes = append(notes, "any growth is enough "+goal)
	default:
		notes = append(notes, "needs "+formatGrowth(sol.CAGR)+" "+goal)
	}
	return notes
}

// FundingSummary returns the funding chart in words: break-even, the peak
// and closing of the cumulative gap, and the solver's answer.
func FundingSummary(r model.Result) string {
	if len(r.Years) == 0 {
		return "No compute spend or revenue in this scenario."
	}
	t := r.Totals
	lastYear := r.Years[len(r.Years)-1].Year
	var s string
	if t.BreakEvenYear > 0 {
		s = fmt.Sprintf("Revenue's compute share covers the yearly spend from %d on", t.BreakEvenYear)
	} else {
		s = fmt.Sprintf("Revenue's compute share does not cover the yearly spend by %d", lastYear)
	}
	s += fmt.Sprintf("; the cumulative gap peaks at %s", FormatUSD(t.PeakCumulativeGapUSD))
	if t.CumulativeBreakEvenYear > 0 {
		s += fmt.Sprintf(" and closes in %d.", t.CumulativeBreakEvenYear)
	} else {
		s += fmt.Sprintf(" and is still %s in %d.", FormatUSD(r.Years[len(r.Years)-1].CumulativeGapUSD), lastYear)
	}
	if t.CapitalRaisedUSD > 0 {
		s += fmt.Sprintf(" After %s of capital raised (equity into OpenAI and cash on hand), ", FormatUSD(t.CapitalRaisedUSD))
		if t.PeakFundingNeedUSD > 0 {
			s += fmt.Sprintf("the outside money still needed peaks at %s.", FormatUSD(t.PeakFundingNeedUSD))
		} else {
			s += "no outside money is needed."
		}
	}
	if t.Solution.Answer != "" {
		s += " " + t.Solution.Answer
	} else if !t.Solution.Feasible {
		s += " No revenue growth rate meets the solver's goal."
	}
	return s
}
