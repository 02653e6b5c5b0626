package chart

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// spec completes a go-echarts chart with what go-echarts' option structs
// cannot say: it is the chart's ConfigurationVisitor (go-echarts' own
// extension point, see charts.ConfigurationVisitor) and writes this
// package's series, axes and tooltip, plus a few top-level keys, into the
// option map that JSON returns. Title, legend, grids, colours, aria and
// animation stay go-echarts options.
type spec struct {
	charts.BaseConfigurationVisitor

	series  []series
	xAxis   []axis
	yAxis   []axis
	tooltip tooltip
	// axisPointer is the top-level axisPointer (links the axes of several
	// grids); nil leaves it out.
	axisPointer *axisPointer
	// phone are top-level keys (series, xAxis) merged into the option at
	// a phone's width, and wide what restores them when the chart is
	// wider (phone_layout.go); nil for none.
	phone, wide map[string]any
}

// VisitSeriesOpt returns the chart's series.
func (s *spec) VisitSeriesOpt(charts.MultiSeries) interface{} {
	if s.series == nil {
		return []series{}
	}
	return s.series
}

// VisitXAxis returns the chart's x axes.
func (s *spec) VisitXAxis([]opts.XAxis) interface{} { return s.xAxis }

// VisitYAxis returns the chart's y axes.
func (s *spec) VisitYAxis([]opts.YAxis) interface{} { return s.yAxis }

// VisitTooltipOpt returns the chart's tooltip.
func (s *spec) VisitTooltipOpt(opts.Tooltip) interface{} { return s.tooltip }

// Visit adds the top-level keys go-echarts has no option for.
func (s *spec) Visit(option map[string]interface{}) {
	// Transparent, so that the page's light or dark background shows
	// through and ECharts' dark theme only changes the text and lines.
	option["backgroundColor"] = "transparent"
	if s.axisPointer != nil {
		option["axisPointer"] = s.axisPointer
	}
	legend, _ := option["legend"].(opts.Legend)
	grids, _ := option["grid"].([]opts.Grid)
	if m := phoneMedia(legend, grids, s.phone, s.wide); m != nil {
		option["media"] = m
	}
}

// series is one ECharts series with the fields these charts use: smaller
// and quicker to encode than go-echarts' SingleSeries, and with the fields
// it lacks (stackStrategy, z, per-series tooltip.show).
type series struct {
	Name          string `json:"name,omitempty"`
	Type          string `json:"type"`
	Stack         string `json:"stack,omitempty"`
	StackStrategy string `json:"stackStrategy,omitempty"`
	XAxisIndex    int    `json:"xAxisIndex,omitempty"`
	YAxisIndex    int    `json:"yAxisIndex,omitempty"`
	Z             int    `json:"z,omitempty"`
	Silent        bool   `json:"silent,omitempty"`

	// Line and scatter.
	Step       string  `json:"step,omitempty"`
	Symbol     string  `json:"symbol,omitempty"`
	SymbolSize float64 `json:"symbolSize,omitempty"`
	// SymbolKeepAspect keeps a path symbol's shape instead of filling a
	// square of SymbolSize.
	SymbolKeepAspect bool  `json:"symbolKeepAspect,omitempty"`
	ShowSymbol       *bool `json:"showSymbol,omitempty"`
	ConnectNulls     bool  `json:"connectNulls,omitempty"`

	// Bar.
	BarGap      string `json:"barGap,omitempty"`
	BarMaxWidth int    `json:"barMaxWidth,omitempty"`

	// Sankey.
	Links            any        `json:"links,omitempty"`
	Left             string     `json:"left,omitempty"`
	Right            string     `json:"right,omitempty"`
	Top              string     `json:"top,omitempty"`
	Bottom           string     `json:"bottom,omitempty"`
	NodeAlign        string     `json:"nodeAlign,omitempty"`
	NodeGap          int        `json:"nodeGap,omitempty"`
	NodeWidth        int        `json:"nodeWidth,omitempty"`
	LayoutIterations *int       `json:"layoutIterations,omitempty"`
	Draggable        *bool      `json:"draggable,omitempty"`
	EdgeLabel        *edgeLabel `json:"edgeLabel,omitempty"`
	// BaseOnly lists the baseline's flows the reader's run lacks; ECharts
	// does not read it, TableOf lists them.
	BaseOnly []sankeyLink `json:"baseOnly,omitempty"`

	ItemStyle   *opts.ItemStyle   `json:"itemStyle,omitempty"`
	LineStyle   *opts.LineStyle   `json:"lineStyle,omitempty"`
	AreaStyle   *opts.AreaStyle   `json:"areaStyle,omitempty"`
	Label       *opts.Label       `json:"label,omitempty"`
	LabelLayout *opts.LabelLayout `json:"labelLayout,omitempty"`
	Emphasis    *emphasis         `json:"emphasis,omitempty"`
	Tooltip     *itemTooltip      `json:"tooltip,omitempty"`
	MarkLine    *markLine         `json:"markLine,omitempty"`
	MarkPoint   *markPoint        `json:"markPoint,omitempty"`

	// Data is the series' values: []any with nil for a gap, or items.
	Data any `json:"data"`
}

