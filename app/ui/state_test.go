package ui

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

func TestParseViewState(t *testing.T) {
	l, _ := loadLedger()
	tests := []struct {
		name    string
		query   string
		want    func(v ViewState) bool
		notices []string
	}{
		{"no parameters give the defaults", "", func(v ViewState) bool { return v == DefaultViewState() }, nil},
		{"a grouping is read", "ui.group=kind", func(v ViewState) bool { return v.Group == chart.GroupKind }, nil},
		{"an unknown grouping keeps the default", "ui.group=planets", func(v ViewState) bool { return v.Group == defaultGroup }, []string{"ui.group"}},
		{"a deal of the ledger is selected", "ui.deal=amd", func(v ViewState) bool { return v.Deal == "amd" }, nil},
		{"an unknown deal selects none", "ui.deal=nobody", func(v ViewState) bool { return v.Deal == "" }, []string{"ui.deal"}},
		{"a metric and a fan quantity are read", "ui.metric=energy_twh&ui.fan=spend", func(v ViewState) bool { return v.Metric == model.MetricEnergyTWh && v.Fan == chart.FanSpend }, nil},
		{"a bad sort keeps the default", "ui.sort=-height", func(v ViewState) bool { return v.Sort == defaultSort }, []string{"ui.sort"}},
		{"a descending sort is read", "ui.sort=-announced", func(v ViewState) bool { return v.Sort == "-announced" }, nil},
		{"status and kind filters are read", "ui.status=active&ui.kind=chip_purchase", func(v ViewState) bool { return v.Status == "active" && v.Kind == "chip_purchase" }, nil},
		{"a bad status and kind show all", "ui.status=x&ui.kind=y", func(v ViewState) bool { return v.Status == "" && v.Kind == "" }, []string{"ui.kind", "ui.status"}},
		{"an unknown view parameter is named", "ui.colour=red", func(v ViewState) bool { return v == DefaultViewState() }, []string{"ui.colour"}},
		{"model parameters are not view parameters", "pue=1.3&zzz=1", func(v ViewState) bool { return v == DefaultViewState() }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, _ := url.ParseQuery(tt.query)
			v, ns := ParseViewState(l, q)
			if !tt.want(v) {
				t.Errorf("got %+v", v)
			}
			if len(ns) != len(tt.notices) {
				t.Fatalf("got notices %v, want %d", ns, len(tt.notices))
			}
			for i, p := range tt.notices {
				if ns[i].Param != p || !strings.HasPrefix(ns[i].Text, p) {
					t.Errorf("notice %d: got %+v, want one about %s", i, ns[i], p)
				}
			}
		})
	}
}

func TestViewState_SetRoundTrips(t *testing.T) {
	l, _ := loadLedger()
	states := []ViewState{
		DefaultViewState(),
		{Group: chart.GroupChipFamily, Deal: "amd", Compare: "preset=bull&pue=1.4", Metric: model.MetricEnergyTWh, Fan: chart.FanCapacity, Sort: "counterparty", Filter: "stargate & co", Status: "inactive", Kind: "site_lease"},
	}
	for i, v := range states {
		q := url.Values{}
		v.Set(q, "abc")
		got, ns := ParseViewState(l, q)
		if len(ns) != 0 {
			t.Errorf("state %d: notices %v", i, ns)
		}
		got.DataVersion = v.DataVersion
		if got != v {
			t.Errorf("state %d: got %+v, want %+v", i, got, v)
		}
	}
	q := url.Values{}
	DefaultViewState().Set(q, "")
	if len(q) != 0 {
		t.Errorf("the default view state writes %v", q)
	}
}

