package model

import (
	"math"
	"slices"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestPublicationPresets_DifferFromBaseExactlyWhereThePublicationStatesAParameter(t *testing.T) {
	l := data.MustLoad()
	pubs, err := data.Publications()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pubs {
		t.Run(p.ID, func(t *testing.T) {
			s, err := Preset(l, p.ID, p.AsOf)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Preset(l, PresetBase, p.AsOf)
			if err != nil {
				t.Fatal(err)
			}
			got, base := s.Query(), b.Query()
			for k := range base {
				if k == "preset" {
					continue
				}
				if _, stated := p.Param(k); stated {
					continue
				}
				if !slices.Equal(got[k], base[k]) {
					t.Errorf("%s=%v, base has %v, and %s does not state it", k, got[k], base[k], p.ID)
				}
			}
			for _, sp := range p.Params {
				one, err := ParseQueryStrict(l, map[string][]string{"as_of": {p.AsOf.String()}, sp.Param: {sp.Value}})
				if err != nil {
					t.Fatalf("%s=%s does not parse: %v", sp.Param, sp.Value, err)
				}
				if !slices.Equal(got[sp.Param], one.Query()[sp.Param]) {
					t.Errorf("%s=%v, want the stated %s", sp.Param, got[sp.Param], sp.Value)
				}
			}
			if s.Preset != p.ID || s.AsOf != p.AsOf {
				t.Errorf("preset %q as of %v, want %q as of %v", s.Preset, s.AsOf, p.ID, p.AsOf)
			}
		})
	}
}

func TestParseQuery_APublicationsPresetReadsTheLedgerOfItsDate(t *testing.T) {
	l := data.MustLoad()
	s, err := ParseQueryStrict(l, map[string][]string{"preset": {"hsbc_2025_11"}})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := data.PublicationByID("hsbc_2025_11")
	if s.AsOf != want.AsOf {
		t.Errorf("as_of %v, want the publication's %v", s.AsOf, want.AsOf)
	}
	back, err := ParseQueryStrict(l, s.Query())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Query()["rev_pts"], s.Query()["rev_pts"]) {
		t.Error("the preset's link does not read back to the same scenario")
	}
}

func TestEstimates_RowsAreThePublicationsFiguresBesideRun(t *testing.T) {
	l := data.MustLoad()
	es, err := Estimates(l)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		p, _ := data.PublicationByID(e.ID)
		s, _ := Preset(l, e.ID, e.AsOf)
		b, _ := Preset(l, PresetBase, e.AsOf)
		rs, _ := Run(l, s)
		rb, _ := Run(l, b)
		if len(e.Rows) != len(p.Figures) {
			t.Fatalf("%s: %d rows for %d figures", e.ID, len(e.Rows), len(p.Figures))
		}
		for i, r := range e.Rows {
			f := p.Figures[i]
			mv, _ := MetricValue(rs, f.Metric, f.Year, f.ThroughYear)
			bv, _ := MetricValue(rb, f.Metric, f.Year, f.ThroughYear)
			if r.PublishedValue != f.Value || r.ModelValue != mv || r.BaseValue != bv {
				t.Errorf("%s %s: published %v model %v base %v, want %v %v %v", e.ID, f.ID, r.PublishedValue, r.ModelValue, r.BaseValue, f.Value, mv, bv)
			}
			if math.Abs(r.DifferencePct-(mv-f.Value)/f.Value) > 1e-12 || r.Difference != mv-f.Value {
				t.Errorf("%s %s: difference %v (%v), want %v", e.ID, f.ID, r.Difference, r.DifferencePct, mv-f.Value)
			}
			if !r.Within && (len(r.Unstated) == 0 || r.Why == "") {
				t.Errorf("%s %s misses by %.0f%% and names no unstated assumption", e.ID, f.ID, r.DifferencePct*100)
			}
			for _, u := range r.Unstated {
				if !slices.Contains(e.NotStated, u) {
					t.Errorf("%s %s: unstated %q is not among the model's parameters left at base %v", e.ID, f.ID, u, e.NotStated)
				}
			}
		}
	}
}

func TestMetricValue_SumsFlowsThroughAYearAndReadsStocksInOne(t *testing.T) {
	l := data.MustLoad()
	s, _ := DefaultScenario(l)
	r, err := Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, y := range r.Years {
		if y.Year <= 2030 {
			sum += y.SpendUSD
		}
		if y.Year == 2030 {
			if got, _ := MetricValue(r, FigureFundingNeedUSD, 2030, 0); got != y.FundingNeedUSD {
				t.Errorf("funding need 2030: got %v, want %v", got, y.FundingNeedUSD)
			}
			if got, _ := MetricValue(r, FigureSpendUSD, 0, 2030); math.Abs(got-y.CumulativeSpendUSD) > 1e-3 {
				t.Errorf("spend through 2030: got %v, want the cumulative %v", got, y.CumulativeSpendUSD)
			}
		}
	}
	if got, _ := MetricValue(r, FigureSpendUSD, 0, 2030); got != sum {
		t.Errorf("got %v, want %v", got, sum)
	}
	for _, bad := range []struct {
		metric        string
		year, through int
	}{{FigureFundingNeedUSD, 0, 2030}, {FigureCommitmentsUSD, 2030, 0}, {"calibration", 0, 0}, {FigureSpendUSD, 2200, 0}} {
		if _, err := MetricValue(r, bad.metric, bad.year, bad.through); err == nil {
			t.Errorf("%s year %d through %d: no error", bad.metric, bad.year, bad.through)
		}
	}
}
