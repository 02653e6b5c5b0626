package data

import (
	"math"
	"testing"
)

// The figures of the research seed, checked against the ledger.
func TestSeedFigures(t *testing.T) {
	l := MustLoad()
	headline := l.AsOf(MustDate("2025-11-06"))

	t.Run("AWS is $38B over seven years, announced 2025-11-03", func(t *testing.T) {
		d, ok := headline.Deal("aws_2025")
		if !ok {
			t.Fatal("aws_2025 missing")
		}
		if got, want := d.ValueOrZeroUSD(), 38e9; got != want {
			t.Errorf("value: got %v, want %v", got, want)
		}
		if got, want := d.EndYear-d.StartYear+1, 7; got != want {
			t.Errorf("term: got %d years (%d-%d), want %d", got, d.StartYear, d.EndYear, want)
		}
		if got, want := d.Announced, MustDate("2025-11-03"); got != want {
			t.Errorf("announced: got %s, want %s", got, want)
		}
	})
	t.Run("Microsoft is a $250B Azure purchase", func(t *testing.T) {
		d, _ := headline.Deal("microsoft_azure")
		if got, want := d.ValueOrZeroUSD(), 250e9; got != want {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("Oracle is $300B and 4.5 GW, counted inside Stargate", func(t *testing.T) {
		d, _ := headline.Deal("oracle_oci")
		if got, want := d.ValueOrZeroUSD(), 300e9; got != want {
			t.Errorf("value: got %v, want %v", got, want)
		}
		if got, want := d.CapacityOrZeroGW(), 4.5; got != want {
			t.Errorf("capacity: got %v, want %v", got, want)
		}
		if headline.InTotals("oracle_oci") || d.CountedIn != "stargate_us" {
			t.Errorf("got in totals %v, counted in %q; want counted in stargate_us only", headline.InTotals("oracle_oci"), d.CountedIn)
		}
	})
	t.Run("30 GW is about 25 million US homes at the average household use", func(t *testing.T) {
		gw, _ := l.Assumption("capacity_goal_gw")
		kwh, _ := l.Assumption("us_household_kwh_per_year")
		homes, _ := l.Assumption("headline_homes")
		got := gw.Value * 1e6 * 8760 / kwh.Value // kW x hours / kWh per home
		if rel := math.Abs(got-homes.Value) / homes.Value; rel > 0.05 {
			t.Errorf("got %.1f million homes, want within 5%% of %.0f million", got/1e6, homes.Value/1e6)
		}
	})
	t.Run("the run rate at end 2025 is $20B annualised", func(t *testing.T) {
		a, _ := l.Assumption("revenue_run_rate_usd_2025")
		s, _ := l.SeriesByID("openai_arr_usd")
		var last SeriesPoint
		for _, p := range s.Points {
			if p.Year == 2025 {
				last = p
			}
		}
		if a.Value != 20e9 || last.Value != a.Value {
			t.Errorf("got assumption %v and series %v, want both 20e9", a.Value, last.Value)
		}
	})
	t.Run("equity into OpenAI is an inflow, never a commitment", func(t *testing.T) {
		for _, id := range []string{"softbank_equity", "nvidia_equity"} {
			d, _ := headline.Deal(id)
			if d.Direction != DirectionInflow || headline.InTotals(id) {
				t.Errorf("%s: got direction %q, in totals %v; want inflow outside totals", id, d.Direction, headline.InTotals(id))
			}
		}
	})
}
