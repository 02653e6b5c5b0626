package ui

import (
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// Tile is one headline figure: a label, the value and a note that sets it
// beside the public headline or says how it was made.
type Tile struct {
	Label string
	Value string
	Note  string
	// Base is the preset's value when it differs ("Base: $804B"); "" when
	// the scenario is its preset or the value is the same.
	Base string
}

// Headlines are the public figures the overview reconciles with, read from
// the ledger's assumptions (0 when the ledger lacks one).
type Headlines struct {
	CommitmentsUSD float64 // ~$1.4T
	CapacityGW     float64 // ~30 GW
	Homes          float64 // ~25 million homes
	RunRateUSD     float64 // ~$20B a year
}

// HeadlinesOf returns the headline figures of a ledger.
func HeadlinesOf(l *data.Ledger) Headlines {
	get := func(id string) float64 {
		a, err := l.Assumption(id)
		if err != nil {
			return 0
		}
		return a.Value
	}
	return Headlines{
		CommitmentsUSD: get("headline_commitments_usd"),
		CapacityGW:     get("capacity_goal_gw"),
		Homes:          get("headline_homes"),
		RunRateUSD:     get("revenue_run_rate_usd_2025"),
	}
}

// OverviewTiles returns the overview's headline tiles for a result:
// commitments with the disclosed and estimated split, capacity,
// accelerators, homes, share of US electricity and the revenue growth
// needed, each set beside the public headline where there is one.
func OverviewTiles(r model.Result, h Headlines) []Tile {
	t := r.Totals
	disclosed, estimated := 0.0, 0.0
	for _, row := range chart.CounterpartyAmounts(r) {
		disclosed += row.DisclosedUSD
		estimated += row.EstimatedUSD
	}
	about := func(s string) string {
		if s == "" {
			return ""
		}
		return " · headline ~" + s
	}
	commitNote := formatUSD(disclosed) + " disclosed, " + formatUSD(estimated) + " estimated"
	if h.CommitmentsUSD > 0 {
		commitNote += about(formatUSD(h.CommitmentsUSD))
	}
	capNote := "goal " + formatGW(t.CapacityGoalGW)
	if t.GoalYear != 0 {
		capNote += ", reached in " + strconv.Itoa(t.GoalYear)
	} else {
		capNote += ", not reached by " + strconv.Itoa(t.LastYear)
	}
	if h.CapacityGW > 0 && h.CapacityGW != t.CapacityGoalGW {
		capNote += about(formatGW(h.CapacityGW))
	}
	homesNote := formatTWh(t.EnergyTWh) + " a year"
	if h.Homes > 0 {
		homesNote += about(formatCount(h.Homes))
	}
	s := r.Scenario
	growth := Tile{Label: "Revenue growth needed"}
	sol := t.Solution
	switch {
	case sol.AlwaysMet:
		growth.Value = "any"
		growth.Note = "the goal holds even if revenue shrinks 90% a year"
	case !sol.Feasible:
		growth.Value = "none enough"
		growth.Note = "no growth up to 1,000% a year meets the goal by " + strconv.Itoa(sol.Goal.Year)
	default:
		growth.Value = formatPercent(sol.CAGR) + "/yr"
		growth.Note = "from a " + formatUSD(s.RevenueStartUSD) + " run rate in " + strconv.Itoa(s.RevenueStartYear) + ", for " + goalWords(sol.Goal)
	}
	return []Tile{
		{Label: "Commitments", Value: formatUSD(t.CommitmentsUSD), Note: commitNote},
		{Label: "Capacity", Value: formatGW(t.CapacityGW), Note: capNote},
		{Label: "Accelerators", Value: formatCountShort(t.AcceleratorsCount), Note: "at " + formatNumber(s.KWPerAcceleratorDefault) + " kW each (default) and PUE " + formatNumber(s.PUE)},
		{Label: "Homes' electricity", Value: formatCountShort(t.HomesEquivalent), Note: homesNote},
		{Label: "Share of US electricity", Value: formatPercent(t.USElectricityShare), Note: "at " + formatPercent(s.Utilisation) + " utilisation"},
		growth,
	}
}

// goalWords says the solver's goal in a few words.
func goalWords(g model.Goal) string {
	if g.Kind == model.GoalShare {
		return "compute to fall to " + formatPercent(g.Share) + " of revenue by " + strconv.Itoa(g.Year)
	}
	return "the cumulative gap to close by " + strconv.Itoa(g.Year)
}

// ScenarioSummary returns a paragraph that says what the scenario comes
// to: what is committed, when it is paid, when the capacity arrives, what
// it takes in chips and power, and what revenue would carry it.
func ScenarioSummary(r model.Result) string {
	s, t := r.Scenario, r.Totals
	out := "In the “" + model.PresetLabel(s.Preset) + "” scenario as of " + s.AsOf.String() + ", " + strconv.Itoa(t.DealsCounted) + " counted deals commit " + formatUSD(t.CommitmentsUSD)
	if t.CommitmentsLowUSD != t.CommitmentsHighUSD {
		out += " (sourced range " + formatUSD(t.CommitmentsLowUSD) + " to " + formatUSD(t.CommitmentsHighUSD) + ")"
	}
	out += " for " + formatGW(t.CapacityGW) + " of capacity"
	if t.DealsUndisclosed > 0 {
		out += "; " + strconv.Itoa(t.DealsUndisclosed) + " of them have no disclosed value and add capacity only"
	}
	out += ". "
	peak, peakYear := 0.0, 0
	for _, y := range r.Years {
		if y.SpendUSD > peak {
			peak, peakYear = y.SpendUSD, y.Year
		}
	}
	if peakYear != 0 {
		out += "Spend peaks at " + formatUSD(peak) + " in " + strconv.Itoa(peakYear) + ". "
	}
	if t.GoalYear != 0 {
		out += "Capacity online reaches the " + formatGW(t.CapacityGoalGW) + " goal in " + strconv.Itoa(t.GoalYear)
	} else {
		out += "Capacity online stays below the " + formatGW(t.CapacityGoalGW) + " goal through " + strconv.Itoa(t.LastYear) + " (" + formatGW(t.CapacityOnlineGW) + ")"
	}
	out += "; running it takes about " + formatCount(t.AcceleratorsCount) + " accelerators and " + formatTWh(t.EnergyTWh) +
		" a year, " + formatPercent(t.USElectricityShare) + " of US electricity or the use of " + formatCount(t.HomesEquivalent) + " homes. " +
		"With " + formatPercent(s.ComputeShare) + " of revenue paying for compute, the cumulative funding gap peaks at " + formatUSD(t.PeakCumulativeGapUSD)
	if t.CumulativeBreakEvenYear != 0 {
		out += " and closes in " + strconv.Itoa(t.CumulativeBreakEvenYear) + ". "
	} else {
		out += " and does not close by " + strconv.Itoa(t.LastYear) + ". "
	}
	return strings.TrimSpace(out + t.Solution.Answer)
}
