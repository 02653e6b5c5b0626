package data

import (
	"math"
	"testing"
)

// dayBefore returns the date one day before d.
func dayBefore(d Date) Date { return Date{d.AddDate(0, 0, -1)} }

// The events added for 2026, each checked by what it changes in the as-of
// totals between the day before it and its day.
func TestEvents2026_EachMovesTheTotalsItShould(t *testing.T) {
	l := MustLoad()
	tests := []struct {
		name                          string
		date                          string
		commitmentsUSD, gw, inflowUSD float64 // change on the day
	}{
		// AWS grows by $100B and 2 GW; Nvidia's up-to-$100B becomes $30B
		// (-$70B), Amazon invests up to $50B and SoftBank adds $30B.
		{"SoftBank's $30B joins the 2026 round as an inflow", "2026-02-27", 100e9, 2, -70e9 + 50e9 + 30e9},
		{"the rest of the $122B round is an estimated inflow", "2026-03-31", 0, 0, 12e9},
		{"Stargate Norway paused: its 0.23 GW leaves the totals", "2026-04-15", 0, -0.23, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day := MustDate(tt.date)
			before, after := l.AsOf(dayBefore(day)).Totals, l.AsOf(day).Totals
			if got := after.CommitmentsUSD - before.CommitmentsUSD; math.Abs(got-tt.commitmentsUSD) > 1 {
				t.Errorf("commitments moved by %s, want %s", formatUSD(got), formatUSD(tt.commitmentsUSD))
			}
			if got := roundGW(after.CapacityGW - before.CapacityGW); math.Abs(got-tt.gw) > 1e-6 {
				t.Errorf("capacity moved by %v GW, want %v GW", got, tt.gw)
			}
			if got := after.InflowUSD - before.InflowUSD; math.Abs(got-tt.inflowUSD) > 1 {
				t.Errorf("inflow moved by %s, want %s", formatUSD(got), formatUSD(tt.inflowUSD))
			}
		})
	}
}

func TestEvents2026_NorwayIsPausedNotCancelled(t *testing.T) {
	v := MustLoad().AsOf(MustDate("2026-04-15"))
	d, _ := v.Deal("stargate_norway")
	if d.Status != StatusPaused || v.InTotals("stargate_norway") {
		t.Errorf("got status %q, in totals %v; want paused and out of the totals", d.Status, v.InTotals("stargate_norway"))
	}
}

func TestEvents2026_TheLatestDateReachesTheNewEvents(t *testing.T) {
	l := MustLoad()
	if got, want := l.Latest(), MustDate("2026-04-27"); got.Before(want) {
		t.Errorf("got latest %s, want on or after %s", got, want)
	}
	s, err := l.SeriesByID("openai_contracted_us_gw")
	if err != nil || len(s.Points) == 0 || s.Points[0].Value != 10 {
		t.Errorf("got %+v (%v), want a 10 GW contracted point", s, err)
	}
}