// emphasis is how a series reacts to the pointer.
type emphasis struct {
	Focus string `json:"focus,omitempty"`
}

// itemTooltip is the tooltip of one series or one data item. A formatter
// here is an ECharts string template ("{b}: {c}") or plain text with
// <br/> line breaks, never JavaScript.
type itemTooltip struct {
	Show      *bool  `json:"show,omitempty"`
	Trigger   string `json:"trigger,omitempty"`
	Formatter string `json:"formatter,omitempty"`
}

// noTooltip hides a series from the tooltip (and from the axis tooltip).
var noTooltip = &itemTooltip{Show: opts.Bool(false)}

// markLine draws reference lines on a series.
type markLine struct {
	Silent    bool            `json:"silent,omitempty"`
	Symbol    []string        `json:"symbol"`
	Z         int             `json:"z,omitempty"`
	Label     *opts.Label     `json:"label,omitempty"`
	LineStyle *opts.LineStyle `json:"lineStyle,omitempty"`
	Tooltip   *itemTooltip    `json:"tooltip,omitempty"`
	Data      []markLineItem  `json:"data"`
}

// markLineItem is one reference line at an x or y value.
type markLineItem struct {
	Name  string      `json:"name,omitempty"`
	XAxis any         `json:"xAxis,omitempty"`
	YAxis any         `json:"yAxis,omitempty"`
	Label *opts.Label `json:"label,omitempty"`
}

// markPoint draws labelled points on a series.
type markPoint struct {
	Symbol     string          `json:"symbol,omitempty"`
	SymbolSize float64         `json:"symbolSize,omitempty"`
	Label      *opts.Label     `json:"label,omitempty"`
	Data       []markPointItem `json:"data"`
}

// markPointItem is one labelled point at a coordinate.
type markPointItem struct {
	Name  string  `json:"name,omitempty"`
	Coord []any   `json:"coord"`
	Value float64 `json:"value"`
}

// axis is one x or y axis: go-echarts' XAxis (the same JSON as its YAxis)
// with the fields it lacks.
type axis struct {
	opts.XAxis
	// BoundaryGap false starts a category axis' first point at the axis.
	BoundaryGap *bool `json:"boundaryGap,omitempty"`
	// Interval fixes the tick interval (with Min and Max set).
	Interval float64 `json:"interval,omitempty"`
	// StartValue is where bars start on a value axis (the base of the
	// tornado); nil starts them at zero.
	StartValue *float64 `json:"startValue,omitempty"`
	// NameTextStyle aligns the axis name.
	NameTextStyle *nameTextStyle `json:"nameTextStyle,omitempty"`
	// AxisLabel replaces go-echarts' AxisLabel, which writes null for
	// every unset showMinLabel and showMaxLabel.
	AxisLabel *axisLabel `json:"axisLabel,omitempty"`
}

