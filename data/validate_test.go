package data

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// goodDeal returns a valid import record as a JSON-ready map.
func goodDeal(id string) map[string]any {
	return map[string]any{
		"id": id, "counterparty": "Example", "kind": "cloud_purchase", "status": "definitive",
		"direction": "outflow", "announced": "2026-05-01", "value_usd": 1e9, "start_year": 2026, "end_year": 2028,
		"confidence": "low",
		"sources":    []any{map[string]any{"url": "https://example.com/a", "publisher": "Example", "date": "2026-05-01", "supports": "$1B"}},
	}
}

func goodRevision(id, dealID string) map[string]any {
	return map[string]any{
		"id": id, "deal_id": dealID, "date": "2026-06-01", "summary": "grows", "value_usd": 2e9,
		"sources": []any{map[string]any{"url": "https://example.com/b", "publisher": "Example", "date": "2026-06-01", "supports": "$2B"}},
	}
}

func importJSON(t *testing.T, deals []map[string]any, revisions []map[string]any) string {
	t.Helper()
	b, err := json.MarshalIndent(map[string]any{"deals": deals, "revisions": revisions}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func with(m map[string]any, key string, value any) map[string]any {
	c := map[string]any{}
	for k, v := range m {
		c[k] = v
	}
	if value == nil {
		delete(c, key)
	} else {
		c[key] = value
	}
	return c
}

// importAndMerge parses a JSON import and merges it into the embedded
// ledger, returning the first error.
func importAndMerge(name, body string) error {
	extra, err := ParseDealsJSON(name, strings.NewReader(body))
	if err != nil {
		return err
	}
	_, err = MustLoad().Merge(extra)
	return err
}

func TestImport_RejectsBrokenRecordsNamingFileFieldAndExpectation(t *testing.T) {
	cyclic := []map[string]any{with(goodDeal("loop_a"), "counted_in", "loop_b"), with(goodDeal("loop_b"), "counted_in", "loop_a")}
	tests := []struct {
		name      string
		deals     []map[string]any
		revisions []map[string]any
		sentinel  error
		field     string
	}{
		{"a deal without a source is rejected", []map[string]any{with(goodDeal("x1"), "sources", []any{})}, nil, ErrMissingSource, "sources"},
		{"a source without a url is rejected", []map[string]any{with(goodDeal("x1"), "sources", []any{map[string]any{"publisher": "P", "date": "2026-01-01", "supports": "s"}})}, nil, ErrMissingSource, "sources[0].url"},
		{"a bad date is rejected", []map[string]any{with(goodDeal("x1"), "announced", "2026-02-30")}, nil, ErrBadDate, "announced"},
		{"an unknown status is rejected", []map[string]any{with(goodDeal("x1"), "status", "signed")}, nil, ErrUnknownStatus, "status"},
		{"an unknown kind is rejected", []map[string]any{with(goodDeal("x1"), "kind", "loan")}, nil, ErrUnknownKind, "kind"},
		{"an unknown direction is rejected", []map[string]any{with(goodDeal("x1"), "direction", "sideways")}, nil, ErrUnknownDirection, "direction"},
		{"a negative value is rejected", []map[string]any{with(goodDeal("x1"), "value_usd", -5e9)}, nil, ErrBadValue, "value_usd"},
		{"a value of the wrong type is rejected", []map[string]any{with(goodDeal("x1"), "value_usd", "$5B")}, nil, ErrBadValue, "value_usd"},
		{"a start after the end is rejected", []map[string]any{with(goodDeal("x1"), "start_year", 2030)}, nil, ErrBadRange, "start_year"},
		{"a low above the high is rejected", []map[string]any{with(with(goodDeal("x1"), "value_low_usd", 3e9), "value_high_usd", 2e9)}, nil, ErrBadRange, "value_low_usd"},
		{"an estimate without a method is rejected", []map[string]any{with(goodDeal("x1"), "estimated", true)}, nil, ErrMissingField, "estimate_method"},
		{"an unknown field is rejected", []map[string]any{with(goodDeal("x1"), "valu_usd", 1)}, nil, ErrUnknownField, "valu_usd"},
		{"an unknown capex carrier is rejected", []map[string]any{with(goodDeal("x1"), "capex_carrier", "taxpayers")}, nil, ErrBadValue, "capex_carrier"},
		{"a capex carrier without a source is rejected", []map[string]any{with(goodDeal("x1"), "capex_carrier", "cloud")}, nil, ErrMissingField, "capex_carrier_source"},
		{"a capex carrier source without a url is rejected", []map[string]any{with(with(goodDeal("x1"), "capex_carrier", "cloud"), "capex_carrier_source",
			map[string]any{"publisher": "P", "date": "2026-01-01", "supports": "s"})}, nil, ErrMissingSource, "capex_carrier_source.url"},
		{"a cloud named as chip supplier is rejected", []map[string]any{with(with(goodDeal("x1"), "chip_supplier", "Microsoft"), "chip_supplier_source",
			map[string]any{"url": "https://example.com/a", "publisher": "P", "date": "2026-01-01", "supports": "s"})}, nil, ErrBadValue, "chip_supplier"},
		{"a chip supplier without a source is rejected", []map[string]any{with(goodDeal("x1"), "chip_supplier", "Nvidia")}, nil, ErrMissingField, "chip_supplier_source"},
		{"a chip supplier source without a supplier is rejected", []map[string]any{with(goodDeal("x1"), "chip_supplier_source",
			map[string]any{"url": "https://example.com/a", "publisher": "P", "date": "2026-01-01", "supports": "s"})}, nil, ErrMissingField, "chip_supplier"},
		{"a chip supplier source without a url is rejected", []map[string]any{with(with(goodDeal("x1"), "chip_supplier", "AMD"), "chip_supplier_source",
			map[string]any{"publisher": "P", "date": "2026-01-01", "supports": "s"})}, nil, ErrMissingSource, "chip_supplier_source.url"},
		{"a bad id is rejected", []map[string]any{goodDeal("Not An Id")}, nil, ErrBadID, "id"},
		{"an overlap cycle is rejected", cyclic, nil, ErrOverlapCycle, "counted_in"},
		{"a deal counted in an unknown deal is rejected", []map[string]any{with(goodDeal("x1"), "counted_in", "nowhere")}, nil, ErrUnknownDeal, "counted_in"},
		{"a revision of an unknown deal is rejected", nil, []map[string]any{goodRevision("r1", "nowhere")}, ErrUnknownDeal, "deal_id"},
		{"a revision dated before its deal is rejected", []map[string]any{goodDeal("x1")}, []map[string]any{with(goodRevision("r1", "x1"), "date", "2026-01-01")}, ErrBadRange, "date"},
		{"a revision that leaves the deal inconsistent is rejected", []map[string]any{goodDeal("x1")}, []map[string]any{with(goodRevision("r1", "x1"), "start_year", 2031)}, ErrBadRange, "start_year"},
		{"a duplicate id within the file is rejected", []map[string]any{goodDeal("x1"), goodDeal("x1")}, nil, ErrDuplicateID, "id"},
		{"a duplicate of a ledger id is rejected", []map[string]any{goodDeal("aws_2025")}, nil, ErrDuplicateID, "id"},
		{"an unknown estimate assumption is rejected", []map[string]any{with(with(with(goodDeal("x1"), "estimated", true), "estimate_assumption", "no_such"), "capacity_gw", 1)}, nil, ErrUnknownAssumption, "estimate_assumption"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := importAndMerge("extra.json", importJSON(t, tt.deals, tt.revisions))
			if err == nil {
				t.Fatal("got no error, want one")
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("got %v, want it to wrap %v", err, tt.sentinel)
			}
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("got %T, want a *RecordError", err)
			}
			msg := err.Error()
			for _, want := range []string{"extra.json:", "field " + tt.field, "want "} {
				if !strings.Contains(msg, want) {
					t.Errorf("got %q, want it to contain %q", msg, want)
				}
			}
			if re.Line == 0 {
				t.Errorf("got no line number in %q", msg)
			}
		})
	}
}

