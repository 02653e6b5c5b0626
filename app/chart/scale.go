package chart

import (
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// Scale is how the spend and capacity charts draw their value axis.
type Scale string

// The scales.
const (
	// ScaleAbsolute draws the groups stacked in their units (the default).
	ScaleAbsolute Scale = ""
	// ScaleLog draws each group as its own line on a logarithmic axis, so
	// that the early years and the growth rates read; stacked bars would
	// not add up on a log axis.
	ScaleLog Scale = "log"
	// ScaleShare draws each group as its percentage of the year's total,
	// stacked to 100 %.
	ScaleShare Scale = "share"
)

// Scales lists every scale, in display order.
var Scales = []Scale{ScaleAbsolute, ScaleLog, ScaleShare}

// ParseScale returns the scale of a link's word ("", "log", "share").
func ParseScale(s string) (Scale, bool) {
	for _, x := range Scales {
		if string(x) == s {
			return x, true
		}
	}
	return ScaleAbsolute, false
}

// Label returns the scale in words.
func (s Scale) Label() string {
	switch s {
	case ScaleLog:
		return "Log scale"
	case ScaleShare:
		return "Share of total"
	}
	return "Amounts"
}

// rescale returns the series and value axis of a chart whose groups are
// the bars stacked in stack, drawn on scale s, and the subtitle phrase
// that says so. On the log scale each group becomes a line and every
// other stack (a band, a bar apart) is left out; zeros become gaps. As
// shares, the groups are percentages of their year's total, stacked to
// 100, and every other series (totals, bands, reference lines, the
// baseline) is left out, since none is a share, and the tooltip gives
// each group's share with its amount (amount formats a value of the
// groups' data: "Oracle: 2.8% ($4.1B)") and the year's total.
func rescale(ss []series, stack string, y axis, s Scale, amount func(float64) string) ([]series, axis, string) {
	switch s {
	case ScaleLog:
		out := make([]series, 0, len(ss))
		for _, x := range ss {
			switch {
			case x.Stack == stack:
				x.Type, x.Stack, x.BarMaxWidth = "line", "", 0
				x.Symbol, x.SymbolSize, x.ShowSymbol = "circle", 5, opts.Bool(true)
				x.LineStyle = &opts.LineStyle{Width: 2}
				x.Data = positive(x.Data)
			case x.Stack != "":
				continue
			default:
				x.Data = positive(x.Data)
				if x.MarkLine != nil && len(x.MarkLine.Data) > 0 && x.MarkLine.Data[0].YAxis != nil {
					x.MarkLine = nil
				}
			}
			out = append(out, x)
		}
		y.Type = "log"
		y.Min, y.Max, y.Interval = nil, nil, 0
		return out, y, "log scale"
	case ScaleShare:
		var groups []series
		var totals []float64
		var tip []series
		for _, x := range ss {
			if _, ok := x.Data.([]tipItem); ok {
				// The tooltip's text, which gives the amounts.
				tip = append(tip, x)
				continue
			}
			if x.Stack != stack {
				continue
			}
			vs, _ := x.Data.([]any)
			for i, v := range vs {
				f, _ := v.(float64)
				for len(totals) <= i {
					totals = append(totals, 0)
				}
				totals[i] += f
			}
			groups = append(groups, x)
		}
		lines := make([][]tipLine, len(totals))
		for gi, x := range groups {
			vs, _ := x.Data.([]any)
			share := make([]any, len(vs))
			for i, v := range vs {
				if f, ok := v.(float64); ok && totals[i] > 0 {
					share[i] = round(f/totals[i]*100, 1)
					if f != 0 {
						lines[i] = append(lines[i], tipLine{x.Name, strconv.FormatFloat(share[i].(float64), 'f', 1, 64) + "% (" + amount(f) + ")"})
					}
				}
			}
			groups[gi].Data = share
			groups[gi].MarkLine = nil
		}
		for ti := range tip {
			items, _ := tip[ti].Data.([]tipItem)
			texts := make([]string, len(items))
			for i, item := range items {
				head, _, _ := strings.Cut(item.Name, "\n")
				if i < len(lines) && totals[i] > 0 {
					texts[i] = tipText(head, append(lines[i], tipLine{seriesTotal, amount(totals[i]) + " (100%)"})...)
				} else {
					texts[i] = head
				}
			}
			tip[ti] = tipSeries(texts, tip[ti].XAxisIndex, tip[ti].YAxisIndex)
		}
		y = namedValueAxis("{value}%", "Share of each year's total (%)")
		y.Min, y.Max = 0, 100
		return append(tip, groups...), y, "% of each year's total"
	}
	return ss, y, ""
}

// positive returns series data with every value that is not above zero
// made a gap (a log axis cannot place it).
func positive(data any) any {
	vs, ok := data.([]any)
	if !ok {
		return data
	}
	out := make([]any, len(vs))
	for i, v := range vs {
		if f, ok := v.(float64); ok && f > 0 {
			out[i] = f
		}
	}
	return out
}
