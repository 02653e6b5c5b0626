package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"testing"
)

// normalize clears what export and import may legitimately change: where
// a record was read from, and nil versus empty lists.
func normalize(deals []Deal) []Deal {
	out := cloneDeals(deals)
	for i := range out {
		out[i].at = origin{}
		if len(out[i].Sites) == 0 {
			out[i].Sites = nil
		}
		for k := range out[i].Sources {
			if len(out[i].Sources[k].Fields) == 0 {
				out[i].Sources[k].Fields = nil
			}
		}
	}
	return out
}

func TestRoundTrip_JSONExportReadsBackToTheSameDeals(t *testing.T) {
	l := MustLoad()
	for _, day := range []string{"2025-11-06", "2026-07-01"} {
		t.Run("as of "+day, func(t *testing.T) {
			v := l.AsOf(MustDate(day))
			var buf bytes.Buffer
			if err := v.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			back, err := ParseDealsJSON("export.json", &buf)
			if err != nil {
				t.Fatalf("reading the export back: %v", err)
			}
			if got, want := normalize(back.Deals), normalize(v.Deals); !reflect.DeepEqual(got, want) {
				t.Errorf("deals differ after a JSON round trip:\ngot  %+v\nwant %+v", got, want)
			}
			if _, err := (&Ledger{Assumptions: l.Assumptions}).Merge(back); err != nil {
				t.Errorf("the exported deals do not validate as a ledger: %v", err)
			}
		})
	}
}

func TestRoundTrip_CSVExportReadsBackToTheSameDeals(t *testing.T) {
	l := MustLoad()
	for _, day := range []string{"2025-11-06", "2026-07-01"} {
		t.Run("as of "+day, func(t *testing.T) {
			v := l.AsOf(MustDate(day))
			var buf bytes.Buffer
			if err := v.WriteCSV(&buf); err != nil {
				t.Fatal(err)
			}
			back, err := ParseDealsCSV("export.csv", bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("reading the export back: %v", err)
			}
			if got, want := normalize(back.Deals), normalize(v.Deals); !reflect.DeepEqual(got, want) {
				t.Errorf("deals differ after a CSV round trip:\ngot  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestWriteCSV_HasAHeaderAndOneRowPerDeal(t *testing.T) {
	v := MustLoad().AsOf(MustDate("2026-07-01"))
	var buf bytes.Buffer
	if err := v.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), len(v.Deals)+1; got != want {
		t.Errorf("got %d rows, want %d (header + one per deal)", got, want)
	}
	if rows[0][0] != "id" {
		t.Errorf("got header %v, want it to start with id", rows[0])
	}
}

// The JSON contract of `computeledger ledger -format json`.
func TestWriteJSON_FollowsTheContract(t *testing.T) {
	v := MustLoad().AsOf(MustDate("2025-11-06"))
	var buf bytes.Buffer
	if err := v.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"as_of", "deals", "totals"} {
		if _, ok := doc[key]; !ok {
			t.Errorf("top level lacks %q", key)
		}
	}
	totals := doc["totals"].(map[string]any)
	for _, key := range []string{"commitments_usd", "disclosed_usd", "estimated_usd", "capacity_gw"} {
		if _, ok := totals[key].(float64); !ok {
			t.Errorf("totals.%s: got %v, want a number", key, totals[key])
		}
	}
	sawNullValue, sawNullCountedIn := false, false
	for _, raw := range doc["deals"].([]any) {
		d := raw.(map[string]any)
		for _, key := range []string{"id", "counterparty", "kind", "status", "value_usd", "value_low_usd", "value_high_usd", "estimated", "capacity_gw", "start_year", "end_year", "counted_in", "sources"} {
			if _, ok := d[key]; !ok {
				t.Errorf("deal %v lacks %q", d["id"], key)
			}
		}
		if d["counted_in"] == "" {
			t.Errorf("deal %v: counted_in is \"\", want null or an id", d["id"])
		}
		sawNullCountedIn = sawNullCountedIn || d["counted_in"] == nil
		sawNullValue = sawNullValue || d["value_usd"] == nil
		for _, s := range d["sources"].([]any) {
			src := s.(map[string]any)
			if src["url"] == nil || src["date"] == nil {
				t.Errorf("deal %v: source %v lacks url or date", d["id"], src)
			}
		}
	}
	if !sawNullCountedIn || !sawNullValue {
		t.Errorf("got null counted_in %v, null value_usd %v; want both to appear as null", sawNullCountedIn, sawNullValue)
	}
}
