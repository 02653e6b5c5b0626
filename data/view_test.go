package data

import (
	"math"
	"sort"
	"testing"
)

// without returns a copy of l without the revision with the given id.
func without(l *Ledger, revisionID string) *Ledger {
	c := *l
	c.Revisions = nil
	for _, r := range l.Revisions {
		if r.ID != revisionID {
			c.Revisions = append(c.Revisions, r)
		}
	}
	return &c
}

func TestAsOf_EachRevisionChangesTheTotalsAsItSays(t *testing.T) {
	l := MustLoad()
	valueOf := func(v View, id string) float64 { d, _ := v.Deal(id); return d.ValueOrZeroUSD() }
	gwOf := func(v View, id string) float64 { d, _ := v.Deal(id); return d.CapacityOrZeroGW() }
	tests := []struct {
		revision string
		name     string
		measure  func(Totals) float64
		// delta returns the expected change, from the view without the
		// revision (before) and with it (after).
		delta func(before, after View) float64
	}{
		{"oracle_value_wsj", "Oracle's $300B is an overlap inside Stargate, not a new commitment",
			func(t Totals) float64 { return t.CommitmentsUSD }, func(b, a View) float64 { return 0 }},
		{"oracle_value_wsj", "Oracle's $300B is added to the overlap removed",
			func(t Totals) float64 { return t.OverlapRemovedUSD }, func(b, a View) float64 { return valueOf(a, "oracle_oci") }},
		{"coreweave_expansion_2025_09", "CoreWeave's growth stays inside Stargate",
			func(t Totals) float64 { return t.OverlapRemovedUSD }, func(b, a View) float64 { return valueOf(a, "coreweave") - valueOf(b, "coreweave") }},
		{"nvidia_loi_superseded", "the superseded Nvidia letter of intent leaves the commitments",
			func(t Totals) float64 { return t.CommitmentsUSD }, func(b, a View) float64 { return -valueOf(b, "nvidia_systems") }},
		{"nvidia_loi_superseded", "the superseded Nvidia letter of intent leaves the capacity",
			func(t Totals) float64 { return t.CapacityGW }, func(b, a View) float64 { return -gwOf(b, "nvidia_systems") }},
		{"nvidia_loi_superseded", "the superseded Nvidia letter of intent becomes inactive",
			func(t Totals) float64 { return t.InactiveUSD }, func(b, a View) float64 { return valueOf(b, "nvidia_systems") }},
		{"nvidia_equity_30b", "Nvidia's equity falls from up to $100B to $30B of inflow",
			func(t Totals) float64 { return t.InflowUSD }, func(b, a View) float64 { return 30e9 - valueOf(b, "nvidia_equity") }},
		{"nvidia_equity_30b", "Nvidia's equity never touches the commitments",
			func(t Totals) float64 { return t.CommitmentsUSD }, func(b, a View) float64 { return 0 }},
		{"aws_expansion_2026", "AWS grows by $100B",
			func(t Totals) float64 { return t.CommitmentsUSD }, func(b, a View) float64 { return 100e9 }},
		{"aws_expansion_2026", "AWS adds 2 GW of Trainium",
			func(t Totals) float64 { return t.CapacityGW }, func(b, a View) float64 { return 2 }},
		{"abilene_expansion_dropped", "the dropped Abilene expansion does not change Oracle's commitment",
			func(t Totals) float64 { return t.CommitmentsUSD }, func(b, a View) float64 { return 0 }},
		{"abilene_expansion_dropped", "the dropped Abilene expansion leaves the overlap",
			func(t Totals) float64 { return t.OverlapRemovedGW }, func(b, a View) float64 { return -gwOf(b, "abilene_expansion") }},
		{"stargate_uk_paused", "the paused Stargate UK leaves the undisclosed deals",
			func(t Totals) float64 { return float64(t.UndisclosedCount) }, func(b, a View) float64 { return -1 }},
		{"cerebras_20b", "Cerebras doubles from more than $10B to more than $20B",
			func(t Totals) float64 { return t.CommitmentsUSD }, func(b, a View) float64 { return valueOf(a, "cerebras") - valueOf(b, "cerebras") }},
		{"cerebras_20b", "Cerebras' range widens to $30B",
			func(t Totals) float64 { return t.CommitmentsHighUSD - t.CommitmentsUSD }, func(b, a View) float64 { return 30e9 - 20e9 }},
		{"microsoft_amended_2026", "Microsoft's amendment keeps the $250B binding",
			func(t Totals) float64 { return t.BindingUSD }, func(b, a View) float64 { return 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var day Date
			for _, r := range l.Revisions {
				if r.ID == tt.revision {
					day = r.Date
				}
			}
			if day.IsZero() {
				t.Fatalf("revision %q not in the ledger", tt.revision)
			}
			before, after := without(l, tt.revision).AsOf(day), l.AsOf(day)
			got := tt.measure(after.Totals) - tt.measure(before.Totals)
			if want := tt.delta(before, after); math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
				t.Errorf("got a change of %v, want %v", got, want)
			}
		})
	}
}

func TestAsOf_RevisionsOnlyApplyFromTheirDate(t *testing.T) {
	l := MustLoad()
	for _, r := range l.Revisions {
		dayBefore := Date{r.Date.AddDate(0, 0, -1)}
		for _, applied := range l.AsOf(dayBefore).Applied {
			if applied.ID == r.ID {
				t.Errorf("revision %q dated %s applied on %s", r.ID, r.Date, dayBefore)
			}
		}
		found := false
		for _, applied := range l.AsOf(r.Date).Applied {
			found = found || applied.ID == r.ID
		}
		if !found {
			t.Errorf("revision %q not applied on its own date %s", r.ID, r.Date)
		}
	}
}

