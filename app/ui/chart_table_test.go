package ui

import (
	"bytes"
	"encoding/csv"
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/data"
)

func TestChartCSV(t *testing.T) {
	s := newTestSession(t)
	raw, err := chart.OptionJSON(chart.SpendByYear(s.Result, chart.GroupCounterparty, nil))
	if err != nil {
		t.Fatal(err)
	}
	d, err := ChartCSV("chart-spend", string(raw), s.Scenario.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("the file is named after the chart and the date", func(t *testing.T) {
		if want := FileName("spend", s.Scenario.AsOf, "csv"); d.Name != want {
			t.Errorf("got %q, want %q", d.Name, want)
		}
		if d.MIME != mimeCSV {
			t.Errorf("got %q, want %q", d.MIME, mimeCSV)
		}
	})
	t.Run("the CSV reads back as the chart's table", func(t *testing.T) {
		tb, err := chart.TableOf(string(raw))
		if err != nil {
			t.Fatal(err)
		}
		got, err := csv.NewReader(bytes.NewReader(d.Data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := append([][]string{tb.Headers()}, tb.Rows...)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("got %q, want %q", got, want)
		}
		if len(got) < 2 || !strings.Contains(got[0][1], "US$") {
			t.Errorf("got header %q, want units in it", got[0])
		}
	})
	t.Run("an option that is not JSON gives an error, not a file", func(t *testing.T) {
		if _, err := ChartCSV("chart-spend", "{", s.Scenario.AsOf); err == nil {
			t.Errorf("got no error")
		}
	})
}

func TestPublishers(t *testing.T) {
	s := newTestSession(t)
	pubs := Publishers(s.View)
	t.Run("every publisher of the view's deals is named once", func(t *testing.T) {
		seen := map[string]bool{}
		for _, p := range pubs {
			if seen[p.Publisher] {
				t.Errorf("%q twice", p.Publisher)
			}
			seen[p.Publisher] = true
		}
		for _, d := range s.View.Deals {
			for _, src := range d.Sources {
				if src.Publisher != "" && !src.Date.After(s.View.AsOf) && !seen[src.Publisher] {
					t.Errorf("deal %s's publisher %q is missing", d.ID, src.Publisher)
				}
			}
		}
	})
	t.Run("the companies' own sources come first, then by citations", func(t *testing.T) {
		for i := 1; i < len(pubs); i++ {
			a, b := pubs[i-1], pubs[i]
			if qualityRank(b.Quality) < qualityRank(a.Quality) || b.Quality == a.Quality && b.Sources > a.Sources {
				t.Errorf("%v after %v", b, a)
			}
		}
	})
	t.Run("a source dated after the view's date is not named", func(t *testing.T) {
		v := data.View{AsOf: data.MustDate("2025-01-01"), Deals: []data.Deal{{ID: "a", Sources: []data.Source{
			{Publisher: "Early", Date: data.MustDate("2024-12-01")},
			{Publisher: "Late", Date: data.MustDate("2025-02-01")},
			{Publisher: "Early", Date: data.MustDate("2024-06-01")},
		}}}}
		got := Publishers(v)
		want := []PublisherDate{{Publisher: "Early", Date: data.MustDate("2024-12-01"), Sources: 2}}
		if !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
}

func TestSourcesFooter(t *testing.T) {
	pub := func(name, date string) PublisherDate {
		return PublisherDate{Publisher: name, Date: data.MustDate(date)}
	}
	few := []PublisherDate{pub("OpenAI", "2025-11-06"), pub("Microsoft", "2025-10-28"), pub("Reuters", "2025-09-10")}
	var many []PublisherDate
	for i := range 40 {
		many = append(many, pub("Publisher number "+itoa(i), "2025-01-01"))
	}
	tests := []struct {
		name     string
		pubs     []PublisherDate
		maxChars int
		want     []string
		more     string
	}{
		{name: "a few publishers are all named, with their dates", pubs: few, maxChars: footerChars,
			want: []string{"Sources: OpenAI (2025-11-06), Microsoft (2025-10-28), Reuters (2025-09-10)"}},
		{name: "on a narrow export they wrap onto a second line between publishers", pubs: few, maxChars: 50,
			want: []string{"Sources: OpenAI (2025-11-06),", "Microsoft (2025-10-28), Reuters (2025-09-10)"}},
		{name: "too many for two lines end in how many more", pubs: many, maxChars: footerChars, more: " more"},
		{name: "on a very narrow export only the first is named", pubs: few, maxChars: 30, more: "and 2 more"},
		{name: "no publisher says so", pubs: nil, maxChars: footerChars, want: []string{"Sources: none in the ledger as of this date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SourcesFooter("v123", tt.pubs, "https://x.example/spend?a=1", tt.maxChars)
			if len(got) < 3 {
				t.Fatalf("got %q, want the sources, the data version and the link", got)
			}
			if got[len(got)-1] != "https://x.example/spend?a=1" {
				t.Errorf("the last line is %q, want the link", got[len(got)-1])
			}
			if got[len(got)-2] != "Compute Ledger, data v123" {
				t.Errorf("the line before the link is %q, want the data version", got[len(got)-2])
			}
			sources := got[:len(got)-2]
			if len(sources) > footerSourceLines {
				t.Errorf("the sources take %d lines, want at most %d", len(sources), footerSourceLines)
			}
			for _, l := range sources {
				if n := utf8.RuneCountInString(l); n > max(tt.maxChars, 8) {
					t.Errorf("line %q has %d characters, more than %d", l, n, tt.maxChars)
				}
			}
			if tt.want != nil && !slices.Equal(sources, tt.want) {
				t.Errorf("got %q, want %q", sources, tt.want)
			}
			if tt.more != "" {
				joined := strings.Join(sources, " ")
				if !strings.HasSuffix(joined, tt.more) || !strings.HasPrefix(joined, "Sources: ") {
					t.Errorf("got %q, want it to name some and end in %q", joined, tt.more)
				}
				named := strings.Count(joined, "(")
				if !strings.Contains(joined, "and "+itoa(len(tt.pubs)-named)+" more") {
					t.Errorf("got %q: %d named, want the rest (%d) counted", joined, named, len(tt.pubs)-named)
				}
			}
		})
	}
}

// TestChartTable_TheSwitchIsInTheLink: switching a chart to its table puts
// it in the link (ui.table) without a model run or a redraw; the link's
// page shows that chart's table, and only that one; switching back drops
// it from the link; a bad id gets a notice naming it.
func TestChartTable_TheSwitchIsInTheLink(t *testing.T) {
	e, _ := explorerAt(t, pathCapacity, "")
	u := e.s.Apply(e.s.ViewState.showTable("chart-power", true))
	if u.Err != nil || u.Scenario || len(u.Charts) != 0 {
		t.Fatalf("update %+v, want no model run and no chart redrawn", u)
	}
	q, _ := url.ParseQuery(u.Link)
	if q.Get(paramTable) != "chart-power" {
		t.Fatalf("link %q lacks %s=chart-power", u.Link, paramTable)
	}
	_, html := explorerAt(t, pathCapacity, u.Link)
	if !strings.Contains(html, `id="chart-power-table"`) || strings.Contains(html, `id="chart-capacity-table"`) {
		t.Error("the link's page does not show the power chart's table alone")
	}
	u = e.s.Apply(e.s.ViewState.showTable("chart-capacity", true))
	if q, _ := url.ParseQuery(u.Link); q.Get(paramTable) != "chart-capacity,chart-power" {
		t.Errorf("two tables: link %q, want %s=chart-capacity,chart-power", u.Link, paramTable)
	}
	e.s.Apply(e.s.ViewState.showTable("chart-capacity", false))
	u = e.s.Apply(e.s.ViewState.showTable("chart-power", false))
	if q, _ := url.ParseQuery(u.Link); q.Has(paramTable) {
		t.Errorf("both back to charts, the link still says %s: %s", paramTable, u.Link)
	}

	s := newTestSession(t)
	s.LoadQuery(url.Values{paramTable: {"chart-spend,chart-nope"}})
	if len(s.Notices) != 1 || !strings.Contains(s.Notices[0].Text, "chart-nope") {
		t.Fatalf("notices %+v, want one naming chart-nope", s.Notices)
	}
}

// TestChartTable_EveryChartCanBeListed: the table parameter accepts every
// chart the explorer draws.
func TestChartTable_EveryChartCanBeListed(t *testing.T) {
	s := newTestSession(t)
	for id := range s.chartInputs() {
		if !slices.Contains(tableCharts, id) {
			t.Errorf("%s cannot be switched to its table in a link", id)
		}
	}
	if len(tableCharts) != len(s.chartInputs()) {
		t.Errorf("tableCharts lists %d charts, the explorer draws %d", len(tableCharts), len(s.chartInputs()))
	}
}