func FuzzParseViewState(f *testing.F) {
	for _, seed := range []string{"", "ui.group=kind", "ui.sort=-value&ui.q=oracle", "ui.deal=%ff", "ui.b=preset%3Dbull", "ui.zz=1&ui.fan=x"} {
		f.Add(seed)
	}
	l, _ := loadLedger()
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		v, _ := ParseViewState(l, q)
		out := url.Values{}
		v.Set(out, "")
		back, ns := ParseViewState(l, out)
		if len(ns) != 0 {
			t.Fatalf("a state read from a link does not read back cleanly: %v", ns)
		}
		if back != v {
			t.Fatalf("got %+v, want %+v", back, v)
		}
	})
}

func TestProblemNotice(t *testing.T) {
	tests := []struct {
		p    model.Problem
		want []string
	}{
		{model.Problem{Param: "pue", Value: "abc", Accepted: "1 to 3 ratio", Used: "1.2", Err: model.ErrMalformed}, []string{`pue = "abc"`, "cannot be read", "1 to 3 ratio", "using 1.2 instead"}},
		{model.Problem{Param: "zzz", Value: "1", Used: "ignored", Err: model.ErrUnknownParam}, []string{"zzz", "not a parameter", "ignored"}},
		{model.Problem{Param: "util", Value: "7", Accepted: "0.01 to 1", Used: "0.9", Err: model.ErrOutOfRange}, []string{"util", "out of range", "using 0.9"}},
		{model.Problem{Param: "exc", Value: "nobody", Used: "the others", Err: model.ErrUnknownDeal}, []string{"exc", "deal the ledger does not hold", "using the others"}},
		{model.Problem{Param: "x", Value: strings.Repeat("a", 500), Err: model.ErrMalformed}, []string{"…"}},
	}
	for _, tt := range tests {
		n := ProblemNotice(tt.p)
		if n.Param != tt.p.Param {
			t.Errorf("got param %q, want %q", n.Param, tt.p.Param)
		}
		for _, w := range tt.want {
			if !strings.Contains(n.Text, w) {
				t.Errorf("notice %q lacks %q", n.Text, w)
			}
		}
		if len(n.Text) > 400 {
			t.Errorf("notice is %d bytes long", len(n.Text))
		}
	}
}

func ExampleProblemNotice() {
	n := ProblemNotice(model.Problem{Param: "pue", Value: "abc", Accepted: "1 to 3 ratio", Used: "1.2", Err: model.ErrMalformed})
	fmt.Println(n.Text)
	// Output: Power usage effectiveness (PUE): pue = "abc" cannot be read (accepted: 1 to 3 ratio); using 1.2 instead.
}

func ExampleEncodeQuery() {
	fmt.Println(EncodeQuery(url.Values{"exc": {"amd,broadcom"}, "rev_pts": {"2027:100B"}, "preset": {"base"}}))
	// Output: exc=amd,broadcom&preset=base&rev_pts=2027:100B
}

func TestDownloads(t *testing.T) {
	s := newTestSession(t)
	t.Run("the ledger CSV reads back through the import", func(t *testing.T) {
		d, err := LedgerCSV(s.View)
		if err != nil {
			t.Fatal(err)
		}
		if d.Name != "compute-ledger-ledger-"+s.View.AsOf.String()+".csv" || d.MIME != mimeCSV {
			t.Errorf("got %s %s", d.Name, d.MIME)
		}
		back, err := data.ParseDealsCSV(d.Name, strings.NewReader(string(d.Data)))
		if err != nil {
			t.Fatalf("reading the download back: %v", err)
		}
		if len(back.Deals) != len(s.View.Deals) {
			t.Errorf("got %d deals back, want %d", len(back.Deals), len(s.View.Deals))
		}
	})
	t.Run("the ledger JSON holds the totals", func(t *testing.T) {
		d, err := LedgerJSON(s.View)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Totals data.Totals `json:"totals"`
			Deals  []any       `json:"deals"`
		}
		if err := json.Unmarshal(d.Data, &got); err != nil {
			t.Fatal(err)
		}
		if got.Totals.CommitmentsUSD != s.View.Totals.CommitmentsUSD || len(got.Deals) != len(s.View.Deals) {
			t.Errorf("got %v and %d deals", got.Totals.CommitmentsUSD, len(got.Deals))
		}
	})
	t.Run("the results CSV has a header and a row per year", func(t *testing.T) {
		d, err := ResultsCSV(s.Result)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(d.Data)), "\n")
		if len(lines) != len(s.Result.Years)+1 || !strings.HasPrefix(lines[0], "year,spend_usd") {
			t.Errorf("got %d lines starting %q", len(lines), lines[0])
		}
	})
	t.Run("the results JSON is the model's result", func(t *testing.T) {
		d, err := ResultsJSON(s.Result)
		if err != nil {
			t.Fatal(err)
		}
		var r model.Result
		if err := json.Unmarshal(d.Data, &r); err != nil {
			t.Fatal(err)
		}
		if r.Totals.CommitmentsUSD != s.Result.Totals.CommitmentsUSD || len(r.Years) != len(s.Result.Years) {
			t.Errorf("got %+v", r.Totals)
		}
	})
}

