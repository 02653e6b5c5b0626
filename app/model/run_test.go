package model

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func near(got, want float64) bool {
	return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want))
}

func TestRun_FixtureNumbersMatchTheFormulasByHand(t *testing.T) {
	l := fixtureLedger(t)
	r := mustRun(t, l, mustPreset(t, l, PresetAnnounced, fixtureAsOf))
	year := func(y int) YearRow { return r.Years[y-r.Totals.FirstYear] }
	const gw = 6 + 2 + 4 + 0.5 // gamma, alpha, beta, eta (delta is inside gamma)
	tests := []struct {
		name      string
		got, want float64
	}{
		{"commitments add gamma, alpha and beta (4 GW x $50B)", r.Totals.CommitmentsUSD, 300e9 + 100e9 + 4*50e9},
		{"the low band takes alpha's low and beta's low cost per GW", r.Totals.CommitmentsLowUSD, 300e9 + 80e9 + 4*40e9},
		{"capacity leaves out delta, counted in gamma", r.Totals.CapacityGW, gw},
		{"implied capex is capacity times cost per GW", r.Totals.ImpliedCapexUSD, gw * 50e9},
		{"energy is GW x utilisation x 8760 h", r.Totals.EnergyTWh, gw * 0.8 * 8760 / 1000},
		{"homes divide energy by household use", r.Totals.HomesEquivalent, gw * 0.8 * 8760 * 1e6 / 10000},
		{"US share divides energy by US consumption", r.Totals.USElectricityShare, gw * 0.8 * 8.76 / 4000},
		{"accelerators divide IT power by kW per chip", r.Totals.AcceleratorsCount, 8e6/(1.6*1.25) + 4.5e6/(2*1.25)},
		{"2025 spend is a quarter of gamma and a fifth of alpha", year(2025).SpendUSD, 300e9/4 + 100e9/5},
		{"2029 spend is alpha's and beta's last years", year(2029).SpendUSD, 100e9/5 + 200e9/4},
		{"2025 capacity ramps evenly", year(2025).CapacityGW, 6.0/4 + 2.0/5 + 0.5/8},
		{"2025 revenue is the actual", year(2025).RevenueUSD, 13e9},
		{"2025 gap is spend less half of revenue", year(2025).FundingGapUSD, 300e9/4 + 100e9/5 - 0.5*13e9},
		{"2025 compute share is spend over revenue", year(2025).ComputeSpendShare, (300e9/4 + 100e9/5) / 13e9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !near(tt.got, tt.want) {
				t.Errorf("got %.10g, want %.10g", tt.got, tt.want)
			}
		})
	}
	t.Run("the horizon runs from the first to the last committed year", func(t *testing.T) {
		// eta has no term: 2025 (announced) plus the 8-year default term.
		if r.Totals.FirstYear != 2025 || r.Totals.LastYear != 2032 {
			t.Errorf("got %d-%d, want 2025-2032", r.Totals.FirstYear, r.Totals.LastYear)
		}
	})
	t.Run("revenue after the start year follows the S-curve", func(t *testing.T) {
		s := r.Scenario
		k, g := s.RevenueCeilingUSD, s.RevenueCAGR
		want := k / (1 + (k/20e9-1)*math.Exp(-math.Log1p(g)*2))
		if got := year(2027).RevenueUSD; !near(got, want) {
			t.Errorf("got %g, want %g", got, want)
		}
	})
	t.Run("every deal of the view is listed with why it is not counted", func(t *testing.T) {
		reasons := map[string]string{}
		for _, d := range r.Deals {
			reasons[d.ID] = d.Reason
		}
		want := map[string]string{"gamma": "", "alpha": "", "beta": "", "eta": "", "delta": "counted in gamma",
			"eps": "inflow: money into OpenAI, not a commitment", "zeta": "status paused"}
		for id, w := range want {
			if reasons[id] != w {
				t.Errorf("deal %s: got reason %q, want %q", id, reasons[id], w)
			}
		}
	})
}

// asOfDates returns every date on which the ledger changes.
func asOfDates(l *data.Ledger) []data.Date {
	var ds []data.Date
	for _, d := range l.Deals {
		ds = append(ds, d.Announced)
	}
	for _, r := range l.Revisions {
		ds = append(ds, r.Date)
	}
	return ds
}

