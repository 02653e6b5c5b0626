package data

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// importTargetBytes is the size of the generated imports the import
// benchmarks validate: the 1 MB.
const importTargetBytes = 1 << 20

// genDealsCSV returns a valid deals CSV of about size bytes.
func genDealsCSV(size int) []byte {
	var b bytes.Buffer
	b.WriteString("id,counterparty,kind,status,direction,announced,value_usd,start_year,end_year,capacity_gw,confidence,source_url,source_publisher,source_date,source_supports\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "gen_deal_%d,Generated Cloud %d,cloud_purchase,definitive,outflow,2026-01-%02d,%d,2026,2030,0.5,medium,https://example.com/deal/%d,Example News,2026-01-%02d,a generated deal\n",
			i, i, 1+i%28, int64(1e9)+int64(i), i, 1+i%28)
	}
	return b.Bytes()
}

// genRevisionsCSV returns a valid revisions CSV of about size bytes, every
// revision of one deal of the seed ledger, each on a later day.
func genRevisionsCSV(size int) []byte {
	var b bytes.Buffer
	b.WriteString("id,deal_id,date,summary,value_usd,source_url,source_publisher,source_date,source_supports\n")
	for i := 0; b.Len() < size; i++ {
		day := Date{MustDate("2026-01-01").AddDate(0, 0, i/4)}
		fmt.Fprintf(&b, "gen_rev_%d,aws_2025,%s,generated revision %d,%d,https://example.com/rev/%d,Example News,%s,the new value\n",
			i, day, i, int64(38e9)+int64(i), i, day)
	}
	return b.Bytes()
}

// genChainJSON returns a valid deals JSON of about size bytes in which
// every deal is counted in the one before it.
func genChainJSON(size int) []byte {
	var b bytes.Buffer
	b.WriteString("[\n")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		counted := "null"
		if i > 0 {
			counted = fmt.Sprintf("%q", fmt.Sprintf("chain_%d", i-1))
		}
		fmt.Fprintf(&b, `{"id":"chain_%d","counterparty":"Chain %d","kind":"site_lease","status":"definitive","direction":"outflow","announced":"2026-02-01","value_usd":%d,"capacity_gw":0.1,"counted_in":%s,"confidence":"medium","sources":[{"url":"https://example.com/c/%d","publisher":"Example","date":"2026-02-01","supports":"a link"}]}`,
			i, i, int64(1e9), counted, i)
	}
	b.WriteString("\n]\n")
	return b.Bytes()
}

// mergeImport parses one generated file and merges it into the seed
// ledger, as `computeledger ledger -import` and the explorer's import do.
func mergeImport(tb testing.TB, name string, raw []byte) *Ledger {
	tb.Helper()
	var extra *Ledger
	var err error
	if strings.HasSuffix(name, ".csv") {
		extra, err = ParseDealsCSV(name, bytes.NewReader(raw))
	} else {
		extra, err = ParseDealsJSON(name, bytes.NewReader(raw))
	}
	if err != nil {
		tb.Fatal(err)
	}
	m, err := MustLoad().Merge(extra)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func benchmarkImport(b *testing.B, name string, raw []byte) {
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		mergeImport(b, name, raw)
	}
}

func BenchmarkImport1MBDealsCSV(b *testing.B) {
	benchmarkImport(b, "deals.csv", genDealsCSV(importTargetBytes))
}

func BenchmarkImport1MBRevisionsCSV(b *testing.B) {
	benchmarkImport(b, "revisions.csv", genRevisionsCSV(importTargetBytes))
}

func BenchmarkImport1MBCountedInChainJSON(b *testing.B) {
	benchmarkImport(b, "chain.json", genChainJSON(importTargetBytes))
}

// TestImportGenerators checks that the benchmarks' inputs are valid and
// of the size they claim, on small versions.
func TestImportGenerators(t *testing.T) {
	for name, raw := range map[string][]byte{
		"deals.csv":     genDealsCSV(20_000),
		"revisions.csv": genRevisionsCSV(20_000),
		"chain.json":    genChainJSON(20_000),
	} {
		if len(raw) < 20_000 {
			t.Errorf("%s: %d bytes", name, len(raw))
		}
		m := mergeImport(t, name, raw)
		if len(m.Deals)+len(m.Revisions) <= len(MustLoad().Deals)+len(MustLoad().Revisions)+50 {
			t.Errorf("%s added too few records", name)
		}
	}
}
