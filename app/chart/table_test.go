package chart

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// realOptions returns the option JSON of every chart the explorer draws,
// built from the real ledger for the base scenario on its default date,
// keyed by a name.
func realOptions(t *testing.T) map[string]string {
	t.Helper()
	l := realLedger(t)
	asOf := model.DefaultAsOf(l)
	v := l.AsOf(asOf)
	s, err := model.Preset(l, model.PresetBase, asOf)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	bull, err := model.Preset(l, model.PresetBull, asOf)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := model.Run(l, bull)
	if err != nil {
		t.Fatal(err)
	}
	d, err := model.MonteCarlo(l, s, 200, 7)
	if err != nil {
		t.Fatal(err)
	}
	swings, err := model.Sensitivity(l, s, model.MetricCommitmentsUSD)
	if err != nil {
		t.Fatal(err)
	}
	claim, err := l.ReconcileClaim(l.AsOf(data.MustDate("2025-11-06")))
	if err != nil {
		t.Fatal(err)
	}
	all := map[string]Optioner{
		"commitments":   CommitmentsByCounterparty(CounterpartyAmounts(r)),
		"power":         PowerAndChips(r),
		"funding":       Funding(r),
		"flows":         Flows(v, r),
		"timeline":      Timeline(l, asOf),
		"tornado":       Tornado(swings, model.MetricCommitmentsUSD),
		"compare":       Compare(r, rb, "Base", "Bull"),
		"reconcile usd": Waterfall("From the deals to the ~$1.4T claim", claim.Commitments),
		"reconcile gw":  Waterfall("From the deals to the ~30 GW claim", claim.Capacity),
	}
	for _, g := range Groups {
		all["spend "+string(g)] = SpendByYear(r, g, EventsFromView(v))
		all["capacity "+string(g)] = CapacityByYear(r, g)
	}
	for _, q := range FanQuantities {
		all["fan "+string(q)] = Fan(d, q)
	}
	out := map[string]string{}
	for name, c := range all {
		raw, err := OptionJSON(c)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(raw)
	}
	return out
}

// helperSeries are the series of the real charts that draw nothing a
// reader can point at and so have no column: the invisible halves of the
// bands, the waterfall's invisible base, and the carrier of the event
// lines.
var helperSeries = []string{"Low–high range", seriesP10P90, "base", "Deal events"}

// looseOption is an option decoded with its numbers as written.
type looseOption struct {
	XAxis  []map[string]any `json:"xAxis"`
	YAxis  []map[string]any `json:"yAxis"`
	Series []map[string]any `json:"series"`
}

func decodeLoose(t *testing.T, raw string) looseOption {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.UseNumber()
	var o looseOption
	if err := dec.Decode(&o); err != nil {
		t.Fatal(err)
	}
	return o
}

// cell returns the table's text at the row headed key and the column
// headed by the n-th column named name (counted from 0).
func cell(tb Table, key, name string, n int) (string, bool) {
	col := -1
	for i, c := range tb.Columns {
		if c.Name == name {
			if n == 0 {
				col = i
				break
			}
			n--
		}
	}
	if col < 0 {
		return "", false
	}
	for _, r := range tb.Rows {
		if r[0] == key {
			return r[col], true
		}
	}
	return "", false
}