func TestRun_AnnouncedPresetCountsExactlyTheLedgersTotals(t *testing.T) {
	for _, c := range []struct {
		name string
		l    *data.Ledger
	}{{"the fixture", fixtureLedger(t)}, {"the embedded ledger", realLedger(t)}} {
		t.Run(c.name, func(t *testing.T) {
			for _, d := range asOfDates(c.l) {
				v := c.l.AsOf(d)
				r := mustRun(t, c.l, mustPreset(t, c.l, PresetAnnounced, d))
				if !near(r.Totals.CommitmentsUSD, v.Totals.CommitmentsUSD) || !near(r.Totals.CapacityGW, v.Totals.CapacityGW) ||
					!near(r.Totals.CommitmentsLowUSD, v.Totals.CommitmentsLowUSD) || !near(r.Totals.CommitmentsHighUSD, v.Totals.CommitmentsHighUSD) {
					t.Errorf("as of %s: got %g USD (%g-%g), %g GW; want the ledger's %g USD (%g-%g), %g GW", d,
						r.Totals.CommitmentsUSD, r.Totals.CommitmentsLowUSD, r.Totals.CommitmentsHighUSD, r.Totals.CapacityGW,
						v.Totals.CommitmentsUSD, v.Totals.CommitmentsLowUSD, v.Totals.CommitmentsHighUSD, v.Totals.CapacityGW)
				}
				for _, line := range r.Deals {
					if inTotals := line.Counted && line.Inside == ""; inTotals != v.InTotals(line.ID) {
						t.Errorf("as of %s: deal %s counted %v, the ledger says %v", d, line.ID, line.Counted, v.InTotals(line.ID))
					}
				}
			}
		})
	}
}

func TestRun_SpendAndCapacityAddUp(t *testing.T) {
	l := realLedger(t)
	for _, name := range PresetNames {
		for _, prof := range Profiles {
			s := mustPreset(t, l, name, DefaultAsOf(l))
			s.Profile, s.CustomShares = prof, []float64{1, 2, 3}
			s.Renew = true
			r := mustRun(t, l, s)
			var spend, low, high, others float64
			for i, y := range r.Years {
				running := y.RenewalUSD + y.PowerUSD
				spend += y.SpendUSD - running
				low += -running
				high += -running
				others += y.BuiltByOthersUSD
				low += y.SpendLowUSD
				high += y.SpendHighUSD
				for _, g := range [][]Breakdown{r.ByCounterparty, r.ByKind, r.ByChipFamily} {
					var gs, gc float64
					for _, b := range g {
						gs += b.SpendUSD[i]
						gc += b.CapacityGW[i]
					}
					if !near(gs, y.SpendUSD) || !near(gc, y.CapacityGW) {
						t.Fatalf("%s/%s %d: breakdowns add to %g USD, %g GW; want %g, %g", name, prof, y.Year, gs, gc, y.SpendUSD, y.CapacityGW)
					}
				}
			}
			if !near(spend, r.Totals.OpenAIObligationsUSD) || !near(low, r.Totals.OpenAIObligationsLowUSD) || !near(high, r.Totals.OpenAIObligationsHighUSD) {
				t.Errorf("%s/%s: yearly spend sums to %g (%g-%g), want OpenAI's obligations %g (%g-%g)", name, prof,
					spend, low, high, r.Totals.OpenAIObligationsUSD, r.Totals.OpenAIObligationsLowUSD, r.Totals.OpenAIObligationsHighUSD)
			}
			if !near(others, r.Totals.BuiltByOthersUSD) {
				t.Errorf("%s/%s: built by others sums to %g, want %g", name, prof, others, r.Totals.BuiltByOthersUSD)
			}
			if last := r.Years[len(r.Years)-1]; !near(last.CapacityPlannedGW, r.Totals.CapacityGW) {
				t.Errorf("%s/%s: planned capacity ends at %g GW, want all %g GW", name, prof, last.CapacityPlannedGW, r.Totals.CapacityGW)
			}
		}
	}
}

func TestRun_ExcludingADealNeverRaisesTotals(t *testing.T) {
	for _, l := range []*data.Ledger{fixtureLedger(t), realLedger(t)} {
		asOf := DefaultAsOf(l)
		for _, name := range PresetNames {
			s := mustPreset(t, l, name, asOf)
			before := mustRun(t, l, s)
			for _, d := range l.AsOf(asOf).Deals {
				x := s.Clone()
				x.Exclude = []string{d.ID}
				after := mustRun(t, l, x)
				if after.Totals.CommitmentsUSD > before.Totals.CommitmentsUSD+1e-3 || after.Totals.CapacityGW > before.Totals.CapacityGW+1e-9 {
					t.Errorf("%s without %s: %g USD, %g GW; want at most %g USD, %g GW", name, d.ID,
						after.Totals.CommitmentsUSD, after.Totals.CapacityGW, before.Totals.CommitmentsUSD, before.Totals.CapacityGW)
				}
			}
		}
	}
}

