package model

import (
	"errors"
	"reflect"
	"slices"
	"testing"
)

func TestSensitivity_SortsTheSwingsLargestFirst(t *testing.T) {
	l := realLedger(t)
	s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
	for _, m := range Metrics {
		t.Run(string(m), func(t *testing.T) {
			sw, err := Sensitivity(l, s, m)
			if err != nil {
				t.Fatal(err)
			}
			if len(sw) != len(levers) {
				t.Fatalf("got %d swings, want %d", len(sw), len(levers))
			}
			if !slices.IsSortedFunc(sw, func(a, b Swing) int { return -cmpFloat(a.Swing, b.Swing) }) {
				t.Errorf("got %+v, want largest swing first", sw)
			}
		})
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestSensitivity_MovesOnlyWhatAnAssumptionTouches(t *testing.T) {
	l := fixtureLedger(t)
	s := mustPreset(t, l, PresetBase, fixtureAsOf)
	sw, err := Sensitivity(l, s, MetricImpliedCapexUSD)
	if err != nil {
		t.Fatal(err)
	}
	byParam := map[string]Swing{}
	for _, x := range sw {
		byParam[x.Param] = x
	}
	if got, want := byParam["cost_gw"].Swing, 12.5*(60e9-40e9); !near(got, want) {
		t.Errorf("cost per GW moves implied capex by %g, want %g", got, want)
	}
	if sw[0].Param != "cost_gw" || byParam["pue"].Swing != 0 || byParam["g"].Swing != 0 {
		t.Errorf("got %+v, want only cost per GW to move implied capex", sw)
	}
	if _, err := Sensitivity(l, s, "nope"); !errors.Is(err, ErrMalformed) {
		t.Errorf("unknown metric: got %v, want ErrMalformed", err)
	}
}

func TestMonteCarlo_IsSeededAndOrdered(t *testing.T) {
	l := realLedger(t)
	s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
	a, err := MonteCarlo(l, s, 2000, 42)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := MonteCarlo(l, s, 2000, 42)
	c, _ := MonteCarlo(l, s, 2000, 43)
	if !reflect.DeepEqual(a, b) {
		t.Error("the same seed gave different distributions")
	}
	if reflect.DeepEqual(a.SpendUSD, c.SpendUSD) {
		t.Error("different seeds gave the same distribution")
	}
	r := mustRun(t, l, s)
	if len(a.Years) != len(r.Years) || a.Years[0] != r.Totals.FirstYear {
		t.Fatalf("years %v, want the run's %d-%d", a.Years, r.Totals.FirstYear, r.Totals.LastYear)
	}
	for _, ps := range [][]Percentiles{a.SpendUSD, a.CapacityGW, a.FundingGapUSD, a.CumulativeGapUSD, {a.CommitmentsUSD, a.PeakCumulativeGapUSD}} {
		for i, p := range ps {
			if !(p.P10 <= p.P50 && p.P50 <= p.P90) {
				t.Errorf("row %d: %+v, want P10 <= P50 <= P90", i, p)
			}
		}
	}
	if !(a.CommitmentsUSD.P10 >= r.Totals.CommitmentsLowUSD-1 && a.CommitmentsUSD.P90 <= r.Totals.CommitmentsHighUSD+1) {
		t.Errorf("commitments %+v, want inside the band %g-%g", a.CommitmentsUSD, r.Totals.CommitmentsLowUSD, r.Totals.CommitmentsHighUSD)
	}
	if a.CommitmentsUSD.P90 <= a.CommitmentsUSD.P10 {
		t.Errorf("commitments %+v, want a spread", a.CommitmentsUSD)
	}
}

func TestMonteCarlo_RejectsABadNumberOfDraws(t *testing.T) {
	l := fixtureLedger(t)
	s := mustPreset(t, l, PresetBase, fixtureAsOf)
	for _, n := range []int{0, -1, MaxDraws + 1} {
		if _, err := MonteCarlo(l, s, n, 1); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("%d draws: got %v, want ErrOutOfRange", n, err)
		}
	}
}

func TestTriangular_StaysInItsBandWithTheModeAtItsPeak(t *testing.T) {
	b := band{value: 3, low: 1, high: 7}
	tests := []struct{ u, want float64 }{{0, 1}, {1, 7}, {(3.0 - 1) / (7 - 1), 3}}
	for _, tt := range tests {
		if got := triangular(tt.u, b); !near(got, tt.want) {
			t.Errorf("u %g: got %g, want %g", tt.u, got, tt.want)
		}
	}
	if got := triangular(0.3, band{5, 5, 5}); got != 5 {
		t.Errorf("a band of one point: got %g, want 5", got)
	}
}

func TestQuantile_InterpolatesBetweenRanks(t *testing.T) {
	xs := []float64{10, 20, 30, 40, 50}
	for _, tt := range []struct{ q, want float64 }{{0, 10}, {0.5, 30}, {0.1, 14}, {0.9, 46}, {1, 50}} {
		if got := quantile(xs, tt.q); !near(got, tt.want) {
			t.Errorf("q %g: got %g, want %g", tt.q, got, tt.want)
		}
	}
}
