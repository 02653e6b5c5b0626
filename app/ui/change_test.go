package ui

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// explorerAt renders the explorer on a view, opened from the link query.
func explorerAt(t *testing.T, path, query string) (*Explorer, string) {
	t.Helper()
	e := &Explorer{Path: path, startQuery: query}
	html := render(t, e)
	if e.err != nil {
		t.Fatal(e.err)
	}
	return e, html
}

// pipelineCase is one change a reader makes with a control, on the view
// where its effect shows.
type pipelineCase struct {
	name, path string
	change     Change
	// scenario and view say what the change must move.
	scenario, view bool
}

// pipelineCases returns a change of every parameter of the registry (each
// numeric control, each word and list parameter, a chip family, a deal's
// overrides and its check box, the date, the preset) and of every view
// parameter a control sets.
func pipelineCases(t *testing.T) []pipelineCase {
	s := newTestSession(t)
	var cases []pipelineCase
	add := func(name, path string, c Change, scenario, view bool) {
		cases = append(cases, pipelineCase{name, path, c, scenario, view})
	}
	for _, c := range allControls(t, s) {
		path := "/" + sectionView[sectionOf(c.Param)]
		if path == "/" {
			path = pathCapacity // chip families and deal overrides
		}
		v, raw := onStep(c, 0.7)
		add(c.Param+"="+raw, path, Set(c.Param, c.Raw(v)), true, false)
	}
	for k, w := range wordChoices {
		var ps []Param
		for nk, nv := range w.needs {
			ps = append(ps, Param{nk, nv})
		}
		// The end the scenario is not at.
		to := w.high
		if wp, ok := model.WordParamByKey(k); ok && wp.Get(s.Scenario) == to {
			to = w.low
		}
		ps = append(ps, Param{k, to})
		add(k+"="+to, "/"+w.view, Change{Params: ps}, true, false)
	}
	var aws model.DealLine
	for _, l := range s.Result.Deals {
		if l.ID == "aws_2025" {
			aws = l
		}
	}
	add("aws_2025 left out", pathSpend, dealListsChange(ToggleDeal(s.Scenario, aws, false)), true, false)
	add("prof.aws_2025=back", pathSpend, Set("prof.aws_2025", "back"), true, false)
	add("as_of=2025-11-06", pathFlows, Set("as_of", "2025-11-06"), true, false)
	add("preset bear", pathFunding, Change{Preset: model.PresetBear}, true, false)
	add("ui.group=kind", pathCapacity, Set(paramGroup, string(chart.GroupKind)), false, true)
	add("ui.metric", pathUncertainty, Set(paramMetric, string(model.Metrics[len(model.Metrics)-1])), false, true)
	add("ui.fan", pathUncertainty, Set(paramFan, fanChoices[len(fanChoices)-1].value), false, true)
	add("ui.b", pathCompare, Set(paramCompare, url.Values{"preset": {model.PresetBull}}.Encode()), false, true)
	add("ui.deal", pathSpend, Set(paramDeal, "aws_2025"), false, true)
	add("ui.sort", pathLedger, Set(paramSort, "start"), false, true)
	add("ui.q", pathLedger, Set(paramFilter, "oracle"), false, true)
	add("ui.status", pathLedger, Set(paramStatus, "active"), false, true)
	add("ui.kind", pathLedger, Set(paramKind, "cloud_purchase"), false, true)
	return cases
}

// sectionOf returns the controls' section of a numeric parameter ("" for
// none).
func sectionOf(param string) string {
	for _, name := range ControlSections {
		for _, c := range NumberControls(name) {
			if c.Param == param {
				return name
			}
		}
	}
	return ""
}

// tagRe and attrRe find an element's start tag and its attributes.
var (
	tagRe  = regexp.MustCompile(`<([a-z0-9]+)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*>`)
	attrRe = regexp.MustCompile(`[\w:-]+(?:="[^"]*")?`)
)

// pageHTML renders e's page as HTML, each element's attributes sorted (an
// element not mounted writes them in any order) and the volatile parts
// dropped.
func pageHTML(e *Explorer) string {
	html := volatile.ReplaceAllString(app.HTMLString(e.Render()), "")
	return tagRe.ReplaceAllStringFunc(html, func(tag string) string {
		m := tagRe.FindStringSubmatch(tag)
		attrs := attrRe.FindAllString(m[2], -1)
		slices.Sort(attrs)
		return "<" + m[1] + " " + strings.Join(attrs, " ") + ">"
	})
}

// volatile are the parts of a rendered page that may differ between two
// explorers showing the same state: the link's notices, and go-app's ids.
var volatile = regexp.MustCompile(`<div class="notices".*?</div>|data-goapp="[^"]*"`)

