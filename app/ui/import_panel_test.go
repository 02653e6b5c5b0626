package ui

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestImportPanel_ListsImportedFilesWithRemove(t *testing.T) {
	s := newTestSession(t)
	raw, err := os.ReadFile("../../data/testdata/extra_deals.csv")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ImportDeals("extra_deals.csv", raw); err != nil {
		t.Fatal(err)
	}
	html := render(t, &ImportPanel{Session: s})
	if !strings.Contains(html, `id="imported-files"`) || !strings.Contains(html, "extra_deals.csv: "+importSummaryText(s.Imports[0].Summary)) {
		t.Errorf("the imported file is not listed with what it added:\n%s", html)
	}
	if !strings.Contains(html, `aria-label="Remove extra_deals.csv"`) {
		t.Errorf("no Remove button for the file")
	}
}

func TestImportPanel_ReportsTheOutcome(t *testing.T) {
	t.Run("a file that cannot be read lists its problem and reports nothing", func(t *testing.T) {
		called := 0
		p := &ImportPanel{Session: newTestSession(t), OnImported: func(app.Context) { called++ }}
		p.importFile(app.Context{}, "x.csv", nil, errors.New("x.csv is unreadable"))
		html := render(t, p)
		if called != 0 {
			t.Errorf("OnImported was called %d times for a failed import", called)
		}
		if !strings.Contains(html, `id="import-errors"`) || !strings.Contains(html, "x.csv is unreadable") {
			t.Errorf("the problem is not listed:\n%s", html)
		}
	})
	t.Run("a file taken in says what it added and reports it once", func(t *testing.T) {
		called := 0
		s := newTestSession(t)
		p := &ImportPanel{Session: s, OnImported: func(app.Context) { called++ }}
		raw, err := os.ReadFile("../../data/testdata/extra_deals.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ImportDeals("extra_deals.json", raw); err != nil {
			t.Fatal(err)
		}
		p.importDone(app.Context{}, nil)
		html := render(t, p)
		if called != 1 {
			t.Errorf("OnImported was called %d times, want 1", called)
		}
		if want := "Imported from extra_deals.json: " + importSummaryText(s.Imports[0].Summary); !strings.Contains(html, want) {
			t.Errorf("no message %q:\n%s", want, html)
		}
	})
}