// axisLabel places and writes an axis' labels; it never sets a colour.
type axisLabel struct {
	Show *bool `json:"show,omitempty"`
	// Interval 0 shows every category label; nil lets ECharts choose.
	Interval    any  `json:"interval,omitempty"`
	HideOverlap bool `json:"hideOverlap,omitempty"`
	// Formatter is an ECharts string template such as "{value} GW".
	Formatter string `json:"formatter,omitempty"`
	// Width and Overflow wrap long category labels ("break") or cut them
	// ("truncate").
	Width    int    `json:"width,omitempty"`
	Overflow string `json:"overflow,omitempty"`
	// LineHeight spaces the lines of a wrapped label, in px: without it
	// ECharts sets them about 4 px apart, one over the other.
	LineHeight int `json:"lineHeight,omitempty"`
	// Rotate slants the labels by degrees (0: level).
	Rotate int `json:"rotate,omitempty"`
}

// nameTextStyle places an axis name; it never sets a colour.
type nameTextStyle struct {
	Align string `json:"align,omitempty"`
}

// tooltip is the chart's tooltip: go-echarts' Tooltip plus confine, which
// keeps the tooltip inside the chart on a narrow phone screen.
type tooltip struct {
	opts.Tooltip
	Confine bool `json:"confine"`
	// ExtraCSSText lets long tooltips wrap; it never sets a colour.
	ExtraCSSText string `json:"extraCssText,omitempty"`
}

// axisPointer links the axis pointers of several grids.
type axisPointer struct {
	Link []axisLink `json:"link"`
}

// axisLink names the axes whose pointers move together.
type axisLink struct {
	XAxisIndex string `json:"xAxisIndex"`
}

// axisTooltip returns the tooltip of charts over a category axis: one box
// listing every series of the year under the pointer.
func axisTooltip(pointer string) tooltip {
	return tooltip{Tooltip: opts.Tooltip{Show: opts.Bool(true), Trigger: "axis",
		AxisPointer: &opts.AxisPointer{Type: pointer}}, Confine: true}
}

// itemTooltipOpts returns the tooltip of charts whose items explain
// themselves (flows, timeline).
func itemTooltipOpts() tooltip {
	return tooltip{Tooltip: opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}, Confine: true}
}

// categoryAxis returns a category axis over labels.
func categoryAxis(labels []string) axis {
	return axis{XAxis: opts.XAxis{Type: "category", Data: labels}}
}

// valueAxis returns a value axis whose labels follow template, an ECharts
// string template such as "${value}B" or "{value} GW".
func valueAxis(template string) axis {
	return axis{XAxis: opts.XAxis{Type: "value"}, AxisLabel: &axisLabel{Formatter: template}}
}

// values turns numbers into series data, rounded to the given decimals.
func values(xs []float64, decimals int) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = round(x, decimals)
	}
	return out
}

// lineSeries returns a line series without symbols (the tooltip marks the
// year).
func lineSeries(name string, data []any) series {
	return series{Name: name, Type: "line", Data: data, Symbol: "circle", SymbolSize: 5, ShowSymbol: opts.Bool(false)}
}

// dashed returns a dashed line style of the given width.
func dashed(width float32) *opts.LineStyle {
	return &opts.LineStyle{Type: "dashed", Width: width}
}

// greyDashed returns the thin grey dashed style of reference lines.
func greyDashed() *opts.LineStyle {
	return &opts.LineStyle{Type: "dashed", Width: 1, Color: paletteColor(greyIndex)}
}

// paletteColor returns the i-th palette colour, cycling.
func paletteColor(i int) string {
	return Palette[i%len(Palette)]
}

// colored returns an item style in the i-th palette colour.
func colored(i int) *opts.ItemStyle {
	return &opts.ItemStyle{Color: paletteColor(i)}
}
