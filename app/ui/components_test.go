package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// render loads c into a test engine and returns its HTML.
func render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatalf("loading component: %v", err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

func TestShell(t *testing.T) {
	html := render(t, &Shell{Active: "/", Content: []app.UI{app.P().Text("page body")}})

	t.Run("the active view is marked as the current page", func(t *testing.T) {
		if !strings.Contains(html, `aria-current="page"`) {
			t.Errorf("no aria-current link in:\n%s", html)
		}
	})
	t.Run("every view has a navigation link", func(t *testing.T) {
		for _, v := range views {
			if !strings.Contains(html, `href="`+v.Path+`"`) {
				t.Errorf("no link to %s in:\n%s", v.Path, html)
			}
		}
	})
	t.Run("the content is inside main, reachable by the skip link", func(t *testing.T) {
		if !strings.Contains(html, `<main id="main">`) || !strings.Contains(html, `href="#main"`) {
			t.Errorf("no main landmark with a skip link in:\n%s", html)
		}
		if !strings.Contains(html, "page body") {
			t.Errorf("content missing from:\n%s", html)
		}
	})
	t.Run("no update notice until a new version arrives", func(t *testing.T) {
		if strings.Contains(html, "new version") {
			t.Errorf("update notice shown without an update:\n%s", html)
		}
	})
}

func TestEChart_Render(t *testing.T) {
	c := &EChart{ID: "chart-x", Label: "A chart of x", OptionJSON: `{"series":[]}`, Class: "chart-tall"}
	html := render(t, c)

	t.Run("the container carries its id, role and accessible name", func(t *testing.T) {
		want := app.Div().ID("chart-x").Class("echart", "chart-tall").Role("img").Aria("label", "A chart of x").DataSet("drawn", false)
		if err := app.Match(want, c, 0); err != nil {
			t.Errorf("container does not match: %v\n%s", err, html)
		}
	})
	t.Run("nothing is drawn outside a browser", func(t *testing.T) {
		if !strings.Contains(html, `data-drawn="false"`) {
			t.Errorf("chart claims to be drawn:\n%s", html)
		}
	})
}

func TestOverviewPage(t *testing.T) {
	l, err := loadLedger()
	if err != nil {
		t.Fatalf("loading the embedded ledger: %v", err)
	}
	totals := l.AsOf(l.Latest()).Totals
	p := &OverviewPage{}
	html := render(t, p)

	t.Run("the headline tiles show the ledger's totals", func(t *testing.T) {
		for _, want := range []string{formatUSD(totals.CommitmentsUSD), formatGW(totals.CapacityGW)} {
			if !strings.Contains(html, want) {
				t.Errorf("overview lacks %s:\n%s", want, html)
			}
		}
	})
	t.Run("the chart gets an option to draw", func(t *testing.T) {
		if p.optionJSON == "" || !strings.Contains(p.optionJSON, `"type":"bar"`) {
			t.Errorf("got option %q, want a bar chart option", p.optionJSON)
		}
	})
	t.Run("every counted counterparty has a bar", func(t *testing.T) {
		for _, row := range counterpartyAmounts(l.AsOf(l.Latest())) {
			if !strings.Contains(p.optionJSON, `"`+row.Counterparty+`"`) {
				t.Errorf("no bar for %s", row.Counterparty)
			}
		}
	})
}
