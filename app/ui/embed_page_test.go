package ui

import (
	"regexp"
	"strings"
	"testing"
)

// cardTitle returns the title of chart id in a rendered view.
func cardTitle(html, id string) string {
	m := regexp.MustCompile(`id="` + regexp.QuoteMeta(id) + `-title"[^>]*>([^<]*)<`).FindStringSubmatch(html)
	if m == nil {
		return ""
	}
	return m[1]
}

func TestExplorer_EmbedPages(t *testing.T) {
	for _, path := range embedViews {
		v := viewOf(path)
		t.Run("the "+v.Label+" embed page shows the view's first chart alone, titled as in the view", func(t *testing.T) {
			full := render(t, &Explorer{Path: path})
			e := &Explorer{Path: path, Embed: true}
			html := render(t, e)
			if e.err != nil {
				t.Fatalf("explorer failed: %v", e.err)
			}
			first := viewCharts[path][0]
			want := cardTitle(full, first)
			if want == "" {
				t.Fatalf("the full view has no title for %s", first)
			}
			if got := cardTitle(html, first); got != want {
				t.Errorf("embed title %q, want the view's %q", got, want)
			}
			if !strings.Contains(html, `data-option="`) {
				t.Error("the chart is not pre-rendered with its option")
			}
			for _, id := range viewCharts[path][1:] {
				if strings.Contains(html, `id="`+id+`"`) {
					t.Errorf("the embed also shows %s", id)
				}
			}
			for _, absent := range []string{"<header", "<nav", `id="ctl-cost_gw"`, `class="downloads"`, `id="share-button"`} {
				if strings.Contains(html, absent) {
					t.Errorf("the embed page has %s", absent)
				}
			}
			if !strings.Contains(html, `href="`+path+`?`) || !strings.Contains(html, `target="_blank"`) || !strings.Contains(html, ">Open in Compute Ledger</a>") {
				t.Error("no link opening the full view with its link in a new tab")
			}
			if !strings.Contains(html, "Source: Compute Ledger from ") {
				t.Error("no source line naming the publishers")
			}
		})
	}
}

func TestPickCard(t *testing.T) {
	cards := []embedCard{{id: "chart-capacity"}, {id: "chart-power"}}
	for _, tc := range []struct{ name, id, want string }{
		{"no chart asked for gives the first", "", "chart-capacity"},
		{"the second chart asked for is shown", "chart-power", "chart-power"},
		{"an unknown chart gives the first", "chart-nope", "chart-capacity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if c, ok := pickCard(cards, tc.id); !ok || c.id != tc.want {
				t.Errorf("pickCard(%q) = %q, %v; want %q", tc.id, c.id, ok, tc.want)
			}
		})
	}
	if _, ok := pickCard(nil, ""); ok {
		t.Error("a view without charts gave a card")
	}
}

func TestShareMenu_Render(t *testing.T) {
	t.Run("every view has a closed share button that controls the menu", func(t *testing.T) {
		for _, v := range views {
			html := render(t, &Explorer{Path: v.Path})
			if !strings.Contains(html, `id="share-button"`) || !strings.Contains(html, `aria-expanded="false"`) || !strings.Contains(html, `aria-controls="share-menu"`) {
				t.Errorf("%s: no closed share button", v.Path)
			}
		}
	})
	code := func() string { return `<iframe src="x"></iframe>` }
	for _, tc := range []struct {
		name      string
		menu      *ShareMenu
		want, not []string
	}{
		{"an open menu offers the link, the citation and the embed code, shown in a labelled box",
			&ShareMenu{open: true, EmbedCode: code},
			[]string{`id="share-menu"`, `id="share-copy-link"`, `id="share-copy-citation"`, `id="share-copy-embed"`, `<label for="share-embed-code"`, `id="share-embed-code"`, " readonly"},
			[]string{`id="share-native"`}},
		{"a view without a chart has no embed code",
			&ShareMenu{open: true, EmbedCode: func() string { return "" }},
			[]string{`id="share-copy-link"`},
			[]string{`id="share-copy-embed"`, "<textarea"}},
		{"the share sheet is offered where the browser has one",
			&ShareMenu{open: true, canShare: true},
			[]string{`id="share-native"`}, nil},
		{"a closed menu shows only its button",
			&ShareMenu{EmbedCode: code},
			[]string{`id="share-button"`},
			[]string{`id="share-menu"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html := render(t, tc.menu)
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("lacks %s in %s", w, html)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(html, n) {
					t.Errorf("has %s", n)
				}
			}
		})
	}
}

// An embed code copied while a chart shows its table carries ui.table in
// its link: the embed shows that table too, as the view did.
func TestEmbedPage_ShowsTheTableTheLinkAsksFor(t *testing.T) {
	for _, q := range []string{"", "ui.table=chart-spend", "ui.table=chart-funding"} {
		html := render(t, &Explorer{Path: pathSpend, Embed: true, startQuery: q})
		table := strings.Contains(html, `id="chart-spend-table"`) && strings.Contains(html, "<table")
		if want := q == "ui.table=chart-spend"; table != want {
			t.Errorf("%q: the embed shows chart-spend's table: %v, want %v", q, table, want)
		}
		if shows := regexp.MustCompile(`<main[^>]*class="embed-page shows-table"`).MatchString(html); shows != (q == "ui.table=chart-spend") {
			t.Errorf("%q: the page is marked as showing the table: %v", q, shows)
		}
	}
}
