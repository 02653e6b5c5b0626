package model

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/computeledger/computeledger/data"
)

// MaxDraws bounds the number of Monte Carlo draws one call makes.
const MaxDraws = 1_000_000

// Percentiles are the 10th, 50th and 90th percentiles of a quantity over
// the draws (linear interpolation between the nearest ranks).
type Percentiles struct {
	P10 float64 `json:"p10"`
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
}

// Distribution is the outcome of a Monte Carlo run: percentiles per year
// (lined up with Years) and of the totals.
type Distribution struct {
	Draws int    `json:"draws"`
	Seed  uint64 `json:"seed"`
	Years []int  `json:"years"`

	SpendUSD         []Percentiles `json:"spend_usd"`
	CapacityGW       []Percentiles `json:"capacity_gw"`
	FundingGapUSD    []Percentiles `json:"funding_gap_usd"`
	CumulativeGapUSD []Percentiles `json:"cumulative_gap_usd"`

	CommitmentsUSD       Percentiles `json:"commitments_usd"`
	PeakCumulativeGapUSD Percentiles `json:"peak_cumulative_gap_usd"`
}

// MonteCarlo runs n seeded draws of scenario s. Each draw takes every
// counted deal's value, the cost per GW (which moves the values estimated
// from capacity), the starting run rate, the revenue growth, the compute
// share and the build rate from triangular distributions over their
// sourced ranges, peaked at the scenario's own value. The same seed gives
// the same distribution on every platform. n must be 1 to MaxDraws.
func MonteCarlo(l *data.Ledger, s Scenario, n int, seed uint64) (Distribution, error) {
	if n < 1 || n > MaxDraws {
		return Distribution{}, fmt.Errorf("draws %d: %w; accepted: 1 to %d", n, ErrOutOfRange, MaxDraws)
	}
	p, err := planFor(l, &s)
	if err != nil {
		return Distribution{}, err
	}
	in := p.v.in
	w := newWork(p, false)
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	ny := p.n

	// The draws' values, one column of n per year and quantity.
	spend := make([]float64, ny*n)
	capacity := make([]float64, ny*n)
	gap := make([]float64, ny*n)
	cumGap := make([]float64, ny*n)
	commitments := make([]float64, n)
	peak := make([]float64, n)

	deals := p.deals
	centre := make([]planDeal, len(deals))
	copy(centre, deals)
	cost := around(in.costPerGW, s.CostPerGWUSD)
	chip := around(in.chipCostPerGW, s.ChipCostPerGWUSD)
	rev0 := around(in.revenueStart, s.RevenueStartUSD)
	cagr := around(in.cagr, s.RevenueCAGR)
	share := around(in.computeShare, s.ComputeShare)
	build := around(in.buildRate, s.BuildRateGWPerWeek)
	d := s.Clone()
	for i := range n {
		c := triangular(rng.Float64(), cost)
		cc := triangular(rng.Float64(), chip)
		total := 0.0
		for j := range deals {
			cd := &centre[j]
			switch {
			case cd.perGW && cd.perGWAll:
				deals[j].valueUSD = cd.valueUSD * c / s.CostPerGWUSD
			case cd.perGW:
				deals[j].valueUSD = cd.valueUSD * cc / s.ChipCostPerGWUSD
			default:
				deals[j].valueUSD = triangular(rng.Float64(), band{cd.valueUSD, cd.lowUSD, cd.highUSD})
			}
			if !cd.capInside {
				total += deals[j].valueUSD // the ledger's rule: not twice inside a joint venture
			}
		}
		d.RevenueStartUSD = triangular(rng.Float64(), rev0)
		d.RevenueCeilingUSD = max(s.RevenueCeilingUSD, 2*d.RevenueStartUSD)
		d.RevenueCAGR = triangular(rng.Float64(), cagr)
		d.ComputeShare = triangular(rng.Float64(), share)
		d.BuildRateGWPerWeek = triangular(rng.Float64(), build)
		p.compute(&d, w)

		commitments[i] = total
		pk := 0.0
		for y := range ny {
			spend[y*n+i] = w.spend[y]
			capacity[y*n+i] = w.online[y]
			gap[y*n+i] = w.gap[y]
			cumGap[y*n+i] = w.cumGap[y]
			pk = max(pk, w.cumGap[y])
		}
		peak[i] = pk
	}

	dist := Distribution{Draws: n, Seed: seed, Years: make([]int, ny),
		SpendUSD: make([]Percentiles, ny), CapacityGW: make([]Percentiles, ny),
		FundingGapUSD: make([]Percentiles, ny), CumulativeGapUSD: make([]Percentiles, ny)}
	for y := range ny {
		dist.Years[y] = p.first + y
		dist.SpendUSD[y] = percentiles(spend[y*n : (y+1)*n])
		dist.CapacityGW[y] = percentiles(capacity[y*n : (y+1)*n])
		dist.FundingGapUSD[y] = percentiles(gap[y*n : (y+1)*n])
		dist.CumulativeGapUSD[y] = percentiles(cumGap[y*n : (y+1)*n])
	}
	dist.CommitmentsUSD = percentiles(commitments)
	dist.PeakCumulativeGapUSD = percentiles(peak)
	return dist, nil
}

// triangular returns the value at quantile u of the triangular
// distribution from b.low to b.high peaked at b.value.
func triangular(u float64, b band) float64 {
	lo, mode, hi := b.low, b.value, b.high
	if hi <= lo {
		return mode
	}
	if f := (mode - lo) / (hi - lo); u < f {
		return lo + math.Sqrt(u*(hi-lo)*(mode-lo))
	}
	return hi - math.Sqrt((1-u)*(hi-lo)*(hi-mode))
}

// percentiles sorts xs and returns its 10th, 50th and 90th percentiles.
func percentiles(xs []float64) Percentiles {
	slices.Sort(xs)
	return Percentiles{P10: quantile(xs, 0.1), P50: quantile(xs, 0.5), P90: quantile(xs, 0.9)}
}

// quantile returns the q-quantile of sorted xs, interpolating linearly
// between the nearest ranks.
func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-float64(i))*(sorted[i+1]-sorted[i])
}