func TestRun_ResultsRiseWithCostPerGW(t *testing.T) {
	for _, l := range []*data.Ledger{fixtureLedger(t), realLedger(t)} {
		s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
		var prev Result
		for i, cost := range []float64{20e9, 35e9, 40e9, 50e9, 60e9, 80e9, 120e9} {
			s.CostPerGWUSD = cost
			r := mustRun(t, l, s)
			if i > 0 && (r.Totals.ImpliedCapexUSD < prev.Totals.ImpliedCapexUSD || r.Totals.CommitmentsUSD < prev.Totals.CommitmentsUSD ||
				r.Totals.PeakCumulativeGapUSD < prev.Totals.PeakCumulativeGapUSD) {
				t.Errorf("cost per GW %g: capex %g, commitments %g, peak gap %g; want none below %g, %g, %g", cost,
					r.Totals.ImpliedCapexUSD, r.Totals.CommitmentsUSD, r.Totals.PeakCumulativeGapUSD,
					prev.Totals.ImpliedCapexUSD, prev.Totals.CommitmentsUSD, prev.Totals.PeakCumulativeGapUSD)
			}
			prev = r
		}
	}
}

func TestRun_RevenueRisesAndTheGapFallsWithGrowth(t *testing.T) {
	l := realLedger(t)
	for _, path := range RevenuePaths {
		t.Run(string(path), func(t *testing.T) {
			s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
			s.RevenuePath = path
			var prev Result
			for i, g := range []float64{-0.5, 0, 0.2, 0.5, 0.9, 1.5, 3} {
				s.RevenueCAGR = g
				r := mustRun(t, l, s)
				for y := range r.Years {
					if i > 0 && (r.Years[y].RevenueUSD < prev.Years[y].RevenueUSD || r.Years[y].CumulativeGapUSD > prev.Years[y].CumulativeGapUSD) {
						t.Fatalf("growth %g, %d: revenue %g, cumulative gap %g; want at least %g and at most %g", g, r.Years[y].Year,
							r.Years[y].RevenueUSD, r.Years[y].CumulativeGapUSD, prev.Years[y].RevenueUSD, prev.Years[y].CumulativeGapUSD)
					}
				}
				prev = r
			}
		})
	}
}

func TestPresets_AreOrderedBearBaseBull(t *testing.T) {
	for _, l := range []*data.Ledger{fixtureLedger(t), realLedger(t)} {
		asOf := DefaultAsOf(l)
		bear := mustRun(t, l, mustPreset(t, l, PresetBear, asOf))
		base := mustRun(t, l, mustPreset(t, l, PresetBase, asOf))
		bull := mustRun(t, l, mustPreset(t, l, PresetBull, asOf))
		for i := range base.Years {
			if !(bear.Years[i].RevenueUSD <= base.Years[i].RevenueUSD && base.Years[i].RevenueUSD <= bull.Years[i].RevenueUSD) {
				t.Errorf("%d revenue: bear %g, base %g, bull %g; want bear <= base <= bull", base.Years[i].Year,
					bear.Years[i].RevenueUSD, base.Years[i].RevenueUSD, bull.Years[i].RevenueUSD)
			}
		}
		if !(bear.Totals.CommitmentsUSD <= base.Totals.CommitmentsUSD && base.Totals.CommitmentsUSD <= bull.Totals.CommitmentsUSD) {
			t.Errorf("commitments: bear %g, base %g, bull %g; want bear <= base <= bull",
				bear.Totals.CommitmentsUSD, base.Totals.CommitmentsUSD, bull.Totals.CommitmentsUSD)
		}
	}
}

func TestPresets_EachHasADescriptionAndRuns(t *testing.T) {
	l := realLedger(t)
	for _, name := range PresetNames {
		t.Run(name, func(t *testing.T) {
			if d := PresetDescriptions[name]; d == "" || strings.Count(d, ". ") > 0 || !strings.HasSuffix(d, ".") {
				t.Errorf("description %q: want one sentence", d)
			}
			for _, d := range []data.Date{data.MustDate("2025-11-06"), DefaultAsOf(l)} {
				r := mustRun(t, l, mustPreset(t, l, name, d))
				if r.Totals.CommitmentsUSD <= 0 || len(r.Years) == 0 {
					t.Errorf("as of %s: got %g USD over %d years, want a plan", d, r.Totals.CommitmentsUSD, len(r.Years))
				}
			}
		})
	}
}

