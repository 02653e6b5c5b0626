package model

import (
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

// edited returns a scenario that sets every kind of parameter.
func edited(t testing.TB, l *data.Ledger) Scenario {
	s := mustPreset(t, l, PresetBull, fixtureAsOf)
	s.Exclude = []string{"alpha"}
	s.Include = []string{"zeta"}
	s.BindingOnly = true
	s.Profile, s.CustomShares = ProfileCustom, []float64{1, 2.5, 0}
	s.RevenuePath, s.RevenueTargets = RevenueTargets, []YearValue{{2027, 9e10}, {2031, 3.3e11}}
	s.SetKW("fam_b", 1.75)
	s.SetOverride(Override{DealID: "beta", ValueUSD: f64(1.23e11), StartYear: 2027, TermYears: 3, CapacityGW: f64(2.5), Profile: ProfileFront})
	s.Solve = Goal{Kind: GoalShare, Share: 0.3, Year: 2030}
	s.CostPerGWUSD = 4.25e10
	return s
}

func TestQuery_RoundTripsEveryScenario(t *testing.T) {
	l := fixtureLedger(t)
	cases := map[string]Scenario{"edited": edited(t, l)}
	for _, name := range PresetNames {
		cases[name] = mustPreset(t, l, name, fixtureAsOf)
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) {
			enc := s.Query().Encode()
			if strings.Contains(enc, "+") || strings.Contains(enc, "%2B") {
				t.Errorf("query %q: want no '+' in numbers", enc)
			}
			q, err := url.ParseQuery(enc)
			if err != nil {
				t.Fatal(err)
			}
			got, ps := ParseQuery(l, q)
			if len(ps) > 0 {
				t.Fatalf("problems: %v", Problems(ps))
			}
			if !reflect.DeepEqual(got, s) {
				t.Errorf("got  %+v\nwant %+v", got, s)
			}
			short, ps := ParseQuery(l, s.QueryFrom(mustPreset(t, l, s.Preset, s.AsOf)))
			if len(ps) > 0 || !reflect.DeepEqual(short, s) {
				t.Errorf("short link: got %+v (%v), want %+v", short, ps, s)
			}
		})
	}
}

func TestQueryFrom_WritesOnlyWhatDiffers(t *testing.T) {
	l := fixtureLedger(t)
	base := mustPreset(t, l, PresetBase, fixtureAsOf)
	s := base.Clone()
	s.PUE = 1.3
	got := s.QueryFrom(base)
	want := url.Values{"v": {"2"}, "preset": {"base"}, "as_of": {"2026-06-30"}, "pue": {"1.3"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestParseQuery_NamesEachBadParameter(t *testing.T) {
	l := fixtureLedger(t)
	tests := []struct {
		name, query, param string
		sentinel           error
		used               string
	}{
		{"a PUE out of range", "pue=0.5", "pue", ErrOutOfRange, "1.25"},
		{"a number that is not one", "cost_gw=lots", "cost_gw", ErrMalformed, "5e10"},
		{"infinity", "g=Inf", "g", ErrMalformed, ""},
		{"a fractional year", "solve_y=2030.5", "solve_y", ErrMalformed, "0"},
		{"an unknown parameter", "colour=red", "colour", ErrUnknownParam, "ignored"},
		{"an unknown preset", "preset=moon", "preset", ErrUnknownPreset, "base"},
		{"a malformed date", "as_of=2026-13-01", "as_of", ErrMalformed, ""},
		{"a date out of range", "as_of=1999-01-01", "as_of", ErrOutOfRange, ""},
		{"a newer version", "v=99", "v", ErrOutOfRange, "2"},
		{"an unknown profile", "profile=zigzag", "profile", ErrMalformed, "s_curve"},
		{"an unknown deal to exclude", "exc=alpha,nope", "exc", ErrUnknownDeal, "the others"},
		{"an override of an unknown deal", "val.nope=1B", "val.nope", ErrUnknownDeal, "ignored"},
		{"an override out of range", "term.alpha=99", "term.alpha", ErrOutOfRange, ""},
		{"a chip family the ledger lacks", "kw.nope=1", "kw.nope", ErrUnknownParam, "ignored"},
		{"negative custom shares", "shares=1,-2", "shares", ErrOutOfRange, "none"},
		{"custom profile without shares", "profile=custom", "shares", ErrMalformed, "profile s_curve"},
		{"targets out of order", "rev_pts=2030:1T,2028:2T", "rev_pts", ErrOutOfRange, ""},
		{"targets without a colon", "rev_pts=2030", "rev_pts", ErrMalformed, ""},
		{"a ceiling under the run rate", "rev_cap=1B", "rev_cap", ErrOutOfRange, ""},
		{"a bad binding flag", "binding=maybe", "binding", ErrMalformed, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			s, ps := ParseQuery(l, q)
			if len(ps) != 1 || ps[0].Param != tt.param || !errors.Is(ps[0], tt.sentinel) {
				t.Fatalf("got %v, want one problem with %s wrapping %v", ps, tt.param, tt.sentinel)
			}
			if tt.used != "" && ps[0].Used != tt.used {
				t.Errorf("used %q, want %q", ps[0].Used, tt.used)
			}
			if !strings.Contains(ps[0].Error(), tt.param) || ps[0].Accepted == "" {
				t.Errorf("message %q: want the parameter and the accepted range", ps[0].Error())
			}
			if err := s.Validate(); err != nil {
				t.Errorf("the scenario used instead is invalid: %v", err)
			}
			if _, err := ParseQueryStrict(l, q); !errors.Is(err, tt.sentinel) || !strings.Contains(err.Error(), tt.param) {
				t.Errorf("strict: got %v, want an error naming %s", err, tt.param)
			}
		})
	}
}

func TestParseQuery_ReadsSuffixesAndEmptyValues(t *testing.T) {
	l := fixtureLedger(t)
	tests := []struct {
		query string
		check func(Scenario) bool
	}{
		{"cost_gw=42.5B", func(s Scenario) bool { return s.CostPerGWUSD == 42.5e9 }},
		{"rev0=1.4T", func(s Scenario) bool { return s.RevenueStartUSD == 1.4e12 }},
		{"g=45%25", func(s Scenario) bool { return s.RevenueCAGR == 0.45 }},
		{"val.alpha=500M", func(s Scenario) bool { o, _ := s.Override("alpha"); return *o.ValueUSD == 5e8 }},
		{"binding=1&inc=beta", func(s Scenario) bool { return s.BindingOnly && len(s.Include) == 1 }},
		{"preset=binding&binding=0", func(s Scenario) bool { return !s.BindingOnly }},
		{"rev_pts=", func(s Scenario) bool { return s.RevenueTargets == nil }},
		{"ui.tab=funding&ui.chart=gap", func(s Scenario) bool { return s.Preset == PresetBase }},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, _ := url.ParseQuery(tt.query)
			s, ps := ParseQuery(l, q)
			if len(ps) > 0 || !tt.check(s) {
				t.Errorf("got %+v with %v", s, ps)
			}
		})
	}
}

