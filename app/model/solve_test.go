package model

import (
	"math"
	"strings"
	"testing"
)

func TestSolve_ShareGoalMatchesTheClosedForm(t *testing.T) {
	l := fixtureLedger(t)
	s := mustPreset(t, l, PresetBase, fixtureAsOf)
	r := mustRun(t, l, s)
	for _, tt := range []struct {
		year  int
		share float64
	}{{2027, 0.5}, {2028, 0.3}, {2029, 1}, {2026, 2}} {
		sol, err := Solve(l, s, Goal{Kind: GoalShare, Share: tt.share, Year: tt.year})
		if err != nil {
			t.Fatal(err)
		}
		// spend(Y) = X R0 (1+g)^(Y-y0)  =>  g = (spend / (X R0))^(1/(Y-y0)) - 1
		spend := r.Years[tt.year-r.Totals.FirstYear].SpendUSD
		want := math.Pow(spend/(tt.share*s.RevenueStartUSD), 1/float64(tt.year-s.RevenueStartYear)) - 1
		if !sol.Feasible || math.Abs(sol.CAGR-want) > 1e-7 {
			t.Errorf("%d at %g: got %+v, want CAGR %g", tt.year, tt.share, sol, want)
		}
		if got := sol.SpendUSD / sol.RevenueUSD; math.Abs(got-tt.share) > 1e-6 {
			t.Errorf("%d: spend is %g of revenue at the answer, want %g", tt.year, got, tt.share)
		}
	}
}

func TestSolve_GapGoalClosesTheCumulativeGap(t *testing.T) {
	l := fixtureLedger(t)
	s := mustPreset(t, l, PresetBase, fixtureAsOf)
	sol, err := Solve(l, s, Goal{Kind: GoalGap, Year: 2030})
	if err != nil || !sol.Feasible {
		t.Fatalf("got %+v, %v; want an answer", sol, err)
	}
	for _, c := range []struct {
		g       float64
		closing bool
	}{{sol.CAGR + 1e-6, true}, {sol.CAGR - 1e-6, false}} {
		s.RevenuePath, s.RevenueCAGR = RevenueCAGR, c.g
		r := mustRun(t, l, s)
		if closed := r.Years[2030-r.Totals.FirstYear].CumulativeGapUSD <= 0; closed != c.closing {
			t.Errorf("at growth %g: gap closed %v by 2030, want %v", c.g, closed, c.closing)
		}
	}
}

func TestSolve_SaysSoWhenNoGrowthIsEnoughOrAnyIs(t *testing.T) {
	l := fixtureLedger(t)
	s := mustPreset(t, l, PresetBase, fixtureAsOf)
	tests := []struct {
		name             string
		goal             Goal
		feasible, always bool
		says             string
	}{
		{"a year fixed by actuals cannot be reached by growth", Goal{Kind: GoalShare, Share: 0.1, Year: 2025}, false, false, "does not depend on growth"},
		{"a goal after the spending ends is always met", Goal{Kind: GoalShare, Share: 0.1, Year: 2040}, true, true, "Any growth"},
		{"closing the gap in the first year is out of reach", Goal{Kind: GoalGap, Year: 2025}, false, false, "No revenue growth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sol, err := Solve(l, s, tt.goal)
			if err != nil {
				t.Fatal(err)
			}
			if sol.Feasible != tt.feasible || sol.AlwaysMet != tt.always || !strings.Contains(sol.Answer, tt.says) {
				t.Errorf("got %+v, want feasible %v, always %v, saying %q", sol, tt.feasible, tt.always, tt.says)
			}
		})
	}
}

func TestSolve_NeedsLessGrowthForALooserGoal(t *testing.T) {
	l := realLedger(t)
	s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
	prev := math.Inf(1)
	for _, share := range []float64{0.2, 0.4, 0.6, 0.8, 1, 2} {
		sol, err := Solve(l, s, Goal{Kind: GoalShare, Share: share, Year: 2029})
		if err != nil {
			t.Fatal(err)
		}
		if sol.CAGR > prev {
			t.Errorf("share %g: got %g, want at most %g", share, sol.CAGR, prev)
		}
		prev = sol.CAGR
	}
}
