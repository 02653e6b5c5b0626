package ui

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestEmbedPath(t *testing.T) {
	for _, tc := range []struct{ view, want string }{
		{pathOverview, "/embed/overview"},
		{pathSpend, "/embed/spend"},
		{pathReconcile, "/embed/reconcile"},
	} {
		t.Run("the embed page of "+tc.view+" is "+tc.want, func(t *testing.T) {
			if got := EmbedPath(tc.view); got != tc.want {
				t.Errorf("EmbedPath(%q) = %q, want %q", tc.view, got, tc.want)
			}
		})
	}
}

func TestEmbedPaths_EveryViewWithAChartHasOne(t *testing.T) {
	got := map[string]bool{}
	for _, p := range EmbedPaths() {
		got[p] = true
	}
	for _, v := range views {
		if want := len(viewCharts[v.Path]) > 0; got[EmbedPath(v.Path)] != want {
			t.Errorf("%s: has an embed page %v, want %v (it has %d charts)", v.Path, got[EmbedPath(v.Path)], want, len(viewCharts[v.Path]))
		}
	}
}

func TestEmbedAddress(t *testing.T) {
	for _, tc := range []struct {
		name, origin, prefix, view, query, want string
	}{
		{"at the root", "https://ledger.example", "/", pathSpend, "preset=bear", "https://ledger.example/embed/spend?preset=bear"},
		{"under a sub-path", "https://example.org", "/sub/", pathSpend, "preset=bear", "https://example.org/sub/embed/spend?preset=bear"},
		{"of the overview", "http://127.0.0.1:8000", "", pathOverview, "v=2", "http://127.0.0.1:8000/embed/overview?v=2"},
		{"without a query", "https://x.test", "/a/b/", pathFlows, "", "https://x.test/a/b/embed/flows"},
	} {
		t.Run("the address "+tc.name+" keeps the prefix and the query", func(t *testing.T) {
			if got := EmbedAddress(tc.origin, tc.prefix, tc.view, tc.query); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

var iframeAttr = regexp.MustCompile(`(\w+)="([^"]*)"`)

// iframeAttrs returns the attributes of an embed code, unescaped as a
// browser reads them.
func iframeAttrs(t *testing.T, code string) map[string]string {
	t.Helper()
	if !strings.HasPrefix(code, "<iframe ") || !strings.HasSuffix(code, "></iframe>") {
		t.Fatalf("not one iframe element: %s", code)
	}
	attrs := map[string]string{}
	for _, m := range iframeAttr.FindAllStringSubmatch(strings.TrimSuffix(strings.TrimPrefix(code, "<iframe "), "></iframe>"), -1) {
		attrs[m[1]] = html.UnescapeString(m[2])
	}
	return attrs
}

func TestEmbedCode(t *testing.T) {
	for _, tc := range []struct{ name, address, title string }{
		{"a link with several parameters", "https://example.org/sub/embed/spend?preset=bear&ui.group=kind&exc=a,b", "Compute spend per year"},
		{"quotes and angle brackets in the query and the title", `https://x.test/embed/flows?q=a"b'c<d>&e=%22`, `Who pays "whom" <now>`},
		{"a title with an ampersand", "https://x.test/embed/overview", "Spend & capacity"},
	} {
		t.Run("the iframe reads back "+tc.name+" unchanged", func(t *testing.T) {
			code := EmbedCode(tc.address, tc.title)
			a := iframeAttrs(t, code)
			if a["src"] != tc.address {
				t.Errorf("src reads back as %q, want %q (code %s)", a["src"], tc.address, code)
			}
			if want := tc.title + " · Compute Ledger"; a["title"] != want {
				t.Errorf("title reads back as %q, want %q", a["title"], want)
			}
			for k, want := range map[string]string{"width": "100%", "height": "480", "loading": "lazy", "style": "border:0"} {
				if a[k] != want {
					t.Errorf("%s is %q, want %q", k, a[k], want)
				}
			}
			if len(a) != 6 {
				t.Errorf("the code has %d attributes, want 6 (an unescaped quote opened another): %s", len(a), code)
			}
		})
	}
}

func TestSplitEmbedQuery(t *testing.T) {
	for _, tc := range []struct {
		name, raw, link, chart, theme string
	}{
		{"a view's link alone is handed on as it is", "preset=bear&ui.group=kind", "preset=bear&ui.group=kind", "", ""},
		{"the chart and the theme are the embed's own", "chart=chart-power&preset=bear&theme=dark", "preset=bear", "chart-power", "dark"},
		{"a theme other than light or dark follows the system", "theme=sepia&v=2", "v=2", "", ""},
		{"a query that cannot be read is handed on whole", "preset=%zz&theme=dark", "preset=%zz&theme=dark", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link, chartID, theme := splitEmbedQuery(tc.raw)
			if link != tc.link || chartID != tc.chart || theme != tc.theme {
				t.Errorf("splitEmbedQuery(%q) = %q, %q, %q; want %q, %q, %q", tc.raw, link, chartID, theme, tc.link, tc.chart, tc.theme)
			}
		})
	}
}

func FuzzSplitEmbedQuery(f *testing.F) {
	for _, seed := range []string{"", "preset=bear", "chart=chart-fan&theme=light&ui.fan=p90", "theme=dark&theme=light", "%", "a=1;b=2", "chart"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		link, _, theme := splitEmbedQuery(raw)
		if theme != "" && theme != themeLight && theme != themeDark {
			t.Errorf("theme %q from %q", theme, raw)
		}
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		lq, err := url.ParseQuery(link)
		if err != nil {
			t.Fatalf("the link %q of the readable query %q cannot be read: %v", link, raw, err)
		}
		if lq.Has(embedParamChart) || lq.Has(embedParamTheme) {
			t.Errorf("the link %q of %q keeps an embed parameter", link, raw)
		}
		for k, vs := range q {
			if k == embedParamChart || k == embedParamTheme {
				continue
			}
			if strings.Join(lq[k], "\x00") != strings.Join(vs, "\x00") {
				t.Errorf("%s is %q in %q but %q in its link %q", k, vs, raw, lq[k], link)
			}
		}
	})
}

func TestEmbedSourceLine(t *testing.T) {
	for _, tc := range []struct {
		name       string
		publishers []string
		want       string
	}{
		{"no publisher", nil, "Source: Compute Ledger; ledger as of 2025-11-06, data abc."},
		{"one publisher", []string{"OpenAI"}, "Source: Compute Ledger from OpenAI; ledger as of 2025-11-06, data abc."},
		{"three publishers, all named", []string{"OpenAI", "Oracle", "Reuters"}, "Source: Compute Ledger from OpenAI, Oracle, Reuters; ledger as of 2025-11-06, data abc."},
		{"four publishers, one counted", []string{"OpenAI", "Oracle", "Reuters", "Bloomberg"}, "Source: Compute Ledger from OpenAI, Oracle, Reuters and 1 other publisher; ledger as of 2025-11-06, data abc."},
		{"six publishers, three counted", []string{"A", "B", "C", "D", "E", "F"}, "Source: Compute Ledger from A, B, C and 3 other publishers; ledger as of 2025-11-06, data abc."},
	} {
		t.Run("the line with "+tc.name, func(t *testing.T) {
			pubs := make([]PublisherDate, len(tc.publishers))
			for i, name := range tc.publishers {
				pubs[i] = PublisherDate{Publisher: name}
			}
			if got := EmbedSourceLine(pubs, "2025-11-06", "abc"); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestPublishers_CompaniesFirstThenPressByCitations(t *testing.T) {
	src := func(p string, q data.SourceQuality) data.Source { return data.Source{Publisher: p, Quality: q} }
	v := data.View{
		Deals: []data.Deal{
			{Sources: []data.Source{src("Blog", data.QualitySecondary), src("Reuters", data.QualityPress), src("Bloomberg", data.QualityPress)}},
			{Sources: []data.Source{src("Bloomberg", data.QualityPress), src("OpenAI", data.QualityPrimary), src("", data.QualityPress)}},
		},
		Applied: []data.Revision{{Sources: []data.Source{src("Oracle", data.QualityPrimary), src("Bloomberg", data.QualityPress)}}},
	}
	var names []string
	for _, p := range Publishers(v) {
		names = append(names, p.Publisher)
	}
	got := strings.Join(names, ", ")
	if want := "OpenAI, Oracle, Bloomberg, Reuters, Blog"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
