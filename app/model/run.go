package model

import (
	"fmt"

	"github.com/computeledger/computeledger/data"
)

// Run runs every model for scenario s on ledger l in one recompute: spend,
// capacity, funding and the solver. An invalid scenario gives Problems
// naming each bad field; a ledger lacking a model input, an error wrapping
// ErrLedger. The ledger must not change after it is first passed here
// (prepared views are kept for reruns).
func Run(l *data.Ledger, s Scenario) (Result, error) {
	p, err := planFor(l, &s)
	if err != nil {
		return Result{}, err
	}
	w := newWork(p, true)
	p.compute(&s, w)
	return p.result(&s, w), nil
}

// planFor validates s and resolves it against the view of l as of s.AsOf.
func planFor(l *data.Ledger, s *Scenario) (*plan, error) {
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	v, err := prepare(l, s.AsOf)
	if err != nil {
		return nil, err
	}
	p, err := newPlan(v, s)
	if err != nil {
		return nil, fmt.Errorf("scenario: %w", err)
	}
	return p, nil
}

// result turns the arrays of a full computation into a Result.
func (p *plan) result(s *Scenario, w *work) Result {
	in := p.v.in
	n := p.n
	r := Result{Scenario: *s, Years: make([]YearRow, n), Deals: p.lines}
	t := &r.Totals
	t.FirstYear, t.LastYear = p.first, p.first+n-1
	t.CapacityGoalGW = s.CapacityGoalGW
	for _, d := range p.lines {
		if !d.Counted {
			continue
		}
		switch {
		case d.BuiltByOthers:
			t.BuiltByOthersUSD += d.ValueUSD
		default:
			t.OpenAIObligationsUSD += d.ValueUSD
			t.OpenAIObligationsLowUSD += d.ValueLowUSD
			t.OpenAIObligationsHighUSD += d.ValueHighUSD
		}
		if d.Inside != "" {
			continue // inside a joint venture's figures: not the ledger's total
		}
		t.DealsCounted++
		if d.Undisclosed && !d.Overridden {
			t.DealsUndisclosed++
		}
		t.CommitmentsUSD += d.ValueUSD
		t.CommitmentsLowUSD += d.ValueLowUSD
		t.CommitmentsHighUSD += d.ValueHighUSD
		t.CapacityGW += d.CapacityGW
		t.AcceleratorsCount += accelerators(d.CapacityGW, s.KW(d.ChipFamily), s.PUE)
	}
	t.ImpliedCapexUSD = t.CapacityGW * s.CostPerGWUSD
	t.EnergyTWh = energyTWh(t.CapacityGW, s.Utilisation)
	t.HomesEquivalent = t.EnergyTWh * 1e9 / in.householdKWh
	t.USElectricityShare = t.EnergyTWh / in.usElectricityTWh

	var cumSpend, cumCapex, prevOnline float64
	for y := range n {
		row := &r.Years[y]
		row.Year = p.first + y
		row.SpendUSD, row.SpendLowUSD, row.SpendHighUSD = w.spend[y], w.low[y], w.high[y]
		cumSpend += w.spend[y]
		row.CumulativeSpendUSD = cumSpend
		row.BuiltByOthersUSD = w.others[y]
		row.RenewalUSD, row.PowerUSD = w.renewal[y], w.power[y]
		t.RenewalUSD += w.renewal[y]
		t.PowerUSD += w.power[y]
		row.CapacityGW, row.CapacityPlannedGW = w.online[y], w.planned[y]
		row.CapacityAddedGW = w.online[y] - prevOnline
		prevOnline = w.online[y]
		row.CapacityGoalGW = s.CapacityGoalGW
		row.BuildRateGWPerWeek = row.CapacityAddedGW / weeksPerYear
		share := w.onlineShare(y)
		for f := range p.fams {
			row.AcceleratorsCount += accelerators(w.famPlanned[f*n+y]*share, p.famKW[f], s.PUE)
		}
		row.EnergyTWh = energyTWh(w.online[y], s.Utilisation)
		row.HomesEquivalent = row.EnergyTWh * 1e9 / in.householdKWh
		row.USElectricityShare = row.EnergyTWh / in.usElectricityTWh
		row.ImpliedCapexUSD = row.CapacityAddedGW * s.CostPerGWUSD
		cumCapex += row.ImpliedCapexUSD
		row.CumulativeImpliedCapexUSD = cumCapex
		row.RevenueUSD = w.revenue[y]
		if w.revenue[y] > 0 {
			row.ComputeSpendShare = w.spend[y] / w.revenue[y]
		}
		row.FundingGapUSD, row.CumulativeGapUSD = w.gap[y], w.cumGap[y]
		row.CapitalRaisedUSD, row.FundingNeedUSD = p.capital[y], w.need[y]
		t.CapitalRaisedUSD += p.capital[y]
		t.PeakFundingNeedUSD = max(t.PeakFundingNeedUSD, w.need[y])

		t.RevenueUSD += w.revenue[y]
		t.PeakCumulativeGapUSD = max(t.PeakCumulativeGapUSD, w.cumGap[y])
		if t.GoalYear == 0 && w.online[y] >= s.CapacityGoalGW {
			t.GoalYear = row.Year
		}
	}
	t.CapacityOnlineGW = w.online[n-1]
	t.CumulativeGapUSD = w.cumGap[n-1]
	t.BreakEvenYear = lastRunAtOrBelowZero(w.gap, p.first)
	t.CumulativeBreakEvenYear = lastRunAtOrBelowZero(w.cumGap, p.first)
	t.Solution = solve(p, s, w.spend, s.Solve)

	r.ByCounterparty = breakdowns(p.cps, w.cpSpend, w.cpPlanned, w, false)
	r.ByKind = breakdowns(p.kinds, w.kindSpend, w.kindPlanned, w, false)
	r.ByChipFamily = breakdowns(p.fams, w.famSpend, w.famPlanned, w, true)
	return r
}

// breakdowns returns one Breakdown per group; planned capacity is scaled
// by each year's build-rate share so the groups add up to the online total.
func breakdowns(keys []string, spend, planned []float64, w *work, names bool) []Breakdown {
	n := w.n
	out := make([]Breakdown, len(keys))
	for g, k := range keys {
		b := Breakdown{Key: k, SpendUSD: spend[g*n : (g+1)*n : (g+1)*n], CapacityGW: make([]float64, n)}
		if names {
			b.Key = groupName(k)
		}
		for y := range n {
			b.TotalUSD += b.SpendUSD[y]
			b.CapacityGW[y] = planned[g*n+y] * w.onlineShare(y)
		}
		out[g] = b
	}
	return out
}

// lastRunAtOrBelowZero returns the year (first + index) from which xs
// stays at or below zero to its end, or 0 when its last value is above zero.
func lastRunAtOrBelowZero(xs []float64, first int) int {
	i := len(xs)
	for i > 0 && xs[i-1] <= 0 {
		i--
	}
	if i == len(xs) {
		return 0
	}
	return first + i
}

// accelerators returns how many accelerators gw of facility power runs:
// the IT power (gw / PUE) over the power per accelerator.
func accelerators(gw, kwPerAccelerator, pue float64) float64 {
	return gw * 1e6 / (kwPerAccelerator * pue)
}

// energyTWh returns the yearly electricity of gw of facility power at a
// utilisation: GW x utilisation x 8760 h / 1000.
func energyTWh(gw, utilisation float64) float64 {
	return gw * utilisation * hoursPerYear / 1000
}
