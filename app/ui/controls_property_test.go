package ui

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
)

// The views a control's effect is looked for on, by the controls' section.
const (
	viewSpend    = "spend"
	viewCapacity = "capacity"
	viewFunding  = "funding"
)

var sectionView = map[string]string{SectionSpend: viewSpend, SectionCapacity: viewCapacity, SectionRevenue: viewFunding, SectionSolver: viewFunding}

// shownOn returns what a view puts on screen for r: its charts' options,
// the sentences under them and its tiles' figures (as renderSpend,
// renderCapacity and renderFunding draw them).
func shownOn(t *testing.T, view string, r model.Result) string {
	t.Helper()
	js := func(o chart.Optioner) string {
		b, err := json.Marshal(o.JSON())
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tt := r.Totals
	switch view {
	case viewSpend:
		return js(chart.SpendByYear(r, chart.GroupCounterparty, nil)) + chart.SpendSummary(r, chart.GroupCounterparty) +
			fmt.Sprint(tt.OpenAIObligationsUSD, tt.RenewalUSD, tt.PowerUSD, tt.BuiltByOthersUSD, tt.FirstYear, tt.LastYear, tt.DealsCounted)
	case viewCapacity:
		return js(chart.CapacityByYear(r, chart.GroupCounterparty)) + js(chart.PowerAndChips(r)) + chart.CapacitySummary(r) + chart.PowerSummary(r) +
			fmt.Sprint(tt.CapacityGW, tt.CapacityOnlineGW, tt.CapacityGoalGW, tt.GoalYear, tt.AcceleratorsCount, tt.EnergyTWh, tt.HomesEquivalent, tt.USElectricityShare, tt.ImpliedCapexUSD)
	case viewFunding:
		return js(chart.Funding(r)) + chart.FundingSummary(r) + tt.Solution.Answer +
			fmt.Sprint(tt.PeakCumulativeGapUSD, tt.PeakFundingNeedUSD, tt.CapitalRaisedUSD, tt.BreakEvenYear, tt.CumulativeBreakEvenYear, tt.Solution.CAGR)
	}
	t.Fatalf("no view %q", view)
	return ""
}

// wordChoice is a word parameter's two ends, the view it acts on and what
// it needs set first to act at all.
type wordChoice struct {
	view, low, high string
	needs           map[string]string
}

var wordChoices = map[string]wordChoice{
	"binding": {viewSpend, "0", "1", nil},
	"renew":   {viewSpend, "0", "1", nil},
	"pay":     {viewSpend, "term", "delivery", nil},
	"vals":    {viewSpend, "low", "high", nil},
	"profile": {viewSpend, "front", "back", nil},
	"shares":  {viewSpend, "1,1,4", "4,1,1", map[string]string{"profile": "custom"}},
	"rev":     {viewFunding, "cagr", "s_curve", nil},
	"rev_pts": {viewFunding, "2027:50B,2030:150B", "2027:100B,2030:400B", map[string]string{"rev": "targets"}},
	"solve":   {viewFunding, "share", "gap", nil},
}

// needs lists what a numeric control needs set before it acts.
var needs = map[string]map[string]string{
	"solve_x": {"solve": "share"},
}

// notAssumptions are the query parameters that are not assumptions a
// control moves: the version, the preset, the date and the deal lists (each
// deal has its own check box).
var notAssumptions = []string{"v", "preset", "as_of", "inc", "exc"}

// TestControls_EveryParameterMovesAFigureOnItsView moves every scenario
// parameter from the low to the high end of its control and checks that at
// least one figure of its view changes: a control that moves nothing is a
// defect (or the parameter should go).
func TestControls_EveryParameterMovesAFigureOnItsView(t *testing.T) {
	sess := newTestSession(t)
	l := sess.Ledger
	base := sess.Scenario
	baseResult, err := model.Run(l, base)
	if err != nil {
		t.Fatal(err)
	}
	// run applies the parameters as the controls do (the browser's
	// ParseQuery repairs what a change breaks, as a control's Set does).
	run := func(t *testing.T, q map[string]string) model.Result {
		t.Helper()
		vals := base.Query()
		for k, v := range q {
			vals.Set(k, v)
		}
		s, ps := model.ParseQuery(l, vals)
		for _, p := range ps {
			if _, given := q[p.Param]; given {
				t.Fatalf("%v: %v", q, p)
			}
		}
		r, err := model.Run(l, s)
		if err != nil {
			t.Fatalf("%v: %v", q, err)
		}
		return r
	}
	for k := range base.Query() {
		if slices.Contains(notAssumptions, k) {
			continue
		}
		t.Run(k, func(t *testing.T) {
			var view, low, high string
			pre := map[string]string{}
			switch c, ok := ControlByParam(k); {
			case ok:
				sec := ""
				for _, name := range ControlSections {
					for _, x := range NumberControls(name) {
						if x.Param == k {
							sec = name
						}
					}
				}
				view = sectionView[sec]
				lo, _ := c.Set(l, base, c.SliderMin)
				hi, _ := c.Set(l, base, c.SliderMax)
				low, high = lo.Query().Get(k), hi.Query().Get(k)
				pre = needs[k]
			case strings.HasPrefix(k, "kw."):
				fam := strings.TrimPrefix(k, "kw.")
				if !familyCounted(baseResult, fam) {
					t.Skipf("no counted deal uses %s on this date: its control is not shown", fam)
				}
				c := FamilyControl(fam)
				view, low, high = viewCapacity, fmt.Sprint(c.SliderMin), fmt.Sprint(c.SliderMax)
			default:
				w, ok := wordChoices[k]
				if !ok {
					t.Fatalf("parameter %s has no control and no word choices: give it one, or remove it", k)
				}
				view, low, high, pre = w.view, w.low, w.high, w.needs
			}
			with := func(v string) map[string]string {
				q := map[string]string{k: v}
				for pk, pv := range pre {
					q[pk] = pv
				}
				return q
			}
			a, b := shownOn(t, view, run(t, with(low))), shownOn(t, view, run(t, with(high)))
			if a == b {
				t.Errorf("moving %s from %s to %s changes nothing on the %s view", k, low, high, view)
			}
		})
	}
}
