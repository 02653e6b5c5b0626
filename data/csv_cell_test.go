package data

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// hostileView returns the seed ledger as of 2026-07-01 with one deal whose
// text would run as a formula in a spreadsheet, and whose sites and notes
// hold the separators and spaces a CSV round trip used to lose.
func hostileView(t *testing.T) View {
	t.Helper()
	v := MustLoad().AsOf(MustDate("2026-07-01"))
	d := &v.Deals[0]
	d.Counterparty = `=HYPERLINK("https://attacker.example/","Click")`
	d.Notes = "+1 more; -2 less\r\nsecond line\nthird\r\r\nfourth"
	d.Sites = []string{"Abilene; TX", " Milam County ", "@home", "[brackets]"}
	d.Sources[0].Publisher = "-Press"
	d.Sources[0].Supports = "\tindented"
	return v
}

func TestWriteCSV_NoCellStartsAFormula(t *testing.T) {
	v := hostileView(t)
	var buf bytes.Buffer
	if err := v.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows[1:] {
		for c, cell := range row {
			if cell == "" || !strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				continue
			}
			if _, err := strconv.ParseFloat(cell, 64); err != nil {
				t.Errorf("row %d, column %s: %q would run as a formula", r+2, rows[0][c], cell)
			}
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte(`'=HYPERLINK(`)) {
		t.Errorf("the formula is not escaped with a leading apostrophe")
	}
}

func TestRoundTrip_CSVKeepsTextAndSitesExactly(t *testing.T) {
	v := hostileView(t)
	var buf bytes.Buffer
	if err := v.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ParseDealsCSV("export.csv", bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("reading the export back: %v", err)
	}
	got, want := back.Deals[0], v.Deals[0]
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"counterparty", got.Counterparty, want.Counterparty},
		{"notes", got.Notes, want.Notes},
		{"sites", got.Sites, want.Sites},
		{"source publisher", got.Sources[0].Publisher, want.Sources[0].Publisher},
		{"source supports", got.Sources[0].Supports, want.Sources[0].Supports},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
		}
	}
}

func TestParseDealsCSV_ListsByHand(t *testing.T) {
	for _, tt := range []struct {
		cell string
		want []string
		ok   bool
	}{
		{"Abilene, TX; Milam County, TX", []string{"Abilene, TX", "Milam County, TX"}, true},
		{`["a;b"," c "]`, []string{"a;b", " c "}, true},
		{"", nil, true},
		{"[not json", nil, false},
	} {
		got, ok := parseList(tt.cell)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseList(%q) = %q, %v; want %q, %v", tt.cell, got, ok, tt.want, tt.ok)
		}
	}
}