func TestAsOf_TheMid2026ViewDiffersByTheRevisions(t *testing.T) {
	l := MustLoad()
	headline, later := l.AsOf(MustDate("2025-11-06")), l.AsOf(MustDate("2026-07-01"))
	if got, want := len(later.Applied), len(l.Revisions); got != want {
		t.Errorf("got %d revisions applied by 2026-07-01, want all %d", got, want)
	}
	if !sort.SliceIsSorted(later.Applied, func(i, j int) bool { return later.Applied[i].Date.Before(later.Applied[j].Date) }) {
		t.Errorf("applied revisions are not in date order")
	}
	if headline.Totals.CommitmentsUSD == later.Totals.CommitmentsUSD && headline.Totals.CapacityGW == later.Totals.CapacityGW {
		t.Errorf("the 2025-11-06 and 2026-07-01 totals are the same: %+v", later.Totals)
	}
	d, _ := later.Deal("nvidia_systems")
	if d.Status != StatusSuperseded {
		t.Errorf("nvidia_systems: got status %q, want superseded", d.Status)
	}
}

func TestAsOf_BeforeTheFirstDealIsEmpty(t *testing.T) {
	v := MustLoad().AsOf(MustDate("2024-12-31"))
	if len(v.Deals) != 0 || v.Totals.CommitmentsUSD != 0 || v.Totals.CapacityGW != 0 {
		t.Errorf("got %d deals and totals %+v, want none", len(v.Deals), v.Totals)
	}
}

func TestAsOf_ChangingTheViewNeverChangesTheLedger(t *testing.T) {
	l := MustLoad()
	v := l.AsOf(MustDate("2026-07-01"))
	for i := range v.Deals {
		if v.Deals[i].ValueUSD != nil {
			*v.Deals[i].ValueUSD = -1
		}
	}
	if err := l.Validate(); err != nil {
		t.Errorf("the ledger changed with its view: %v", err)
	}
}

// checkDates returns every date at which the ledger changes, and the day
// before each.
func checkDates(l *Ledger) []Date {
	var days []Date
	for _, d := range l.Deals {
		days = append(days, d.Announced, Date{d.Announced.AddDate(0, 0, -1)})
	}
	for _, r := range l.Revisions {
		days = append(days, r.Date, Date{r.Date.AddDate(0, 0, -1)})
	}
	return append(days, MustDate("2030-01-01"))
}

// Property: on every date, the totals are the deduplicated sum of the
// deals, and no deal is counted together with a deal that contains it.
func TestAsOf_TotalsAreTheDeduplicatedSumOnEveryDate(t *testing.T) {
	l := MustLoad()
	for _, day := range checkDates(l) {
		v := l.AsOf(day)
		var sumUSD, sumGW float64
		counted := map[string]bool{}
		for _, d := range v.Deals {
			if !v.InTotals(d.ID) {
				continue
			}
			counted[d.ID] = true
			sumUSD += d.ValueOrZeroUSD()
			sumGW += d.CapacityOrZeroGW()
			if d.Direction != DirectionOutflow || !d.Status.Active() {
				t.Errorf("%s: %s counted with direction %q status %q", day, d.ID, d.Direction, d.Status)
			}
		}
		for _, d := range v.Deals {
			for id := d.CountedIn; id != ""; {
				if counted[d.ID] && counted[id] {
					t.Errorf("%s: %s and its container %s are both counted", day, d.ID, id)
				}
				c, ok := v.Deal(id)
				if !ok {
					break
				}
				id = c.CountedIn
			}
		}
		tt := v.Totals
		if math.Abs(sumUSD-tt.CommitmentsUSD) > 1 || math.Abs(tt.DisclosedUSD+tt.EstimatedUSD-tt.CommitmentsUSD) > 1 {
			t.Errorf("%s: got commitments %v (disclosed %v + estimated %v), want the sum of counted deals %v", day, tt.CommitmentsUSD, tt.DisclosedUSD, tt.EstimatedUSD, sumUSD)
		}
		if math.Abs(sumGW-tt.CapacityGW) > 1e-6 || math.Abs(tt.ChipCapacityGW+tt.SiteCapacityGW-tt.CapacityGW) > 1e-6 {
			t.Errorf("%s: got capacity %v (chips %v + sites %v), want %v", day, tt.CapacityGW, tt.ChipCapacityGW, tt.SiteCapacityGW, sumGW)
		}
		if !(tt.CommitmentsLowUSD <= tt.CommitmentsUSD && tt.CommitmentsUSD <= tt.CommitmentsHighUSD) {
			t.Errorf("%s: got low %v, value %v, high %v; want them in order", day, tt.CommitmentsLowUSD, tt.CommitmentsUSD, tt.CommitmentsHighUSD)
		}
	}
}

func TestAsOf_EstimatesFollowTheirAssumption(t *testing.T) {
	l := MustLoad()
	a, _ := l.Assumption("chip_cost_per_gw_usd")
	v := l.AsOf(MustDate("2025-11-06"))
	for _, d := range v.Deals {
		if d.EstimateAssumption == "" {
			continue
		}
		want := d.CapacityOrZeroGW() * a.Value
		if !d.Estimated || d.ValueOrZeroUSD() != want || d.EstimateMethod == "" {
			t.Errorf("%s: got value %v (estimated %v, method %q), want %v from %s", d.ID, d.ValueOrZeroUSD(), d.Estimated, d.EstimateMethod, want, a.ID)
		}
	}
}