func TestParseQuery_DefaultsToTheBasePresetOnTheLatestDate(t *testing.T) {
	l := fixtureLedger(t)
	got, ps := ParseQuery(l, url.Values{})
	want := mustPreset(t, l, PresetBase, data.MustDate("2026-02-01"))
	if len(ps) > 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v (%v), want %+v", got, ps, want)
	}
}

// FuzzParseQuery checks that any query string gives a valid scenario that
// survives a round trip, and never a panic. Seeds are in
// testdata/fuzz/FuzzParseQuery.
func FuzzParseQuery(f *testing.F) {
	l := fixtureLedger(f)
	f.Add("preset=bear&pue=1.3&g=0.4")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		s, _ := ParseQuery(l, q)
		if err := s.Validate(); err != nil {
			t.Fatalf("%q gave an invalid scenario: %v", raw, err)
		}
		back, ps := ParseQuery(l, s.Query())
		if len(ps) > 0 || !reflect.DeepEqual(back, s) {
			t.Fatalf("%q: round trip gave %+v (%v), want %+v", raw, back, ps, s)
		}
		if _, err := Run(l, s); err != nil {
			t.Fatalf("%q: Run: %v", raw, err)
		}
	})
}

func TestParseQuery_AVersion1LinkKeepsItsSpend(t *testing.T) {
	l := realLedger(t)
	s, ps := ParseQuery(l, url.Values{"v": {"1"}, "preset": {"base"}, "pue": {"1.3"}})
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if s.Payments != PayTerm || s.Renew || s.PowerUSDPerMWh != 0 || s.Version != ScenarioVersion {
		t.Errorf("a version 1 link reads as pay=%s renew=%v power=%g v=%d; want term, no renewals, no power, v=%d", s.Payments, s.Renew, s.PowerUSDPerMWh, s.Version, ScenarioVersion)
	}
	s2, _ := ParseQuery(l, url.Values{"v": {"1"}, "preset": {"base"}, "pay": {"delivery"}})
	if s2.Payments != PayDelivery {
		t.Errorf("a version 1 link that sets pay=delivery reads as %s", s2.Payments)
	}
	cur, _ := ParseQuery(l, url.Values{"v": {"2"}, "preset": {"base"}})
	if cur.Payments != PayDelivery || !cur.Renew {
		t.Errorf("a version 2 link without pay and renew reads as %s, %v; want the preset's delivery, renew", cur.Payments, cur.Renew)
	}
}
