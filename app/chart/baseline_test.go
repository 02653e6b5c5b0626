package chart

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

// presetRuns returns the real ledger's base and bear runs at its latest date.
func presetRuns(t *testing.T) (base, bear model.Result) {
	t.Helper()
	l := realLedger(t)
	run := func(name string) model.Result {
		s, err := model.Preset(l, name, model.DefaultAsOf(l))
		if err != nil {
			t.Fatal(err)
		}
		r, err := model.Run(l, s)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	return run(model.PresetBase), run(model.PresetBear)
}

// baseSeriesOf returns the series whose names start with the baseline's
// prefix.
func baseSeriesOf(o testOption, label string) []testSeries {
	var out []testSeries
	for _, s := range o.Series {
		if strings.HasPrefix(s.Name, basePrefix(label)) {
			out = append(out, s)
		}
	}
	return out
}

// TestBaseline_EachChartDrawsThePresetsRunDashedUnderTheReaders: with the
// bear run as the reader's and base as the baseline, every chart that takes
// a baseline draws it as dashed series named "Base: ..." whose numbers are
// base's, year by year; without a baseline, none is drawn.
func TestBaseline_EachChartDrawsThePresetsRunDashedUnderTheReaders(t *testing.T) {
	base, bear := presetRuns(t)
	b := WithBaseline(Baseline{Label: "Base", Result: base})
	byYear := func(r model.Result, v func(model.YearRow) float64) map[string]float64 {
		m := map[string]float64{}
		for _, y := range r.Years {
			m[strconv.Itoa(y.Year)] = v(y)
		}
		return m
	}
	cases := []struct {
		name       string
		with, none Optioner
		// want gives, per baseline series name, the base's value by year
		// in the chart's unit.
		want map[string]map[string]float64
	}{
		{"spend", SpendByYear(bear, GroupCounterparty, nil, b), SpendByYear(bear, GroupCounterparty, nil),
			map[string]map[string]float64{"Base: total spend": byYear(base, func(y model.YearRow) float64 { return y.SpendUSD / 1e9 })}},
		{"capacity", CapacityByYear(bear, GroupCounterparty, b), CapacityByYear(bear, GroupCounterparty),
			map[string]map[string]float64{"Base: capacity online": byYear(base, func(y model.YearRow) float64 { return y.CapacityGW })}},
		{"funding", Funding(bear, b), Funding(bear),
			map[string]map[string]float64{
				"Base: spend":          byYear(base, func(y model.YearRow) float64 { return y.SpendUSD / 1e9 }),
				"Base: revenue":        byYear(base, func(y model.YearRow) float64 { return y.RevenueUSD / 1e9 }),
				"Base: cumulative gap": byYear(base, func(y model.YearRow) float64 { return y.CumulativeGapUSD / 1e9 }),
			}},
		{"power", PowerAndChips(bear, b), PowerAndChips(bear),
			map[string]map[string]float64{
				"Base: energy (TWh)": byYear(base, func(y model.YearRow) float64 { return y.EnergyTWh }),
			}},
	}
	for _, c := range cases {
		t.Run(c.name+" draws base's numbers on the reader's years", func(t *testing.T) {
			opt, text := decode(t, c.with)
			for name := range c.want {
				line := name + ": "
				if c.name == "power" {
					line = "Base: accelerators: "
				}
				if !strings.Contains(text, line) {
					t.Errorf("the tooltip text has no line %q", line)
				}
			}
			got := baseSeriesOf(opt, "Base")
			if len(got) == 0 {
				t.Fatalf("no baseline series among %v", opt.seriesNames())
			}
			var years []string
			for _, x := range opt.XAxis {
				if x.Type == "category" {
					years = x.Data
					break
				}
			}
			for name, want := range c.want {
				s := opt.series(t, name)
				if s.Type != "line" {
					t.Errorf("%s is a %s, want a line", name, s.Type)
				}
				nums := s.numbers(t)
				if len(nums) != len(years) {
					t.Fatalf("%s has %d values on %d years", name, len(nums), len(years))
				}
				checked := 0
				for i, y := range years {
					w, ok := want[y]
					switch {
					case !ok && !math.IsNaN(nums[i]):
						t.Errorf("%s in %s = %v, want a gap (base has no such year)", name, y, nums[i])
					case ok && !near(nums[i], w, 0.051):
						t.Errorf("%s in %s = %v, want %.2f", name, y, nums[i], w)
					case ok:
						checked++
					}
				}
				if checked == 0 {
					t.Errorf("%s: no year of base on the chart's axis %v", name, years)
				}
			}
			for _, s := range got {
				if !strings.Contains(string(s.LineStyleRaw), `"dashed"`) {
					t.Errorf("%s is not dashed: %s", s.Name, s.LineStyleRaw)
				}
			}
		})
		t.Run(c.name+" draws no baseline without one", func(t *testing.T) {
			opt, _ := decode(t, c.none)
			if got := baseSeriesOf(opt, "Base"); len(got) > 0 {
				t.Errorf("baseline series without a baseline: %v", opt.seriesNames())
			}
		})
	}
}

// TestBaseline_CommitmentsMarkEachCounterpartysBaseTotal: the overview's
// bars carry a mark at base's total for each counterparty both runs count.
func TestBaseline_CommitmentsMarkEachCounterpartysBaseTotal(t *testing.T) {
	base, bear := presetRuns(t)
	rows := CounterpartyAmounts(bear)
	opt, _ := decode(t, CommitmentsByCounterparty(rows, WithBaseline(Baseline{Label: "Base", Result: base})))
	s := opt.series(t, "Base: total")
	var pairs [][2]any
	if err := json.Unmarshal(s.Data, &pairs); err != nil {
		t.Fatalf("marks are not [value, counterparty] pairs: %v", err)
	}
	want := map[string]float64{}
	for _, r := range CounterpartyAmounts(base) {
		want[ShortLabel(r.Counterparty)] = (r.DisclosedUSD + r.EstimatedUSD) / 1e9
	}
	if len(pairs) == 0 {
		t.Fatal("no marks")
	}
	for _, p := range pairs {
		name, _ := p[1].(string)
		v, _ := p[0].(float64)
		if w, ok := want[name]; !ok || !near(v, w, 0.051) {
			t.Errorf("mark of %q at %v, want %v (known to base: %v)", name, v, w, ok)
		}
	}
}

// TestBaseline_TornadoMarksTheBaseValue: the tornado draws base's value of
// its metric as a labelled dashed line.
func TestBaseline_TornadoMarksTheBaseValue(t *testing.T) {
	base, _ := presetRuns(t)
	l := realLedger(t)
	bearSc, err := model.Preset(l, model.PresetBear, model.DefaultAsOf(l))
	if err != nil {
		t.Fatal(err)
	}
	swings, err := model.Sensitivity(l, bearSc, model.MetricCommitmentsUSD)
	if err != nil {
		t.Fatal(err)
	}
	_, text := decode(t, Tornado(swings, model.MetricCommitmentsUSD, WithBaseline(Baseline{Label: "Base", Result: base})))
	want := strconv.FormatFloat(math.Round(base.Totals.CommitmentsUSD/1e8)/10, 'f', -1, 64)
	if !strings.Contains(text, `"xAxis":`+want) || !strings.Contains(text, "Base: ") {
		t.Errorf("no base line at %s in %s", want, text)
	}
}
