//go:build !wasm

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// modelOutput is the JSON contract of `computeledger model`.
type modelOutput struct {
	Scenario model.Scenario `json:"scenario"`
	Years    []struct {
		Year          *int     `json:"year"`
		SpendUSD      *float64 `json:"spend_usd"`
		CapacityGW    *float64 `json:"capacity_gw"`
		RevenueUSD    *float64 `json:"revenue_usd"`
		FundingGapUSD *float64 `json:"funding_gap_usd"`
		RenewalUSD    float64  `json:"renewal_usd"`
		PowerUSD      float64  `json:"power_usd"`
	} `json:"years"`
	Totals struct {
		CommitmentsUSD *float64        `json:"commitments_usd"`
		ObligationsUSD *float64        `json:"openai_obligations_usd"`
		Solution       *model.Solution `json:"solution"`
	} `json:"totals"`
}

func runModelJSON(t *testing.T, args ...string) modelOutput {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := runModel(args, &out, &errOut); code != 0 {
		t.Fatalf("runModel(%q) = %d, stderr: %s", args, code, errOut.String())
	}
	var m modelOutput
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("runModel(%q): output is not JSON: %v", args, err)
	}
	for i, y := range m.Years {
		if y.Year == nil || y.SpendUSD == nil || y.CapacityGW == nil || y.RevenueUSD == nil || y.FundingGapUSD == nil {
			t.Fatalf("year row %d lacks a contract field: %+v", i, y)
		}
	}
	if m.Totals.CommitmentsUSD == nil || m.Totals.Solution == nil || len(m.Years) == 0 {
		t.Fatalf("runModel(%q): want totals.commitments_usd, totals.solution and years", args)
	}
	return m
}

func TestRunModel_EveryPresetsSpendSumsToOpenAIsObligations(t *testing.T) {
	for _, name := range model.PresetNames {
		t.Run(name, func(t *testing.T) {
			m := runModelJSON(t, "-scenario", name, "-as-of", "2025-11-06")
			sum := 0.0
			for _, y := range m.Years {
				sum += *y.SpendUSD - y.RenewalUSD - y.PowerUSD // the contracts, without the running costs after them
			}
			if want := *m.Totals.ObligationsUSD; math.Abs(sum-want) > 1e-6*want {
				t.Errorf("yearly spend sums to %g, want OpenAI's own obligations %g", sum, want)
			}
			if m.Scenario.Preset != name || m.Scenario.AsOf.String() != "2025-11-06" {
				t.Errorf("scenario %s as of %s, want %s as of 2025-11-06", m.Scenario.Preset, m.Scenario.AsOf, name)
			}
		})
	}
}

func TestRunModel_AnnouncedCommitmentsAreTheLedgers(t *testing.T) {
	l, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"2025-11-06", l.Latest().String()} {
		m := runModelJSON(t, "-scenario", "announced", "-as-of", d)
		if got, want := *m.Totals.CommitmentsUSD, l.AsOf(data.MustDate(d)).Totals.CommitmentsUSD; got != want {
			t.Errorf("as of %s: got %g, want the ledger's %g", d, got, want)
		}
	}
}

func TestRunModel_PresetsAreOrderedBearBaseBullOnRevenue(t *testing.T) {
	bear, base, bull := runModelJSON(t, "-scenario", "bear"), runModelJSON(t, "-scenario", "base"), runModelJSON(t, "-scenario", "bull")
	for i := range base.Years {
		b, m, u := *bear.Years[i].RevenueUSD, *base.Years[i].RevenueUSD, *bull.Years[i].RevenueUSD
		if !(b <= m && m <= u) {
			t.Errorf("%d: bear %g, base %g, bull %g; want bear <= base <= bull", *base.Years[i].Year, b, m, u)
		}
	}
}

func TestRunModel_ASharedQueryReproducesItsNumbers(t *testing.T) {
	l, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.Preset(l, model.PresetBear, data.MustDate("2025-11-06"))
	if err != nil {
		t.Fatal(err)
	}
	s.PUE, s.RevenueCAGR, s.Profile = 1.3, 0.42, model.ProfileFront
	s.Solve = model.Goal{Kind: model.GoalShare, Share: 0.5, Year: 2030}
	want, err := model.Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	short := s.QueryFrom(mustPresetCmd(t, l, s)).Encode()
	for _, q := range []string{s.Query().Encode(), short, "https://example.org/explorer/model?" + short, "?" + short} {
		t.Run(q[:min(len(q), 40)], func(t *testing.T) {
			m := runModelJSON(t, "-query", q)
			if !reflect.DeepEqual(m.Scenario, s) {
				t.Fatalf("scenario %+v, want %+v", m.Scenario, s)
			}
			for i, y := range m.Years {
				if *y.SpendUSD != want.Years[i].SpendUSD || *y.RevenueUSD != want.Years[i].RevenueUSD || *y.FundingGapUSD != want.Years[i].FundingGapUSD {
					t.Errorf("%d differs from the explorer's run", *y.Year)
				}
			}
			if m.Totals.Solution.CAGR != want.Totals.Solution.CAGR {
				t.Errorf("solver %g, want %g", m.Totals.Solution.CAGR, want.Totals.Solution.CAGR)
			}
		})
	}
}

func mustPresetCmd(t *testing.T, l *data.Ledger, s model.Scenario) model.Scenario {
	t.Helper()
	p, err := model.Preset(l, s.Preset, s.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunModel_ABadQueryNamesTheParameter(t *testing.T) {
	tests := []struct{ name, query, param string }{
		{"out of range", "pue=9", "pue"},
		{"malformed", "g=fast", "g"},
		{"unknown parameter", "colour=red", "colour"},
		{"unknown deal", "val.no_such_deal=1B", "val.no_such_deal"},
		{"bad date inside the query", "as_of=2025-02-30", "as_of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := runModel([]string{"-query", tt.query}, &out, &errOut)
			if code != 1 || !strings.Contains(errOut.String(), "-query: "+tt.param+"=") {
				t.Errorf("got exit %d, stderr %q; want 1 naming %s", code, errOut.String(), tt.param)
			}
			if out.Len() > 0 {
				t.Errorf("printed %q on a bad query, want nothing", out.String())
			}
		})
	}
}

func TestRunModel_BadFlagsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "xml"}, {"-scenario", "moon"}, {"-as-of", "2025-13-01"}, {"extra"}, {"-nope"},
	} {
		var out, errOut bytes.Buffer
		if code := runModel(args, &out, &errOut); code != 2 || errOut.Len() == 0 {
			t.Errorf("runModel(%q) = %d with stderr %q, want 2 and a message", args, code, errOut.String())
		}
	}
}

func TestRunModel_HelpListsThePresets(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runModel([]string{"-h"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, want 0", code)
	}
	for _, name := range model.PresetNames {
		if !strings.Contains(errOut.String(), model.PresetDescriptions[name]) {
			t.Errorf("help lacks %s: %s", name, errOut.String())
		}
	}
	if !strings.Contains(errOut.String(), "app/model/README.md") {
		t.Error("help does not point at the parameter table")
	}
}

func TestRunModel_CSVHasAHeaderAndOneRowPerYear(t *testing.T) {
	m := runModelJSON(t, "-scenario", "base")
	var out, errOut bytes.Buffer
	if code := runModel([]string{"-scenario", "base", "-format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(m.Years)+1 || rows[0][0] != "year" || !strings.Contains(strings.Join(rows[0], ","), "funding_gap_usd") {
		t.Errorf("got %d rows starting %v, want a header and %d years", len(rows), rows[0], len(m.Years))
	}
}
