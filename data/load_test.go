package data

import (
	"errors"
	"strings"
	"testing"
)

func TestLoad_EmbeddedLedgerIsValid(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatalf("Load() error: %v", err)
	}
	if err := l.Validate(); err != nil {
		t.Fatalf("Validate() on the loaded ledger: %v", err)
	}
	if got := len(l.Deals); got < 21 {
		t.Errorf("got %d deals, want at least the 21 researched", got)
	}
}

func TestLoad_ReturnsAFreshCopy(t *testing.T) {
	a, b := MustLoad(), MustLoad()
	a.Deals[0].Counterparty = "changed"
	*a.Deals[0].ValueUSD = -1
	if b.Deals[0].Counterparty == "changed" || *b.Deals[0].ValueUSD == -1 {
		t.Errorf("changing one loaded ledger changed another")
	}
}

// The ids the models look up; see the brief of the model package.
var requiredAssumptions = []string{
	"cost_per_gw_usd", "pue", "utilisation", "kw_per_accelerator_default", "accelerators_per_gw",
	"us_household_kwh_per_year", "us_electricity_twh_per_year", "capacity_goal_gw", "build_rate_gw_per_week",
	"headline_commitments_usd", "headline_term_years", "headline_homes", "revenue_run_rate_usd_2025",
	"compute_share_of_revenue", "chip_cost_per_gw_usd", "rental_usd_per_gw_year", "power_usd_per_mwh", "cash_on_hand_usd",
}

func TestLoad_ProvidesEveryAssumptionTheModelsNeed(t *testing.T) {
	l := MustLoad()
	for _, id := range requiredAssumptions {
		t.Run(id+" is present, sourced and ordered", func(t *testing.T) {
			a, err := l.Assumption(id)
			if err != nil {
				t.Fatalf("Assumption(%q): %v", id, err)
			}
			if len(a.Sources) == 0 || a.Unit == "" {
				t.Errorf("got %d sources and unit %q, want sources and a unit", len(a.Sources), a.Unit)
			}
			if !(a.Low <= a.Value && a.Value <= a.High) {
				t.Errorf("got low %v value %v high %v, want low <= value <= high", a.Low, a.Value, a.High)
			}
		})
	}
}

func TestLoad_EveryChipFamilyHasAPowerFigure(t *testing.T) {
	l := MustLoad()
	families := map[string]bool{}
	for _, d := range l.Deals {
		families[d.ChipFamily] = true
	}
	for _, r := range l.Revisions {
		if r.ChipFamily != nil {
			families[*r.ChipFamily] = true
		}
	}
	delete(families, "")
	for f := range families {
		if _, err := l.Assumption("kw_per_accelerator_" + f); err != nil {
			t.Errorf("chip family %q: %v", f, err)
		}
	}
}

func TestLoad_ProvidesEverySeriesTheModelsNeed(t *testing.T) {
	l := MustLoad()
	for _, id := range []string{"openai_revenue_usd", "openai_arr_usd", "openai_compute_gw", "openai_cash_burn_usd"} {
		s, err := l.SeriesByID(id)
		if err != nil {
			t.Errorf("SeriesByID(%q): %v", id, err)
			continue
		}
		if len(s.Points) == 0 || len(s.Sources) == 0 {
			t.Errorf("series %q: got %d points and %d sources, want both", id, len(s.Points), len(s.Sources))
		}
	}
}

func TestLedger_LookupsWrapTheirSentinels(t *testing.T) {
	l := MustLoad()
	if _, err := l.Assumption("no_such_assumption"); !errors.Is(err, ErrUnknownAssumption) {
		t.Errorf("Assumption: got %v, want ErrUnknownAssumption", err)
	}
	if _, err := l.SeriesByID("no_such_series"); !errors.Is(err, ErrUnknownSeries) {
		t.Errorf("SeriesByID: got %v, want ErrUnknownSeries", err)
	}
}

func TestLoad_EveryNumberHasASource(t *testing.T) {
	l := MustLoad()
	for _, d := range l.Deals {
		for _, field := range []struct {
			name string
			set  bool
		}{{"value_usd", d.ValueUSD != nil && !d.Estimated}, {"capacity_gw", d.CapacityGW != nil}} {
			if field.set && !supported(d.Sources, field.name) {
				t.Errorf("deal %q: no source supports %s", d.ID, field.name)
			}
		}
		for _, s := range d.Sources {
			if !strings.HasPrefix(s.URL, "http") || s.Date.IsZero() || s.Publisher == "" || s.Supports == "" {
				t.Errorf("deal %q: incomplete source %+v", d.ID, s)
			}
		}
	}
}
