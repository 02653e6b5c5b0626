package chart

import (
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// An axis tooltip lists each series' number as ECharts holds it ("38"),
// without a unit, and only a JavaScript valueFormatter could add one. The
// charts over a category axis write their tooltip in Go instead: an
// invisible series, first on each grid, carries the whole text of each
// category as its data items' names, and the chart's tooltip template
// "{b0}" shows the name of the first series under the pointer. The text
// is plain (ECharts escapes it), its lines broken with "\n".

// tipFormatter is the axis tooltip's template: the first series' name of
// the data item under the pointer, which is the tooltip series' text.
const tipFormatter = "{b0}"

// tipItem is one point of the tooltip series: no value, the text of its
// category as its name.
type tipItem struct {
	Value any    `json:"value"`
	Name  string `json:"name"`
}

// tipSeries returns the invisible series whose data items' names are the
// tooltip texts of the categories, in order, on the given axes. It must
// come before every other series of its grid.
func tipSeries(texts []string, xAxis, yAxis int) series {
	data := make([]tipItem, len(texts))
	for i, t := range texts {
		data[i] = tipItem{Name: plainText(t)}
	}
	// A colour of its own, so that it takes none of the palette's: ECharts
	// gives the palette's colours to the series without one, in order, and
	// the first would go to this invisible series.
	return series{Type: "line", XAxisIndex: xAxis, YAxisIndex: yAxis, Symbol: "none", Silent: true, Data: data,
		LineStyle: &opts.LineStyle{Opacity: opts.Float(0)}, ItemStyle: &opts.ItemStyle{Color: "transparent"}}
}

// textTooltip returns the axis tooltip that shows the tooltip series'
// text.
func textTooltip(pointer string) tooltip {
	t := axisTooltip(pointer)
	t.Formatter = tipFormatter
	t.ExtraCSSText = "white-space:pre-line"
	return t
}

// tipLine is one line of a tooltip: a name and its value with its unit.
type tipLine struct {
	name, value string
}

// tipText returns a tooltip's text: the head, then one "name: value" line
// for each line with a value.
func tipText(head string, lines ...tipLine) string {
	var b strings.Builder
	b.WriteString(head)
	for _, l := range lines {
		if l.value == "" {
			continue
		}
		b.WriteString("\n")
		b.WriteString(l.name)
		b.WriteString(": ")
		b.WriteString(l.value)
	}
	return b.String()
}

// valueName returns a value axis named with its unit ("US$ billion per
// year"), the name above the axis, and labels that follow template.
func namedValueAxis(template, name string) axis {
	a := valueAxis(template)
	a.Name = name
	a.NameTextStyle = &nameTextStyle{Align: "left"}
	return a
}

// belowAxis places a horizontal value axis' name under its labels, in the
// middle (a name at the end would leave the chart on a phone).
func belowAxis(a *axis) {
	a.NameLocation = "middle"
	a.NameGap = 26
	a.NameTextStyle = nil
}
