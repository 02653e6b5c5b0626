package ui

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// wordParams are the scenario parameters a select, a check box or a text
// field sets rather than a slider.
var wordParams = []string{"v", "preset", "as_of", "binding", "renew", "inc", "exc", "vals", "pay", "profile", "shares", "rev", "rev_pts", "solve"}

func TestNumberControls_CoverEveryNumericParameter(t *testing.T) {
	s := newTestSession(t)
	for k := range s.Scenario.Query() {
		if slices.Contains(wordParams, k) || strings.HasPrefix(k, "kw.") {
			continue
		}
		if _, ok := ControlByParam(k); !ok {
			t.Errorf("parameter %s has no slider and number field", k)
		}
	}
	for _, f := range s.Scenario.KWPerAccelerator {
		c := FamilyControl(f.Family)
		if got := c.Get(s.Scenario); got != f.KW {
			t.Errorf("%s: got %v, want %v", c.Param, got, f.KW)
		}
	}
}

func TestNumberControl_SetKeepsTheScenarioValid(t *testing.T) {
	s := newTestSession(t)
	var all []NumberControl
	for _, sec := range ControlSections {
		all = append(all, NumberControls(sec)...)
	}
	for _, f := range s.Scenario.KWPerAccelerator {
		all = append(all, FamilyControl(f.Family))
	}
	for _, c := range all {
		for _, v := range []float64{c.SliderMin, c.SliderMax, c.Min, c.Max, c.Min - 1e6, c.Max + 1e6, math.NaN(), (c.SliderMin + c.SliderMax) / 2} {
			sc, ps := c.Set(s.Ledger, s.Scenario, v)
			if _, err := model.Run(s.Ledger, sc); err != nil {
				t.Errorf("%s set to %v: the model refuses the scenario: %v", c.Param, v, err)
			}
			inRange := v >= c.Min && v <= c.Max && (v == math.Trunc(v) || !c.p.Integer)
			switch got := c.Get(sc); {
			case inRange && len(ps) == 0 && got != v:
				t.Errorf("%s set to %v: reads back %v", c.Param, v, got)
			case !inRange && len(ps) != 1:
				t.Errorf("%s set to %v, out of range: problems %v, want one", c.Param, v, ps)
			case !inRange && got != c.Get(s.Scenario):
				t.Errorf("%s set to %v, out of range: the value moved to %v", c.Param, v, got)
			}
		}
	}
}

func TestNumberControl_Set(t *testing.T) {
	s := newTestSession(t)
	tests := []struct {
		name  string
		param string
		in    float64
		check func(sc model.Scenario) bool
	}{
		{"a cost per GW in billions reaches the model in dollars", "cost_gw", 42.5, func(sc model.Scenario) bool { return sc.CostPerGWUSD == 42.5e9 }},
		{"a growth in percent reaches the model as a fraction", "g", 60, func(sc model.Scenario) bool { return math.Abs(sc.RevenueCAGR-0.6) < 1e-12 }},
		{"a value above the accepted range is refused", "pue", 9, func(sc model.Scenario) bool { return sc.PUE == s.Scenario.PUE }},
		{"a year with a fraction is refused", "rev0_y", 2026.6, func(sc model.Scenario) bool { return sc.RevenueStartYear == s.Scenario.RevenueStartYear }},
		{"a goal year of zero means the last year", "solve_y", 0, func(sc model.Scenario) bool { return sc.Solve.Year == 0 }},
		{"a goal year below the accepted years is refused", "solve_y", 12, func(sc model.Scenario) bool { return sc.Solve.Year == s.Scenario.Solve.Year }},
		{"a share in percent reaches the model as the decimal typed", "share", 57, func(sc model.Scenario) bool { return sc.ComputeShare == 0.57 }},
		{"a run rate above the ceiling raises the ceiling", "rev0", 900, func(sc model.Scenario) bool { return sc.RevenueCeilingUSD > sc.RevenueStartUSD }},
		{"a ceiling under the run rate stays above it", "rev_cap", 1, func(sc model.Scenario) bool { return sc.RevenueCeilingUSD > sc.RevenueStartUSD }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := ControlByParam(tt.param)
			if !ok {
				t.Fatalf("no control %s", tt.param)
			}
			before := s.Scenario.Clone()
			sc, _ := c.Set(s.Ledger, s.Scenario, tt.in)
			if !tt.check(sc) {
				t.Errorf("got %+v", sc)
			}
			if !slicesEqualScenario(before, s.Scenario) {
				t.Error("Set changed the scenario it was given")
			}
		})
	}
}

