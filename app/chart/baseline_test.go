package chart

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// presetRun returns the scenario and run of the preset name on the ledger
// l at its latest date.
func presetRun(t *testing.T, l *data.Ledger, name string) (model.Scenario, model.Result) {
	t.Helper()
	s, err := model.Preset(l, name, model.DefaultAsOf(l))
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	return s, r
}

// presetRuns returns the real ledger's base and bear runs at its latest date.
func presetRuns(t *testing.T) (base, bear model.Result) {
	t.Helper()
	l := realLedger(t)
	_, base = presetRun(t, l, model.PresetBase)
	_, bear = presetRun(t, l, model.PresetBear)
	return base, bear
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

// TestBaseline_FanDrawsThePresetsMedian: with base's Monte Carlo as the
// baseline's draws, the fan of bear's draws adds base's median as a
// dashed line, year by year, and its P10 to P90 in the tooltip; a
// baseline without draws adds nothing.
func TestBaseline_FanDrawsThePresetsMedian(t *testing.T) {
	l := realLedger(t)
	mc := func(name string) (model.Result, model.Distribution) {
		s, r := presetRun(t, l, name)
		d, err := model.MonteCarlo(l, s, 300, 11)
		if err != nil {
			t.Fatal(err)
		}
		return r, d
	}
	baseRun, baseDraws := mc(model.PresetBase)
	_, bearDraws := mc(model.PresetBear)
	for _, q := range FanQuantities {
		t.Run(string(q), func(t *testing.T) {
			opt, text := decode(t, Fan(bearDraws, q, WithBaseline(Baseline{Label: "Base", Result: baseRun, Draws: baseDraws})))
			s := opt.series(t, "Base: median")
			if !strings.Contains(string(s.LineStyleRaw), `"dashed"`) {
				t.Errorf("Base: median is not dashed: %s", s.LineStyleRaw)
			}
			fv := q.view()
			want := fv.pick(baseDraws)
			got := s.numbers(t)
			if len(got) != len(bearDraws.Years) {
				t.Fatalf("%d values on %d years", len(got), len(bearDraws.Years))
			}
			for i, y := range bearDraws.Years {
				j := slices.Index(baseDraws.Years, y)
				if j < 0 {
					if !math.IsNaN(got[i]) {
						t.Errorf("%d: %v, want a gap", y, got[i])
					}
					continue
				}
				if w := want[j].P50 * fv.u.scale; !near(got[i], w, math.Pow(10, -float64(fv.u.decimals))/2+1e-9) {
					t.Errorf("%d: base median %v, want %v", y, got[i], w)
				}
			}
			if !strings.Contains(text, "Base: median: ") || !strings.Contains(text, "P10 ") {
				t.Error("the tooltip lacks base's median and its range")
			}
			none, _ := decode(t, Fan(bearDraws, q, WithBaseline(Baseline{Label: "Base", Result: baseRun})))
			if got := baseSeriesOf(none, "Base"); len(got) > 0 {
				t.Errorf("a baseline without draws drew %v", none.seriesNames())
			}
		})
	}
}

// TestBaseline_CompareDrawsAsPresetInEachGrid: Compare draws the baseline
// (A's preset) in each of its three grids, dashed, under one legend name,
// with base's spend, capacity and cumulative gap.
func TestBaseline_CompareDrawsAsPresetInEachGrid(t *testing.T) {
	base, bear := presetRuns(t)
	opt, text := decode(t, Compare(bear, base, "A: Bear (changed)", "B: Base", WithBaseline(Baseline{Label: "Base", Result: base})))
	picks := []func(model.YearRow) float64{
		func(y model.YearRow) float64 { return y.SpendUSD / 1e9 },
		func(y model.YearRow) float64 { return y.CapacityGW },
		func(y model.YearRow) float64 { return y.CumulativeGapUSD / 1e9 },
	}
	var grids []int
	for _, s := range baseSeriesOf(opt, "Base") {
		if s.Name != "Base: A's preset" {
			t.Errorf("baseline series %q, want one name for the three grids", s.Name)
		}
		if !strings.Contains(string(s.LineStyleRaw), `"dashed"`) {
			t.Errorf("grid %d's baseline is not dashed", s.XAxisIndex)
		}
		grids = append(grids, s.XAxisIndex)
		years := opt.XAxis[s.XAxisIndex].Data
		nums := s.numbers(t)
		rows := rowsByYear(base)
		for i, y := range years {
			yr, _ := strconv.Atoi(y)
			tol := []float64{0.051, 0.0051, 0.051}[s.XAxisIndex] // $0.1B, 0.01 GW
			if r, ok := rows[yr]; ok && !near(nums[i], picks[s.XAxisIndex](r), tol) {
				t.Errorf("grid %d, %s: %v, want %v", s.XAxisIndex, y, nums[i], picks[s.XAxisIndex](r))
			}
		}
	}
	if !slices.Equal(grids, []int{0, 1, 2}) {
		t.Errorf("baseline in grids %v, want 0, 1, 2", grids)
	}
	if !strings.Contains(text, "Spend, Base: A's preset: ") {
		t.Error("the tooltip lacks the baseline's spend")
	}
	if !strings.Contains(text, `"Base: A's preset"`) {
		t.Error("the legend lacks the baseline")
	}
}

// TestBaseline_FlowsCarryTheBaseValueOfEachFlow: with one deal left out
// of the reader's run, every flow carries the baseline's value (the same
// where nothing changed), the left-out deal's flow is listed as base only,
// and the table has a Base column and that flow's row with no value.
func TestBaseline_FlowsCarryTheBaseValueOfEachFlow(t *testing.T) {
	l := realLedger(t)
	asOf := model.DefaultAsOf(l)
	s, err := model.Preset(l, model.PresetBase, asOf)
	if err != nil {
		t.Fatal(err)
	}
	base, err := model.Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	var out *model.DealLine
	for i, d := range base.Deals {
		if d.Counted && d.ValueUSD > 0 && d.Direction == data.DirectionOutflow && d.Inside == "" && strings.HasPrefix(d.Counterparty, "Amazon") {
			out = &base.Deals[i]
		}
	}
	if out == nil {
		t.Fatal("no counted Amazon deal in base")
	}
	s.Exclude = append(s.Exclude, out.ID)
	r, err := model.Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	v := l.AsOf(asOf)
	raw, err := OptionJSON(Flows(v, r, WithBaseline(Baseline{Label: "Base", Result: base})))
	if err != nil {
		t.Fatal(err)
	}
	var o struct {
		Series []struct {
			Links []struct {
				Source, Target string
				Value          float64
				Tooltip        struct{ Formatter string }
				Base           *flowBase
			}
			BaseOnly []struct {
				Source, Target string
				Value          float64
				Base           *flowBase
			}
		}
	}
	if err := json.Unmarshal(raw, &o); err != nil {
		t.Fatal(err)
	}
	same := 0
	for _, link := range o.Series[0].Links {
		if link.Base == nil {
			t.Fatalf("%s → %s carries no base", link.Source, link.Target)
		}
		if link.Base.Value == link.Value {
			same++
			if !strings.Contains(link.Tooltip.Formatter, "Base: the same") {
				t.Errorf("%s → %s: tooltip %q", link.Source, link.Target, link.Tooltip.Formatter)
			}
		}
	}
	if same == 0 {
		t.Error("no flow is the same in both runs; only one deal was left out")
	}
	target := ShortLabel(out.Counterparty)
	found := false
	for _, link := range o.Series[0].BaseOnly {
		if link.Target == target && link.Source == openAINode && link.Value == 0 && link.Base != nil && near(link.Base.Value, round(out.ValueUSD/1e9, 1), 0.051) {
			found = true
		}
	}
	if !found {
		t.Errorf("OpenAI → %s ($%.1fB) is not among the base-only flows %+v", target, out.ValueUSD/1e9, o.Series[0].BaseOnly)
	}
	tab, err := TableOf(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	if h := tab.Headers(); len(h) != 4 || !strings.HasPrefix(h[3], "Base") {
		t.Fatalf("table headers %v, want a fourth Base column", h)
	}
	rows := 0
	for _, row := range tab.Rows {
		if row[1] == target && row[2] == "" && row[3] != "" {
			rows++
		}
	}
	if rows != 1 {
		t.Errorf("the table has %d rows for the left-out flow to %s, want 1: %v", rows, target, tab.Rows)
	}
	if !strings.Contains(string(raw), "only in Base") {
		t.Error("the subtitle does not count the base-only flows")
	}
}
