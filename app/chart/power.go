package chart

import (
	"fmt"
	"strconv"

	"github.com/computeledger/computeledger/app/model"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// The names of the power chart's series.
const (
	seriesAccelerators = "Accelerators (millions)"
	seriesEnergy       = "Energy (TWh)"
	seriesHomes        = "US homes (millions)"
	seriesUSShare      = "US electricity (%)"
)

// axisNamePX is the room an axis name needs above its grid.
const axisNamePX = 24

// PowerAndChips returns, per year, the accelerators the online capacity
// powers (millions), the energy it uses (TWh), that energy in average US
// homes (millions) and as a share of US electricity (%): one small grid
// per quantity, two by two, each named on its axis, with one tooltip for
// the year across the four. It needs a chart at least 380 px tall.
func PowerAndChips(r model.Result, options ...Option) Optioner {
	n := len(r.Years)
	acc, twh, homes, share := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	for i, y := range r.Years {
		acc[i] = y.AcceleratorsCount / 1e6
		twh[i] = y.EnergyTWh
		homes[i] = y.HomesEquivalent / 1e6
		share[i] = y.USElectricityShare * 100
	}
	years := yearLabels(resultYears(r))
	panels := []struct {
		series, axisName, template string
		data                       []any
		value                      func(model.YearRow) float64
		decimals                   int
	}{
		{seriesAccelerators, "Accelerators (millions)", "{value}", values(acc, 2), func(y model.YearRow) float64 { return y.AcceleratorsCount / 1e6 }, 2},
		{seriesEnergy, "Energy (TWh per year)", "{value}", values(twh, 1), func(y model.YearRow) float64 { return y.EnergyTWh }, 1},
		{seriesHomes, "US homes' use (millions of homes)", "{value}", values(homes, 2), func(y model.YearRow) float64 { return y.HomesEquivalent / 1e6 }, 2},
		{seriesUSShare, "Share of US electricity (%)", "{value}%", values(share, 2), func(y model.YearRow) float64 { return y.USElectricityShare * 100 }, 2},
	}
	b, hasBase := optionsOf(options).baseline()
	h := header{
		title: "Chips and power",
		subtitle: []string{"at year-end capacity", FormatPercent(r.Scenario.Utilisation) + " utilisation",
			"PUE " + trimFloat(r.Scenario.PUE, 2), emptyNote(n == 0, "no capacity in this scenario")},
		summary: PowerSummary(r),
	}
	top := h.contentTop() + axisNamePX
	grids := []opts.Grid{
		{Left: "4", Right: "52%", Top: strconv.Itoa(top), Height: "29%", ContainLabel: opts.Bool(true)},
		{Left: "52%", Right: "12", Top: strconv.Itoa(top), Height: "29%", ContainLabel: opts.Bool(true)},
		{Left: "4", Right: "52%", Top: "61%", Bottom: "4", ContainLabel: opts.Bool(true)},
		{Left: "52%", Right: "12", Top: "61%", Bottom: "4", ContainLabel: opts.Bool(true)},
	}
	sp := &spec{tooltip: textTooltip("shadow"), axisPointer: &axisPointer{Link: []axisLink{{XAxisIndex: "all"}}}}
	tips := make([]string, n)
	for i, y := range r.Years {
		tips[i] = tipText(strconv.Itoa(y.Year), tipLine{"Accelerators", formatMillions(y.AcceleratorsCount) + " accelerators"},
			tipLine{"Energy", FormatTWh(y.EnergyTWh) + " a year"}, tipLine{"US homes' use", formatMillions(y.HomesEquivalent) + " homes"},
			tipLine{"US electricity", FormatPercent(y.USElectricityShare)})
		if hasBase {
			if by, ok := b.row(y.Year); ok {
				tips[i] += "\n" + plainText(b.name("accelerators")+": "+formatMillions(by.AcceleratorsCount)+"; energy: "+FormatTWh(by.EnergyTWh)+
					" a year; homes: "+formatMillions(by.HomesEquivalent)+"; US electricity: "+FormatPercent(by.USElectricityShare))
			}
		}
	}
	// The tooltip series of every grid come first, so that the first
	// series under the pointer is one of them whichever grid it is on.
	for i := range panels {
		sp.series = append(sp.series, tipSeries(tips, i, i))
	}
	for i, p := range panels {
		x := categoryAxis(years)
		x.GridIndex = i
		y := valueAxis(p.template)
		y.GridIndex = i
		y.Name = p.axisName
		y.NameTextStyle = &nameTextStyle{Align: "left"}
		y.SplitNumber = 3
		sp.xAxis = append(sp.xAxis, x)
		sp.yAxis = append(sp.yAxis, y)
		sp.series = append(sp.series, series{Name: p.series, Type: "bar", XAxisIndex: i, YAxisIndex: i,
			BarMaxWidth: 28, Data: p.data, ItemStyle: colored(i)})
		if hasBase {
			bl := baseLine(b.name(lowerFirst(p.series)), b.yearly(resultYears(r), p.value, 1, p.decimals), i)
			bl.XAxisIndex, bl.YAxisIndex = i, i
			sp.series = append(sp.series, bl)
		}
	}
	return newRectChart(h, sp, grids...)
}

// PowerSummary returns the power chart in words, for the last year: the
// capacity online, accelerators, energy, homes and share of US electricity.
func PowerSummary(r model.Result) string {
	if len(r.Years) == 0 {
		return "No capacity comes online in this scenario, so it needs no chips or power."
	}
	y := r.Years[len(r.Years)-1]
	return fmt.Sprintf("At %s online in %d, the fleet runs %s accelerators and uses %s a year: as much as %s US homes, or %s of US electricity.",
		FormatGW(y.CapacityGW), y.Year, formatMillions(y.AcceleratorsCount), FormatTWh(y.EnergyTWh),
		formatMillions(y.HomesEquivalent), FormatPercent(y.USElectricityShare))
}
