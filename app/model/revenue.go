package model

import "math"

// revenueAt returns the revenue of year y on the scenario's path, in USD:
//
//	cagr:    R(y) = R0 (1+g)^(y-y0)
//	s_curve: R(y) = K / (1 + (K/R0 - 1) e^(-r (y-y0))),  r = ln(1+g)
//	targets: through (y0, R0) and each target point, growing at a constant
//	         rate between points (log-linear), flat after the last point
//
// with R0 the starting run rate, y0 its year, g the CAGR and K the
// ceiling. Years up to y0 with an actual (plan.actual) use the actual
// instead; before y0 the targets path grows back at g like cagr.
func revenueAt(s *Scenario, y int, actual float64) float64 {
	if !math.IsNaN(actual) {
		return actual
	}
	dy := float64(y - s.RevenueStartYear)
	switch s.RevenuePath {
	case RevenueSCurve:
		k := s.RevenueCeilingUSD
		return k / (1 + (k/s.RevenueStartUSD-1)*math.Exp(-math.Log1p(s.RevenueCAGR)*dy))
	case RevenueTargets:
		if y <= s.RevenueStartYear || len(s.RevenueTargets) == 0 {
			break
		}
		py, pv := s.RevenueStartYear, s.RevenueStartUSD
		for _, t := range s.RevenueTargets {
			if y <= t.Year {
				return pv * math.Pow(t.ValueUSD/pv, float64(y-py)/float64(t.Year-py))
			}
			py, pv = t.Year, t.ValueUSD
		}
		return pv
	}
	return s.RevenueStartUSD * math.Pow(1+s.RevenueCAGR, dy)
}