func TestTableOf_RealChartsShowEveryValueOfEveryVisibleSeries(t *testing.T) {
	for name, raw := range realOptions(t) {
		t.Run("the table of "+name+" holds every number the chart draws where the chart draws it", func(t *testing.T) {
			tb, err := TableOf(raw)
			if err != nil {
				t.Fatal(err)
			}
			if tb.Caption == "" {
				t.Errorf("the table has no caption")
			}
			for i, c := range tb.Columns {
				if c.Numeric && c.Unit == "" {
					t.Errorf("column %d %q has no unit", i, c.Name)
				}
			}
			for _, r := range tb.Rows {
				if len(r) != len(tb.Columns) {
					t.Fatalf("row %v has %d cells for %d columns", r, len(r), len(tb.Columns))
				}
			}
			o := decodeLoose(t, raw)
			seen := map[string]int{}
			checked := 0
			for _, s := range o.Series {
				sname, _ := s["name"].(string)
				if s["type"] == "sankey" {
					for _, l := range objects(s["links"]) {
						want := []string{nodeName(l["source"]), nodeName(l["target"]), number(l["value"])}
						if !slices.ContainsFunc(tb.Rows, func(r []string) bool { return slices.Equal(r, want) }) {
							t.Errorf("no row %v", want)
						}
						checked++
					}
					continue
				}
				n := seen[sname]
				seen[sname]++
				if slices.Contains(helperSeries, sname) {
					if slices.ContainsFunc(tb.Columns, func(c Column) bool { return c.Name == sname }) {
						t.Errorf("the helper series %q has a column", sname)
					}
					continue
				}
				xi, yi := index(s, "xAxisIndex"), index(s, "yAxisIndex")
				cat, dim := o.XAxis[xi], 1
				if o.XAxis[xi]["type"] != "category" && o.YAxis[yi]["type"] == "category" {
					cat, dim = o.YAxis[yi], 0
				}
				labels := categoryNames(cat["data"])
				for i, item := range list(s["data"]) {
					if m, ok := item.(map[string]any); ok {
						item = m["value"]
					}
					key := ""
					if i < len(labels) {
						key = labels[i]
					}
					if pair, ok := item.([]any); ok {
						key, item = scalar(pair[1-dim]), pair[dim]
					}
					want := number(item)
					if want == "" {
						continue
					}
					got, ok := cell(tb, key, sname, n)
					if !ok {
						t.Fatalf("no cell for %q at %q (columns %v)", sname, key, tb.Headers())
					}
					if got != want {
						t.Errorf("%q at %q: got %q, want %q", sname, key, got, want)
					}
					checked++
				}
			}
			if checked == 0 {
				t.Errorf("no number checked: the chart draws nothing")
			}
		})
	}
}

func TestTableOf_BandsShowTheirRealLowAndHigh(t *testing.T) {
	opts := realOptions(t)
	tests := []struct{ chart, low, high string }{
		{"spend counterparty", "Low end", "High end"},
		{"fan spend", seriesP10, seriesP90},
		{"fan cumulative_gap", seriesP10, seriesP90},
	}
	for _, tt := range tests {
		t.Run("the "+tt.chart+" table's high end is at or above its low end in every year", func(t *testing.T) {
			tb, err := TableOf(opts[tt.chart])
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range tb.Rows {
				lo, ok1 := cell(tb, r[0], tt.low, 0)
				hi, ok2 := cell(tb, r[0], tt.high, 0)
				if !ok1 || !ok2 {
					t.Fatalf("no %q or %q column in %v", tt.low, tt.high, tb.Headers())
				}
				if lo == "" {
					continue
				}
				var l, h float64
				if err := json.Unmarshal([]byte(lo), &l); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal([]byte(hi), &h); err != nil {
					t.Fatal(err)
				}
				if h < l {
					t.Errorf("%s: high %v below low %v (a stacking difference, not the high end)", r[0], h, l)
				}
			}
		})
	}
}

