package ui

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

// TestBaseline_AChangeBringsThePresetsRunAndItsList: an unchanged preset
// has no baseline and no changes; a slider move gives both, the baseline
// being the preset's own run; resetting the change gives the preset's
// link back.
func TestBaseline_AChangeBringsThePresetsRunAndItsList(t *testing.T) {
	s := newTestSession(t)
	if _, ok := s.Baseline(); ok {
		t.Fatal("the unchanged preset has a baseline")
	}
	if cs := s.ScenarioChanges(); len(cs) != 0 {
		t.Fatalf("the unchanged preset lists changes: %+v", cs)
	}
	start := s.QueryString()

	if u := s.Apply(Set("g", "0.5")); u.Err != nil || len(u.Notices) > 0 {
		t.Fatalf("refused: %v %v", u.Err, u.Notices)
	}
	b, ok := s.Baseline()
	if !ok {
		t.Fatal("no baseline after a change")
	}
	preset, err := model.Preset(s.Ledger, s.Scenario.Preset, s.Scenario.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	want, err := model.Run(s.Ledger, preset)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Result.Totals.PeakCumulativeGapUSD; got != want.Totals.PeakCumulativeGapUSD {
		t.Errorf("baseline's peak gap %v, want the preset's %v", got, want.Totals.PeakCumulativeGapUSD)
	}
	if b.Result.Totals.PeakCumulativeGapUSD == s.Result.Totals.PeakCumulativeGapUSD {
		t.Error("the baseline is the reader's run")
	}
	if b.Label != "Base" {
		t.Errorf("label %q, want Base", b.Label)
	}

	cs := s.ScenarioChanges()
	if len(cs) != 1 || cs[0].Key != "g" {
		t.Fatalf("changes %+v, want only g", cs)
	}
	c := cs[0]
	p, _ := model.ParamByKey("g")
	if c.Label != p.Label || !strings.HasPrefix(c.Value, "50") || c.Base == c.Value || strings.Contains(c.Label, "g=") {
		t.Errorf("change reads %+v", c)
	}

	if u := s.Apply(s.resetChange("g")); u.Err != nil || len(u.Notices) > 0 {
		t.Fatalf("reset refused: %v %v", u.Err, u.Notices)
	}
	if got := s.QueryString(); got != start {
		t.Errorf("after the reset the link is %q, want the preset's %q", got, start)
	}
	if _, ok := s.Baseline(); ok {
		t.Error("a baseline after the reset")
	}
}

// TestBaseline_EachResetPutsBackOnlyItsOwnChange: with three changes of
// different kinds (a number, a deal's override, a list), each reset drops
// only its own from the link and keeps the view.
func TestBaseline_EachResetPutsBackOnlyItsOwnChange(t *testing.T) {
	s := newTestSession(t)
	deal := s.Ledger.Deals[0].ID
	u := s.Apply(Change{Params: []Param{{"pue", "1.4"}, {"val." + deal, "1e9"}, {"exc", deal}, {paramGroup, "kind"}}})
	if u.Err != nil || len(u.Notices) > 0 {
		t.Fatalf("refused: %v %v", u.Err, u.Notices)
	}
	var keys []string
	for _, c := range s.ScenarioChanges() {
		keys = append(keys, c.Key)
		if c.Label == c.Key {
			t.Errorf("%s has no words for a label", c.Key)
		}
	}
	if want := []string{"exc", "pue", "val." + deal}; !slices.Equal(keys, want) {
		t.Fatalf("changes %v, want %v", keys, want)
	}
	for _, k := range keys {
		t.Run("resetting "+k+" keeps the others", func(t *testing.T) {
			s2 := newTestSession(t)
			s2.LoadQuery(s.Query())
			if u := s2.Apply(s2.resetChange(k)); u.Err != nil || len(u.Notices) > 0 {
				t.Fatalf("refused: %v %v", u.Err, u.Notices)
			}
			q, _ := url.ParseQuery(s2.QueryString())
			if q.Has(k) {
				t.Errorf("the link still sets %s: %s", k, s2.QueryString())
			}
			for _, other := range keys {
				if other != k && !q.Has(other) {
					t.Errorf("resetting %s dropped %s: %s", k, other, s2.QueryString())
				}
			}
			if q.Get(paramGroup) != "kind" {
				t.Errorf("the reset lost the view: %s", s2.QueryString())
			}
		})
	}
}

// TestBaseline_TurningItOffInAChartIsInTheLinkAndRedrawsOnlyThatChart.
func TestBaseline_TurningItOffInAChartIsInTheLinkAndRedrawsOnlyThatChart(t *testing.T) {
	e, _ := explorerAt(t, pathCapacity, "g=0.5")
	if !strings.Contains(e.pipe.charts["chart-capacity"].json, `"Base: capacity online"`) {
		t.Fatal("the capacity chart draws no baseline after a change")
	}
	u := e.s.Apply(e.s.ViewState.toggleBase("chart-capacity"))
	if u.Err != nil || u.Scenario || !slices.Equal(u.Charts, []string{"chart-capacity"}) {
		t.Fatalf("update %+v, want only chart-capacity redrawn and no model run", u)
	}
	if q, _ := url.ParseQuery(u.Link); q.Get(paramNoBase) != "chart-capacity" {
		t.Errorf("link %q lacks %s=chart-capacity", u.Link, paramNoBase)
	}
	fresh, _ := explorerAt(t, pathCapacity, u.Link)
	if strings.Contains(fresh.pipe.charts["chart-capacity"].json, "Base: ") {
		t.Error("the link's capacity chart still draws the baseline")
	}
	if !strings.Contains(fresh.pipe.charts["chart-power"].json, "Base: ") {
		t.Error("turning it off in one chart turned it off in the other")
	}
	u = e.s.Apply(e.s.ViewState.toggleBase("chart-capacity"))
	if q, _ := url.ParseQuery(u.Link); q.Has(paramNoBase) {
		t.Errorf("turned on again, the link still says %s: %s", paramNoBase, u.Link)
	}
}

// TestBaseline_ABadNoBaseLinkSaysWhatItAccepts.
func TestBaseline_ABadNoBaseLinkSaysWhatItAccepts(t *testing.T) {
	s := newTestSession(t)
	s.LoadQuery(url.Values{paramNoBase: {"chart-spend,chart-nope"}})
	if len(s.Notices) != 1 || !strings.Contains(s.Notices[0].Text, "chart-nope") || !strings.Contains(s.Notices[0].Text, "chart-spend") {
		t.Fatalf("notices %+v, want one naming the bad value and the accepted ids", s.Notices)
	}
	if s.ViewState.NoBase != "" {
		t.Errorf("the bad list was taken: %q", s.ViewState.NoBase)
	}
}

// TestBaseline_TilesShowThePresetsValueWhereItDiffers.
func TestBaseline_TilesShowThePresetsValueWhereItDiffers(t *testing.T) {
	_, html := explorerAt(t, pathFunding, "g=0.5")
	if !strings.Contains(html, `class="tile-base"`) || !strings.Contains(html, "Base: $") {
		t.Errorf("no tile shows the preset's value")
	}
	_, html = explorerAt(t, pathFunding, "")
	if strings.Contains(html, `class="tile-base"`) {
		t.Errorf("an unchanged preset's tiles show a base value")
	}
}

// FuzzNoBaseList: any nobase value gives an accepted list or a notice,
// never a panic, and an accepted one writes itself back into the link.
func FuzzNoBaseList(f *testing.F) {
	for _, seed := range []string{"", "chart-spend", "chart-spend,chart-funding", ",", "chart-spend,,x", strings.Repeat("chart-spend,", 50)} {
		f.Add(seed)
	}
	s := newTestSession(f)
	f.Fuzz(func(t *testing.T, raw string) {
		v, notices := ParseViewState(s.Ledger, url.Values{paramNoBase: {raw}})
		if len(notices) == 0 && v.NoBase != clip(raw, 100) {
			t.Errorf("accepted %q as %q", raw, v.NoBase)
		}
		for _, id := range baselineCharts {
			_ = v.baseShown(id)
		}
	})
}

// TestFormatShownNumber_ThreeSignificantFigures: the changes list shows
// a sourced default such as 96.564309029 % as 96.6.
func TestFormatShownNumber_ThreeSignificantFigures(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{{96.564309029, "96.6"}, {1.4, "1.4"}, {0.000123456, "0.000123"}, {1234.5, "1235"}, {0, "0"}, {-2.345, "-2.35"}, {50, "50"}} {
		if got := formatShownNumber(c.v); got != c.want {
			t.Errorf("formatShownNumber(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}
