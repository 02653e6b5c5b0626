package chart

import (
	"fmt"
	"math"
	"strconv"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// weeksPerYear turns a weekly build rate into a yearly one (365.2425 / 7),
// as the capacity model does.
const weeksPerYear = 365.2425 / 7

// The names of the capacity chart's reference series.
const (
	seriesPlanned   = "Planned"
	seriesGoal      = "Goal"
	seriesBuildRate = "Build-rate limit"
)

// CapacityByYear returns the capacity online at each year's end in GW as
// bars stacked by group, the planned capacity (before the build-rate cap)
// and the goal (Years[i].CapacityGoalGW) as lines, and the build-rate limit:
// the most capacity the scenario's build rate (GW a week) can bring online
// from the start of the first year. The year before the first is drawn,
// with nothing online, so that the limit starts from zero. When the limit
// rises far above the plan, the axis stops above the plan and the limit
// leaves the chart.
func CapacityByYear(r model.Result, group Group, options ...Option) Optioner {
	years := resultYears(r)
	n := len(years)
	axisYears := years
	if n > 0 {
		axisYears = append([]int{years[0] - 1}, years...)
	}
	groups := groupedValues(group, group.breakdowns(r), n,
		func(b model.Breakdown) []float64 { return b.CapacityGW }, last)

	lead := func(xs []float64) []any {
		if n == 0 {
			return []any{}
		}
		return append([]any{nil}, values(xs, 2)...)
	}
	ss := make([]series, 0, len(groups)+4)
	ss = append(ss, tipSeries(nil, 0, 0))
	for _, g := range groups {
		ss = append(ss, series{Name: g.name, Type: "bar", Stack: "online", BarMaxWidth: 48,
			Data: lead(g.values), Emphasis: &emphasis{Focus: "series"}})
	}
	planned, goal := make([]float64, n), make([]any, len(axisYears))
	dataMax := 0.0
	for i, y := range r.Years {
		planned[i] = y.CapacityPlannedGW
		dataMax = math.Max(dataMax, math.Max(finite(y.CapacityPlannedGW), finite(y.CapacityGW)))
		dataMax = math.Max(dataMax, finite(y.CapacityGoalGW))
	}
	for i := range goal {
		g := r.Scenario.CapacityGoalGW
		if i > 0 && i-1 < n {
			g = r.Years[i-1].CapacityGoalGW
		}
		goal[i] = round(g, 2)
	}
	rate := finite(r.Scenario.BuildRateGWPerWeek)
	limit := make([]any, len(axisYears))
	limitMax := 0.0
	for i := range limit {
		v := round(rate*weeksPerYear*float64(i), 2)
		limit[i] = v
		limitMax = math.Max(limitMax, v)
	}
	plannedLine := lineSeries(seriesPlanned, lead(planned))
	plannedLine.ShowSymbol = nil
	plannedLine.ItemStyle = colored(greyIndex)
	plannedLine.LineStyle = &opts.LineStyle{Width: 1.5}
	goalLine := lineSeries(seriesGoal, goal)
	goalLine.ItemStyle = colored(4)
	goalLine.LineStyle = dashed(2)
	limitLine := lineSeries(seriesBuildRate, limit)
	limitLine.ItemStyle = colored(greyIndex)
	limitLine.LineStyle = &opts.LineStyle{Type: "dotted", Width: 2}
	ss = append(ss, plannedLine, goalLine, limitLine)
	ss[0] = tipSeries(capacityTips(r, axisYears, groups, goal, limit), 0, 0)
	if b, ok := optionsOf(options).baseline(); ok {
		gw := func(y model.YearRow) float64 { return y.CapacityGW }
		ss = append(ss, baseLine(b.name("capacity online"), b.yearly(axisYears, gw, 1, 2), 0))
		addTipLines(&ss[0], b.tips(axisYears, "capacity online", gw, FormatGW))
	}

	y := namedValueAxis("{value} GW", "GW online at year end")
	if dataMax > 0 && limitMax > 1.3*dataMax {
		clipAxis(&y, 0, dataMax*1.1)
	}
	subtitle := []string{"GW at year end", "goal " + FormatGW(r.Scenario.CapacityGoalGW), "limit " + trimFloat(rate, 3) + " GW a week"}
	o := optionsOf(options)
	ss, y, scaleNote := rescale(ss, "online", y, o.scale, FormatGW)
	switch o.scale {
	case ScaleLog:
		subtitle = append(subtitle, scaleNote)
	case ScaleShare:
		subtitle = []string{scaleNote + " online"}
	}
	h := header{
		title:    "Capacity online by " + group.Label(),
		subtitle: append(subtitle, emptyNote(len(groups) == 0, "no capacity in this scenario")),
		summary:  CapacitySummary(r),
	}
	h.legend = legendOf(ss)
	sp := &spec{series: ss, tooltip: textTooltip("shadow"),
		xAxis: []axis{categoryAxis(yearLabels(axisYears))}, yAxis: []axis{y}}
	return newRectChart(h, sp, singleGrid(h.contentTop()+axisNamePX))
}

// capacityTips returns the capacity chart's tooltip of each year of the
// axis (the year before the first, then the result's): each group online,
// the planned capacity, the goal and the build-rate limit.
func capacityTips(r model.Result, axisYears []int, groups []groupValues, goal, limit []any) []string {
	out := make([]string, len(axisYears))
	gw := func(v any) string {
		if f, ok := v.(float64); ok {
			return FormatGW(f)
		}
		return ""
	}
	for i, year := range axisYears {
		var lines []tipLine
		if i > 0 && i-1 < len(r.Years) {
			y := r.Years[i-1]
			for _, g := range groups {
				if g.values[i-1] != 0 {
					lines = append(lines, tipLine{g.name, FormatGW(g.values[i-1])})
				}
			}
			lines = append(lines, tipLine{"Total online", FormatGW(y.CapacityGW)}, tipLine{seriesPlanned, FormatGW(y.CapacityPlannedGW)})
		}
		lines = append(lines, tipLine{seriesGoal, gw(goal[i])}, tipLine{seriesBuildRate, gw(limit[i])})
		out[i] = tipText(strconv.Itoa(year), lines...)
	}
	return out
}

// clipAxis sets a value axis to run from lo to hi (widened to round
// ticks) with a fixed tick interval, so that a series far beyond hi leaves
// the chart at the top instead of squashing the rest.
func clipAxis(a *axis, lo, hi float64) {
	lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	if !(hi > lo) {
		hi = lo + 1
	}
	step := niceStep((hi - lo) / 6)
	a.Min = round(math.Floor(lo/step+1e-9)*step, 9)
	a.Max = round(math.Ceil(hi/step-1e-9)*step, 9)
	a.Interval = step
}

// niceStep returns the smallest of 1, 2, 2.5, 3 or 5 times a power of ten
// that is at least x (x > 0): a round tick interval.
func niceStep(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return 1
	}
	p := math.Pow10(int(math.Floor(math.Log10(x))))
	for _, m := range []float64{1, 2, 2.5, 3, 5, 10} {
		if m*p >= x*(1-1e-12) {
			return round(m*p, 12)
		}
	}
	return 10 * p
}

