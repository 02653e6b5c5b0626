package chart

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// unit says how a metric is drawn and written.
type unit struct {
	// label names the metric in a sentence ("commitments").
	label string
	// scale converts the metric to the chart's unit; decimals rounds it.
	scale    float64
	decimals int
	// axis is the axis label template; caption the unit in words.
	axis, caption string
	// format writes a value of the metric.
	format func(float64) string
}

// metricUnit returns how a metric is drawn and written.
func metricUnit(m model.Metric) unit {
	usd := func(label string) unit {
		return unit{label: label, scale: 1e-9, decimals: 1, axis: "${value}B", caption: "US$ billion", format: FormatUSD}
	}
	switch m {
	case model.MetricCommitmentsUSD:
		return usd("commitments")
	case model.MetricPeakCumulativeGapUSD:
		return usd("the peak funding need")
	case model.MetricCumulativeGapUSD:
		return usd("the cumulative gap")
	case model.MetricImpliedCapexUSD:
		return usd("the implied capex")
	case model.MetricCapacityOnlineGW:
		return unit{label: "the capacity online", scale: 1, decimals: 2, axis: "{value} GW", caption: "GW", format: FormatGW}
	case model.MetricAcceleratorsCount:
		return unit{label: "the accelerators", scale: 1e-6, decimals: 2, axis: "{value}M", caption: "accelerators (millions)", format: formatMillions}
	case model.MetricEnergyTWh:
		return unit{label: "the energy use", scale: 1, decimals: 1, axis: "{value}", caption: "TWh per year", format: FormatTWh}
	case model.MetricRequiredCAGR:
		return unit{label: "the required revenue growth", scale: 100, decimals: 1, axis: "{value}%", caption: "% revenue growth per year", format: FormatPercent}
	}
	return unit{label: strings.ReplaceAll(string(m), "_", " "), scale: 1, decimals: 2, axis: "{value}", caption: humanize(string(m)),
		format: func(x float64) string { return trimFloat(x, 2) }}
}

// The names of the tornado's series.
const (
	seriesLowInput  = "Assumption at its low end"
	seriesHighInput = "Assumption at its high end"
)

