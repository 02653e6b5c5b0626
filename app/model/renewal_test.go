package model

import (
	"slices"
	"testing"
)

func TestRenewals_SpendNeverFallsToZeroWhileCapacityRuns(t *testing.T) {
	l := realLedger(t)
	for _, name := range []string{PresetBase, PresetBull, PresetBear, PresetBinding} {
		s := mustPreset(t, l, name, DefaultAsOf(l))
		if !s.Renew {
			t.Fatalf("%s does not renew", name)
		}
		r := mustRun(t, l, s)
		for _, y := range r.Years {
			if y.CapacityGW > 0 && y.SpendUSD <= 0 {
				t.Errorf("%s %d: %s online and renewing, but spend %s", name, y.Year, FormatGW(y.CapacityGW), FormatUSD(y.SpendUSD))
			}
		}
		if last := r.Years[len(r.Years)-1]; last.RenewalUSD <= 0 {
			t.Errorf("%s %d: no rent paid for capacity after its contracts", name, last.Year)
		}
	}
}

func TestRenewals_AnEndedContractIsRentedOrGoesOffline(t *testing.T) {
	l := realLedger(t)
	s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
	r := mustRun(t, l, s)
	var line DealLine
	for _, d := range r.Deals {
		if d.ID == "cerebras" {
			line = d
		}
	}
	if line.EndYear == 0 || line.EndYear >= r.Totals.LastYear {
		t.Fatalf("cerebras ends in %d, want an end inside the horizon to %d", line.EndYear, r.Totals.LastYear)
	}
	spendOf := func(r Result, cp string, year int) float64 {
		for _, b := range r.ByCounterparty {
			if b.Key == cp {
				return b.SpendUSD[year-r.Totals.FirstYear]
			}
		}
		return 0
	}
	after := line.EndYear + 1
	if got, want := spendOf(r, line.Counterparty, after), line.CapacityGW*s.RentalUSDPerGWYear; !near(got, want) {
		t.Errorf("renewed: %s pays %s in %d, want its %s at the rental price, %s", line.ID, FormatUSD(got), after, FormatGW(line.CapacityGW), FormatUSD(want))
	}

	lapse := s.Clone()
	lapse.Renew = false
	rl := mustRun(t, l, lapse)
	if got := spendOf(rl, line.Counterparty, after); got != 0 {
		t.Errorf("lapsed: %s still pays %s in %d", line.ID, FormatUSD(got), after)
	}
	y, yl := r.Years[after-r.Totals.FirstYear], rl.Years[after-rl.Totals.FirstYear]
	if yl.CapacityGW >= y.CapacityGW {
		t.Errorf("lapsed: %s online in %d, renewed %s; want the lapsed capacity offline", FormatGW(yl.CapacityGW), after, FormatGW(y.CapacityGW))
	}
	if rl.Totals.RenewalUSD != 0 {
		t.Errorf("lapsed: %s of rent, want none", FormatUSD(rl.Totals.RenewalUSD))
	}
}

func TestRenewals_OwnedChipsCostTheirPower(t *testing.T) {
	l := realLedger(t)
	s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
	r := mustRun(t, l, s)
	twice := s.Clone()
	twice.PowerUSDPerMWh *= 2
	r2 := mustRun(t, l, twice)
	if r.Totals.PowerUSD <= 0 || !near(r2.Totals.PowerUSD, 2*r.Totals.PowerUSD) {
		t.Errorf("power %s, at twice the price %s; want a positive cost proportional to the price", FormatUSD(r.Totals.PowerUSD), FormatUSD(r2.Totals.PowerUSD))
	}
}

func TestPresets_DifferFromBaseWhereTheirSentencesSay(t *testing.T) {
	l := realLedger(t)
	asOf := DefaultAsOf(l)
	base := mustPreset(t, l, PresetBase, asOf)
	want := map[string][]string{
		// "paid evenly over its term and not renewed when it ends"
		PresetAnnounced: {"pay", "profile", "renew"},
		// "high end of their sourced ranges ... low cost per GW ... fastest pace"
		PresetBull: {"cost_gw", "g", "vals"},
		// "low end ... built only as fast as in 2025 at the high cost per GW ... slowest pace"
		PresetBear: {"build", "cost_gw", "g", "vals"},
		// "letters of intent and other non-binding deals left out"
		PresetBinding: {"binding"},
	}
	for name, keys := range want {
		q := mustPreset(t, l, name, asOf).QueryFrom(base)
		var got []string
		for k := range q {
			if k != "v" && k != "preset" && k != "as_of" {
				got = append(got, k)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, keys) {
			t.Errorf("%s differs from base in %v, its sentence says %v", name, got, keys)
		}
	}
	bear := mustPreset(t, l, PresetBear, asOf)
	if !(bear.BuildRateGWPerWeek < base.BuildRateGWPerWeek/10) {
		t.Errorf("bear builds at %g GW a week, base at %g: want 2025's pace, far slower", bear.BuildRateGWPerWeek, base.BuildRateGWPerWeek)
	}
}
