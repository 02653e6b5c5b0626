//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"time"
)

// ErrNoChart reports an option the preview image cannot draw a chart from.
var ErrNoChart = errors.New("no chart in option")

// ogChart is what the preview image draws of an ECharts option: its
// title, its axes and its series, read from the same option JSON the app
// gives ECharts.
type ogChart struct {
	Title, Subtitle string
	Description     string // the option's aria description, the image's alt text
	Categories      []string
	CategoryOnY     bool // horizontal bars: categories down the y axis
	Inverse         bool // the category axis runs from the top (y) or the right (x)
	TimeX           bool // x values are days since 1970-01-01
	ValueFormat     string
	ValueStart      float64 // where the value axis starts when HasStart
	HasStart        bool
	Min, Max        *float64 // the value axis's fixed ends, if it has them
	Series          []ogSeries
	Sankey          *ogSankey
}

// ogSeries is one series of a cartesian chart.
type ogSeries struct {
	Kind    string // bar, line or scatter
	Name    string
	Stack   string
	Color   color.RGBA
	Hidden  bool    // drawn transparent: a waterfall's base
	Line    bool    // a line series draws its line (not only its area)
	Dashed  bool    // the line is dashed
	SumAll  bool    // stacks every value (stackStrategy "all"), not by sign
	AreaOp  float64 // opacity of the area under a line, 0 for none
	Overlap bool    // bars drawn over the other series' bars (barGap -100%)
	Points  []ogPoint
}

// ogPoint is one value of a series: X is the category index or the day.
type ogPoint struct {
	X, Y  float64
	Color *color.RGBA // the point's own colour, if it has one
}

// ogSankey is a sankey chart's nodes and links.
type ogSankey struct {
	Nodes []ogNode
	Links []ogLink
}

// ogNode is one node of a sankey chart.
type ogNode struct {
	Name  string
	Color color.RGBA
}

// ogLink is one flow of a sankey chart between nodes (indexes into Nodes).
type ogLink struct {
	Source, Target int
	Value          float64
}

// The JSON shapes read from an option. ECharts accepts an object or an
// array of them for title and the axes; go-echarts writes arrays of axes.
type (
	optionJSON struct {
		Title  json.RawMessage                              `json:"title"`
		Aria   struct{ Label struct{ Description string } } `json:"aria"`
		Color  []string                                     `json:"color"`
		XAxis  json.RawMessage                              `json:"xAxis"`
		YAxis  json.RawMessage                              `json:"yAxis"`
		Series []seriesJSON                                 `json:"series"`
	}
	titleJSON struct {
		Text    string `json:"text"`
		Subtext string `json:"subtext"`
	}
	axisJSON struct {
		Type       string            `json:"type"`
		Inverse    bool              `json:"inverse"`
		Data       []json.RawMessage `json:"data"`
		StartValue *float64          `json:"startValue"`
		Min        json.RawMessage   `json:"min"`
		Max        json.RawMessage   `json:"max"`
		AxisLabel  struct {
			Formatter json.RawMessage `json:"formatter"`
		} `json:"axisLabel"`
	}
	seriesJSON struct {
		Type          string            `json:"type"`
		Name          string            `json:"name"`
		XAxisIndex    int               `json:"xAxisIndex"`
		YAxisIndex    int               `json:"yAxisIndex"`
		Stack         string            `json:"stack"`
		BarGap        string            `json:"barGap"`
		StackStrategy string            `json:"stackStrategy"`
		Data          []json.RawMessage `json:"data"`
		Links         []linkJSON        `json:"links"`
		ItemStyle     styleJSON         `json:"itemStyle"`
		LineStyle     styleJSON         `json:"lineStyle"`
		AreaStyle     *styleJSON        `json:"areaStyle"`
	}
	styleJSON struct {
		Color   json.RawMessage `json:"color"`
		Opacity *float64        `json:"opacity"`
		Type    string          `json:"type"`
	}
	linkJSON struct {
		Source string  `json:"source"`
		Target string  `json:"target"`
		Value  float64 `json:"value"`
	}
)

// maxOptionSeries and maxOptionPoints bound what one option may ask the
// renderer to draw.
const (
	maxOptionSeries = 64
	maxOptionPoints = 4096
)