// Tornado returns one row per assumption, in the order given (the model
// sorts by swing, largest first, and the first row is drawn on top): bars
// from the metric's base value (BaseOutput) to its value with the
// assumption at the low end (LowOutput) and at the high end (HighOutput)
// of its range, in the metric's unit.
func Tornado(swings []model.Swing, metric model.Metric, options ...Option) Optioner {
	u := metricUnit(metric)
	names := make([]string, len(swings))
	low, high := make([]any, len(swings)), make([]any, len(swings))
	base := 0.0
	for i, s := range swings {
		names[i] = swingLabel(s)
		low[i] = round(s.LowOutput*u.scale, u.decimals)
		high[i] = round(s.HighOutput*u.scale, u.decimals)
		if i == 0 {
			base = round(s.BaseOutput*u.scale, u.decimals)
		}
	}
	axisTemplate := u.axis
	for i := range swings {
		if low[i].(float64) < 0 || high[i].(float64) < 0 {
			axisTemplate = "{value}"
		}
	}
	lowBars := series{Name: seriesLowInput, Type: "bar", BarGap: "-100%", BarMaxWidth: 22, Data: low, ItemStyle: colored(3)}
	highBars := series{Name: seriesHighInput, Type: "bar", BarGap: "-100%", BarMaxWidth: 22, Data: high, ItemStyle: colored(1)}
	if len(swings) > 0 {
		lowBars.MarkLine = &markLine{Symbol: []string{"none", "none"}, Silent: true,
			LineStyle: &opts.LineStyle{Width: 1.5, Color: paletteColor(greyIndex)},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "start", Formatter: plainText("as set " + u.format(swings[0].BaseOutput))},
			Data:      []markLineItem{{Name: "As set", XAxis: base}}}
	}
	tips := make([]string, len(swings))
	for i, s := range swings {
		tips[i] = tipText(names[i], tipLine{"At its low end", u.format(s.LowOutput)}, tipLine{"At its high end", u.format(s.HighOutput)},
			tipLine{"As set", u.format(s.BaseOutput)})
	}
	if b, ok := optionsOf(options).baseline(); ok && len(swings) > 0 {
		if v, err := metric.Of(b.Result); err == nil {
			highBars.MarkLine = &markLine{Symbol: []string{"none", "none"}, Silent: true,
				LineStyle: &opts.LineStyle{Type: "dashed", Width: 1.5, Color: paletteColor(0), Opacity: opts.Float(0.75)},
				Label:     &opts.Label{Show: opts.Bool(true), Position: "end", Formatter: b.name(plainText(u.format(v)))},
				Data:      []markLineItem{{Name: b.name(u.label), XAxis: round(v*u.scale, u.decimals)}}}
		}
	}
	ss := []series{tipSeries(tips, 0, 0), lowBars, highBars}

	title := "What moves " + u.label
	h := header{
		title: title,
		subtitle: []string{u.caption, "each assumption at the ends of its range", "others as set",
			emptyNote(len(swings) == 0, "no assumption with a range")},
		summary: TornadoSummary(swings, metric),
		legend:  legendOf(ss),
	}
	x := namedValueAxis(axisTemplate, u.caption)
	belowAxis(&x)
	x.StartValue = &base
	x.Scale = opts.Bool(true)
	x.SplitNumber = 4
	x.AxisLabel.HideOverlap = true
	y := categoryAxis(names)
	y.Inverse = opts.Bool(true)
	y.AxisLabel = &axisLabel{Interval: 0}
	sp := &spec{series: ss, tooltip: textTooltip("shadow"), xAxis: []axis{x}, yAxis: []axis{y}}
	grid := singleGrid(h.contentTop() + 10)
	grid.Right = "36"
	grid.Bottom = "30"
	return newRectChart(h, sp, grid)
}

// swingLabels are short row labels for the model's assumptions, by query
// parameter.
var swingLabels = map[string]string{
	"vals":    "Deal values",
	"cost_gw": "Cost per GW",
	"pue":     "PUE",
	"util":    "Utilisation",
	"kw":      "kW per accelerator",
	"rev0":    "Starting revenue",
	"g":       "Revenue growth",
	"share":   "Compute share",
	"build":   "Build rate",
}

// swingLabel returns the row label of an assumption: a short name for the
// model's own, else its name cut to fit.
func swingLabel(s model.Swing) string {
	if l, ok := swingLabels[s.Param]; ok {
		return l
	}
	return capitalize(ShortLabel(s.Name))
}

// capitalize returns s with an upper-case first letter, unless its second
// letter is upper case too (a unit such as "kW").
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// TornadoSummary returns the tornado in words: the base value and the two
// assumptions that move the metric most, with the range each gives.
func TornadoSummary(swings []model.Swing, metric model.Metric) string {
	u := metricUnit(metric)
	if len(swings) == 0 {
		return "No assumption with a range to move " + u.label + "."
	}
	s := fmt.Sprintf("%s at the scenario's settings: %s.", capitalize(u.label), u.format(swings[0].BaseOutput))
	for i, sw := range swings[:min(2, len(swings))] {
		lo, hi := min(sw.LowOutput, sw.HighOutput), max(sw.LowOutput, sw.HighOutput)
		if i == 0 {
			s += fmt.Sprintf(" The largest swing comes from %s: %s to %s.", lowerFirst(swingLabel(sw)), u.format(lo), u.format(hi))
		} else {
			s += fmt.Sprintf(" Next is %s: %s to %s.", lowerFirst(swingLabel(sw)), u.format(lo), u.format(hi))
		}
	}
	return capitalize(s)
}

// lowerFirst returns s with a lower-case first letter, unless it is an
// abbreviation (its second letter is upper case: "PUE", "GW").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
