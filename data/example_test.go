package data_test

import (
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// The ledger on the day of the ~$1.4T / ~30 GW headline.
func ExampleLedger_AsOf() {
	l, err := data.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	v := l.AsOf(data.MustDate("2025-11-06"))
	aws, _ := v.Deal("aws_2025")
	fmt.Printf("AWS: $%.0fB, %d-%d\n", aws.ValueOrZeroUSD()/1e9, aws.StartYear, aws.EndYear)
	fmt.Println("Oracle counted in:", func() string { d, _ := v.Deal("oracle_oci"); return d.CountedIn }())
	fmt.Println("Oracle in totals:", v.InTotals("oracle_oci"))
	// Output:
	// AWS: $38B, 2025-2031
	// Oracle counted in: stargate_us
	// Oracle in totals: false
}

// A revision changes a deal from its date on.
func ExampleLedger_AsOf_revisions() {
	l := data.MustLoad()
	for _, day := range []string{"2026-02-26", "2026-02-27"} {
		d, _ := l.AsOf(data.MustDate(day)).Deal("aws_2025")
		fmt.Printf("%s: AWS $%.0fB, status %s\n", day, d.ValueOrZeroUSD()/1e9, d.Status)
	}
	// Output:
	// 2026-02-26: AWS $38B, status definitive
	// 2026-02-27: AWS $138B, status amended
}

// A user's file of extra deals goes through the same validator.
func ExampleParseDealsCSV() {
	file := `id,counterparty,kind,status,direction,announced,value_usd,confidence,source_url,source_publisher,source_date,source_supports
example_deal,Example,cloud_purchase,signed,outflow,2026-05-01,1e9,low,https://example.com/a,Example,2026-05-01,$1B
`
	_, err := data.ParseDealsCSV("extra.csv", strings.NewReader(file))
	fmt.Println(err)
	// Output:
	// extra.csv:2: deal "example_deal": field status: "signed" is not a status; want one of letter_of_intent, definitive, amended, superseded, cancelled, paused
}

// Merge adds an import to the ledger and validates the result.
func ExampleLedger_Merge() {
	file := `[{"id": "example_deal", "counterparty": "Example", "kind": "cloud_purchase", "status": "definitive",
  "direction": "outflow", "announced": "2026-05-01", "value_usd": 1e9, "counted_in": "no_such_deal", "confidence": "low",
  "sources": [{"url": "https://example.com/a", "publisher": "Example", "date": "2026-05-01", "supports": "$1B"}]}]`
	extra, err := data.ParseDealsJSON("extra.json", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = data.MustLoad().Merge(extra)
	fmt.Println(err)
	// Output:
	// extra.json:1: deal "example_deal": field counted_in: "no_such_deal" is not a deal in the ledger; want the id of a deal in the ledger, or null
}

// An assumption the models use, with its range.
func ExampleLedger_Assumption() {
	a, _ := data.MustLoad().Assumption("cost_per_gw_usd")
	fmt.Printf("%s: $%.0fB per GW ($%.0fB to $%.0fB)\n", a.Name, a.Value/1e9, a.Low/1e9, a.High/1e9)
	// Output:
	// All-in capital cost per GW of AI data centre: $50B per GW ($35B to $60B)
}

// The view as CSV, one row per deal after a header row.
func ExampleView_WriteCSV() {
	v := data.MustLoad().AsOf(data.MustDate("2025-03-31"))
	var b strings.Builder
	if err := v.WriteCSV(&b); err != nil {
		fmt.Println(err)
		return
	}
	rows, _ := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	for _, row := range rows {
		fmt.Println(strings.TrimSpace(row[0] + " " + row[3] + " " + row[6]))
	}
	// Output:
	// id status value_usd
	// stargate_us letter_of_intent 500000000000
	// abilene definitive
	// coreweave definitive 11900000000
	// softbank_equity definitive 40000000000
}
