package data

import (
	"errors"
	"testing"
	"time"
)

// claimDates are the dates the reconciliation is checked on: the claim's,
// and every announcement and revision date of the ledger.
func claimDates(l *Ledger) []Date {
	dates := []Date{ClaimDate}
	for _, d := range l.Deals {
		dates = append(dates, d.Announced)
	}
	for _, r := range l.Revisions {
		dates = append(dates, r.Date)
	}
	return dates
}

func TestReconcileClaim_StepsAddUpToTheLedgerAndTheClaim(t *testing.T) {
	l := MustLoad()
	for _, date := range claimDates(l) {
		v := l.AsOf(date)
		c, err := l.ReconcileClaim(v)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []Waterfall{c.Commitments, c.Capacity} {
			sum, residual := 0.0, 0.0
			for _, s := range w.Steps {
				switch s.Kind {
				case StepLedger:
					sum += s.Value
				case StepResidual:
					residual += s.Value
				default:
					t.Errorf("%s %s: step %s has kind %q", date, w.Unit, s.Key, s.Kind)
				}
			}
			if w.Unit == "GW" {
				sum = roundGW(sum)
			}
			if sum != w.Ledger {
				t.Errorf("%s %s: ledger steps add up to %v, want the ledger's total %v", date, w.Unit, sum, w.Ledger)
			}
			if got := w.Ledger + residual; w.Unit == "USD" && got != w.Claim || w.Unit == "GW" && roundGW(got) != w.Claim {
				t.Errorf("%s %s: ledger %v + residual %v = %v, want the claim %v", date, w.Unit, w.Ledger, residual, got, w.Claim)
			}
			if len(w.ClaimSources) == 0 {
				t.Errorf("%s %s: the claim has no source", date, w.Unit)
			}
		}
		if c.Commitments.Ledger != v.Totals.CommitmentsUSD || c.Capacity.Ledger != v.Totals.CapacityGW {
			t.Errorf("%s: got ledger figures %v / %v, want the totals %v / %v", date, c.Commitments.Ledger, c.Capacity.Ledger, v.Totals.CommitmentsUSD, v.Totals.CapacityGW)
		}
	}
}

func TestReconcileClaim_EveryStepNamesDealsOfTheView(t *testing.T) {
	l := MustLoad()
	for _, date := range claimDates(l) {
		v := l.AsOf(date)
		c, _ := l.ReconcileClaim(v)
		for _, w := range []Waterfall{c.Commitments, c.Capacity} {
			for _, s := range w.Steps {
				if s.Value != 0 && len(s.DealIDs) == 0 && !(s.Key == "undisclosed" && v.Totals.UndisclosedCount == 0) {
					t.Errorf("%s %s: step %s of %v names no deal", date, w.Unit, s.Key, s.Value)
				}
				for _, id := range s.DealIDs {
					if _, ok := v.Deal(id); !ok {
						t.Errorf("%s %s: step %s names %q, which is not in the view", date, w.Unit, s.Key, id)
					}
				}
			}
		}
	}
}

func TestReconcileClaim_OnTheClaimDate(t *testing.T) {
	l := MustLoad()
	v := l.AsOf(ClaimDate)
	c, _ := l.ReconcileClaim(v)
	step := func(w Waterfall, key string) ClaimStep {
		for _, s := range w.Steps {
			if s.Key == key {
				return s
			}
		}
		t.Fatalf("%s: no step %q", w.Unit, key)
		return ClaimStep{}
	}
	t.Run("the overlaps removed are the totals' and name Oracle inside Stargate", func(t *testing.T) {
		o := step(c.Commitments, "overlap")
		if o.Value != -v.Totals.OverlapRemovedUSD || !contains(o.DealIDs, "oracle_oci") {
			t.Errorf("got %v over %v, want -%v with oracle_oci", o.Value, o.DealIDs, v.Totals.OverlapRemovedUSD)
		}
		if g := step(c.Capacity, "overlap"); g.Value != -v.Totals.OverlapRemovedGW {
			t.Errorf("got %v GW, want -%v", g.Value, v.Totals.OverlapRemovedGW)
		}
	})
	t.Run("the chip estimates name their assumption", func(t *testing.T) {
		e := step(c.Commitments, "estimated:chip_cost_per_gw_usd")
		if e.Assumption != "chip_cost_per_gw_usd" || e.Value != v.Totals.EstimatedUSD || len(e.DealIDs) != 3 {
			t.Errorf("got %+v, want the three chip deals at chip_cost_per_gw_usd for %v", e, v.Totals.EstimatedUSD)
		}
	})
	t.Run("the claim's remainder stands on the undisclosed deals", func(t *testing.T) {
		r := step(c.Commitments, "undisclosed")
		if r.Value != v.Reconciliation.GapUSD || len(r.DealIDs) != v.Totals.UndisclosedCount {
			t.Errorf("got %v over %v, want the gap %v over the undisclosed deals", r.Value, r.DealIDs, v.Reconciliation.GapUSD)
		}
	})
	t.Run("30 GW at full draw is about 25 million homes", func(t *testing.T) {
		h := c.Homes
		if h.ClaimTWh != 30*8760/1000.0 || h.ComputedHomes < 0.95*h.ClaimHomes || h.ComputedHomes > h.ClaimHomes {
			t.Errorf("got %v TWh and %v homes, want 262.8 TWh and just under the claim's %v", h.ClaimTWh, h.ComputedHomes, h.ClaimHomes)
		}
		if len(h.HouseholdSources) == 0 || h.HouseholdSources[0].URL == "" {
			t.Error("the household figure has no source")
		}
	})
}

func TestReconcileClaim_NeedsTheHeadlineAssumptions(t *testing.T) {
	l := MustLoad()
	l.Assumptions = nil
	if _, err := l.ReconcileClaim(l.AsOf(ClaimDate)); !errors.Is(err, ErrUnknownAssumption) {
		t.Errorf("got %v, want ErrUnknownAssumption", err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestClaimEvents_AreSourcedByTheHeadlineAssumption: each date the claim
// is marked on carries one of the headline assumption's own sources, word
// for word, dated on or just after the occasion it reports.
func TestClaimEvents_AreSourcedByTheHeadlineAssumption(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	a, err := l.Assumption("headline_commitments_usd")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ClaimEvents {
		found := false
		for _, s := range a.Sources {
			if s.URL == c.Source.URL && s.Publisher == c.Source.Publisher && s.Date.Equal(c.Source.Date.Time) &&
				s.Supports == c.Source.Supports && s.Quality == c.Source.Quality {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: source %s is not one of headline_commitments_usd's", c.Date, c.Source.URL)
		}
		if d := c.Source.Date.Sub(c.Date.Time); d < 0 || d > 48*time.Hour {
			t.Errorf("%s: source dated %s, want the day of the claim or the day after", c.Date, c.Source.Date)
		}
	}
	if !ClaimEvents[len(ClaimEvents)-1].Date.Equal(ClaimDate.Time) {
		t.Errorf("the last claim is not ClaimDate")
	}
}
