package chart

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// The fixed pixel layout of a chart's top: the title, its subtitle lines,
// then the legend, then the plotting area. Fixed offsets keep the legend
// off the title on a 390 px phone, where ECharts would otherwise wrap or
// centre them (ECharts 6 centres titles and puts legends at the bottom by
// default).
const (
	// subtitleRunes is the longest subtitle line: about 360 px of 12 px
	// text, the width of a phone's chart card.
	subtitleRunes = 48
	// subtitleLinePX is the height of each further subtitle line.
	subtitleLinePX = 15
	// legendTopPX is where the legend starts under a one-line subtitle.
	legendTopPX = 54
	// legendPX is the height of a one-line (scroll) legend and its gap.
	legendPX = 34
)

// header is the top of a chart: its title, the short subtitle with units
// (PNG and SVG downloads show it), the legend and the plain-text summary
// that screen readers get through ECharts' aria description.
type header struct {
	title string
	// subtitle lists short phrases; they are joined with " · " and
	// wrapped into lines that fit a phone.
	subtitle []string
	// legend lists the legend entries in order; empty hides the legend.
	legend []string
	// summary describes the chart for screen readers.
	summary string
}

// subtitleLines joins the subtitle phrases into lines of at most
// subtitleRunes runes.
func (h header) subtitleLines() []string {
	var lines []string
	cur := ""
	for _, p := range h.subtitle {
		if p == "" {
			continue
		}
		switch {
		case cur == "":
			cur = p
		case utf8.RuneCountInString(cur)+3+utf8.RuneCountInString(p) <= subtitleRunes:
			cur += " · " + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// legendTop returns the pixel offset of the legend.
func (h header) legendTop() int {
	return legendTopPX + subtitleLinePX*max(len(h.subtitleLines())-1, 0)
}

// contentTop returns the pixel offset where the plotting area may start.
func (h header) contentTop() int {
	top := h.legendTop()
	if len(h.legend) > 0 {
		top += legendPX
	}
	return top + 6
}

// globalOpts returns the go-echarts options every chart shares: title,
// legend, palette, aria with the summary, and no animation (the explorer
// redraws on every slider move and must update at once).
func (h header) globalOpts() []charts.GlobalOpts {
	legend := opts.Legend{Show: opts.Bool(false)}
	if len(h.legend) > 0 {
		legend = opts.Legend{Show: opts.Bool(true), Type: "scroll", Left: "left", Right: "8",
			Top: strconv.Itoa(h.legendTop()), Data: h.legend}
	}
	return []charts.GlobalOpts{
		charts.WithTitleOpts(opts.Title{Title: h.title, Subtitle: strings.Join(h.subtitleLines(), "\n"), Left: "left",
			SubtitleStyle: &opts.TextStyle{LineHeight: subtitleLinePX, Color: MutedTextColor}}),
		charts.WithLegendOpts(legend),
		charts.WithColorsOpts(opts.Colors(Palette)),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Description: h.summary}}),
		charts.WithAnimation(false),
	}
}

// newRectChart returns a chart on x/y grids, finished by sp.
func newRectChart(h header, sp *spec, grids ...opts.Grid) *charts.Bar {
	c := charts.NewBar()
	c.SetGlobalOptions(h.globalOpts()...)
	c.SetGlobalOptions(charts.WithGridOpts(grids...))
	c.Accept(sp)
	return c
}

// singleGrid returns the one grid of a chart whose header ends at top
// pixels; it contains its axis labels.
func singleGrid(top int) opts.Grid {
	return opts.Grid{Left: "8", Right: "24", Top: strconv.Itoa(top), Bottom: "8", ContainLabel: opts.Bool(true)}
}

// legendOf lists the names of the series in order, each once, leaving out
// the names in skip.
func legendOf(ss []series, skip ...string) []string {
	var names []string
	seen := map[string]bool{"": true}
	for _, s := range skip {
		seen[s] = true
	}
	for _, s := range ss {
		if !seen[s.Name] {
			seen[s.Name] = true
			names = append(names, s.Name)
		}
	}
	return names
}

// yearLabels returns the years as category labels.
func yearLabels(years []int) []string {
	out := make([]string, len(years))
	for i, y := range years {
		out[i] = strconv.Itoa(y)
	}
	return out
}

// resultYears returns the years of a result's rows.
func resultYears(r model.Result) []int {
	out := make([]int, len(r.Years))
	for i, y := range r.Years {
		out[i] = y.Year
	}
	return out
}

// emptyNote returns the subtitle phrase of a chart with nothing to draw,
// so that a blank plot says why; "" when there is something.
func emptyNote(empty bool, why string) string {
	if !empty {
		return ""
	}
	return why
}
