package model

import (
	"testing"

	"github.com/computeledger/computeledger/data"
)

func f64(v float64) *float64 { return &v }

// fixtureAsOf is the as-of date at which every fixture deal is announced
// and every revision applied.
var fixtureAsOf = data.MustDate("2026-06-30")

// fixtureLedger returns a small hand-built ledger whose numbers can be
// checked by hand:
//
//	gamma  JV, definitive, $300B 2025-2028, 6 GW fam_a           counted
//	delta  cloud, inside gamma, $50B 2026-2030, 1 GW             not counted (in gamma)
//	alpha  cloud, definitive, $100B (80-120) 2025-2029, 2 GW fam_a
//	beta   chips, LOI, 4 GW x cost per GW, 2026-2029, fam_b       definitive from 2026-02-01
//	eta    lease, LOI, undisclosed, 0.5 GW, no term (2025 + 8 years)
//	eps    equity inflow $40B                                      not a commitment
//	zeta   lease, paused, $10B                                     not counted
func fixtureLedger(t testing.TB) *data.Ledger {
	t.Helper()
	definitive := data.StatusDefinitive
	src := []data.Source{{URL: "https://example.com/a", Publisher: "Example", Date: data.MustDate("2025-01-01"), Supports: "figures"}}
	deal := func(id, cp string, kind data.Kind, st data.Status, dir data.Direction, ann string) data.Deal {
		return data.Deal{ID: id, Counterparty: cp, Kind: kind, Status: st, Direction: dir, Announced: data.MustDate(ann),
			Confidence: data.ConfidenceHigh, Sources: src}
	}
	gamma := deal("gamma", "Gamma JV", data.KindJointVenture, data.StatusDefinitive, data.DirectionOutflow, "2025-01-10")
	gamma.ValueUSD, gamma.StartYear, gamma.EndYear, gamma.CapacityGW, gamma.ChipFamily, gamma.FirstCapacityYear = f64(300e9), 2025, 2028, f64(6), "fam_a", 2025
	delta := deal("delta", "Delta Cloud", data.KindCloudPurchase, data.StatusDefinitive, data.DirectionOutflow, "2025-02-01")
	delta.ValueUSD, delta.StartYear, delta.EndYear, delta.CapacityGW, delta.CountedIn = f64(50e9), 2026, 2030, f64(1), "gamma"
	alpha := deal("alpha", "Alpha Cloud", data.KindCloudPurchase, data.StatusDefinitive, data.DirectionOutflow, "2025-03-01")
	alpha.ValueUSD, alpha.ValueLowUSD, alpha.ValueHighUSD = f64(100e9), f64(80e9), f64(120e9)
	alpha.StartYear, alpha.EndYear, alpha.CapacityGW, alpha.ChipFamily, alpha.FirstCapacityYear = 2025, 2029, f64(2), "fam_a", 2025
	beta := deal("beta", "Beta Chips", data.KindChipPurchase, data.StatusLetterOfIntent, data.DirectionOutflow, "2025-06-01")
	beta.Estimated, beta.EstimateAssumption, beta.CapacityGW, beta.StartYear, beta.EndYear, beta.ChipFamily, beta.FirstCapacityYear = true, "cost_per_gw_usd", f64(4), 2026, 2029, "fam_b", 2026
	eta := deal("eta", "Eta Sites", data.KindSiteLease, data.StatusLetterOfIntent, data.DirectionOutflow, "2025-09-01")
	eta.CapacityGW = f64(0.5)
	eps := deal("eps", "Eps Capital", data.KindEquityInvestment, data.StatusDefinitive, data.DirectionInflow, "2025-04-01")
	eps.ValueUSD = f64(40e9)
	zeta := deal("zeta", "Zeta Sites", data.KindSiteLease, data.StatusPaused, data.DirectionOutflow, "2025-05-01")
	zeta.ValueUSD, zeta.StartYear, zeta.EndYear, zeta.CapacityGW = f64(10e9), 2026, 2027, f64(0.2)

	a := func(id, unit string, v, lo, hi float64) data.Assumption {
		return data.Assumption{ID: id, Name: id, Unit: unit, Value: v, Low: lo, High: hi, Sources: src}
	}
	l := &data.Ledger{
		Deals: []data.Deal{gamma, delta, alpha, beta, eta, eps, zeta},
		Revisions: []data.Revision{{ID: "beta_definitive", DealID: "beta", Date: data.MustDate("2026-02-01"),
			Summary: "signed", Status: &definitive, Sources: src}},
		Assumptions: []data.Assumption{
			a("cost_per_gw_usd", "USD/GW", 50e9, 40e9, 60e9),
			a("pue", "ratio", 1.25, 1.1, 1.4),
			a("utilisation", "ratio", 0.8, 0.5, 1),
			a("kw_per_accelerator_default", "kW", 2, 1.5, 2.5),
			a("kw_per_accelerator_fam_a", "kW", 1.6, 1.5, 1.8),
			a("us_household_kwh_per_year", "kWh/year", 10000, 10000, 10000),
			a("us_electricity_twh_per_year", "TWh/year", 4000, 4000, 4000),
			a("capacity_goal_gw", "GW", 10, 10, 12),
			a("build_rate_gw_per_week", "GW/week", 1, 0.5, 1.5),
			a("rental_usd_per_gw_year", "USD/GW-year", 15e9, 12e9, 18e9),
			a("power_usd_per_mwh", "USD/MWh", 80, 60, 100),
			a("chip_cost_per_gw_usd", "USD/GW", 20e9, 15e9, 35e9),
			a("cash_on_hand_usd", "USD", 5e9, 5e9, 10e9),
			a("headline_term_years", "years", 8, 8, 8),
			a("revenue_run_rate_usd_2025", "USD", 20e9, 18e9, 22e9),
			a("compute_share_of_revenue", "ratio", 0.5, 0.4, 0.6),
		},
		Series: []data.Series{{ID: "openai_revenue_usd", Name: "revenue", Unit: "USD", Sources: src, Points: []data.SeriesPoint{
			{Year: 2024, Value: 4e9, Kind: "actual"},
			{Year: 2025, Value: 13e9, Kind: "actual"},
			{Year: 2027, Value: 80e9, Kind: "target"},
			{Year: 2030, Value: 160e9, Kind: "projection"},
		}}},
	}
	if err := l.Validate(); err != nil {
		t.Fatalf("the fixture ledger is invalid: %v", err)
	}
	return l
}

// realLedger returns the embedded ledger.
func realLedger(t testing.TB) *data.Ledger {
	t.Helper()
	l, err := data.Load()
	if err != nil {
		t.Fatalf("data.Load: %v", err)
	}
	return l
}

// mustPreset returns a preset or fails the test.
func mustPreset(t testing.TB, l *data.Ledger, name string, asOf data.Date) Scenario {
	t.Helper()
	s, err := Preset(l, name, asOf)
	if err != nil {
		t.Fatalf("Preset(%s, %s): %v", name, asOf, err)
	}
	return s
}

// mustRun runs a scenario or fails the test.
func mustRun(t testing.TB, l *data.Ledger, s Scenario) Result {
	t.Helper()
	r, err := Run(l, s)
	if err != nil {
		t.Fatalf("Run(%s): %v", s.Preset, err)
	}
	return r
}
