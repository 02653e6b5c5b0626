package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestSavedPanel_ListsSavedScenariosAsLinks(t *testing.T) {
	p := &SavedPanel{Path: pathSpend, Query: "preset=base"}
	p.saved = []SavedScenario{{Name: "slow build-out", Path: pathCapacity, Query: "ramp=2", SavedAt: "2026-11-06"}}
	html := render(t, p)
	if !strings.Contains(html, `href="`+Href(pathCapacity)+`?ramp=2"`) || !strings.Contains(html, ">slow build-out</a>") {
		t.Errorf("the saved scenario is not listed as a link to its view and query:\n%s", html)
	}
	if !strings.Contains(html, `aria-label="Delete saved scenario slow build-out"`) {
		t.Errorf("no Delete button named for the scenario")
	}
	if !strings.Contains(html, `id="ctl-save-name"`) {
		t.Errorf("no name field")
	}
}

func TestSavedPanel_AsksBeforeReplacingAName(t *testing.T) {
	p := &SavedPanel{}
	p.confirmReplace = "mine"
	html := render(t, p)
	if !strings.Contains(html, "A saved scenario is already named “mine”. Replace it with this one?") {
		t.Errorf("no replace question:\n%s", html)
	}
}

func TestSavedPanel_SaveReportsThroughOnStatus(t *testing.T) {
	if app.IsClient {
		t.Skip("the host has no localStorage; in a browser the save succeeds")
	}
	var got []string
	p := &SavedPanel{Path: pathSpend, Query: "preset=base", OnStatus: func(_ app.Context, msg string) { got = append(got, msg) }}
	render(t, p)
	p.saveName = "mine"
	p.saveCurrent(app.Context{}, false)
	if len(got) != 1 || !strings.HasPrefix(got[0], "The scenario could not be saved: ") {
		t.Errorf("OnStatus got %q, want the reason the save failed (no storage here)", got)
	}
	if p.saveName != "mine" {
		t.Errorf("a failed save cleared the typed name")
	}
}