func TestImport_CSVErrorsNameTheLineAndColumn(t *testing.T) {
	header := "id,counterparty,kind,status,direction,announced,value_usd,confidence,source_url,source_publisher,source_date,source_supports\n"
	row := func(cells ...string) string { return strings.Join(cells, ",") + "\n" }
	good := []string{"x1", "Example", "cloud_purchase", "definitive", "outflow", "2026-05-01", "1e9", "low", "https://example.com/a", "Example", "2026-05-01", "$1B"}
	change := func(i int, v string) []string { c := append([]string(nil), good...); c[i] = v; return c }
	tests := []struct {
		name     string
		body     string
		sentinel error
		field    string
		line     int
	}{
		{"a bad date names line 3", header + row(good...) + row(change(5, "05/01/2026")...), ErrBadDate, "announced", 3},
		{"a value with a dollar sign is rejected", header + row(change(6, "$1B")...), ErrBadValue, "value_usd", 2},
		{"an unknown status is rejected", header + row(change(3, "signed")...), ErrUnknownStatus, "status", 2},
		{"an unknown column is rejected", strings.Replace(header, "confidence", "confidense", 1) + row(good...), ErrUnknownField, "confidense", 1},
		{"a missing source url is rejected", header + row(change(8, "")...), ErrMissingSource, "sources[0].url", 2},
		{"a short row is rejected", header + row(good[:5]...), ErrSyntax, "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDealsCSV("extra.csv", strings.NewReader(tt.body))
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("got %v, want %v", err, tt.sentinel)
			}
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("got %T, want *RecordError", err)
			}
			if re.File != "extra.csv" || re.Line != tt.line || (tt.field != "" && re.Field != tt.field) {
				t.Errorf("got file %q line %d field %q, want extra.csv line %d field %q (%v)", re.File, re.Line, re.Field, tt.line, tt.field, err)
			}
		})
	}
}

