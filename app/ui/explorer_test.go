package ui

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// render loads c into a test engine and returns its HTML.
func render(t testing.TB, c app.Composer) string {
	t.Helper()
	if app.IsClient && !app.Window().Get("document").Truthy() {
		// WebAssembly under Node has no DOM for go-app to render into.
		t.Skip("rendering needs a DOM")
	}
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatalf("loading component: %v", err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// viewCharts lists the charts each view draws.
var viewCharts = map[string][]string{
	pathOverview:    {"chart-commitments"},
	pathLedger:      nil,
	pathSpend:       {"chart-spend"},
	pathCapacity:    {"chart-capacity", "chart-power"},
	pathFunding:     {"chart-funding"},
	pathFlows:       {"chart-flows"},
	pathTimeline:    {"chart-timeline"},
	pathUncertainty: {"chart-tornado", "chart-fan"},
	pathCompare:     {"chart-compare"},
	pathEstimates:   nil,
	pathReconcile:   {"chart-reconcile-usd", "chart-reconcile-gw"},
}

func TestExplorer_EveryView(t *testing.T) {
	if len(viewCharts) != len(views) {
		t.Fatalf("the test knows %d views, the explorer has %d", len(viewCharts), len(views))
	}
	for _, v := range views {
		t.Run("the "+v.Label+" view renders its heading, navigation, controls and charts", func(t *testing.T) {
			e := &Explorer{Path: v.Path}
			html := render(t, e)
			if e.err != nil {
				t.Fatalf("explorer failed: %v", e.err)
			}
			if !strings.Contains(html, ">"+escapeHTML(v.Title)+"</h1>") {
				t.Errorf("no heading %q", v.Title)
			}
			for _, other := range views {
				if !strings.Contains(html, `href="`+other.Path+`?`) {
					t.Errorf("no navigation link to %s carrying the scenario", other.Path)
				}
			}
			if !strings.Contains(html, `aria-current="page"`) {
				t.Error("the active view is not marked as the current page")
			}
			if !strings.Contains(html, `id="ctl-cost_gw-range"`) || !strings.Contains(html, `id="ctl-cost_gw"`) {
				t.Error("the controls lack the cost-per-GW slider and number field")
			}
			for _, id := range viewCharts[v.Path] {
				if !strings.Contains(html, `id="`+id+`"`) {
					t.Errorf("no chart container %s", id)
				}
				opt := e.pipe.charts[id].json
				var m map[string]any
				if err := json.Unmarshal([]byte(opt), &m); err != nil || m["series"] == nil {
					t.Errorf("chart %s has no option with series: %v (%.80s)", id, err, opt)
				}
				if !strings.Contains(html, `id="`+id+`-summary"`) {
					t.Errorf("chart %s has no text summary", id)
				}
			}
			if !strings.Contains(html, `id="citation"`) {
				t.Error("no citation line")
			}
		})
	}
}

// escapeHTML escapes the characters go-app escapes in text.
func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func TestExplorer_Overview(t *testing.T) {
	e := &Explorer{Path: pathOverview}
	html := render(t, e)
	r := e.s.Result

	t.Run("the first tile shows the scenario's commitments in dollars", func(t *testing.T) {
		first := strings.Index(html, `class="tile-value"`)
		if first < 0 {
			t.Fatal("no tile")
		}
		want := `class="tile-value">` + formatUSD(r.Totals.CommitmentsUSD) + "<"
		if !strings.Contains(html[first:], want) || strings.Index(html[first:], want) != 0 {
			t.Errorf("first tile is not %s:\n%.200s", formatUSD(r.Totals.CommitmentsUSD), html[first:])
		}
	})
	t.Run("every counted counterparty has a bar", func(t *testing.T) {
		for _, row := range chart.CounterpartyAmounts(r) {
			if !strings.Contains(e.pipe.charts["chart-commitments"].json, `"`+chart.ShortLabel(row.Counterparty)+`"`) {
				t.Errorf("no bar for %s", row.Counterparty)
			}
		}
	})
	t.Run("the scenario summary says the headline numbers", func(t *testing.T) {
		for _, want := range []string{formatUSD(r.Totals.CommitmentsUSD), formatGW(r.Totals.CapacityGW)} {
			if !strings.Contains(html, want) {
				t.Errorf("overview lacks %s", want)
			}
		}
	})
}

func TestExplorer_Notices(t *testing.T) {
	e := &Explorer{Path: pathSpend, startQuery: url.Values{"pue": {"abc"}, "zzz": {"1"}, "ui.group": {"nope"}}.Encode()}
	html := render(t, e)

	t.Run("each bad parameter is named in a notice", func(t *testing.T) {
		for _, p := range []string{"pue", "zzz", "ui.group"} {
			if !strings.Contains(html, `data-param="`+p+`"`) {
				t.Errorf("no notice for %s", p)
			}
		}
	})
	t.Run("the chart is still there", func(t *testing.T) {
		if !strings.Contains(html, `id="chart-spend"`) || e.pipe.charts["chart-spend"].json == "" {
			t.Error("the spend chart is gone")
		}
	})
}

func TestExplorer_ControlChangeRerunsTheModel(t *testing.T) {
	e := &Explorer{Path: pathFunding}
	render(t, e)
	before := e.s.Result.Totals.PeakCumulativeGapUSD
	opt := e.pipe.charts["chart-funding"].json
	c, _ := ControlByParam("g")
	if u := e.s.Apply(Set(c.Param, c.Raw(c.Get(e.s.Scenario)+20))); u.Err != nil {
		t.Fatal(u.Err)
	}
	e.Render() // rebuild the options as an update would
	if got := e.s.Result.Totals.PeakCumulativeGapUSD; got >= before {
		t.Errorf("faster growth did not lower the peak gap: got %v, was %v", got, before)
	}
	if e.pipe.charts["chart-funding"].json == opt {
		t.Error("the funding chart's option did not change")
	}
	if q := e.s.QueryString(); !strings.Contains(q, "g=") {
		t.Errorf("the link %q does not carry the growth", q)
	}
}

func TestEChart_Render(t *testing.T) {
	c := &EChart{ID: "chart-x", Label: "A chart of x", OptionJSON: `{"series":[]}`, Class: "chart-tall", DescribedBy: "chart-x-summary"}
	html := render(t, c)

	t.Run("the container carries its id, role and accessible name", func(t *testing.T) {
		want := app.Div().ID("chart-x").Class("echart", "chart-tall").Role("img").Aria("label", "A chart of x").DataSet("drawn", false).Aria("describedby", "chart-x-summary").
			DataSet("option", prerenderAttr(`{"series":[]}`)).
			DataSet("dark-colors", strings.Join(chart.DarkColorPairs(), " "))
		if err := app.Match(want, c, 0); err != nil {
			t.Errorf("container does not match: %v\n%s", err, html)
		}
	})
	t.Run("pre-rendered, the container carries its option for web/prerender.js", func(t *testing.T) {
		if !strings.Contains(html, `data-option="`+prerenderAttr(`{"series":[]}`)+`"`) {
			t.Errorf("no data-option in:\n%s", html)
		}
	})
	t.Run("pre-rendered, the container lists the colours the dark theme swaps", func(t *testing.T) {
		if !strings.Contains(html, `data-dark-colors="`+chart.Palette[0]+" "+chart.DarkPalette[0]) {
			t.Errorf("no data-dark-colors starting with the palette's first pair in:\n%s", html)
		}
	})
	t.Run("nothing is drawn outside a browser", func(t *testing.T) {
		if !strings.Contains(html, `data-drawn="false"`) {
			t.Errorf("chart claims to be drawn:\n%s", html)
		}
	})
}

func TestRangeField_Render(t *testing.T) {
	var got float64
	f := &RangeField{ID: "ctl-pue", Label: "PUE", Value: 1.2, SliderMin: 1, SliderMax: 2, Step: 0.01, Min: 1, Max: 3,
		OnChange: func(_ app.Context, v float64) { got = v }}
	html := render(t, f)
	t.Run("the number field has a label and the slider an accessible name", func(t *testing.T) {
		for _, want := range []string{`for="ctl-pue"`, `id="ctl-pue"`, `id="ctl-pue-range"`, `aria-label="PUE slider"`, `type="range"`, `type="number"`} {
			if !strings.Contains(html, want) {
				t.Errorf("field lacks %s:\n%s", want, html)
			}
		}
	})
	t.Run("a typed number reaches OnChange", func(t *testing.T) {
		if !f.report(app.Context{}, "1,35") || got != 1.35 {
			t.Errorf("got %v, want 1.35", got)
		}
		if f.report(app.Context{}, "abc") {
			t.Error("a word was taken as a number")
		}
	})
}

func TestRoutePaths(t *testing.T) {
	paths := RoutePaths()
	if paths[0] != "/" || len(paths) != 11 {
		t.Errorf("got %v, want / first and eleven views", paths)
	}
	for _, p := range paths {
		if viewOf(p).Path != p {
			t.Errorf("viewOf(%q) is %q", p, viewOf(p).Path)
		}
	}
}

func BenchmarkSliderMove(b *testing.B) {
	e := &Explorer{Path: pathSpend}
	render(b, e)
	c, _ := ControlByParam("cost_gw")
	base := c.Get(e.s.Scenario)
	b.ResetTimer()
	for i := range b.N {
		if u := e.s.Apply(Set(c.Param, c.Raw(base+float64(i%20)))); u.Err != nil {
			b.Fatal(u.Err)
		}
		e.Render()
		_ = e.s.QueryString()
	}
}

func BenchmarkSessionSetScenario(b *testing.B) {
	l, _ := loadLedger()
	s, err := NewSession(l)
	if err != nil {
		b.Fatal(err)
	}
	sc := s.Scenario
	b.ResetTimer()
	for range b.N {
		if err := s.SetScenario(sc); err != nil {
			b.Fatal(err)
		}
	}
}

var _ = model.PresetBase

func TestStepValue(t *testing.T) {
	for _, c := range []struct {
		value, dir, step, lo, hi, want float64
		ok                             bool
	}{
		{80.6, 1, 1, 0, 200, 81.6, true},
		{80.6, -1, 1, 0, 200, 79.6, true},
		{1.7, 1, 0.01, 0.5, 5, 1.71, true},
		{0.57, 1, 0.01, 0.01, 1, 0.58, true},
		{199.5, 1, 1, 0, 200, 200, true},
		{200, 1, 1, 0, 200, 200, false},
		{300, 1, 1, 0, 200, 300, false}, // a typed value above the slider stays
		{300, -1, 1, 0, 200, 199, true}, // from the thumb, at the end
		{0, -1, 1, 0, 200, 0, false},
		{0, 1, 1, 2025, 2035, 2026, true}, // not set: the thumb shows 2025
		{0, -1, 1, 2025, 2035, 0, false},
	} {
		got, ok := StepValue(c.value, c.dir, c.step, c.lo, c.hi)
		if got != c.want || ok != c.ok {
			t.Errorf("StepValue(%v, %v, %v, %v, %v) = %v, %v; want %v, %v", c.value, c.dir, c.step, c.lo, c.hi, got, ok, c.want, c.ok)
		}
	}
}