// niceCeil returns the smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10
// times a power of ten that is at least x (x > 0): a round axis maximum.
func niceCeil(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return 1
	}
	p := math.Pow10(int(math.Floor(math.Log10(x))))
	for _, m := range []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10} {
		if m*p >= x*(1-1e-12) {
			return round(m*p, 12)
		}
	}
	return 10 * p
}

// trimFloat writes x with at most the given decimals and no trailing zeros.
func trimFloat(x float64, decimals int) string {
	return strconv.FormatFloat(round(x, decimals), 'f', -1, 64)
}

// CapacitySummary returns the capacity chart in words: what is online by
// the last year against the goal, when the goal is met, the fastest year's
// build rate and whether the build-rate limit holds capacity back.
func CapacitySummary(r model.Result) string {
	if len(r.Years) == 0 {
		return "No capacity comes online in this scenario."
	}
	lastRow := r.Years[len(r.Years)-1]
	s := fmt.Sprintf("Capacity online reaches %s by %d against a goal of %s", FormatGW(lastRow.CapacityGW), lastRow.Year,
		FormatGW(r.Totals.CapacityGoalGW))
	if r.Totals.GoalYear > 0 {
		s += fmt.Sprintf(", met in %d.", r.Totals.GoalYear)
	} else {
		s += fmt.Sprintf(", not met by %d.", lastRow.Year)
	}
	fast := r.Years[0]
	held, heldYear := 0.0, 0
	for _, y := range r.Years {
		if y.CapacityAddedGW > fast.CapacityAddedGW {
			fast = y
		}
		if d := y.CapacityPlannedGW - y.CapacityGW; d > held+1e-9 {
			held, heldYear = d, y.Year
		}
	}
	if fast.CapacityAddedGW > 0 {
		s += fmt.Sprintf(" The fastest year, %d, adds %s: %s GW a week", fast.Year, FormatGW(fast.CapacityAddedGW),
			trimFloat(fast.BuildRateGWPerWeek, 2))
		if held > 0.05 {
			s += fmt.Sprintf("; the build-rate limit of %s GW a week holds back up to %s (%d).",
				trimFloat(r.Scenario.BuildRateGWPerWeek, 3), FormatGW(held), heldYear)
		} else {
			s += fmt.Sprintf(", within the build-rate limit of %s GW a week.", trimFloat(r.Scenario.BuildRateGWPerWeek, 3))
		}
	}
	return s
}