func TestPreset_RejectsAnUnknownNameAndAnIncompleteLedger(t *testing.T) {
	l := fixtureLedger(t)
	if _, err := Preset(l, "moon", fixtureAsOf); !errors.Is(err, ErrUnknownPreset) || !strings.Contains(err.Error(), "moon") {
		t.Errorf("unknown preset: got %v, want ErrUnknownPreset naming it", err)
	}
	short := *l
	short.Assumptions = slices.DeleteFunc(slices.Clone(l.Assumptions), func(a data.Assumption) bool { return a.ID == "pue" })
	if _, err := Preset(&short, PresetBase, fixtureAsOf); !errors.Is(err, ErrLedger) || !strings.Contains(err.Error(), "pue") {
		t.Errorf("ledger without pue: got %v, want ErrLedger naming pue", err)
	}
}

func TestRun_BindingOnlyLeavesOutLettersOfIntent(t *testing.T) {
	l := fixtureLedger(t)
	before := data.MustDate("2026-01-31") // beta is still a letter of intent
	counted := func(s Scenario) []string {
		var ids []string
		for _, d := range mustRun(t, l, s).Deals {
			if d.Counted {
				ids = append(ids, d.ID)
			}
		}
		return ids
	}
	s := mustPreset(t, l, PresetBinding, before)
	if got, want := counted(s), []string{"gamma", "alpha"}; !slices.Equal(got, want) {
		t.Errorf("binding before beta is signed: got %v, want %v", got, want)
	}
	s.Include = []string{"beta", "zeta"}
	if got, want := counted(s), []string{"gamma", "alpha", "beta", "zeta"}; !slices.Equal(got, want) {
		t.Errorf("binding with beta and the paused zeta taken in: got %v, want %v", got, want)
	}
	if got, want := counted(mustPreset(t, l, PresetBinding, fixtureAsOf)), []string{"gamma", "alpha", "beta"}; !slices.Equal(got, want) {
		t.Errorf("binding after beta is signed: got %v, want %v", got, want)
	}
	s = mustPreset(t, l, PresetAnnounced, fixtureAsOf)
	s.Exclude = []string{"gamma"}
	if got, want := counted(s), []string{"delta", "alpha", "beta", "eta"}; !slices.Equal(got, want) {
		t.Errorf("without gamma, delta counts on its own: got %v, want %v", got, want)
	}
}