// parseChartOption reads an ECharts option as the app builds it. It
// returns ErrNoChart when the option holds no series it can draw.
func parseChartOption(raw []byte) (*ogChart, error) {
	var o optionJSON
	if err := json.Unmarshal(raw, &o); err != nil {
		return nil, fmt.Errorf("chart option: %w", err)
	}
	c := &ogChart{Description: o.Aria.Label.Description}
	if t, ok := first[titleJSON](o.Title); ok {
		c.Title, c.Subtitle = t.Text, t.Subtext
	}
	palette := make([]color.RGBA, 0, len(o.Color))
	for _, s := range o.Color {
		if col, ok := parseColor(s); ok {
			palette = append(palette, col)
		}
	}
	if len(palette) == 0 {
		palette = []color.RGBA{{0x1f, 0x4e, 0x79, 0xff}}
	}
	x, _ := first[axisJSON](o.XAxis)
	y, _ := first[axisJSON](o.YAxis)
	valueAxis := y
	switch {
	case y.Type == "category":
		c.CategoryOnY, valueAxis = true, x
		c.Categories, c.Inverse = axisLabels(y.Data), y.Inverse
	case x.Type == "time":
		c.TimeX = true
	default:
		c.Categories, c.Inverse = axisLabels(x.Data), x.Inverse
	}
	c.ValueFormat = formatterOf(valueAxis.AxisLabel.Formatter)
	if v, ok := number(valueAxis.Min); ok {
		c.Min = &v
	}
	if v, ok := number(valueAxis.Max); ok {
		c.Max = &v
	}
	if valueAxis.StartValue != nil && finite(*valueAxis.StartValue) {
		c.ValueStart, c.HasStart = *valueAxis.StartValue, true
	}
	if len(o.Series) > maxOptionSeries {
		o.Series = o.Series[:maxOptionSeries]
	}
	colorIndex := 0
	for _, s := range o.Series {
		if s.Type == "sankey" {
			c.Sankey = parseSankey(s, palette)
			continue
		}
		// Only the first grid: a chart of several grids (compare's three
		// metrics) shows its first metric.
		if s.Type != "bar" && s.Type != "line" && s.Type != "scatter" || s.XAxisIndex != 0 || s.YAxisIndex != 0 {
			continue
		}
		out := ogSeries{Kind: s.Type, Name: s.Name, Stack: s.Stack, Overlap: s.BarGap == "-100%"}
		out.Color = palette[colorIndex%len(palette)]
		colorIndex++
		if col, transparent, ok := styleColor(s.ItemStyle.Color); ok {
			out.Color, out.Hidden = col, transparent
		} else if col, transparent, ok := styleColor(s.LineStyle.Color); ok && s.Type == "line" {
			out.Color, out.Hidden = col, transparent
		}
		out.SumAll = s.StackStrategy == "all"
		out.Line = s.Type == "line" && (s.LineStyle.Opacity == nil || *s.LineStyle.Opacity > 0)
		out.Dashed = s.LineStyle.Type == "dashed"
		if s.AreaStyle != nil && !out.Hidden {
			out.AreaOp = 0.7
			if s.AreaStyle.Opacity != nil {
				out.AreaOp = *s.AreaStyle.Opacity
			}
		}
		if len(s.Data) > maxOptionPoints {
			s.Data = s.Data[:maxOptionPoints]
		}
		for i, d := range s.Data {
			if p, ok := parsePoint(d, i, c.TimeX); ok {
				out.Points = append(out.Points, p)
			}
		}
		c.Series = append(c.Series, out)
	}
	if c.Sankey == nil && !hasPoints(c.Series) {
		return nil, ErrNoChart
	}
	return c, nil
}

// hasPoints reports whether any visible series has a value to draw.
func hasPoints(series []ogSeries) bool {
	for _, s := range series {
		if !s.Hidden && len(s.Points) > 0 && (s.Kind != "line" || s.Line || s.AreaOp > 0) {
			return true
		}
	}
	return false
}

// first decodes raw as a T, or the first T of an array of them.
func first[T any](raw json.RawMessage) (T, bool) {
	var one T
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return one, false
	}
	if raw[0] == '[' {
		var many []T
		if err := json.Unmarshal(raw, &many); err != nil || len(many) == 0 {
			return one, false
		}
		return many[0], true
	}
	return one, json.Unmarshal(raw, &one) == nil
}

// axisLabels returns a category axis's labels: strings, numbers, or
// objects with a value.
func axisLabels(data []json.RawMessage) []string {
	if len(data) > maxOptionPoints {
		data = data[:maxOptionPoints]
	}
	labels := make([]string, 0, len(data))
	for _, d := range data {
		var s string
		var obj struct {
			Value json.RawMessage `json:"value"`
		}
		switch {
		case json.Unmarshal(d, &s) == nil:
		case json.Unmarshal(d, &obj) == nil && len(obj.Value) > 0:
			s = strings.Trim(string(obj.Value), `"`)
		default:
			s = string(d)
		}
		labels = append(labels, s)
	}
	return labels
}

// formatterOf returns an axis label formatter that is a template string
// ("${value}B"), or "" for none or a function.
func formatterOf(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) != nil || !strings.Contains(s, "{value}") {
		return ""
	}
	return s
}

