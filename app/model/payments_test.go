package model

import (
	"math"
	"testing"
)

// contracted returns the year's payments under the deals (OpenAI's and
// the joint ventures' partners'), without the running costs after them.
func contracted(y YearRow) float64 {
	return y.SpendUSD + y.BuiltByOthersUSD - y.RenewalUSD - y.PowerUSD
}

// only returns s with every deal of the view left out except id.
func only(s Scenario, r Result, id string) Scenario {
	s = s.Clone()
	s.Exclude = nil
	for _, d := range r.Deals {
		if d.ID != id {
			s.Exclude = append(s.Exclude, d.ID)
		}
	}
	s.canonical()
	return s
}

func TestPayments_EachDealPaysExactlyItsValue(t *testing.T) {
	l := realLedger(t)
	for _, pay := range PaymentTimings {
		s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
		s.Payments = pay
		all := mustRun(t, l, s)
		for _, d := range all.Deals {
			if !d.Counted || d.ValueUSD <= 0 {
				continue
			}
			t.Run(string(pay)+"/"+d.ID, func(t *testing.T) {
				r := mustRun(t, l, only(s, all, d.ID))
				var paid float64
				for _, y := range r.Years {
					paid += contracted(y)
					if pay == PayDelivery && d.Kind != "equity_investment" && y.Year < d.FirstCapacityYear && y.SpendUSD != 0 {
						t.Errorf("%d: pays %g before its first capacity in %d", y.Year, y.SpendUSD, d.FirstCapacityYear)
					}
				}
				if !near(paid, d.ValueUSD) {
					t.Errorf("pays %g in all, want its value %g", paid, d.ValueUSD)
				}
			})
		}
	}
}

func TestPayments_DeliveryPaysLittleBeforeTheCapacityArrives(t *testing.T) {
	l := realLedger(t)
	s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
	for _, year := range []int{2025, 2026, 2027} {
		r := mustRun(t, l, s)
		y := r.Years[year-r.Totals.FirstYear]
		// Paying more in a year than the whole capital cost of the capacity
		// online by its end would be paying for capacity not yet there.
		if limit := y.CapacityGW * s.CostPerGWUSD; y.SpendUSD > limit {
			t.Errorf("%d: spend %s with %s online, more than its capital cost %s", year, FormatUSD(y.SpendUSD), FormatGW(y.CapacityGW), FormatUSD(limit))
		}
	}
	term := s.Clone()
	term.Payments = PayTerm
	d, tm := mustRun(t, l, s), mustRun(t, l, term)
	if d.Years[0].SpendUSD >= tm.Years[0].SpendUSD/2 {
		t.Errorf("%d: delivery pays %s, want well under the term's %s", d.Totals.FirstYear, FormatUSD(d.Years[0].SpendUSD), FormatUSD(tm.Years[0].SpendUSD))
	}
}

func TestPayments_TermSpreadsEachValueOverItsTerm(t *testing.T) {
	l := realLedger(t)
	for _, name := range PresetNames {
		s := mustPreset(t, l, name, DefaultAsOf(l))
		s.Payments, s.Profile = PayTerm, ProfileEven
		r := mustRun(t, l, s)
		want := make([]float64, len(r.Years))
		for _, d := range r.Deals {
			if !d.Counted {
				continue
			}
			n := float64(d.EndYear - d.StartYear + 1)
			for y := d.StartYear; y <= d.EndYear; y++ {
				want[y-r.Totals.FirstYear] += d.ValueUSD / n
			}
		}
		for i, y := range r.Years {
			if got := contracted(y); math.Abs(got-want[i]) > 1e-9*math.Max(math.Max(1, want[i]), y.SpendUSD) {
				t.Errorf("%s %d: spend %g, want the even spread over the terms %g", name, y.Year, y.SpendUSD, want[i])
			}
		}
	}
}
