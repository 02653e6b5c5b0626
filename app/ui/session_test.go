package ui

import (
	"errors"
	"net/url"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// newTestSession returns a session on the embedded ledger.
func newTestSession(t testing.TB) *Session {
	t.Helper()
	l, err := loadLedger()
	if err != nil {
		t.Fatalf("loading the embedded ledger: %v", err)
	}
	s, err := NewSession(l)
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	return s
}

func TestSession_LoadQuery(t *testing.T) {
	tests := []struct {
		name    string
		query   string
		params  []string // parameters the notices must name
		check   func(t *testing.T, s *Session)
		noticed bool
	}{
		{name: "a clean link gives no notice", query: "preset=bear&pue=1.3", check: func(t *testing.T, s *Session) {
			if s.Scenario.Preset != "bear" || s.Scenario.PUE != 1.3 {
				t.Errorf("got preset %s pue %v, want bear 1.3", s.Scenario.Preset, s.Scenario.PUE)
			}
		}},
		{name: "a malformed number is named and the preset's value kept", query: "pue=abc", params: []string{"pue"}, noticed: true,
			check: func(t *testing.T, s *Session) {
				p, _ := model.DefaultScenario(s.Ledger)
				if s.Scenario.PUE != p.PUE {
					t.Errorf("got pue %v, want the preset's %v", s.Scenario.PUE, p.PUE)
				}
			}},
		{name: "an out-of-range value is named", query: "util=7", params: []string{"util"}, noticed: true},
		{name: "an unknown parameter is named", query: "foo=bar", params: []string{"foo"}, noticed: true},
		{name: "an unknown preset is named", query: "preset=moon", params: []string{"preset"}, noticed: true},
		{name: "an unknown deal is named", query: "exc=nobody", params: []string{"exc"}, noticed: true},
		{name: "a bad view parameter is named", query: "ui.group=planets&ui.fan=x", params: []string{"ui.group", "ui.fan"}, noticed: true},
		{name: "a link from other data says the numbers may differ", query: "ui.data=000000000000", params: []string{"ui.data"}, noticed: true},
		{name: "every bad parameter gets its own notice", query: "pue=x&util=y&zzz=1", params: []string{"pue", "util", "zzz"}, noticed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestSession(t)
			q, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			s.LoadQuery(q)
			if got := len(s.Notices) > 0; got != tt.noticed {
				t.Errorf("got notices %v, want notices: %v", s.Notices, tt.noticed)
			}
			for _, p := range tt.params {
				found := false
				for _, n := range s.Notices {
					if n.Param == p && strings.Contains(n.Text, p) {
						found = true
					}
				}
				if !found {
					t.Errorf("no notice names %s in %v", p, s.Notices)
				}
			}
			if err := s.Scenario.Validate(); err != nil {
				t.Errorf("the scenario is invalid: %v", err)
			}
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}

func TestSession_QueryRestoresTheState(t *testing.T) {
	s := newTestSession(t)
	sc := s.Scenario.Clone()
	sc.PUE = 1.31
	sc.RevenueCAGR = 0.7
	sc.Exclude = []string{"broadcom"}
	if err := s.SetScenario(sc); err != nil {
		t.Fatal(err)
	}
	v := s.ViewState
	v.Group, v.Sort, v.Filter = "kind", "-capacity", "oracle"
	s.SetViewState(v)

	q, err := url.ParseQuery(s.QueryString())
	if err != nil {
		t.Fatal(err)
	}
	r := newTestSession(t)
	r.LoadQuery(q)
	if len(r.Notices) != 0 {
		t.Errorf("reading the session's own link gave notices: %v", r.Notices)
	}
	if !reflect.DeepEqual(r.Scenario, s.Scenario) {
		t.Errorf("scenario not restored:\ngot  %+v\nwant %+v", r.Scenario, s.Scenario)
	}
	r.ViewState.DataVersion = ""
	if r.ViewState != s.ViewState {
		t.Errorf("view state not restored: got %+v, want %+v", r.ViewState, s.ViewState)
	}
	if r.Result.Totals.CommitmentsUSD != s.Result.Totals.CommitmentsUSD {
		t.Errorf("got commitments %v, want %v", r.Result.Totals.CommitmentsUSD, s.Result.Totals.CommitmentsUSD)
	}
}

func TestSession_QueryIsShortForAPreset(t *testing.T) {
	s := newTestSession(t)
	q := s.Query()
	for k := range q {
		switch k {
		case "v", "preset", "as_of", paramData:
		default:
			t.Errorf("the default scenario's link carries %s=%s", k, q.Get(k))
		}
	}
}

func TestSession_Compare(t *testing.T) {
	s := newTestSession(t)
	t.Run("the default second scenario is the bear preset", func(t *testing.T) {
		b, r, notices, err := s.Compare()
		if err != nil || b.Preset != model.PresetBear || len(notices) != 0 || r.Totals.CommitmentsUSD == 0 {
			t.Errorf("got preset %s, %d notices, err %v", b.Preset, len(notices), err)
		}
	})
	t.Run("a bad parameter of the second scenario is named", func(t *testing.T) {
		v := s.ViewState
		v.Compare = "preset=bull&pue=zero"
		s.SetViewState(v)
		b, _, notices, err := s.Compare()
		if err != nil || b.Preset != model.PresetBull {
			t.Fatalf("got preset %s, err %v", b.Preset, err)
		}
		if len(notices) != 1 || !strings.Contains(notices[0].Text, "pue") || notices[0].Param != paramCompare {
			t.Errorf("got notices %v, want one naming pue", notices)
		}
	})
	t.Run("the current scenario can become the second", func(t *testing.T) {
		sc := s.Scenario.Clone()
		sc.PUE = 1.5
		if err := s.SetScenario(sc); err != nil {
			t.Fatal(err)
		}
		if u := s.Apply(Set(paramCompare, s.compareQuery(s.Scenario))); !u.View || u.Scenario {
			t.Errorf("making B the current scenario: got %+v, want a change of view alone", u)
		}
		b, _, _, _ := s.Compare()
		if b.PUE != 1.5 {
			t.Errorf("got B's pue %v, want 1.5", b.PUE)
		}
	})
}

func TestSession_ImportDeals(t *testing.T) {
	read := func(t *testing.T, name string) []byte {
		b, err := os.ReadFile("../../data/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, name := range []string{"extra_deals.csv", "extra_deals.json"} {
		t.Run("a valid "+name+" adds its deals and moves to the new latest date", func(t *testing.T) {
			s := newTestSession(t)
			before := len(s.Ledger.Deals)
			raw := read(t, name)
			extra := mustParse(t, name, raw)
			if err := s.ImportDeals(name, raw); err != nil {
				t.Fatalf("import: %v", err)
			}
			if got, want := len(s.Ledger.Deals), before+len(extra.Deals); got != want {
				t.Errorf("got %d deals, want %d", got, want)
			}
			if len(s.Imports) != 1 || s.Imports[0].Summary.Deals != len(extra.Deals) || s.Imports[0].Summary.File != name {
				t.Errorf("got imports %+v", s.Imports)
			}
			if got, want := s.Scenario.AsOf, s.Ledger.Latest(); got != want {
				t.Errorf("got as of %s, want the merged ledger's latest %s", got, want)
			}
			if s.DataVersion() == s.Base.Version() {
				t.Error("the data version did not change with the import")
			}
			if err := s.ClearImport(); err != nil || len(s.Ledger.Deals) != before {
				t.Errorf("clearing the import: %v, %d deals", err, len(s.Ledger.Deals))
			}
		})
	}
	for _, name := range []string{"broken_unknown_status.csv", "broken_bad_date.json"} {
		t.Run("a broken "+name+" is refused whole with a located error", func(t *testing.T) {
			s := newTestSession(t)
			before, rev := s.Ledger, s.Rev
			err := s.ImportDeals(name, read(t, name))
			if !errors.Is(err, ErrImport) {
				t.Fatalf("got %v, want ErrImport", err)
			}
			if s.Ledger != before || s.Rev != rev {
				t.Error("a refused import changed the session")
			}
			lines := ImportErrors(err)
			if len(lines) == 0 || !strings.HasPrefix(lines[0], name+":") {
				t.Errorf("got lines %q, want them to start with the file name", lines)
			}
		})
	}
}

func TestSession_ImportsAddUpAndOneCanBeRemoved(t *testing.T) {
	s := newTestSession(t)
	before := len(s.Ledger.Deals)
	first, err := os.ReadFile("../../data/testdata/extra_deals.csv")
	if err != nil {
		t.Fatal(err)
	}
	second := []byte(`[{"id":"second_file_deal","counterparty":"Second","kind":"cloud_purchase","status":"definitive","direction":"outflow",` +
		`"announced":"2026-06-01","value_usd":1e9,"start_year":2026,"end_year":2028,"capacity_gw":null,"chip_family":"","sites":[],` +
		`"first_capacity_year":0,"counted_in":null,"confidence":"low","sources":[{"url":"https://example.com/s","publisher":"Example","date":"2026-06-01","supports":"$1B"}]}]`)
	if err := s.ImportDeals("extra_deals.csv", first); err != nil {
		t.Fatal(err)
	}
	if err := s.ImportDeals("second.json", second); err != nil {
		t.Fatal(err)
	}
	if got := len(s.Ledger.Deals); got != before+3 || len(s.Imports) != 2 {
		t.Fatalf("after two imports: %d deals (want %d), %d files", got, before+3, len(s.Imports))
	}
	if err := s.RemoveImport(0); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.View.Deal("second_file_deal"); !ok || len(s.Ledger.Deals) != before+1 || len(s.Imports) != 1 {
		t.Errorf("removing the first file: %d deals, files %+v", len(s.Ledger.Deals), s.Imports)
	}
}

func TestSession_TheLedgerDownloadImportsBack(t *testing.T) {
	s := newTestSession(t)
	for _, dl := range []func(data.View) (Download, error){LedgerCSV, LedgerJSON} {
		d, err := dl(s.Ledger.AsOf(s.Ledger.Latest()))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ImportDeals(d.Name, d.Data); err != nil {
			t.Fatalf("%s does not import back: %v", d.Name, err)
		}
		sum := s.Imports[len(s.Imports)-1].Summary
		if sum.Deals != 0 || sum.Revisions != 0 || sum.Unchanged != len(s.Base.AsOf(s.Base.Latest()).Deals) {
			t.Errorf("%s imported back: %+v; want every deal unchanged", d.Name, sum)
		}
	}
}

func mustParse(t *testing.T, name string, raw []byte) *data.Ledger {
	t.Helper()
	var l *data.Ledger
	var err error
	if strings.HasSuffix(name, ".json") {
		l, err = data.ParseDealsJSON(name, strings.NewReader(string(raw)))
	} else {
		l, err = data.ParseDealsCSV(name, strings.NewReader(string(raw)))
	}
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestImportErrors(t *testing.T) {
	s := newTestSession(t)
	raw := "id,counterparty,kind,status,direction,announced,confidence,source_url,source_publisher,source_date,source_supports\n" +
		"a_one,A,cloud_purchase,signed,outflow,2026-05-01,low,https://example.com,Ex,2026-05-01,x\n" +
		"b_two,B,cloud_purchase,definitive,outflow,2026-05-01,high-ish,https://example.com,Ex,2026-05-01,x\n"
	err := s.ImportDeals("mine.csv", []byte(raw))
	lines := ImportErrors(err)
	if len(lines) < 2 {
		t.Fatalf("got %q, want a line per bad row", lines)
	}
	for i, want := range []string{"mine.csv:2", "mine.csv:3"} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d is %q, want it to start with %s", i, lines[i], want)
		}
	}
}

func TestMergeImport_RefusesWhatIsNotCSVOrJSON(t *testing.T) {
	l, _ := loadLedger()
	for _, tt := range []struct{ name, raw string }{
		{"notes.txt", "hello"},
		{"empty.json", "[]"},
		{"big.csv", strings.Repeat("x", maxImportBytes+1)},
	} {
		if _, _, _, err := MergeImport(l, tt.name, []byte(tt.raw), today(), nil); !errors.Is(err, ErrImport) {
			t.Errorf("%s: got %v, want ErrImport", tt.name, err)
		}
	}
}

func FuzzMergeImport(f *testing.F) {
	for _, name := range []string{"extra_deals.csv", "extra_deals.json", "broken_unknown_status.csv", "broken_bad_date.json", "extra_revisions.csv"} {
		b, err := os.ReadFile("../../data/testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(name, b)
	}
	l, err := loadLedger()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name string, raw []byte) {
		merged, _, sum, err := MergeImport(l, name, raw, today(), nil)
		if err != nil {
			if merged != nil {
				t.Fatal("a refused import returned a ledger")
			}
			if len(ImportErrors(err)) == 0 {
				t.Fatal("a refused import has no error line")
			}
			return
		}
		if sum.Deals+sum.Revisions+sum.Unchanged == 0 {
			t.Fatal("an accepted import read nothing")
		}
		if err := merged.Validate(); err != nil {
			t.Fatalf("an accepted import is invalid: %v", err)
		}
	})
}

func BenchmarkSessionLoadQuery(b *testing.B) {
	s := newTestSession(b)
	q, _ := url.ParseQuery("preset=bear&pue=1.3&g=60%25&exc=broadcom&ui.group=kind")
	b.ResetTimer()
	for range b.N {
		s.LoadQuery(q)
	}
}
