package chart

import (
	"fmt"
	"math"

	"github.com/computeledger/computeledger/data"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// waterfallItem is one bar of a waterfall, with its own colour, label and
// tooltip.
type waterfallItem struct {
	Value     float64         `json:"value"`
	ItemStyle *opts.ItemStyle `json:"itemStyle,omitempty"`
	Label     *opts.Label     `json:"label,omitempty"`
	Tooltip   *itemTooltip    `json:"tooltip,omitempty"`
}

// The colours of a waterfall's bars.
const (
	waterfallTotal = 0 // the claim and the ledger's total
	waterfallUp    = 2
	waterfallDown  = 4
	waterfallRest  = greyIndex
)

// waterfallBar is one bar: where it starts and ends, in chart units.
type waterfallBar struct {
	label, text string
	from, to    float64
	color       int
}

// waterfallBars lays out w: the claim, each ledger step from zero up to
// the ledger's total, the total, and the residual step from the total to
// the claim's level.
func waterfallBars(w data.Waterfall) []waterfallBar {
	scale, format := waterfallUnit(w.Unit)
	bars := []waterfallBar{{label: "Claim", text: format(w.Claim), from: 0, to: w.Claim / scale, color: waterfallTotal}}
	level := 0.0
	var rest []data.ClaimStep
	for _, s := range w.Steps {
		if s.Kind == data.StepResidual {
			rest = append(rest, s)
			continue
		}
		next := level + s.Value/scale
		col := waterfallUp
		if s.Value < 0 {
			col = waterfallDown
		}
		bars = append(bars, waterfallBar{label: s.Label, text: signed(s.Value, format), from: level, to: next, color: col})
		level = next
	}
	bars = append(bars, waterfallBar{label: "Ledger total", text: format(w.Ledger), from: 0, to: w.Ledger / scale, color: waterfallTotal})
	level = w.Ledger / scale
	for _, s := range rest {
		next := level + s.Value/scale
		bars = append(bars, waterfallBar{label: s.Label, text: signed(s.Value, format), from: level, to: next, color: waterfallRest})
		level = next
	}
	return bars
}

// waterfallUnit returns the chart unit of a waterfall (US$ billions or GW)
// and how its amounts are written.
func waterfallUnit(unit string) (scale float64, format func(float64) string) {
	if unit == "USD" {
		return 1e9, FormatUSD
	}
	return 1, FormatGW
}

// signed writes an amount with its sign.
func signed(v float64, format func(float64) string) string {
	if v < 0 {
		return "−" + format(-v)
	}
	return "+" + format(v)
}

// Waterfall returns a waterfall from a claim to the ledger's total: the
// claim's bar, the ledger's steps from zero to its total (rises green,
// falls red), the total, and the grey residual step between the total and
// the claim. Each bar is labelled with its signed amount; amounts are in
// US$ billions or GW.
func Waterfall(title string, w data.Waterfall) Optioner {
	bars := waterfallBars(w)
	names := make([]string, len(bars))
	base, size := make([]any, len(bars)), make([]any, len(bars))
	decimals := 1
	if w.Unit != "USD" {
		decimals = 2
	}
	for i, b := range bars {
		names[i] = b.label
		lo, hi := math.Min(b.from, b.to), math.Max(b.from, b.to)
		base[i] = round(lo, decimals)
		size[i] = waterfallItem{Value: round(hi-lo, decimals), ItemStyle: colored(b.color),
			Label:   &opts.Label{Show: opts.Bool(true), Position: "top", Formatter: b.text},
			Tooltip: &itemTooltip{Formatter: tooltipText(b.label + ": " + b.text)}}
	}
	axisTemplate := "${value}B"
	if w.Unit != "USD" {
		axisTemplate = "{value} GW"
	}
	ss := []series{
		{Name: "base", Type: "bar", Stack: "waterfall", Data: base, Silent: true, Tooltip: noTooltip,
			ItemStyle: &opts.ItemStyle{Color: "transparent"}},
		{Name: title, Type: "bar", Stack: "waterfall", BarMaxWidth: 48, Data: size},
	}
	unit := "US$ billion"
	if w.Unit != "USD" {
		unit = "GW"
	}
	h := header{title: title, subtitle: []string{unit, "claim, the ledger's steps, its total, and the rest"}, summary: WaterfallSummary(w)}
	x := categoryAxis(names)
	x.AxisLabel = &axisLabel{Interval: 0, Width: 90, Overflow: "break", LineHeight: wrappedLabelLinePX}
	// On a phone seven steps have about 45 px each: their names slant and
	// are cut instead of breaking into lines that run into each other, and
	// the amounts above the bars are smaller.
	phoneX := *x.AxisLabel
	phoneX.Width, phoneX.Overflow, phoneX.Rotate = waterfallPhoneLabelPX, "truncate", 40
	amounts := []any{map[string]any{}, map[string]any{"label": map[string]any{"fontSize": 9}}}
	sp := &spec{series: ss, tooltip: itemTooltipOpts(), xAxis: []axis{x}, yAxis: []axis{namedValueAxis(axisTemplate, unit)},
		phone: map[string]any{"xAxis": []any{map[string]any{"axisLabel": phoneX}}, "series": amounts},
		wide:  map[string]any{"xAxis": []any{map[string]any{"axisLabel": *x.AxisLabel}}}}
	return newRectChart(h, sp, singleGrid(h.contentTop()+8+axisNamePX))
}

// wrappedLabelLinePX is the line height of a category label broken into
// lines (12 px type).
const wrappedLabelLinePX = 15

// waterfallPhoneLabelPX is the longest step name on a phone's slanted axis.
const waterfallPhoneLabelPX = 84

// WaterfallSummary returns a waterfall in words: the claim, each step and
// the ledger's total.
func WaterfallSummary(w data.Waterfall) string {
	_, format := waterfallUnit(w.Unit)
	s := fmt.Sprintf("The claim is %s; the ledger's total is %s.", format(w.Claim), format(w.Ledger))
	for _, st := range w.Steps {
		s += fmt.Sprintf(" %s: %s.", st.Label, signed(st.Value, format))
	}
	return s
}
