package data

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// seed adds every testdata file with the given extension to the corpus.
func seed(f *testing.F, ext string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkAccepted is the invariant of every parser: what it accepts passes
// the record checks, and merging it either fails or gives a valid ledger.
func checkAccepted(t *testing.T, l *Ledger, base *Ledger) {
	if err := l.checkRecords(nil); err != nil {
		t.Fatalf("accepted records fail the record checks: %v", err)
	}
	merged, err := base.Merge(l)
	if err != nil {
		return
	}
	if err := merged.Validate(); err != nil {
		t.Fatalf("Merge accepted a ledger that fails Validate: %v", err)
	}
	merged.AsOf(merged.Latest())
}

func FuzzParseDealsJSON(f *testing.F) {
	seed(f, ".json")
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"deals": null}`))
	base := MustLoad()
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseDealsJSON("fuzz.json", bytes.NewReader(b))
		if err != nil {
			if l != nil {
				t.Fatal("got a ledger and an error")
			}
			return
		}
		checkAccepted(t, l, base)
	})
}

func FuzzParseDealsCSV(f *testing.F) {
	seed(f, ".csv")
	f.Add([]byte("id,source_url\n"))
	// The cases a spreadsheet and a round trip used to get wrong: a formula
	// cell, a list with ";" and spaces as JSON, CR LF inside quotes, a date
	// outside the ledger's years.
	row := "id,counterparty,kind,status,direction,announced,value_usd,start_year,end_year,confidence,sites,notes,source_url,source_publisher,source_date,source_supports\n"
	f.Add([]byte(row + "f1,\"'=HYPERLINK(\"\"x\"\")\",cloud_purchase,definitive,outflow,2026-05-03,1e9,2026,2030,low,\"[\"\"A; B\"\",\"\" c \"\"]\",\"a\r\nb\",https://example.com/f,'-P,2026-05-03,'+s\n"))
	f.Add([]byte(row + "f2,X,cloud_purchase,definitive,outflow,9999-12-31,1e9,2026,2030,low,,,https://example.com/f,P,2026-05-03,s\r\n"))
	base := MustLoad()
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseDealsCSV("fuzz.csv", bytes.NewReader(b))
		if err != nil {
			if l != nil {
				t.Fatal("got a ledger and an error")
			}
			return
		}
		checkAccepted(t, l, base)
		// What was read writes back and reads back the same.
		var out bytes.Buffer
		v := View{Deals: l.Deals}
		if err := v.WriteCSV(&out); err != nil {
			t.Fatal(err)
		}
		back, err := ParseDealsCSV("back.csv", bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("the written CSV does not read back: %v\n%s", err, out.Bytes())
		}
		if got, want := normalize(back.Deals), normalize(l.Deals); !reflect.DeepEqual(got, want) {
			t.Fatalf("a CSV round trip changed the deals:\ngot  %+v\nwant %+v", got, want)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-11-06", "2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "2025-1-6", "", "2025-11-06T00:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if got := d.Format(DateLayout); got != s {
			t.Fatalf("ParseDate(%q) = %s, want it to print back the same", s, got)
		}
		var back Date
		if err := back.UnmarshalJSON([]byte(`"` + s + `"`)); err != nil || back != d {
			t.Fatalf("JSON of %q reads back as %v, %v", s, back, err)
		}
	})
}
