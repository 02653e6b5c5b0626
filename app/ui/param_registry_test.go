package ui

import (
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

// panelSet sets the control to the display value v the way its slider and
// number field do, returning the scenario and the notices shown.
func panelSet(t *testing.T, s *Session, c NumberControl, v float64) (model.Scenario, []Notice) {
	t.Helper()
	before := s.Scenario
	u := s.Apply(Set(c.Param, c.Raw(v)))
	if u.Err != nil {
		t.Fatalf("%s=%v: %v", c.Param, v, u.Err)
	}
	notices := u.Notices
	sc := s.Scenario
	if err := s.SetScenario(before); err != nil {
		t.Fatal(err)
	}
	return sc, notices
}

// allControls returns every numeric control of the panel: the sections,
// each chip family's and one deal's overrides.
func allControls(t *testing.T, s *Session) []NumberControl {
	t.Helper()
	var all []NumberControl
	for _, sec := range ControlSections {
		all = append(all, NumberControls(sec)...)
	}
	for _, f := range s.Scenario.KWPerAccelerator {
		all = append(all, FamilyControl(f.Family))
	}
	for _, line := range s.Result.Deals {
		if line.ID == "aws_2025" {
			all = append(all, DealControls(line)...)
		}
	}
	if len(all) < 20 {
		t.Fatalf("only %d controls", len(all))
	}
	return all
}

// onStep returns a display value of c inside its slider, on its step, in
// the shortest decimal (as the slider gives it).
func onStep(c NumberControl, frac float64) (float64, string) {
	steps := float64(int((c.SliderMax - c.SliderMin) / c.Step * frac))
	dec := 0
	if _, f, ok := strings.Cut(strconv.FormatFloat(c.Step, 'f', -1, 64), "."); ok {
		dec = len(f)
	}
	raw := strconv.FormatFloat(c.SliderMin+steps*c.Step, 'f', dec, 64)
	v, _ := strconv.ParseFloat(raw, 64)
	return v, strconv.FormatFloat(v, 'f', -1, 64)
}

// modelDecimal returns the exact value in model units of the display
// decimal raw: raw x the control's scale, in exact arithmetic.
func modelDecimal(t *testing.T, c NumberControl, raw string) *big.Rat {
	t.Helper()
	r, ok := new(big.Rat).SetString(raw)
	if !ok {
		t.Fatalf("%s: %q is not a decimal", c.Param, raw)
	}
	scale, _ := new(big.Rat).SetString("1e" + strconv.Itoa(c.p.Show.Exp10))
	return r.Mul(r, scale)
}

// linkValue writes the exact model value as a decimal a link may carry.
func linkValue(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	return strings.TrimRight(r.FloatString(30), "0")
}

func TestParams_ThePanelAndALinkGiveTheSameScenarioAndLink(t *testing.T) {
	s := newTestSession(t)
	for _, c := range allControls(t, s) {
		for _, frac := range []float64{0, 0.37, 0.5, 1} {
			v, raw := onStep(c, frac)
			t.Run(c.Param+"="+raw, func(t *testing.T) {
				panel, notices := panelSet(t, s, c, v)
				if len(notices) > 0 {
					t.Fatalf("a value inside the slider gives notices: %v", notices)
				}
				q := s.Scenario.Query()
				q.Set(c.Param, linkValue(modelDecimal(t, c, raw)))
				// The link may carry other parameters the value breaks
				// (revenue targets before a later start year): those are
				// repaired, as in the panel.
				link, ps := model.ParseQuery(s.Ledger, q)
				for _, p := range ps {
					if p.Param == c.Param {
						t.Fatalf("link %s=%s: %v", c.Param, q.Get(c.Param), p)
					}
				}
				if !reflect.DeepEqual(panel, link) {
					t.Errorf("panel and link differ:\npanel %s\nlink  %s", EncodeQuery(panel.Query()), EncodeQuery(link.Query()))
				}
				if a, b := EncodeQuery(panel.Query()), EncodeQuery(link.Query()); a != b {
					t.Errorf("the links differ:\npanel %s\nlink  %s", a, b)
				}
			})
		}
	}
}

// The same value of rev_cap under the run rate, typed in the panel and
// given in a link, must give the same ceiling (the panel gave $21B, the
// link $560B) and the same notice.
func TestParams_ACeilingUnderTheRunRateIsRepairedOnce(t *testing.T) {
	s := newTestSession(t)
	c, ok := ControlByParam("rev_cap")
	if !ok {
		t.Fatal("no rev_cap control")
	}
	typed := s.Scenario.RevenueStartUSD / 1e9 // equal to rev0: not above it
	panel, notices := panelSet(t, s, c, typed)
	q := s.Scenario.Query()
	q.Set("rev_cap", strconv.FormatFloat(s.Scenario.RevenueStartUSD, 'f', -1, 64))
	link, ps := model.ParseQuery(s.Ledger, q)
	if panel.RevenueCeilingUSD != link.RevenueCeilingUSD {
		t.Errorf("panel ceiling %v, link ceiling %v", panel.RevenueCeilingUSD, link.RevenueCeilingUSD)
	}
	if len(ps) != 1 || len(notices) != 1 || notices[0].Text != ProblemNotice(ps[0]).Text {
		t.Errorf("panel notices %v, link notices %v", notices, ProblemNotices(ps))
	}
}

func TestParams_LinksWriteTheShortestExactDecimal(t *testing.T) {
	s := newTestSession(t)
	for _, c := range allControls(t, s) {
		for _, frac := range []float64{0.37, 0.57, 0.9} {
			v, raw := onStep(c, frac)
			sc, _ := panelSet(t, s, c, v)
			got := sc.Query().Get(c.Param)
			want := modelDecimal(t, c, raw)
			r, ok := new(big.Rat).SetString(got)
			if !ok || r.Cmp(want) != 0 {
				t.Errorf("%s typed %s: the link carries %s=%s, want %s", c.Param, raw, c.Param, got, linkValue(want))
			}
		}
	}
	c, _ := ControlByParam("share")
	sc, _ := panelSet(t, s, c, 57)
	if got := sc.Query().Get("share"); got != "0.57" {
		t.Errorf("share typed 57: link carries share=%s, want 0.57", got)
	}
}

// A value out of range typed in a number field gets the notice a link
// with the same value gets, and leaves the scenario as it was.
func TestParams_AnOutOfRangeTypedValueGivesTheLinksNotice(t *testing.T) {
	s := newTestSession(t)
	for _, tt := range []struct {
		param, typed, link string
	}{
		{"pue", "9", "9"},
		{"share", "150", "1.5"},
		{"cost_gw", "0.5", "5e8"},
		{"solve_y", "12", "12"},
	} {
		t.Run(tt.param, func(t *testing.T) {
			c, _ := ControlByParam(tt.param)
			v, _ := strconv.ParseFloat(tt.typed, 64)
			sc, notices := panelSet(t, s, c, v)
			q := s.Scenario.Query()
			q.Set(tt.param, tt.link)
			_, ps := model.ParseQuery(s.Ledger, q)
			if len(ps) != 1 {
				t.Fatalf("link problems %v", ps)
			}
			want, _, _ := strings.Cut(ProblemNotice(ps[0]).Text, "; using")
			if len(notices) != 1 || !strings.HasPrefix(notices[0].Text, want+"; using ") {
				t.Errorf("typed %s: notices %v, want one starting %q", tt.typed, notices, want)
			}
			if !reflect.DeepEqual(sc, s.Scenario) {
				t.Errorf("typed %s: the scenario changed: %s", tt.typed, EncodeQuery(sc.QueryFrom(s.Scenario)))
			}
		})
	}
}

// TestParams_WordsAndListsFromThePanelGiveTheLinksScenario sets every word
// parameter of the registry to each of its words, and the list parameters
// to a value, through the panel's setter and through a link.
func TestParams_WordsAndListsFromThePanelGiveTheLinksScenario(t *testing.T) {
	s := newTestSession(t)
	values := map[string][]string{
		"shares":  {"1,2,4,2,1", ""},
		"rev_pts": {"2027:100B,2030:280B", "2028:1.5e11"},
		"exc":     {"aws_2025", ""},
		"inc":     {""},
	}
	for _, w := range model.WordParams() {
		values[w.Key] = w.Words
	}
	for k, raws := range values {
		for _, raw := range raws {
			t.Run(k+"="+raw, func(t *testing.T) {
				before := s.Scenario
				u := s.Apply(Set(k, raw))
				if u.Err != nil {
					t.Fatal(u.Err)
				}
				panelNotices := u.Notices
				panel := s.Scenario
				if err := s.SetScenario(before); err != nil {
					t.Fatal(err)
				}
				q := before.Query()
				q.Set(k, raw)
				link, ps := model.ParseQuery(s.Ledger, q)
				if !reflect.DeepEqual(panel, link) {
					t.Errorf("panel and link differ:\npanel %s\nlink  %s", EncodeQuery(panel.Query()), EncodeQuery(link.Query()))
				}
				for _, p := range ps {
					if p.Param == k && len(panelNotices) == 0 {
						t.Errorf("the link has a notice about %s (%v), the panel none", k, p)
					}
				}
			})
		}
	}
}
