package chart

import (
	"strings"
	"testing"
)

func TestPowerAndChips(t *testing.T) {
	r := fixtureResult()
	opt, _ := decode(t, PowerAndChips(r))

	t.Run("each quantity has its own grid, axes and unit", func(t *testing.T) {
		plotted := opt.plotted()
		if len(opt.Grid) != 4 || len(opt.XAxis) != 4 || len(opt.YAxis) != 4 || len(plotted) != 4 {
			t.Fatalf("got %d grids, %d x axes, %d y axes, %d series; want 4 each", len(opt.Grid), len(opt.XAxis), len(opt.YAxis), len(plotted))
		}
		for i, s := range plotted {
			if s.XAxisIndex != i || opt.XAxis[i].GridIndex != i || opt.YAxis[i].GridIndex != i || opt.YAxis[i].Name == "" {
				t.Errorf("series %d (%s) is not on its own named grid", i, s.Name)
			}
		}
	})

	t.Run("the values are in millions, TWh and percent", func(t *testing.T) {
		y := r.Years[3]
		checks := map[string]float64{
			seriesAccelerators: y.AcceleratorsCount / 1e6,
			seriesEnergy:       y.EnergyTWh,
			seriesHomes:        y.HomesEquivalent / 1e6,
			seriesUSShare:      y.USElectricityShare * 100,
		}
		for name, want := range checks {
			if got := opt.series(t, name).numbers(t)[3]; !near(got, want, 0.051) {
				t.Errorf("%s in 2028: got %v, want %v", name, got, want)
			}
		}
	})
}

func TestPowerSummary(t *testing.T) {
	r := fixtureResult()
	y := r.Years[3]
	got := PowerSummary(r)
	for _, want := range []string{FormatGW(y.CapacityGW), "2028", formatMillions(y.AcceleratorsCount), FormatTWh(y.EnergyTWh),
		formatMillions(y.HomesEquivalent), FormatPercent(y.USElectricityShare)} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
}