func TestRun_OverridesReplaceADealsFigures(t *testing.T) {
	l := fixtureLedger(t)
	base := mustPreset(t, l, PresetAnnounced, fixtureAsOf)
	line := func(r Result, id string) DealLine {
		i := slices.IndexFunc(r.Deals, func(d DealLine) bool { return d.ID == id })
		return r.Deals[i]
	}
	tests := []struct {
		name  string
		o     Override
		check func(r Result) (got, want any)
	}{
		{"a value override replaces value, low and high", Override{DealID: "alpha", ValueUSD: f64(10e9)},
			func(r Result) (any, any) {
				d := line(r, "alpha")
				return [3]float64{d.ValueUSD, d.ValueLowUSD, d.ValueHighUSD}, [3]float64{10e9, 10e9, 10e9}
			}},
		{"a capacity override re-estimates a per-GW value", Override{DealID: "beta", CapacityGW: f64(2)},
			func(r Result) (any, any) { return line(r, "beta").ValueUSD, 2 * 50e9 }},
		{"a term override shortens the spend", Override{DealID: "gamma", TermYears: 2},
			func(r Result) (any, any) { return r.Years[0].SpendUSD, 300e9/2 + 100e9/5 }},
		{"a start override moves term and first capacity", Override{DealID: "alpha", StartYear: 2027},
			func(r Result) (any, any) {
				d := line(r, "alpha")
				return [3]int{d.StartYear, d.EndYear, d.FirstCapacityYear}, [3]int{2027, 2031, 2027}
			}},
		{"a profile override changes one deal only", Override{DealID: "alpha", Profile: ProfileBack},
			func(r Result) (any, any) { return r.Years[0].SpendUSD, 300e9/4 + 100e9/25 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := base.Clone()
			s.SetOverride(tt.o)
			got, want := tt.check(mustRun(t, l, s))
			if g, ok := got.(float64); ok {
				if !near(g, want.(float64)) {
					t.Errorf("got %v, want %v", got, want)
				}
				return
			}
			if got != want {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

func TestRun_CostPerGWReestimatesEstimatedDeals(t *testing.T) {
	l := fixtureLedger(t)
	s := mustPreset(t, l, PresetAnnounced, fixtureAsOf)
	s.CostPerGWUSD = 60e9
	r := mustRun(t, l, s)
	if got, want := r.Totals.CommitmentsUSD, 300e9+100e9+4*60e9; !near(got, want) {
		t.Errorf("got %g, want %g", got, want)
	}
	if got, want := r.Totals.CommitmentsHighUSD, 300e9+120e9+4*60e9*60/50; !near(got, want) {
		t.Errorf("high band: got %g, want %g", got, want)
	}
}

func TestRun_BuildRateCapsTheYearlyAdditions(t *testing.T) {
	l := fixtureLedger(t)
	s := mustPreset(t, l, PresetAnnounced, fixtureAsOf)
	s.BuildRateGWPerWeek = 0.02
	r := mustRun(t, l, s)
	maxAdd := 0.02 * weeksPerYear
	for _, y := range r.Years {
		if y.CapacityAddedGW > maxAdd+1e-12 || y.CapacityGW > y.CapacityPlannedGW+1e-12 {
			t.Errorf("%d: added %g GW (online %g of %g planned), want at most %g a year", y.Year, y.CapacityAddedGW, y.CapacityGW, y.CapacityPlannedGW, maxAdd)
		}
	}
	if r.Totals.CapacityOnlineGW >= r.Totals.CapacityGW {
		t.Errorf("online %g GW at the end, want less than the %g GW planned at this rate", r.Totals.CapacityOnlineGW, r.Totals.CapacityGW)
	}
	if r.Totals.GoalYear != 0 {
		t.Errorf("goal year %d, want 0 (not reached)", r.Totals.GoalYear)
	}
}

func TestResolveDeal_FillsUnknownTermsByTheDocumentedRule(t *testing.T) {
	in := &inputs{defaultTermYears: 8}
	s := &Scenario{DealValues: ValueCentral}
	tests := []struct {
		name                   string
		start, end, firstCap   int
		wantStart, wantN, wCap int
	}{
		{"a known term is kept", 2025, 2031, 0, 2025, 7, 2025},
		{"no term starts in the announced year for the default term", 0, 0, 0, 2025, 8, 2025},
		{"no start begins with the first capacity", 0, 0, 2027, 2027, 8, 2027},
		{"no start and an early end begins at the end", 0, 2024, 0, 2024, 1, 2024},
		{"no end runs the default term", 2026, 0, 2027, 2026, 8, 2027},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := data.Deal{ID: "x", Announced: data.MustDate("2025-05-01"), StartYear: tt.start, EndYear: tt.end, FirstCapacityYear: tt.firstCap}
			pd := resolveDeal(in, s, d)
			if pd.spendOff != tt.wantStart || pd.spendN != tt.wantN || pd.capOff != tt.wCap {
				t.Errorf("got start %d, %d years, capacity from %d; want %d, %d, %d", pd.spendOff, pd.spendN, pd.capOff, tt.wantStart, tt.wantN, tt.wCap)
			}
		})
	}
}

func TestRun_RejectsInvalidScenariosNamingTheField(t *testing.T) {
	l := fixtureLedger(t)
	tests := []struct {
		name, param string
		change      func(*Scenario)
		sentinel    error
	}{
		{"a PUE below 1", "pue", func(s *Scenario) { s.PUE = 0.5 }, ErrOutOfRange},
		{"a NaN utilisation", "util", func(s *Scenario) { s.Utilisation = math.NaN() }, ErrOutOfRange},
		{"an unknown profile", "profile", func(s *Scenario) { s.Profile = "zigzag" }, ErrMalformed},
		{"an excluded deal the ledger lacks", "exc", func(s *Scenario) { s.Exclude = []string{"nope"} }, ErrUnknownDeal},
		{"a negative override", "val.alpha", func(s *Scenario) { s.SetOverride(Override{DealID: "alpha", ValueUSD: f64(-1)}) }, ErrOutOfRange},
		{"a chip family the ledger lacks", "kw.nope", func(s *Scenario) { s.SetKW("nope", 1) }, ErrUnknownParam},
		{"a ceiling under the run rate", "rev_cap", func(s *Scenario) { s.RevenueCeilingUSD = 1e9 }, ErrOutOfRange},
		{"custom profile without shares", "shares", func(s *Scenario) { s.Profile, s.CustomShares = ProfileCustom, nil }, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustPreset(t, l, PresetBase, fixtureAsOf)
			tt.change(&s)
			_, err := Run(l, s)
			var ps Problems
			if !errors.As(err, &ps) || !errors.Is(err, tt.sentinel) || !slices.ContainsFunc(ps, func(p Problem) bool { return p.Param == tt.param }) {
				t.Errorf("got %v, want a problem with %s wrapping %v", err, tt.param, tt.sentinel)
			}
		})
	}
}
