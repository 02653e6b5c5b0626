package data

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// exportCSV returns the seed ledger's CSV download on its latest date.
func exportCSV(t *testing.T) []byte {
	t.Helper()
	l := MustLoad()
	var buf bytes.Buffer
	if err := l.AsOf(l.Latest()).WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestUpdates_AnExportImportedBackChangesNothing(t *testing.T) {
	l := MustLoad()
	for name, raw := range map[string][]byte{"ledger.csv": exportCSV(t)} {
		extra, err := ParseDealsCSV(name, bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		up, unchanged, err := l.Updates(extra, MustDate("2026-12-03"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(up.Deals) != 0 || len(up.Revisions) != 0 || len(unchanged) != len(l.AsOf(l.Latest()).Deals) {
			t.Errorf("%s: %d deals and %d revisions to add, %d unchanged; want none, none, every deal", name, len(up.Deals), len(up.Revisions), len(unchanged))
		}
	}
	var buf bytes.Buffer
	if err := l.AsOf(l.Latest()).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	extra, err := ParseDealsJSON("ledger.json", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if up, _, err := l.Updates(extra, MustDate("2026-12-03")); err != nil || len(up.Revisions) != 0 {
		t.Errorf("the JSON download imported back: %v, %d revisions", err, len(up.Revisions))
	}
}

func TestUpdates_AnEditedValueWithANewSourceBecomesARevision(t *testing.T) {
	l := MustLoad()
	raw := string(exportCSV(t))
	lines := strings.Split(raw, "\n")
	var row string
	for _, line := range lines {
		if strings.HasPrefix(line, "aws_2025,") {
			row = line
		}
	}
	if row == "" {
		t.Fatal("no aws_2025 row")
	}
	header := lines[0]
	cells := strings.Split(row, ",") // the AWS row has no quoted commas before value_usd
	cur, _ := l.AsOf(l.Latest()).Deal("aws_2025")
	cells[6] = "150e9"
	edited := strings.Join(cells, ",")
	// Without a new source the change is refused, naming the deal and field.
	extra, err := ParseDealsCSV("edited.csv", strings.NewReader(header+"\n"+edited+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = l.Updates(extra, MustDate("2026-12-03"))
	if !errors.Is(err, ErrMissingSource) || !strings.Contains(err.Error(), `deal "aws_2025"`) || !strings.Contains(err.Error(), "value_usd") {
		t.Fatalf("got %v, want a missing-source error naming aws_2025 and value_usd", err)
	}
	// With one, it is a revision dated on the import day, and the as-of
	// totals move by the difference.
	extra.Deals[0].Sources = append(extra.Deals[0].Sources, Source{URL: "https://example.com/aws-150", Publisher: "Example", Date: MustDate("2026-12-01"), Supports: "$150B"})
	up, _, err := l.Updates(extra, MustDate("2026-12-03"))
	if err != nil {
		t.Fatal(err)
	}
	if len(up.Deals) != 0 || len(up.Revisions) != 1 {
		t.Fatalf("got %d deals, %d revisions; want one revision", len(up.Deals), len(up.Revisions))
	}
	r := up.Revisions[0]
	if r.DealID != "aws_2025" || r.Date != MustDate("2026-12-03") || r.ValueUSD == nil || *r.ValueUSD != 150e9 || len(r.Sources) != 1 {
		t.Errorf("got revision %+v", r)
	}
	m, err := l.Merge(up)
	if err != nil {
		t.Fatal(err)
	}
	before, after := l.AsOf(MustDate("2026-12-03")).Totals.CommitmentsUSD, m.AsOf(MustDate("2026-12-03")).Totals.CommitmentsUSD
	if got, want := after-before, 150e9-*cur.ValueUSD; got != want {
		t.Errorf("commitments moved by %v, want %v", got, want)
	}
}

func TestUpdates_AFixedFieldCannotChange(t *testing.T) {
	l := MustLoad()
	cur, _ := l.AsOf(l.Latest()).Deal("aws_2025")
	d := cloneDeal(cur)
	d.Counterparty = "Someone else"
	_, _, err := l.Updates(&Ledger{Deals: []Deal{d}}, MustDate("2026-12-03"))
	if err == nil || !strings.Contains(err.Error(), "counterparty differs") {
		t.Errorf("got %v, want counterparty refused", err)
	}
}