func TestFileName(t *testing.T) {
	d := data.MustDate("2026-04-27")
	tests := []struct{ what, ext, want string }{
		{"spend", "png", "compute-ledger-spend-2026-04-27.png"},
		{"Chips and power!", "svg", "compute-ledger-chips-and-power-2026-04-27.svg"},
		{"ledger", "csv", "compute-ledger-ledger-2026-04-27.csv"},
	}
	for _, tt := range tests {
		if got := FileName(tt.what, d, tt.ext); got != tt.want {
			t.Errorf("FileName(%q): got %q, want %q", tt.what, got, tt.want)
		}
	}
}

func TestComposeSVG(t *testing.T) {
	chartSVG := `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text>Spend</text></svg>`
	footer := SourcesFooter("abc123", []PublisherDate{{Publisher: "Reuters & Co", Date: data.MustDate("2025-09-10")}}, "https://x.example/spend?a=1&b=<2>", footerChars)
	out := ComposeSVG(chartSVG, 100, 50, footer, "#fff", "#333")

	t.Run("the result is well-formed XML", func(t *testing.T) {
		dec := xml.NewDecoder(strings.NewReader(out))
		for {
			_, err := dec.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("not well-formed: %v\n%s", err, out)
				}
				break
			}
		}
	})
	t.Run("the footer is below the chart and names the sources and the link", func(t *testing.T) {
		for _, want := range []string{`height="` + fmt.Sprint(50+FooterHeight(len(footer))) + `"`, "Reuters &amp; Co (2025-09-10)", "abc123", "a=1&amp;b=&lt;2&gt;", "<text>Spend</text>"} {
			if !strings.Contains(out, want) {
				t.Errorf("SVG lacks %s:\n%s", want, out)
			}
		}
	})
}

func TestCitation(t *testing.T) {
	s := newTestSession(t)
	c := Citation("Spend", s.Scenario, "abc", "https://x.example/spend?v=1", "2026-05-01")
	for _, want := range []string{"Compute Ledger", "Spend", model.PresetLabel(s.Scenario.Preset), s.Scenario.AsOf.String(), "abc", "https://x.example/spend?v=1", "retrieved 2026-05-01"} {
		if !strings.Contains(c, want) {
			t.Errorf("citation %q lacks %q", c, want)
		}
	}
}

