package chart

import (
	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Baseline is the run a chart draws faintly under the reader's: the
// scenario's preset as of the same date, before any change the reader
// made. The charts that take one draw it as thin dashed lines on the same
// axes, named after the preset ("Base: total spend"), so that the tooltip
// and the legend say which line is which.
type Baseline struct {
	// Label names the preset in the series' names ("Base").
	Label string
	// Result is the preset's run.
	Result model.Result
	// Draws is the preset's Monte Carlo, with the same draws and seed as
	// the reader's: what the fan chart draws its baseline from (the
	// preset's median). A fan draws none without it.
	Draws model.Distribution
}

// name returns the series name of the baseline's quantity what.
func (b Baseline) name(what string) string { return basePrefix(b.Label) + what }

// byYear returns the baseline's value of a quantity in each year of its run.
func (b Baseline) byYear(value func(model.YearRow) float64) map[int]float64 {
	out := make(map[int]float64, len(b.Result.Years))
	for _, y := range b.Result.Years {
		out[y.Year] = value(y)
	}
	return out
}

// yearly returns the baseline's value of a quantity on each of the chart's
// axis years, times f and rounded to decimals; nil (a gap) on a year the
// baseline's run does not reach.
func (b Baseline) yearly(axisYears []int, value func(model.YearRow) float64, f float64, decimals int) []any {
	byYear := b.byYear(value)
	out := make([]any, len(axisYears))
	for i, y := range axisYears {
		if v, ok := byYear[y]; ok {
			out[i] = round(finite(v)*f, decimals)
		}
	}
	return out
}

// baseLine returns a baseline series: a thin dashed line in the palette's
// colour i, faded, without symbols, that the reader's series are drawn
// over.
func baseLine(name string, data []any, color int) series {
	s := lineSeries(name, data)
	s.Symbol = "none"
	s.ShowSymbol = nil
	s.ItemStyle = &opts.ItemStyle{Color: paletteColor(color), Opacity: opts.Float(0.75)}
	s.LineStyle = &opts.LineStyle{Type: "dashed", Width: 1.5, Opacity: opts.Float(0.75)}
	s.Z = baseZ
	return s
}

// baseZ draws the baseline above bars (which would hide it) but below the
// reader's lines.
const baseZ = 3

// basePrefix returns how every series of the baseline labelled label
// starts: the label and a colon ("Base: ").
func basePrefix(label string) string { return plainText(label) + ": " }

// tips returns the tooltip line of the baseline's quantity what on each of
// the chart's axis years ("Base: total spend: $1.2T"); "" on a year its
// run does not reach.
func (b Baseline) tips(axisYears []int, what string, value func(model.YearRow) float64, format func(float64) string) []string {
	byYear := b.byYear(value)
	out := make([]string, len(axisYears))
	for i, y := range axisYears {
		if v, ok := byYear[y]; ok {
			out[i] = b.name(what) + ": " + format(finite(v))
		}
	}
	return out
}

// addTipLines appends lines, one per category, to the texts of the
// tooltip series tip (tipSeries); an empty line adds nothing.
func addTipLines(tip *series, lines []string) {
	items, ok := tip.Data.([]tipItem)
	if !ok {
		return
	}
	for i := range items {
		if i < len(lines) && lines[i] != "" {
			items[i].Name += "\n" + plainText(lines[i])
		}
	}
}

// row returns the baseline's year, and whether its run reaches it.
func (b Baseline) row(year int) (model.YearRow, bool) {
	for _, y := range b.Result.Years {
		if y.Year == year {
			return y, true
		}
	}
	return model.YearRow{}, false
}
