package model

import (
	"encoding/csv"
	"io"
	"strconv"
)

// yearColumns are the CSV columns of a YearRow, named as its JSON fields.
var yearColumns = []struct {
	name string
	get  func(*YearRow) float64
}{
	{"year", func(y *YearRow) float64 { return float64(y.Year) }},
	{"spend_usd", func(y *YearRow) float64 { return y.SpendUSD }},
	{"spend_low_usd", func(y *YearRow) float64 { return y.SpendLowUSD }},
	{"spend_high_usd", func(y *YearRow) float64 { return y.SpendHighUSD }},
	{"cumulative_spend_usd", func(y *YearRow) float64 { return y.CumulativeSpendUSD }},
	{"built_by_others_usd", func(y *YearRow) float64 { return y.BuiltByOthersUSD }},
	{"renewal_usd", func(y *YearRow) float64 { return y.RenewalUSD }},
	{"power_usd", func(y *YearRow) float64 { return y.PowerUSD }},
	{"capacity_gw", func(y *YearRow) float64 { return y.CapacityGW }},
	{"capacity_planned_gw", func(y *YearRow) float64 { return y.CapacityPlannedGW }},
	{"capacity_added_gw", func(y *YearRow) float64 { return y.CapacityAddedGW }},
	{"capacity_goal_gw", func(y *YearRow) float64 { return y.CapacityGoalGW }},
	{"build_rate_gw_per_week", func(y *YearRow) float64 { return y.BuildRateGWPerWeek }},
	{"accelerators_count", func(y *YearRow) float64 { return y.AcceleratorsCount }},
	{"energy_twh", func(y *YearRow) float64 { return y.EnergyTWh }},
	{"homes_equivalent", func(y *YearRow) float64 { return y.HomesEquivalent }},
	{"us_electricity_share", func(y *YearRow) float64 { return y.USElectricityShare }},
	{"implied_capex_usd", func(y *YearRow) float64 { return y.ImpliedCapexUSD }},
	{"cumulative_implied_capex_usd", func(y *YearRow) float64 { return y.CumulativeImpliedCapexUSD }},
	{"revenue_usd", func(y *YearRow) float64 { return y.RevenueUSD }},
	{"compute_spend_share", func(y *YearRow) float64 { return y.ComputeSpendShare }},
	{"funding_gap_usd", func(y *YearRow) float64 { return y.FundingGapUSD }},
	{"cumulative_gap_usd", func(y *YearRow) float64 { return y.CumulativeGapUSD }},
	{"capital_raised_usd", func(y *YearRow) float64 { return y.CapitalRaisedUSD }},
	{"funding_need_usd", func(y *YearRow) float64 { return y.FundingNeedUSD }},
}

// WriteCSV writes the yearly rows as CSV: a header row with the JSON field
// names, then one row per year, numbers in plain decimal for spreadsheets.
func (r Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	row := make([]string, len(yearColumns))
	for i, c := range yearColumns {
		row[i] = c.name
	}
	if err := cw.Write(row); err != nil {
		return err
	}
	for i := range r.Years {
		for j, c := range yearColumns {
			row[j] = strconv.FormatFloat(c.get(&r.Years[i]), 'f', -1, 64)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