func slicesEqualScenario(a, b model.Scenario) bool {
	return a.PUE == b.PUE && a.CostPerGWUSD == b.CostPerGWUSD && a.RevenueCAGR == b.RevenueCAGR && slices.Equal(a.KWPerAccelerator, b.KWPerAccelerator)
}

func TestToggleDeal(t *testing.T) {
	s := newTestSession(t)
	line := func(sc model.Scenario, r model.Result, id string) model.DealLine {
		for _, d := range r.Deals {
			if d.ID == id {
				return d
			}
		}
		t.Fatalf("no deal %s", id)
		return model.DealLine{}
	}
	run := func(sc model.Scenario) model.Result {
		r, err := model.Run(s.Ledger, sc)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	t.Run("leaving a counted deal out lowers the commitments by its value", func(t *testing.T) {
		l := line(s.Scenario, s.Result, "microsoft_azure")
		r := run(ToggleDeal(s.Scenario, l, false))
		if got, want := r.Totals.CommitmentsUSD, s.Result.Totals.CommitmentsUSD-l.ValueUSD; math.Abs(got-want) > 1 {
			t.Errorf("got %v, want %v", got, want)
		}
		if line(r.Scenario, r, "microsoft_azure").Counted {
			t.Error("the deal still counts")
		}
	})
	t.Run("counting a superseded deal takes it in", func(t *testing.T) {
		l := line(s.Scenario, s.Result, "nvidia_systems")
		if l.Counted {
			t.Skip("the ledger no longer supersedes this deal")
		}
		sc := ToggleDeal(s.Scenario, l, true)
		if !slices.Contains(sc.Include, "nvidia_systems") {
			t.Errorf("got include %v", sc.Include)
		}
		if !line(sc, run(sc), "nvidia_systems").Counted {
			t.Error("the deal does not count")
		}
	})
	t.Run("counting a deal again drops it from the excluded list", func(t *testing.T) {
		l := line(s.Scenario, s.Result, "aws_2025")
		out := ToggleDeal(s.Scenario, l, false)
		back := ToggleDeal(out, l, true)
		if len(back.Exclude) != 0 || len(back.Include) != 0 {
			t.Errorf("got exclude %v include %v, want both empty", back.Exclude, back.Include)
		}
	})
}

func TestDealLocks(t *testing.T) {
	s := newTestSession(t)
	locks := DealLocks(s.View, s.Result)
	for i, l := range s.Result.Deals {
		lock := locks[i]
		d, _ := s.View.Deal(l.ID)
		switch {
		case l.Direction == data.DirectionInflow:
			if lock == "" {
				t.Errorf("%s: money into OpenAI can be ticked as a commitment", l.ID)
			}
		case l.Counted && lock != "":
			t.Errorf("%s: a counted deal is locked (%s)", l.ID, lock)
		case d.CountedIn != "" && !l.Counted && strings.HasPrefix(l.Reason, "counted in"):
			if !strings.HasPrefix(lock, "counted inside") {
				t.Errorf("%s: a deal inside another is not locked: %q", l.ID, lock)
			}
		}
	}
}

func TestDealControls(t *testing.T) {
	s := newTestSession(t)
	var aws model.DealLine
	for _, l := range s.Result.Deals {
		if l.ID == "aws_2025" {
			aws = l
		}
	}
	for _, c := range DealControls(aws) {
		t.Run("setting "+c.Param+" overrides the deal", func(t *testing.T) {
			v := c.Get(s.Scenario) + c.Step*4
			sc, ps := c.Set(s.Ledger, s.Scenario, v)
			if len(ps) > 0 {
				t.Fatalf("%s=%v: %v", c.Param, v, ps)
			}
			used := c.Get(sc)
			r, err := model.Run(s.Ledger, sc)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range r.Deals {
				if l.ID == aws.ID && !l.Overridden {
					t.Errorf("deal not marked overridden after %s=%v", c.Param, used)
				}
			}
			if q := sc.Query(); q.Get(c.Param) == "" {
				t.Errorf("the link lacks %s", c.Param)
			}
			ss := newTestSession(t)
			if err := ss.SetScenario(sc); err != nil {
				t.Fatal(err)
			}
			if u := ss.Apply(ResetDeal(aws.ID)); u.Err != nil || len(ss.Scenario.Overrides) != 0 || !u.Scenario {
				t.Errorf("reset: %+v left %v", u, ss.Scenario.Overrides)
			}
		})
	}
	t.Run("a deal's profile can be set and reset", func(t *testing.T) {
		ss := newTestSession(t)
		ss.Apply(Set("prof."+aws.ID, string(model.ProfileFront)))
		if o, ok := ss.Scenario.Override(aws.ID); !ok || o.Profile != model.ProfileFront {
			t.Errorf("got %+v", ss.Scenario.Overrides)
		}
		if u := ss.Apply(Set("prof."+aws.ID, "")); len(ss.Scenario.Overrides) != 0 || !strings.Contains(u.Link, "preset=") || strings.Contains(u.Link, "prof.") {
			t.Errorf("got %+v, link %s", ss.Scenario.Overrides, u.Link)
		}
	})
}

func TestEventDates(t *testing.T) {
	l, _ := loadLedger()
	ds := eventDates(l)
	for i := 1; i < len(ds); i++ {
		if !ds[i].After(ds[i-1]) {
			t.Fatalf("dates not strictly rising at %d: %s, %s", i, ds[i-1], ds[i])
		}
	}
	if last := ds[len(ds)-1]; last != l.Latest() {
		t.Errorf("got last %s, want the ledger's latest %s", last, l.Latest())
	}
	if got := dateIndex(ds, l.Latest()); got != len(ds)-1 {
		t.Errorf("dateIndex of the latest date: got %d, want %d", got, len(ds)-1)
	}
	if got := dateIndex(ds, data.MustDate("2000-01-01")); got != 0 {
		t.Errorf("dateIndex before every date: got %d, want 0", got)
	}
}

func TestDealChoices(t *testing.T) {
	var r model.Result
	for i := 0; i < 250; i++ {
		r.Deals = append(r.Deals, model.DealLine{ID: fmt.Sprintf("gen_%d", i), Counterparty: fmt.Sprintf("Cloud %d", i), Direction: data.DirectionOutflow})
	}
	r.Deals = append(r.Deals, model.DealLine{ID: "equity", Counterparty: "Investor", Direction: data.DirectionInflow})
	shown, matched := DealChoices(r, "", "")
	if len(shown) != dealListLimit || matched != 250 || shown[0] != 0 {
		t.Errorf("no finder: %d shown of %d, first %d; want %d of 250 from 0", len(shown), matched, shown[0], dealListLimit)
	}
	shown, _ = DealChoices(r, "", "gen_240")
	if len(shown) != dealListLimit+1 || shown[len(shown)-1] != 240 {
		t.Errorf("the picked deal past the limit is not listed: %v", shown[len(shown)-3:])
	}
	shown, matched = DealChoices(r, " CLOUD 24", "gen_3")
	want := []int{3, 24, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249}
	if !slices.Equal(shown, want) || matched != 11 {
		t.Errorf("finder 'cloud 24' with gen_3 picked: %v (%d match), want %v (11)", shown, matched, want)
	}
	if shown, matched := DealChoices(r, "investor", ""); len(shown) != 0 || matched != 0 {
		t.Errorf("money into OpenAI is listed among the commitments: %v", shown)
	}
}