// parsePoint reads one datum of a series at position i: a number, an
// [x, y] pair, or an object with a value; null and "-" are no value.
func parsePoint(raw json.RawMessage, i int, timeX bool) (ogPoint, bool) {
	var obj struct {
		Value     json.RawMessage `json:"value"`
		ItemStyle styleJSON       `json:"itemStyle"`
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '{' {
		if json.Unmarshal(raw, &obj) != nil {
			return ogPoint{}, false
		}
		p, ok := parsePoint(obj.Value, i, timeX)
		if col, transparent, has := styleColor(obj.ItemStyle.Color); ok && has && !transparent {
			p.Color = &col
		}
		return p, ok
	}
	var pair []json.RawMessage
	if len(raw) > 0 && raw[0] == '[' {
		if json.Unmarshal(raw, &pair) != nil || len(pair) < 2 {
			return ogPoint{}, false
		}
		x, okX := axisValue(pair[0], timeX)
		y, okY := number(pair[1])
		return ogPoint{X: x, Y: y}, okX && okY
	}
	y, ok := number(raw)
	return ogPoint{X: float64(i), Y: y}, ok
}

// axisValue reads an x value: a number, or a date when the axis is time.
func axisValue(raw json.RawMessage, timeX bool) (float64, bool) {
	if v, ok := number(raw); ok {
		return v, true
	}
	var s string
	if !timeX || json.Unmarshal(raw, &s) != nil {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, false
	}
	return float64(t.Unix() / 86400), true
}

// number reads a finite JSON number (or a numeric string).
func number(raw json.RawMessage) (float64, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return 0, false
	}
	var v float64
	if json.Unmarshal(raw, &v) == nil {
		return v, finite(v)
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if v, err := strconv.ParseFloat(s, 64); err == nil && finite(v) {
			return v, true
		}
	}
	return 0, false
}

// finite reports whether v is neither NaN nor infinite, nor so large that
// sums of it overflow.
func finite(v float64) bool { return v == v && v < 1e300 && v > -1e300 }

// styleColor reads a style's colour: a CSS colour string. transparent is
// true for "transparent" or a zero alpha; ok is false for no colour or one
// ECharts computes ("source", a gradient object).
func styleColor(raw json.RawMessage) (col color.RGBA, transparent, ok bool) {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return color.RGBA{}, false, false
	}
	if s == "transparent" || s == "none" {
		return color.RGBA{}, true, true
	}
	col, ok = parseColor(s)
	return col, ok && col.A == 0, ok
}

// parseColor reads #rgb, #rrggbb and rgb()/rgba() colours.
func parseColor(s string) (color.RGBA, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	hex := func(h string) (uint8, bool) {
		v, err := strconv.ParseUint(h, 16, 8)
		return uint8(v), err == nil
	}
	switch {
	case strings.HasPrefix(s, "#") && len(s) == 7:
		r, ok1 := hex(s[1:3])
		g, ok2 := hex(s[3:5])
		b, ok3 := hex(s[5:7])
		return color.RGBA{r, g, b, 0xff}, ok1 && ok2 && ok3
	case strings.HasPrefix(s, "#") && len(s) == 4:
		r, ok1 := hex(s[1:2] + s[1:2])
		g, ok2 := hex(s[2:3] + s[2:3])
		b, ok3 := hex(s[3:4] + s[3:4])
		return color.RGBA{r, g, b, 0xff}, ok1 && ok2 && ok3
	case strings.HasPrefix(s, "rgb"):
		open, end := strings.IndexByte(s, '('), strings.IndexByte(s, ')')
		if open < 0 || end < open {
			return color.RGBA{}, false
		}
		parts := strings.Split(s[open+1:end], ",")
		if len(parts) < 3 {
			return color.RGBA{}, false
		}
		var v [4]float64
		v[3] = 1
		for i := 0; i < len(parts) && i < 4; i++ {
			f, err := strconv.ParseFloat(strings.TrimSpace(parts[i]), 64)
			if err != nil || f < 0 {
				return color.RGBA{}, false
			}
			v[i] = f
		}
		clamp := func(f, max float64) uint8 {
			if f > max {
				f = max
			}
			return uint8(f / max * 255)
		}
		// The alpha only marks transparent colours: any other is drawn
		// opaque, so that the result stays a valid premultiplied colour.
		a := uint8(0)
		if v[3] > 0 {
			a = 0xff
		}
		return color.RGBA{clamp(v[0], 255), clamp(v[1], 255), clamp(v[2], 255), a}, true
	}
	return color.RGBA{}, false
}

// parseSankey reads a sankey series' nodes and links; links to unknown
// nodes and flows that are not positive are left out.
func parseSankey(s seriesJSON, palette []color.RGBA) *ogSankey {
	k := &ogSankey{}
	index := map[string]int{}
	for _, d := range s.Data {
		var n struct {
			Name      string    `json:"name"`
			ItemStyle styleJSON `json:"itemStyle"`
		}
		if json.Unmarshal(d, &n) != nil || n.Name == "" || len(k.Nodes) >= maxOptionPoints {
			continue
		}
		if _, dup := index[n.Name]; dup {
			continue
		}
		node := ogNode{Name: n.Name, Color: palette[len(k.Nodes)%len(palette)]}
		if col, transparent, ok := styleColor(n.ItemStyle.Color); ok && !transparent {
			node.Color = col
		}
		index[n.Name] = len(k.Nodes)
		k.Nodes = append(k.Nodes, node)
	}
	for _, l := range s.Links {
		src, ok1 := index[l.Source]
		dst, ok2 := index[l.Target]
		if ok1 && ok2 && src != dst && l.Value > 0 && finite(l.Value) && len(k.Links) < maxOptionPoints {
			k.Links = append(k.Links, ogLink{Source: src, Target: dst, Value: l.Value})
		}
	}
	if len(k.Links) == 0 {
		return nil
	}
	return k
}