func TestSavedScenarios(t *testing.T) {
	add := func(t *testing.T, list []SavedScenario, s SavedScenario) []SavedScenario {
		t.Helper()
		out, err := AddSaved(list, s, false)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	t.Run("a list survives encoding", func(t *testing.T) {
		list := add(t, nil, SavedScenario{Name: "slow", Path: "/spend", Query: "preset=bear", SavedAt: "2026-05-01"})
		list = add(t, list, SavedScenario{Name: " fast ", Path: "/", Query: "preset=bull"})
		got, problems, err := DecodeSaved(EncodeSaved(list))
		if err != nil || len(problems) > 0 || len(got) != 2 || got[0].Name != "fast" || got[1].Href() != "/spend?preset=bear" {
			t.Errorf("got %+v, %v, %v", got, problems, err)
		}
	})
	t.Run("saving under a used name asks first, and replaces when told to", func(t *testing.T) {
		list := add(t, nil, SavedScenario{Name: "a", Path: "/", Query: "x=1"})
		same, err := AddSaved(list, SavedScenario{Name: "a", Path: "/", Query: "x=2"}, false)
		if !errors.Is(err, ErrSavedNameTaken) || len(same) != 1 || same[0].Query != "x=1" {
			t.Errorf("got %+v, %v; want the list unchanged and ErrSavedNameTaken", same, err)
		}
		replaced, err := AddSaved(list, SavedScenario{Name: "a", Path: "/", Query: "x=2"}, true)
		if err != nil || len(replaced) != 1 || replaced[0].Query != "x=2" {
			t.Errorf("got %+v, %v", replaced, err)
		}
	})
	t.Run("a full list refuses a save and drops nothing", func(t *testing.T) {
		var list []SavedScenario
		for i := range maxSaved {
			list = add(t, list, SavedScenario{Name: fmt.Sprint(i), Path: "/"})
		}
		got, err := AddSaved(list, SavedScenario{Name: "one more", Path: "/"}, false)
		if !errors.Is(err, ErrSavedFull) || len(got) != maxSaved || got[maxSaved-1].Name != "0" {
			t.Errorf("got %d entries (last %q), %v; want all %d kept and ErrSavedFull", len(got), got[len(got)-1].Name, err, maxSaved)
		}
	})
	t.Run("deleting removes only the named entry", func(t *testing.T) {
		list := []SavedScenario{{Name: "a", Path: "/"}, {Name: "b", Path: "/"}}
		if got := RemoveSaved(list, "a"); len(got) != 1 || got[0].Name != "b" || len(list) != 2 {
			t.Errorf("got %+v (original %+v)", got, list)
		}
	})
	t.Run("nothing stored is an empty list", func(t *testing.T) {
		if got, problems, err := DecodeSaved(""); err != nil || got != nil || problems != nil {
			t.Errorf("got %v, %v, %v", got, problems, err)
		}
	})
	for _, raw := range []string{
		"{not json",
		`{"version":2,"scenarios":[]}`,
		`{"version":1,"scenarios":[],"extra":1}`,
		`[1,2,3]`,
	} {
		t.Run("a store that is not a list is reported: "+raw, func(t *testing.T) {
			if _, _, err := DecodeSaved(raw); !errors.Is(err, ErrCorruptStore) {
				t.Errorf("got %v, want ErrCorruptStore", err)
			}
		})
	}
	good := `{"name":"kept","path":"/spend","query":"preset=bear","saved_at":"2026-05-01"}`
	for _, bad := range []string{
		`{"name":"","path":"/"}`,
		`{"name":"a","path":"/nowhere"}`,
		`{"name":"a","path":"/","query":"%zz"}`,
		`{"name":"a","path":"/","colour":"red"}`,
		`17`,
		good, // a second entry of the same name
	} {
		t.Run("one unreadable entry is set aside and the others kept: "+bad, func(t *testing.T) {
			got, problems, err := DecodeSaved(`{"version":1,"scenarios":[` + good + `,` + bad + `]}`)
			if err != nil || len(got) != 1 || got[0].Name != "kept" {
				t.Fatalf("got %+v, %v; want the good entry", got, err)
			}
			if len(problems) != 1 || problems[0].Entry != 2 || problems[0].Raw != bad || problems[0].Reason == "" {
				t.Errorf("got problems %+v; want entry 2 with its text and a reason", problems)
			}
		})
	}
}

func FuzzDecodeSaved(f *testing.F) {
	f.Add("")
	f.Add(EncodeSaved([]SavedScenario{{Name: "a", Path: "/spend", Query: "preset=bear"}}))
	f.Add(`{"version":1,"scenarios":[{"name":"a","path":"/nowhere"}]}`)
	f.Add(`{"version":1,"scenarios":[{"name":"a","path":"/"},{"name":"a","path":"/"},5]}`)
	f.Add("{not json")
	f.Fuzz(func(t *testing.T, raw string) {
		list, _, err := DecodeSaved(raw)
		if err != nil {
			if !errors.Is(err, ErrCorruptStore) {
				t.Fatalf("error %v does not wrap ErrCorruptStore", err)
			}
			return
		}
		if len(list) > maxSaved {
			t.Fatalf("%d entries read, at most %d", len(list), maxSaved)
		}
		back, again, err := DecodeSaved(EncodeSaved(list))
		if err != nil || len(back) != len(list) || len(again) > 0 {
			t.Fatalf("a list read from the store does not survive encoding: %v %v", err, again)
		}
	})
}

func TestLedgerRows(t *testing.T) {
	s := newTestSession(t)
	v := s.View
	t.Run("filters keep only matching deals", func(t *testing.T) {
		vs := DefaultViewState()
		vs.Status = "inactive"
		for _, r := range LedgerRows(v, vs) {
			if r.Deal.Status.Active() {
				t.Errorf("%s is active", r.Deal.ID)
			}
		}
		vs = DefaultViewState()
		vs.Kind, vs.Filter = "chip_purchase", "AMD"
		rows := LedgerRows(v, vs)
		if len(rows) != 1 || rows[0].Deal.ID != "amd" {
			t.Errorf("got %d rows", len(rows))
		}
	})
	t.Run("every sort orders the rows and keeps them all", func(t *testing.T) {
		for _, col := range ledgerColumns {
			for _, dir := range []string{"", "-"} {
				vs := DefaultViewState()
				vs.Sort = dir + col
				rows := LedgerRows(v, vs)
				if len(rows) != len(v.Deals) {
					t.Fatalf("%s: got %d rows, want %d", vs.Sort, len(rows), len(v.Deals))
				}
				if col == "value" {
					last := -1.0
					for _, r := range rows {
						if r.Deal.ValueUSD == nil {
							continue
						}
						x := *r.Deal.ValueUSD
						if dir == "-" && last >= 0 && x > last || dir == "" && x < last {
							t.Errorf("%s: %v after %v", vs.Sort, x, last)
						}
						last = x
					}
				}
			}
		}
	})
	t.Run("each row carries its revisions", func(t *testing.T) {
		n := 0
		for _, r := range LedgerRows(v, DefaultViewState()) {
			n += len(r.Revisions)
		}
		if n != len(v.Applied) {
			t.Errorf("got %d revisions on rows, want %d", n, len(v.Applied))
		}
	})
}

func TestOverviewTiles(t *testing.T) {
	s := newTestSession(t)
	r := s.Result
	h := HeadlinesOf(s.Ledger)
	ts := OverviewTiles(r, h)
	want := map[string]string{
		"Commitments":             formatUSD(r.Totals.CommitmentsUSD),
		"Capacity":                formatGW(r.Totals.CapacityGW),
		"Accelerators":            formatCountShort(r.Totals.AcceleratorsCount),
		"Homes' electricity":      formatCountShort(r.Totals.HomesEquivalent),
		"Share of US electricity": formatPercent(r.Totals.USElectricityShare),
		"Revenue growth needed":   formatPercent(r.Totals.Solution.CAGR) + "/yr",
	}
	if len(ts) != len(want) {
		t.Fatalf("got %d tiles, want %d", len(ts), len(want))
	}
	for _, tl := range ts {
		if tl.Value != want[tl.Label] {
			t.Errorf("%s: got %q, want %q", tl.Label, tl.Value, want[tl.Label])
		}
	}
	if !strings.Contains(ts[0].Note, formatUSD(h.CommitmentsUSD)) || !strings.Contains(ts[3].Note, formatCount(h.Homes)) {
		t.Errorf("the tiles do not set the figures beside the headlines: %q, %q", ts[0].Note, ts[3].Note)
	}
	t.Run("the headlines are the public figures", func(t *testing.T) {
		if h.CommitmentsUSD < 1e12 || h.CapacityGW < 20 || h.Homes < 1e7 || h.RunRateUSD < 1e9 {
			t.Errorf("got %+v", h)
		}
	})
}

func TestScenarioSummary(t *testing.T) {
	s := newTestSession(t)
	sum := ScenarioSummary(s.Result)
	for _, want := range []string{formatUSD(s.Result.Totals.CommitmentsUSD), formatGW(s.Result.Totals.CapacityGW), s.Result.Totals.Solution.Answer} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
}

func TestCompareRows(t *testing.T) {
	s := newTestSession(t)
	_, b, _, err := s.Compare()
	if err != nil {
		t.Fatal(err)
	}
	rows := CompareRows(s.Result, b)
	if rows[0].A != formatUSD(s.Result.Totals.CommitmentsUSD) || rows[0].B != formatUSD(b.Totals.CommitmentsUSD) {
		t.Errorf("got %+v", rows[0])
	}
	same := CompareRows(s.Result, s.Result)
	for _, r := range same {
		if r.A != r.B {
			t.Errorf("%s differs from itself: %s vs %s", r.Label, r.A, r.B)
		}
	}
}

func TestTimelineRows(t *testing.T) {
	l, _ := loadLedger()
	rows := TimelineRows(l, l.Latest())
	if len(rows) == 0 {
		t.Fatal("no rows")
	}
	sum := 0.0
	for i, r := range rows {
		if i > 0 && !r.Date.After(rows[i-1].Date) {
			t.Errorf("row %d is not after the one before", i)
		}
		sum += r.ChangeUSD
	}
	if got, want := rows[len(rows)-1].TotalUSD, l.AsOf(l.Latest()).Totals.CommitmentsUSD; got != want {
		t.Errorf("got last total %v, want %v", got, want)
	}
	if diff := sum - rows[len(rows)-1].TotalUSD; diff > 1 || diff < -1 {
		t.Errorf("the changes add up to %v, not the last total", sum)
	}
}

func TestDataVersion(t *testing.T) {
	a, _ := data.Load()
	b, _ := data.Load()
	if a.Version() != b.Version() || len(a.Version()) != 12 {
		t.Errorf("got %q and %q", a.Version(), b.Version())
	}
	c, _ := data.Load()
	v := 1.0
	c.Deals[0].CapacityGW = &v
	if c.Version() == a.Version() {
		t.Error("a changed figure keeps the version")
	}
}

func TestPageLedgerRows(t *testing.T) {
	rows := make([]LedgerRow, 250)
	for i := range rows {
		rows[i].Deal.ID = strconv.Itoa(i)
	}
	for _, c := range []struct {
		page, want, first, last, n int
	}{
		{0, 0, 1, 100, 100}, {1, 1, 101, 200, 100}, {2, 2, 201, 250, 50},
		{9, 2, 201, 250, 50}, {-1, 0, 1, 100, 100},
	} {
		p := PageLedgerRows(rows, c.page)
		if p.Page != c.want || p.First != c.first || p.Last != c.last || len(p.Rows) != c.n || p.Pages != 3 || p.Total != 250 {
			t.Errorf("page %d: got page %d rows %d-%d (%d) of %d pages", c.page, p.Page, p.First, p.Last, len(p.Rows), p.Pages)
		}
		if len(p.Rows) > 0 && p.Rows[0].Deal.ID != strconv.Itoa(p.First-1) {
			t.Errorf("page %d starts at deal %s, want %d", c.page, p.Rows[0].Deal.ID, p.First-1)
		}
	}
	if p := PageLedgerRows(nil, 0); p.Pages != 1 || p.First != 0 || p.Last != 0 || len(p.Rows) != 0 {
		t.Errorf("no rows: %+v", p)
	}
}
