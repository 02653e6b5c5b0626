package model

// work holds the yearly arrays one computation fills; Monte Carlo reuses
// one across draws, so a draw allocates nothing.
type work struct {
	n                                 int
	spend, low, high, planned, online []float64
	others                            []float64 // built by others (joint ventures' partners)
	renewal, power                    []float64 // running costs after contracts, in spend
	need                              []float64 // cumulative gap less capital raised
	revenue, gap, cumGap              []float64
	famPlanned                        []float64 // per chip family x year
	cpSpend, cpPlanned, kindSpend     []float64 // per group x year (full only)
	kindPlanned, famSpend             []float64
	full                              bool
}

// newWork returns arrays for plan p; full adds the bands and breakdowns.
func newWork(p *plan, full bool) *work {
	n := p.n
	w := &work{n: n, full: full}
	buf := make([]float64, n*(12+len(p.fams)))
	take := func(k int) []float64 {
		s := buf[:k:k]
		buf = buf[k:]
		return s
	}
	w.spend, w.low, w.high, w.planned = take(n), take(n), take(n), take(n)
	w.online, w.revenue, w.gap, w.cumGap = take(n), take(n), take(n), take(n)
	w.others, w.renewal, w.power, w.need = take(n), take(n), take(n), take(n)
	w.famPlanned = take(n * len(p.fams))
	if full {
		w.cpSpend = make([]float64, n*len(p.cps))
		w.cpPlanned = make([]float64, n*len(p.cps))
		w.kindSpend = make([]float64, n*len(p.kinds))
		w.kindPlanned = make([]float64, n*len(p.kinds))
		w.famSpend = make([]float64, n*len(p.fams))
	}
	return w
}

// compute runs the spend, capacity and funding models of plan p under the
// scenario's numbers into w.
func (p *plan) compute(s *Scenario, w *work) {
	n := w.n
	clear(w.spend)
	clear(w.others)
	clear(w.renewal)
	clear(w.power)
	clear(w.planned)
	clear(w.famPlanned)
	if w.full {
		clear(w.low)
		clear(w.high)
		clear(w.cpSpend)
		clear(w.cpPlanned)
		clear(w.kindSpend)
		clear(w.kindPlanned)
		clear(w.famSpend)
	}
	for i := range p.deals {
		d := &p.deals[i]
		cum := p.cum[d.payAt : d.payAt+d.payN]
		if d.byOthers {
			spread(w.others, d.payOff, d.valueUSD, cum)
		} else {
			spread(w.spend, d.payOff, d.valueUSD, cum)
		}
		if w.full && !d.byOthers {
			spread(w.low, d.payOff, d.lowUSD, cum)
			spread(w.high, d.payOff, d.highUSD, cum)
			spread(w.cpSpend[d.cp*n:(d.cp+1)*n], d.payOff, d.valueUSD, cum)
			spread(w.kindSpend[d.kind*n:(d.kind+1)*n], d.payOff, d.valueUSD, cum)
			spread(w.famSpend[d.fam*n:(d.fam+1)*n], d.payOff, d.valueUSD, cum)
		}
		if d.capacityGW <= 0 {
			continue
		}
		ramp := p.cum[d.capAt : d.capAt+d.capN]
		fam := w.famPlanned[d.fam*n : (d.fam+1)*n]
		for y := d.capOff; y < n; y++ {
			gw := d.capacityGW
			if j := y - d.capOff; j < d.capN {
				gw *= ramp[j]
			} else if !d.owned && !s.Renew {
				gw = 0 // the contract lapses: the capacity goes offline
			}
			w.planned[y] += gw
			fam[y] += gw
			if w.full {
				w.cpPlanned[d.cp*n+y] += gw
				w.kindPlanned[d.kind*n+y] += gw
			}
		}
	}

	// The build rate caps the yearly additions; what does not fit waits.
	maxAdd := s.BuildRateGWPerWeek * weeksPerYear
	prev := 0.0
	for y := range n {
		prev = min(w.planned[y], prev+maxAdd)
		w.online[y] = prev
	}

	// Running costs of the capacity online: rent after a contract ends
	// (renewed), power for the capacity OpenAI owns.
	for i := range p.deals {
		d := &p.deals[i]
		if d.capacityGW <= 0 || !d.owned && !s.Renew {
			continue
		}
		ramp := p.cum[d.capAt : d.capAt+d.capN]
		from := d.capOff + d.capN // rent starts after the term
		if d.owned {
			from = d.capOff // power from the first capacity
		}
		for y := from; y < n; y++ {
			gw := d.capacityGW * w.onlineShare(y)
			if j := y - d.capOff; j < d.capN {
				gw *= ramp[j]
			}
			var cost float64
			if d.owned {
				// GW x 1000 MW x utilisation x 8760 h = MWh a year.
				cost = gw * 1000 * s.Utilisation * hoursPerYear * s.PowerUSDPerMWh
				w.power[y] += cost
			} else {
				cost = gw * s.RentalUSDPerGWYear // renewed at the rental price
				w.renewal[y] += cost
			}
			w.spend[y] += cost
			if w.full {
				w.low[y] += cost
				w.high[y] += cost
				w.cpSpend[d.cp*n+y] += cost
				w.kindSpend[d.kind*n+y] += cost
				w.famSpend[d.fam*n+y] += cost
			}
		}
	}

	cum, raised := 0.0, 0.0
	for y := range n {
		r := revenueAt(s, p.first+y, p.actual[y])
		w.revenue[y] = r
		g := w.spend[y] - s.ComputeShare*r
		w.gap[y] = g
		cum += g
		w.cumGap[y] = cum
		raised += p.capital[y]
		w.need[y] = cum - raised
	}
}

// onlineShare returns the share of year y's planned capacity that the
// build rate lets online.
func (w *work) onlineShare(y int) float64 {
	if w.planned[y] <= 0 {
		return 0
	}
	return w.online[y] / w.planned[y]
}
