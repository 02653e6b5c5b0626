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
		// Michigan turns definitive, but Oracle's 4.5 GW already counts it.
		{"Michigan's groundbreaking moves nothing: it is inside Oracle", "2026-06-01", 0, 0, 0},
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
	if got, want := l.Latest(), MustDate("2026-06-01"); got.Before(want) {
		t.Errorf("got latest %s, want on or after %s", got, want)
	}
	s, err := l.SeriesByID("openai_contracted_us_gw")
	if err != nil || len(s.Points) == 0 || s.Points[0].Value != 10 {
		t.Errorf("got %+v (%v), want a 10 GW contracted point", s, err)
	}
}

func TestEvents2026_MichiganIsDefinitiveFromItsGroundbreaking(t *testing.T) {
	l := MustLoad()
	day := MustDate("2026-06-01")
	before, _ := l.AsOf(dayBefore(day)).Deal("stargate_michigan")
	after, _ := l.AsOf(day).Deal("stargate_michigan")
	if before.Status != StatusLetterOfIntent || after.Status != StatusDefinitive {
		t.Errorf("got %q the day before and %q on %s, want letter_of_intent then definitive", before.Status, after.Status, day)
	}
	if v := l.AsOf(day); v.InTotals("stargate_michigan") || !v.InTotals("stargate_us") {
		t.Error("Michigan must stay counted inside Oracle, and so inside Stargate")
	}
}

func TestEvents2026_ArgentinaWasAnnouncedAtTheCasaRosadaOn10October(t *testing.T) {
	l := MustLoad()
	if _, ok := l.AsOf(MustDate("2025-10-09")).Deal("stargate_argentina"); ok {
		t.Error("Stargate Argentina is in the view before its announcement")
	}
	if _, ok := l.AsOf(MustDate("2025-10-10")).Deal("stargate_argentina"); !ok {
		t.Error("Stargate Argentina is missing on 10 Oct 2025")
	}
}

// The share of commitment dollars resting on the companies' own words: on the
// headline day, Nvidia's 10 GW (estimated from a capacity OpenAI's release
// states) is primary; on the latest date that deal is superseded and no
// counted dollar rests on a primary source.
func TestEvents2026_PrimarySourcesCarryTheDollarsTheyShould(t *testing.T) {
	l := MustLoad()
	if got := l.AsOf(MustDate("2025-11-06")).Totals.BySourceQualityUSD.Primary; got != 200e9 {
		t.Errorf("2025-11-06: got %s on primary sources, want $200B (Nvidia's 10 GW at $20B per GW)", formatUSD(got))
	}
	latest := l.AsOf(l.Latest()).Totals
	if latest.BySourceQualityUSD.Primary != 0 || latest.BySourceQualityUSD.Secondary != 20e9 {
		t.Errorf("latest: got %+v, want primary $0 and secondary $20B (Cerebras)", latest.BySourceQualityUSD)
	}
	d, _ := l.AsOf(l.Latest()).Deal("nvidia_equity")
	if BestValueQuality(d) != QualityPrimary {
		t.Errorf("nvidia_equity: got best quality %q, want primary (OpenAI's release gives the up-to-$100B)", BestValueQuality(d))
	}
}
