package ui

import (
	"net/url"
	"reflect"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/app/model"
)

// Change is one thing the reader did to the explorer's state: a control
// moved, a preset picked, a link opened. Every control makes one and hands
// it to Session.Apply; nothing else changes the scenario or the view.
type Change struct {
	// Params set parameters the way a link sets them, in order: scenario
	// parameters (model.SetParam, the model's registry) and view
	// parameters (ui.*, viewFields). The model runs once, after the last.
	Params []Param
	// Preset, when set, switches to that preset as of the scenario's date
	// (a publication's: as of its date), dropping every other change.
	Preset string
	// Query, when not nil, replaces the scenario and the view with a
	// link's (Session.LoadQuery).
	Query url.Values
	// View, when not nil, replaces the view state.
	View *ViewState
}

// Param is one query parameter and its raw value.
type Param struct{ Key, Value string }

// Set returns the change that sets one parameter.
func Set(key, value string) Change { return Change{Params: []Param{{key, value}}} }

// Update is what a Change did, for the page to follow (Explorer.follow):
// whether the scenario (and so the model's result) or only the view
// changed, which charts are drawn from something that changed, the link
// of the new state and the notices of what was not taken as given.
type Update struct {
	// Scenario reports that the scenario or its result changed.
	Scenario bool
	// View reports that the view state changed.
	View bool
	// Charts are the ids of the charts whose inputs changed (chartInputs),
	// sorted; only these are drawn again.
	Charts []string
	// Link is the query of the state after the change.
	Link string
	// Notices say what was not taken as given, worded as for a link.
	Notices []Notice
	// Err is the model's refusal; the session is then as it was.
	Err error
}

// Changed reports whether the update changed anything shown.
func (u Update) Changed() bool { return u.Scenario || u.View }

// Message is the line shown above the controls: the notices, or the
// refusal.
func (u Update) Message() string {
	if u.Err != nil {
		return "That change was not applied: " + u.Err.Error()
	}
	texts := make([]string, len(u.Notices))
	for i, n := range u.Notices {
		texts[i] = n.Text
	}
	return strings.Join(texts, " ")
}

// Apply makes a change to the session and returns what it changed. The
// scenario parameters of a change go through model.SetParam one after the
// other and the model runs once; view parameters and a new view state
// touch no model. A change the model refuses leaves the session as it was.
func (s *Session) Apply(c Change) Update {
	before := s.chartInputs()
	scenarioRev, viewRev := s.ScenarioRev, s.ViewRev
	var u Update
	switch {
	case c.Query != nil:
		s.LoadQuery(c.Query)
		u.Notices = s.Notices
	case c.Preset != "":
		u.Err = s.ApplyPreset(c.Preset)
	}
	if len(c.Params) > 0 && u.Err == nil {
		u.Notices, u.Err = s.setParams(c.Params)
	}
	if c.View != nil && u.Err == nil {
		s.SetViewState(*c.View)
	}
	u.Scenario, u.View = s.ScenarioRev != scenarioRev, s.ViewRev != viewRev
	after := s.chartInputs()
	for id, in := range after {
		if before[id] != in {
			u.Charts = append(u.Charts, id)
		}
	}
	slices.Sort(u.Charts)
	u.Link = s.QueryString()
	return u
}

// setParams sets the parameters: the view's each in turn, the scenario's
// together (model.SetParams, one repair as for a link), and runs the
// scenario once.
func (s *Session) setParams(ps []Param) ([]Notice, error) {
	vs := s.ViewState
	var notices []Notice
	var pairs [][2]string
	for _, p := range ps {
		if strings.HasPrefix(p.Key, model.ViewParamPrefix) {
			if n := vs.setParam(s.Ledger, p.Key, p.Value); n != nil {
				notices = append(notices, *n)
			}
			continue
		}
		pairs = append(pairs, [2]string{p.Key, p.Value})
	}
	if len(pairs) > 0 {
		sc, problems := model.SetParams(s.Ledger, s.Scenario, pairs)
		notices = append(ProblemNotices(problems), notices...)
		if !reflect.DeepEqual(sc, s.Scenario) {
			if err := s.SetScenario(sc); err != nil {
				return notices, err
			}
		}
	}
	if vs != s.ViewState {
		s.SetViewState(vs)
	}
	return notices, nil
}

// chartInputs returns, for every chart, a key of what it is drawn from:
// when a chart's key is unchanged, its option is too. The explorer caches
// each chart's option under the same key (Explorer.option).
func (s *Session) chartInputs() map[string]string {
	scenario := itoa(s.ScenarioRev)
	v := s.ViewState
	return map[string]string{
		"chart-commitments":   scenario + s.baseInput("chart-commitments"),
		"chart-spend":         scenario + "|" + string(v.Group) + "|" + string(v.Scale) + s.baseInput("chart-spend"),
		"chart-capacity":      scenario + "|" + string(v.Group) + "|" + string(v.Scale) + s.baseInput("chart-capacity"),
		"chart-power":         scenario + s.baseInput("chart-power"),
		"chart-funding":       scenario + s.baseInput("chart-funding"),
		"chart-flows":         scenario + s.baseInput("chart-flows"),
		"chart-timeline":      s.DataVersion() + "|" + s.Scenario.AsOf.String(),
		"chart-tornado":       scenario + "|" + string(v.Metric) + s.baseInput("chart-tornado"),
		"chart-fan":           scenario + "|" + string(v.Fan) + s.baseInput("chart-fan"),
		"chart-compare":       scenario + "|" + v.Compare + s.baseInput("chart-compare"),
		"chart-reconcile-usd": scenario,
		"chart-reconcile-gw":  scenario,
	}
}

// chartInput returns the key of what chart id is drawn from.
func (s *Session) chartInput(id string) string { return s.chartInputs()[id] }
