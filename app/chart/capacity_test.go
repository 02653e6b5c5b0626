package chart

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestCapacityByYear(t *testing.T) {
	r := fixtureResult()
	opt, _ := decode(t, CapacityByYear(r, GroupCounterparty))

	t.Run("the axis starts a year early, with nothing online", func(t *testing.T) {
		if got, want := opt.XAxis[0].Data, []string{"2024", "2025", "2026", "2027", "2028"}; !slices.Equal(got, want) {
			t.Errorf("got years %v, want %v", got, want)
		}
	})

	t.Run("the stacked bars add up to the capacity online", func(t *testing.T) {
		totals := make([]float64, len(r.Years)+1)
		for _, s := range opt.Series {
			if s.Stack != "online" {
				continue
			}
			for i, v := range s.numbers(t) {
				if !math.IsNaN(v) {
					totals[i] += v
				}
			}
		}
		if totals[0] != 0 {
			t.Errorf("got %v online in the lead year, want 0", totals[0])
		}
		for i, y := range r.Years {
			if !near(totals[i+1], y.CapacityGW, 0.011) {
				t.Errorf("%d: got %v GW, want %v", y.Year, totals[i+1], y.CapacityGW)
			}
		}
	})

	t.Run("the goal line sits at the goal", func(t *testing.T) {
		for i, v := range opt.series(t, seriesGoal).numbers(t) {
			if v != r.Scenario.CapacityGoalGW {
				t.Errorf("point %d: got %v, want the goal %v", i, v, r.Scenario.CapacityGoalGW)
			}
		}
	})

	t.Run("the planned line shows what the build rate holds back", func(t *testing.T) {
		got := opt.series(t, seriesPlanned).numbers(t)
		if !math.IsNaN(got[0]) {
			t.Errorf("got %v planned in the lead year, want none", got[0])
		}
		for i, y := range r.Years {
			if !near(got[i+1], y.CapacityPlannedGW, 0.005) {
				t.Errorf("%d: got planned %v, want %v", y.Year, got[i+1], y.CapacityPlannedGW)
			}
		}
	})

	t.Run("the build-rate limit rises by the yearly build rate from zero", func(t *testing.T) {
		got := opt.series(t, seriesBuildRate).numbers(t)
		for i, v := range got {
			want := r.Scenario.BuildRateGWPerWeek * weeksPerYear * float64(i)
			if !near(v, want, 0.005) {
				t.Errorf("point %d: got %v, want %v", i, v, want)
			}
		}
	})

	t.Run("a limit far above the plan leaves the chart instead of squashing it", func(t *testing.T) {
		fast := fixtureResult()
		fast.Scenario.BuildRateGWPerWeek = 1
		o, _ := decode(t, CapacityByYear(fast, GroupKind))
		if got, want := o.YAxis[0].Max, 8.0; got != want {
			t.Errorf("got axis max %v, want %v (6.8 GW planned, with room)", got, want)
		}
		if got := o.YAxis[0].Min; got != 0.0 {
			t.Errorf("got axis min %v, want 0", got)
		}
		if o2, _ := decode(t, CapacityByYear(r, GroupKind)); o2.YAxis[0].Max != 8.0 {
			t.Errorf("got axis max %v, want 8 for a limit of 10.4 GW over 6.8 GW", o2.YAxis[0].Max)
		}
	})
}

func TestCapacitySummary(t *testing.T) {
	r := fixtureResult()
	got := CapacitySummary(r)
	for _, want := range []string{FormatGW(r.Years[3].CapacityGW), FormatGW(r.Totals.CapacityGoalGW), "met in 2028",
		"2027", FormatGW(r.Years[2].CapacityAddedGW), "holds back up to " + FormatGW(0.4)} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
	r.Totals.GoalYear = 0
	if got := CapacitySummary(r); !strings.Contains(got, "not met by 2028") {
		t.Errorf("got %q, want it to say the goal is not met by 2028", got)
	}
}

func TestNiceCeil(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{7.82, 8}, {0.9, 1}, {1, 1}, {34.5, 40}, {120, 150}, {201, 250}, {0, 1}, {math.NaN(), 1}, {math.Inf(1), 1},
	}
	for _, tt := range tests {
		if got := niceCeil(tt.in); got != tt.want {
			t.Errorf("niceCeil(%v): got %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNiceCeil_IsAtLeastItsInput(t *testing.T) {
	for x := 0.001; x < 1e7; x *= 1.37 {
		if got := niceCeil(x); got < x || got > 2*x {
			t.Errorf("niceCeil(%v) = %v, want between x and 2x", x, got)
		}
	}
}

func TestClipAxis(t *testing.T) {
	tests := []struct {
		lo, hi                 float64
		wantMin, wantMax, step float64
	}{
		{0, 7.48, 0, 8, 2},
		{-578, 930, -600, 1200, 300},
		{0, 33.6, 0, 40, 10},
		{0, 0, 0, 1, 0.2},
	}
	for _, tt := range tests {
		var a axis
		clipAxis(&a, tt.lo, tt.hi)
		if a.Min != tt.wantMin || a.Max != tt.wantMax || a.Interval != tt.step {
			t.Errorf("clipAxis(%v, %v): got %v to %v by %v, want %v to %v by %v", tt.lo, tt.hi, a.Min, a.Max, a.Interval, tt.wantMin, tt.wantMax, tt.step)
		}
	}
}
