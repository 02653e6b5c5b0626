package chart_test

import (
	"fmt"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
)

func ExampleFormatUSD() {
	fmt.Println(chart.FormatUSD(1.4e12), chart.FormatUSD(38e9), chart.FormatUSD(350e6), chart.FormatUSD(0), chart.FormatUSD(-12e9))
	// Output: $1.40T $38.0B $350M $0 -$12.0B
}

func ExampleFormatGW() {
	fmt.Println(chart.FormatGW(30), chart.FormatGW(30.58))
	// Output: 30.0 GW 30.6 GW
}

func ExampleKeyLabel() {
	fmt.Println(chart.KeyLabel(chart.GroupCounterparty, "Stargate LLC (SoftBank, OpenAI, Oracle, MGX)"))
	fmt.Println(chart.KeyLabel(chart.GroupKind, "cloud_purchase"))
	fmt.Println(chart.KeyLabel(chart.GroupChipFamily, "amd_mi450"))
	// Output:
	// Stargate LLC
	// Cloud purchase
	// AMD MI450
}

func ExampleCommitmentsSummary() {
	rows := []chart.CounterpartyAmount{
		{Counterparty: "Stargate LLC (SoftBank, OpenAI, Oracle, MGX)", DisclosedUSD: 500e9},
		{Counterparty: "Broadcom", EstimatedUSD: 200e9},
	}
	fmt.Println(chart.CommitmentsSummary(rows))
	// Output: Commitments total $700.0B across 2 counterparties: $500.0B disclosed and $200.0B estimated. The largest is Stargate LLC, at $500.0B.
}

// A chart's option is JSON for ECharts' setOption; every builder takes
// model results and never fails, even on an empty result.
func ExampleOptionJSON() {
	raw, err := chart.OptionJSON(chart.Funding(model.Result{}))
	fmt.Println(err == nil, len(raw) > 0)
	// Output: true true
}

func ExampleTornadoSummary() {
	swings := []model.Swing{{Param: "cost_gw", Name: "cost per GW", LowOutput: 1.1e12, HighOutput: 1.5e12, BaseOutput: 1.23e12}}
	fmt.Println(chart.TornadoSummary(swings, model.MetricImpliedCapexUSD))
	// Output: The implied capex at the scenario's settings: $1.23T. The largest swing comes from cost per GW: $1.10T to $1.50T.
}
