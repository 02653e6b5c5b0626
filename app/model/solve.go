package model

import (
	"fmt"
	"math"

	"github.com/computeledger/computeledger/data"
)

// The growth rates the solver searches, as fractions per year; the same
// as the accepted range of the g parameter.
const (
	solveMinCAGR   = -0.9
	solveMaxCAGR   = 10
	solveTolerance = 1e-9
)

// Solution is the solver's answer: the least constant revenue growth
// (CAGR from the starting run rate) that makes the goal true.
type Solution struct {
	// Goal is the question, with Year resolved to a calendar year.
	Goal Goal `json:"goal"`
	// Feasible reports whether some growth rate from -90% to +1000% a year
	// meets the goal.
	Feasible bool `json:"feasible"`
	// AlwaysMet reports that the goal holds even at -90% a year.
	AlwaysMet bool `json:"always_met"`
	// CAGR is the least growth that meets the goal (fraction per year); 0
	// when not Feasible.
	CAGR float64 `json:"cagr"`
	// RevenueUSD is the revenue in Goal.Year at that growth, SpendUSD the
	// compute spend in Goal.Year.
	RevenueUSD float64 `json:"revenue_usd"`
	SpendUSD   float64 `json:"spend_usd"`
	// Answer says it in one sentence.
	Answer string `json:"answer"`
	// Iterations is the number of bisection steps taken.
	Iterations int `json:"iterations"`
}

// Solve returns the revenue growth (CAGR) scenario s needs for goal: for
// compute spend to fall to goal.Share of revenue in goal.Year (GoalShare),
// or for the cumulative funding gap to close by goal.Year (GoalGap). It
// bisects over -90% to +1000% a year and says so plainly when no rate
// there is enough. Revenue follows the CAGR path whatever the scenario's
// RevenuePath, with actuals up to the start year. A goal.Share of 0 means
// the scenario's ComputeShare.
func Solve(l *data.Ledger, s Scenario, goal Goal) (Solution, error) {
	if goal.Share == 0 {
		goal.Share = s.ComputeShare
	}
	s.Solve = goal
	p, err := planFor(l, &s)
	if err != nil {
		return Solution{}, err
	}
	w := newWork(p, false)
	p.compute(&s, w)
	return solve(p, &s, w.spend, goal), nil
}

// solve answers goal for a plan whose yearly spend is known.
func solve(p *plan, s *Scenario, spend []float64, goal Goal) Solution {
	last := p.first + p.n - 1
	if goal.Year == 0 {
		goal.Year = last
	}
	sol := Solution{Goal: goal}
	spendIn := func(y int) float64 {
		if y < p.first || y > last {
			return 0
		}
		return spend[y-p.first]
	}
	sol.SpendUSD = spendIn(goal.Year)
	// revenue returns year y's revenue at growth g.
	revenue := func(y int, g float64) float64 {
		if i := y - p.first; i >= 0 && i < p.n && !math.IsNaN(p.actual[i]) {
			return p.actual[i]
		}
		return s.RevenueStartUSD * math.Pow(1+g, float64(y-s.RevenueStartYear))
	}
	met := func(g float64) bool {
		if goal.Kind == GoalShare {
			return spendIn(goal.Year) <= goal.Share*revenue(goal.Year, g)
		}
		// Revenue on the CAGR path grows by 1+g a year: one Pow, then
		// products; years before the horizon's end without spend only help.
		gap := 0.0
		growth := s.RevenueStartUSD * math.Pow(1+g, float64(p.first-s.RevenueStartYear))
		for y := p.first; y <= goal.Year; y++ {
			r := growth
			if i := y - p.first; i < p.n && !math.IsNaN(p.actual[i]) {
				r = p.actual[i]
			}
			gap += spendIn(y) - s.ComputeShare*r
			growth *= 1 + g
		}
		return gap <= 0
	}

	what := fmt.Sprintf("compute spend to fall to %s of revenue in %d", FormatPercent(goal.Share), goal.Year)
	if goal.Kind == GoalGap {
		what = fmt.Sprintf("the cumulative funding gap to close by %d (with %s of revenue going to compute)", goal.Year, FormatPercent(s.ComputeShare))
	}
	lo, hi := solveMinCAGR, float64(solveMaxCAGR)
	switch {
	case met(lo):
		sol.Feasible, sol.AlwaysMet, sol.CAGR = true, true, lo
		sol.Answer = fmt.Sprintf("Any growth from %s a year is enough for %s.", FormatPercent(lo), what)
	case !met(hi):
		why := ""
		if goal.Year <= s.RevenueStartYear {
			why = fmt.Sprintf(": revenue up to %d does not depend on growth from the %d run rate", s.RevenueStartYear, s.RevenueStartYear)
		}
		sol.Answer = fmt.Sprintf("No revenue growth up to %s a year is enough for %s%s.", FormatPercent(hi), what, why)
	default:
		for hi-lo > solveTolerance {
			mid := (lo + hi) / 2
			if met(mid) {
				hi = mid
			} else {
				lo = mid
			}
			sol.Iterations++
		}
		sol.Feasible, sol.CAGR = true, hi
		sol.Answer = fmt.Sprintf("Revenue must grow %s a year from %s in %d for %s.",
			FormatPercent(hi), FormatUSD(s.RevenueStartUSD), s.RevenueStartYear, what)
	}
	if sol.Feasible {
		sol.RevenueUSD = revenue(goal.Year, sol.CAGR)
	}
	return sol
}