// TestApply_ThePageAfterAChangeIsThePageOfItsLink drives the explorer's
// update pipeline without a browser for every parameter: a control's
// change is applied (Session.Apply), its phases computed (phasesOf) and
// the page rendered again; the charts drawn, the page's text and the link
// must be those of a fresh explorer opened from the link.
func TestApply_ThePageAfterAChangeIsThePageOfItsLink(t *testing.T) {
	for _, tc := range pipelineCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := explorerAt(t, tc.path, "")
			before := map[string]string{}
			for id, o := range e.pipe.charts {
				before[id] = o.json
			}
			scenarioRev := e.s.ScenarioRev
			u := e.s.Apply(tc.change)
			if u.Err != nil || len(u.Notices) > 0 {
				t.Fatalf("refused: %v %v", u.Err, u.Notices)
			}
			if u.Scenario != tc.scenario || u.View != tc.view {
				t.Errorf("got scenario %v view %v, want %v %v", u.Scenario, u.View, tc.scenario, tc.view)
			}
			if !tc.scenario && e.s.ScenarioRev != scenarioRev {
				t.Error("a change of view ran the model")
			}
			if u.Link != e.s.QueryString() {
				t.Errorf("the update's link %q is not the session's %q", u.Link, e.s.QueryString())
			}
			for _, p := range tc.change.Params {
				_, list := model.ListParamByKey(p.Key)
				if q, _ := url.ParseQuery(u.Link); p.Value != "" && !list && q.Get(p.Key) != p.Value {
					t.Errorf("the link carries %s=%q, want %q", p.Key, q.Get(p.Key), p.Value)
				}
			}
			ph := e.phasesOf(u)
			if !ph.text || ph.link != u.Link {
				t.Errorf("phases: text %v link %q, want the text rendered and the link %q written", ph.text, ph.link, u.Link)
			}
			drawn := map[string]string{}
			for _, d := range ph.charts {
				drawn[d.id] = d.optionJSON
			}
			html := pageHTML(e)

			fresh, _ := explorerAt(t, tc.path, u.Link)
			freshHTML := pageHTML(fresh)
			if got, want := e.s.QueryString(), fresh.s.QueryString(); got != want {
				t.Errorf("the link opens to another state:\n got %s\nwant %s", got, want)
			}
			for _, id := range viewCharts[tc.path] {
				want := fresh.pipe.charts[id].json
				got, ok := drawn[id]
				if !ok {
					// Not drawn again: what it showed must still be right.
					got = before[id]
				}
				if got != want {
					t.Errorf("%s: the chart on screen is not the link's (drawn again: %v)", id, ok)
				}
			}
			if got, want := html, freshHTML; got != want {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Errorf("the page's text differs from the link's at %d:\n got …%s\nwant …%s", i, clip(got[i:], 200), clip(want[i:], 200))
			}
		})
	}
}

// TestApply_AViewChangeRunsNoModelAndRedrawsOnlyItsChart switches the
// capacity view's grouping: the model does not run, and of the view's two
// charts only the grouped one is drawn again.
func TestApply_AViewChangeRunsNoModelAndRedrawsOnlyItsChart(t *testing.T) {
	e, _ := explorerAt(t, pathCapacity, "")
	rev, power := e.s.ScenarioRev, e.pipe.charts["chart-power"]
	u := e.s.Apply(Set(paramGroup, string(chart.GroupChipFamily)))
	if u.Scenario || !u.View || e.s.ScenarioRev != rev {
		t.Fatalf("got %+v (scenario rev %d, was %d), want a change of view alone", u, e.s.ScenarioRev, rev)
	}
	if want := []string{"chart-capacity", "chart-spend"}; !slices.Equal(u.Charts, want) {
		t.Errorf("charts whose inputs changed: %v, want %v", u.Charts, want)
	}
	p := e.phasesOf(u)
	if len(p.charts) != 1 || p.charts[0].id != "chart-capacity" {
		t.Errorf("drawn again: %v, want the capacity chart alone", p.charts)
	}
	if e.pipe.charts["chart-power"] != power {
		t.Error("the power chart's option was built again")
	}
	if !strings.Contains(p.link, paramGroup+"=chip_family") {
		t.Errorf("the link %q does not carry the grouping", p.link)
	}
}

// TestApply_ARefusedChangeSaysSoAndChangesNothing types values the model
// does not take: the session, its link and its charts stay; the notice
// is shown above the controls and the text is rendered to show it.
func TestApply_ARefusedChangeSaysSoAndChangesNothing(t *testing.T) {
	for _, c := range []Change{Set("pue", "abc"), Set(paramGroup, "colour"), Set("as_of", "1999-01-01"), Set("no_such", "1")} {
		e, _ := explorerAt(t, pathSpend, "")
		link, rev := e.s.QueryString(), e.s.Rev
		u := e.s.Apply(c)
		p := e.phasesOf(u)
		if u.Changed() || e.s.Rev != rev || e.s.QueryString() != link {
			t.Errorf("%v: the state changed: %+v", c, u)
		}
		if p.notice == "" || !strings.Contains(p.notice, c.Params[0].Key) || !p.text || len(p.charts) > 0 {
			t.Errorf("%v: phases %+v, want the notice naming %s and no chart drawn", c, p, c.Params[0].Key)
		}
	}
}

// TestApply_TheSameValueAgainChangesNothing applies a control's current
// value: nothing is drawn, rendered or written.
func TestApply_TheSameValueAgainChangesNothing(t *testing.T) {
	e, _ := explorerAt(t, pathFunding, "")
	u := e.s.Apply(Set("g", e.s.Scenario.Query().Get("g")))
	if p := e.phasesOf(u); u.Changed() || p.text || p.link != "" || len(p.charts) > 0 {
		t.Errorf("got %+v, phases %+v, want nothing", u, p)
	}
}