func TestImport_AcceptsTheExampleFiles(t *testing.T) {
	base := MustLoad()
	for _, tt := range []struct {
		file  string
		parse func(string, string) (*Ledger, error)
	}{
		{"testdata/extra_deals.json", func(n, s string) (*Ledger, error) { return ParseDealsJSON(n, strings.NewReader(s)) }},
		{"testdata/extra_deals.csv", func(n, s string) (*Ledger, error) { return ParseDealsCSV(n, strings.NewReader(s)) }},
		{"testdata/extra_revisions.csv", func(n, s string) (*Ledger, error) { return ParseDealsCSV(n, strings.NewReader(s)) }},
	} {
		t.Run(tt.file+" merges into the ledger", func(t *testing.T) {
			extra, err := tt.parse(tt.file, readTestdata(t, tt.file))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			merged, err := base.Merge(extra)
			if err != nil {
				t.Fatalf("merge: %v", err)
			}
			if err := merged.Validate(); err != nil {
				t.Errorf("the merged ledger fails Validate: %v", err)
			}
			if got, want := len(merged.Deals)+len(merged.Revisions), len(base.Deals)+len(base.Revisions)+len(extra.Deals)+len(extra.Revisions); got != want {
				t.Errorf("got %d records, want %d", got, want)
			}
		})
	}
}

func TestImport_TheBrokenExampleFilesAreRejected(t *testing.T) {
	if _, err := ParseDealsJSON("broken_bad_date.json", strings.NewReader(readTestdata(t, "testdata/broken_bad_date.json"))); !errors.Is(err, ErrBadDate) {
		t.Errorf("broken_bad_date.json: got %v, want ErrBadDate", err)
	}
	if _, err := ParseDealsCSV("broken_unknown_status.csv", strings.NewReader(readTestdata(t, "testdata/broken_unknown_status.csv"))); !errors.Is(err, ErrUnknownStatus) {
		t.Errorf("broken_unknown_status.csv: got %v, want ErrUnknownStatus", err)
	}
}

func TestMerge_LeavesBothLedgersUnchanged(t *testing.T) {
	base := MustLoad()
	n := len(base.Deals)
	extra, err := ParseDealsJSON("extra.json", strings.NewReader(readTestdata(t, "testdata/extra_deals.json")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := base.Merge(extra); err != nil {
		t.Fatal(err)
	}
	if len(base.Deals) != n || extra.Deals[1].ValueUSD != nil {
		t.Errorf("Merge changed its inputs: %d deals (want %d), extra estimate %v (want nil)", len(base.Deals), n, extra.Deals[1].ValueUSD)
	}
}

func TestValidate_ReportsEveryProblemAtOnce(t *testing.T) {
	l := MustLoad()
	l.Deals[0].Kind = "loan"
	l.Deals[1].Status = "signed"
	err := l.Validate()
	if !errors.Is(err, ErrUnknownKind) || !errors.Is(err, ErrUnknownStatus) {
		t.Errorf("got %v, want both problems", err)
	}
}

func TestLedger_EveryOutflowDealSaysWhoCarriesTheCapex(t *testing.T) {
	for _, d := range MustLoad().Deals {
		if d.Direction != DirectionOutflow {
			continue
		}
		if d.CapexCarrier == "" || d.CapexCarrierSource == nil || d.CapexCarrierSource.URL == "" {
			t.Errorf("deal %s: capex_carrier %q without a sourced carrier", d.ID, d.CapexCarrier)
		}
	}
}

// The ledger names a chip supplier only where a deal's own source does:
// every chip purchase names its maker, and no cloud, joint venture or site
// deal is given one without a sentence that names the chips.
func TestLedger_ChipSuppliersAreNamedBySources(t *testing.T) {
	for _, d := range MustLoad().Deals {
		if d.ChipSupplier == "" {
			if d.Kind == KindChipPurchase {
				t.Errorf("chip purchase %s names no chip supplier", d.ID)
			}
			continue
		}
		if d.ChipSupplierSource == nil || d.ChipSupplierSource.Supports == "" {
			t.Errorf("deal %s: chip_supplier %q without the sentence that names it", d.ID, d.ChipSupplier)
			continue
		}
		if first := strings.Fields(d.ChipSupplier)[0]; !strings.Contains(strings.ToLower(d.ChipSupplierSource.Supports), strings.ToLower(first)) &&
			!strings.Contains(strings.ToLower(d.ChipSupplierSource.Supports), "tpu") {
			t.Errorf("deal %s: the source sentence %q does not name %s", d.ID, d.ChipSupplierSource.Supports, d.ChipSupplier)
		}
	}
	for _, id := range []string{"microsoft_azure", "stargate_us", "coreweave"} {
		if d, ok := MustLoad().AsOf(MustDate("2026-12-01")).Deal(id); ok && d.ChipSupplier != "" {
			t.Errorf("deal %s: got chip supplier %q, want none (its sources name no chips)", id, d.ChipSupplier)
		}
	}
}
