//go:build !wasm

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runLedgerForTest(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = runLedger(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRunLedger_PrintsTheHeadlineViewAsJSON(t *testing.T) {
	code, out, errOut := runLedgerForTest("-as-of", "2025-11-06", "-format", "json")
	if code != 0 {
		t.Fatalf("got exit %d (%s), want 0", code, errOut)
	}
	var doc struct {
		AsOf   string `json:"as_of"`
		Deals  []map[string]any
		Totals map[string]any
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if doc.AsOf != "2025-11-06" || len(doc.Deals) == 0 {
		t.Errorf("got as_of %q and %d deals, want 2025-11-06 and deals", doc.AsOf, len(doc.Deals))
	}
	for _, key := range []string{"commitments_usd", "disclosed_usd", "estimated_usd", "capacity_gw"} {
		if _, ok := doc.Totals[key]; !ok {
			t.Errorf("totals lack %q", key)
		}
	}
	num := func(key string) float64 { f, _ := doc.Totals[key].(float64); return f }
	if got := num("disclosed_usd") + num("estimated_usd"); got != num("commitments_usd") || got == 0 {
		t.Errorf("got disclosed + estimated = %v, want commitments %v", got, num("commitments_usd"))
	}
}

func TestRunLedger_LaterDatesApplyTheRevisions(t *testing.T) {
	_, before, _ := runLedgerForTest("-as-of", "2025-11-06")
	_, after, _ := runLedgerForTest("-as-of", "2026-07-01")
	if before == after || !strings.Contains(after, `"superseded"`) || strings.Contains(before, `"superseded"`) {
		t.Errorf("the 2026-07-01 view does not show the revisions")
	}
}

func TestRunLedger_DefaultsToTheLatestLedgerDate(t *testing.T) {
	_, out, _ := runLedgerForTest()
	var doc struct {
		AsOf string `json:"as_of"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.AsOf == "" {
		t.Fatalf("got %q (%v), want a dated view", doc.AsOf, err)
	}
	_, again, _ := runLedgerForTest()
	if again != out {
		t.Errorf("two runs without -as-of differ")
	}
}

func TestRunLedger_WritesCSV(t *testing.T) {
	code, out, _ := runLedgerForTest("-as-of", "2025-11-06", "-format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 2 || rows[0][0] != "id" {
		t.Errorf("got exit %d, %d rows, err %v; want a header and rows", code, len(rows), err)
	}
}

func TestRunLedger_MergesAnImport(t *testing.T) {
	file := filepath.Join("..", "..", "data", "testdata", "extra_deals.json")
	code, out, errOut := runLedgerForTest("-as-of", "2026-07-01", "-import", file)
	if code != 0 || !strings.Contains(out, "example_lab_cloud") {
		t.Errorf("got exit %d (%s), want the imported deal in the output", code, errOut)
	}
}

func TestRunLedger_ItsOwnDownloadImportsBackUnchanged(t *testing.T) {
	for _, format := range []string{"csv", "json"} {
		code, export, errOut := runLedgerForTest("-format", format)
		if code != 0 {
			t.Fatalf("export: %d %s", code, errOut)
		}
		file := filepath.Join(t.TempDir(), "ledger."+format)
		if err := os.WriteFile(file, []byte(export), 0o644); err != nil {
			t.Fatal(err)
		}
		code, back, errOut := runLedgerForTest("-format", format, "-import", file)
		if code != 0 || back != export {
			t.Errorf("%s: importing the download back gave exit %d (%s) and the same output: %v", format, code, errOut, back == export)
		}
	}
}

func TestRunLedger_RejectsBadInputWithAClearMessage(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.csv")
	body := "id,counterparty,kind,status,direction,announced,value_usd,confidence,source_url,source_publisher,source_date,source_supports\n" +
		"x1,Example,cloud_purchase,definitive,outflow,2026-05-01,-1e9,low,https://example.com/a,Example,2026-05-01,$1B\n"
	if err := os.WriteFile(broken, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	farFuture := filepath.Join(dir, "future.csv")
	if err := os.WriteFile(farFuture, []byte(strings.ReplaceAll(strings.ReplaceAll(body, "-1e9", "1e9"), "2026-05-01,1e9", "9999-12-31,1e9")), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"a bad date is a usage error", []string{"-as-of", "2025-13-01"}, 2, "YYYY-MM-DD"},
		{"a date outside the ledger's years is a usage error, not the latest date", []string{"-as-of", "0001-01-01"}, 2, "from 2000-01-01 to 2100-12-31"},
		{"a far-future announcement in an import is refused", []string{"-import", farFuture}, 1, "outside the years the ledger covers"},
		{"an unknown format is a usage error", []string{"-format", "xml"}, 2, "json or csv"},
		{"an unknown flag is a usage error", []string{"-asof", "2025-11-06"}, 2, "asof"},
		{"a broken import names file, line and field", []string{"-import", broken}, 1, "broken.csv:2: deal \"x1\": field value_usd"},
		{"a missing import file is an error", []string{"-import", filepath.Join(dir, "none.json")}, 1, "none.json"},
		{"an import of another type is an error", []string{"-import", filepath.Join(dir, "deals.xlsx")}, 1, ".xlsx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runLedgerForTest(tt.args...)
			if code != tt.code {
				t.Errorf("got exit %d, want %d", code, tt.code)
			}
			if out != "" {
				t.Errorf("got output %q on failure, want none", out)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("got stderr %q, want it to mention %q", errOut, tt.want)
			}
		})
	}
}

func TestRunLedger_HelpExplainsTheDefaultDate(t *testing.T) {
	code, _, errOut := runLedgerForTest("-h")
	if code != 0 || !strings.Contains(errOut, "latest deal or revision date") {
		t.Errorf("got exit %d and help %q", code, errOut)
	}
}

func TestRunLedger_ReportsTheSourceQualitySplit(t *testing.T) {
	code, out, errOut := runLedgerForTest("-format", "json")
	if code != 0 {
		t.Fatalf("got exit %d (%s), want 0", code, errOut)
	}
	var doc struct {
		Totals struct {
			CommitmentsUSD float64            `json:"commitments_usd"`
			ByQuality      map[string]float64 `json:"by_source_quality_usd"`
			EstimatedShare *float64           `json:"estimated_share"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	q := doc.Totals.ByQuality
	if sum := q["primary"] + q["press"] + q["secondary"]; len(q) != 3 || sum != doc.Totals.CommitmentsUSD || doc.Totals.EstimatedShare == nil {
		t.Errorf("got by_source_quality_usd %v (sum %v) and estimated_share %v, want primary/press/secondary summing to %v", q, sum, doc.Totals.EstimatedShare, doc.Totals.CommitmentsUSD)
	}
	code, out, errOut = runLedgerForTest("-format", "csv")
	if code != 0 || !strings.Contains(errOut, "totals.by_source_quality_usd: primary=") || strings.Contains(out, "by_source_quality") {
		t.Errorf("csv: got exit %d, stderr %q; want the split on stderr and stdout pure CSV", code, errOut)
	}
}