func TestTableOf_Shapes(t *testing.T) {
	tests := []struct {
		name, option string
		headers      []string
		rows         [][]string
		notes        []string
	}{
		{
			name:    "a category axis gives a row per category and a column per series, unit from the axis name",
			option:  `{"title":{"text":"T"},"xAxis":[{"type":"category","data":["2025","2026"]}],"yAxis":[{"type":"value","name":"GW"}],"series":[{"type":"bar","name":"A","data":[1,null]},{"type":"line","name":"B","data":[{"value":2.25},3]}]}`,
			headers: []string{"Year", "A (GW)", "B (GW)"},
			rows:    [][]string{{"2025", "1", "2.25"}, {"2026", "", "3"}},
		},
		{
			name:    "without an axis name the unit is the subtitle's first part",
			option:  `{"title":{"text":"T","subtext":"US$ billions a year · band"},"xAxis":{"type":"category","data":["x"]},"yAxis":{"type":"value"},"series":{"type":"bar","name":"A","data":[7]}}`,
			headers: []string{"Category", "A (US$ billions a year)"},
			rows:    [][]string{{"x", "7"}},
		},
		{
			name:    "a horizontal bar chart has its rows on the y axis",
			option:  `{"xAxis":[{"type":"value"}],"yAxis":[{"type":"category","data":["Oracle","AMD"]}],"series":[{"type":"bar","name":"A","data":[300,90]}]}`,
			headers: []string{"Category", "A"},
			rows:    [][]string{{"Oracle", "300"}, {"AMD", "90"}},
		},
		{
			name:    "points on a time axis are rows in date order, with their labels",
			option:  `{"xAxis":[{"type":"time"}],"yAxis":[{"type":"value"}],"series":[{"type":"line","name":"Total","data":[["2025-02-01",80],["2025-01-10",20]]},{"type":"scatter","name":"Events","data":[{"value":["2025-01-10",20],"label":{"show":true,"formatter":"Gamma $20B"}}]}]}`,
			headers: []string{"Date", "Total", "Events", "Label"},
			rows:    [][]string{{"2025-01-10", "20", "20", "Gamma $20B"}, {"2025-02-01", "80", "", ""}},
		},
		{
			name:    "the invisible half of a band is left out",
			option:  `{"xAxis":{"type":"category","data":["2025"]},"yAxis":{"type":"value"},"series":[{"type":"line","name":"band","stack":"b","silent":true,"tooltip":{"show":false},"data":[4]},{"type":"line","name":"band","stack":"b","silent":true,"tooltip":{"show":false},"data":[2]},{"type":"line","name":"Low","silent":true,"data":[4]},{"type":"line","name":"High","silent":true,"data":[6]}]}`,
			headers: []string{"Year", "Low", "High"},
			rows:    [][]string{{"2025", "4", "6"}},
		},
		{
			name:    "numbers keep every digit the option writes",
			option:  `{"xAxis":{"type":"category","data":["a"]},"yAxis":{"type":"value"},"series":[{"type":"bar","name":"A","data":[0.30000000000000004]},{"type":"bar","name":"B","data":[1e21]}]}`,
			headers: []string{"Category", "A", "B"},
			rows:    [][]string{{"a", "0.30000000000000004", "1e21"}},
		},
		{
			name:    "a sankey gives a row per link",
			option:  `{"title":{"text":"F","subtext":"US$ billions"},"series":[{"type":"sankey","data":[{"name":"a"},{"name":"b"}],"links":[{"source":"a","target":"b","value":5}]}]}`,
			headers: []string{"From", "To", "Value (US$ billions)"},
			rows:    [][]string{{"a", "b", "5"}},
		},
		{
			name:    "marked lines and points become notes",
			option:  `{"xAxis":{"type":"category","data":["2028"]},"yAxis":{"type":"value"},"series":[{"type":"bar","name":"A","data":[1],"markLine":{"data":[{"name":"Base","xAxis":130},{"xAxis":"2028","label":{"formatter":"Break-even"}}]},"markPoint":{"data":[{"name":"Goal","coord":["2028",53.2],"value":53.2}]}}]}`,
			headers: []string{"Year", "A"},
			rows:    [][]string{{"2028", "1"}},
			notes:   []string{"Base: 130", "2028: Break-even", "Goal: 53.2"},
		},
		{
			name:    "an option without series gives an empty table",
			option:  `{"title":{"text":"Nothing"}}`,
			headers: []string{"Category"},
		},
		{
			name:    "data past the categories is left out",
			option:  `{"xAxis":{"type":"category","data":["a"]},"yAxis":{"type":"value"},"series":[{"type":"bar","name":"A","data":[1,2]}]}`,
			headers: []string{"Category", "A"},
			rows:    [][]string{{"a", "1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb, err := TableOf(tt.option)
			if err != nil {
				t.Fatal(err)
			}
			if got := tb.Headers(); !slices.Equal(got, tt.headers) {
				t.Errorf("headers: got %q, want %q", got, tt.headers)
			}
			if !slices.EqualFunc(tb.Rows, tt.rows, slices.Equal) {
				t.Errorf("rows: got %q, want %q", tb.Rows, tt.rows)
			}
			if !slices.Equal(tb.Notes, tt.notes) {
				t.Errorf("notes: got %q, want %q", tb.Notes, tt.notes)
			}
		})
	}
}

func TestTableOf_RefusesWhatIsNotAnOption(t *testing.T) {
	for _, in := range []string{``, `{`, `[1,2]`, `"text"`, `null`, `{"a":1} {"b":2}`, `{"series":[}`} {
		t.Run("refuses "+in, func(t *testing.T) {
			if _, err := TableOf(in); err == nil {
				t.Errorf("got no error")
			}
		})
	}
}

func TestColumn_Header(t *testing.T) {
	tests := []struct {
		c    Column
		want string
	}{
		{Column{Name: "Alpha", Unit: "GW"}, "Alpha (GW)"},
		{Column{Name: "Year"}, "Year"},
		{Column{Name: "Accelerators (millions)", Unit: "Accelerators, millions"}, "Accelerators (millions)"},
		{Column{Name: "Energy (TWh)", Unit: "Energy, TWh a year"}, "Energy (TWh)"},
		{Column{Name: "Nvidia (investor)", Unit: "US$ billions"}, "Nvidia (investor) (US$ billions)"},
	}
	for _, tt := range tests {
		if got := tt.c.Header(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestTable_CSVReadsBackAsTheTable(t *testing.T) {
	tables := map[string]Table{
		"quotes, commas and line breaks": {Columns: []Column{{Name: `Deal "A", B`}, {Name: "V", Unit: "GW", Numeric: true}},
			Rows: [][]string{{"one,\ntwo", "1.5"}, {`say "hi"`, ""}}},
	}
	for name, raw := range realOptions(t) {
		tb, err := TableOf(raw)
		if err != nil {
			t.Fatal(err)
		}
		tables[name] = tb
	}
	for name, tb := range tables {
		t.Run("the CSV of "+name+" reads back as its headers and rows", func(t *testing.T) {
			b, err := tb.CSV()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasSuffix(b, []byte("\r\n")) {
				t.Errorf("records do not end in CRLF")
			}
			got, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			want := append([][]string{tb.Headers()}, tb.Rows...)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// goldenOptions returns the golden option files as seeds.
func goldenOptions(f *testing.F) []string {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.golden.json"))
	if err != nil {
		f.Fatal(err)
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func FuzzTableOf(f *testing.F) {
	for _, s := range goldenOptions(f) {
		f.Add(s)
	}
	f.Add(`{"xAxis":{"type":"category","data":[1,{"value":"b"}]},"series":[{"data":[[0,1],[9,"x"],{"value":[1,2]}]}]}`)
	f.Add(`{"series":[{"type":"sankey","links":[{"source":1,"target":"b","value":"x"}]}]}`)
	f.Add(`{"yAxis":{"type":"category"},"xAxis":{"type":"time"},"series":[{"xAxisIndex":-3,"yAxisIndex":99,"data":[null,[],[1]]}]}`)
	f.Add(`[`)
	f.Fuzz(func(t *testing.T, in string) {
		tb, err := TableOf(in)
		if !json.Valid([]byte(in)) {
			if err == nil {
				t.Fatalf("no error for malformed JSON %q", in)
			}
			return
		}
		if err != nil {
			return
		}
		for _, r := range tb.Rows {
			if len(r) != len(tb.Columns) {
				t.Fatalf("row %q has %d cells for %d columns", r, len(r), len(tb.Columns))
			}
		}
		if _, err := tb.CSV(); err != nil {
			t.Fatalf("the table does not write as CSV: %v", err)
		}
	})
}
