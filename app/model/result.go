package model

import "github.com/computeledger/computeledger/data"

// Result is every model's output for one scenario: yearly rows from the
// first committed year through the last, breakdowns, totals and the
// solver's answer. Its JSON is the `computeledger model` contract.
type Result struct {
	Scenario Scenario  `json:"scenario"`
	Years    []YearRow `json:"years"`
	Totals   Totals    `json:"totals"`
	// ByCounterparty, ByKind and ByChipFamily split spend and capacity;
	// their yearly slices line up with Years and add up to its columns.
	ByCounterparty []Breakdown `json:"by_counterparty"`
	ByKind         []Breakdown `json:"by_kind"`
	ByChipFamily   []Breakdown `json:"by_chip_family"`
	// Deals lists every deal of the view: counted or, with the reason, not.
	Deals []DealLine `json:"deals"`
}

// YearRow is one year of every model.
type YearRow struct {
	Year int `json:"year"`

	// SpendUSD is the compute spend paid in the year (deal values spread by
	// their profiles); SpendLowUSD and SpendHighUSD use the low and high
	// ends of the deals' value ranges.
	SpendUSD           float64 `json:"spend_usd"`
	SpendLowUSD        float64 `json:"spend_low_usd"`
	SpendHighUSD       float64 `json:"spend_high_usd"`
	CumulativeSpendUSD float64 `json:"cumulative_spend_usd"`
	// BuiltByOthersUSD is what joint ventures' partners spend in the year
	// building capacity for OpenAI (Stargate's $500B): not OpenAI's spend,
	// and not in SpendUSD or the funding gap.
	BuiltByOthersUSD float64 `json:"built_by_others_usd"`
	// RenewalUSD is the year's rent for capacity whose contract has ended
	// and is renewed (renew=1); PowerUSD the power of capacity OpenAI owns.
	// Both are in SpendUSD.
	RenewalUSD float64 `json:"renewal_usd"`
	PowerUSD   float64 `json:"power_usd"`

	// CapacityGW is the capacity online at the end of the year, after the
	// build-rate cap; CapacityPlannedGW before it; CapacityAddedGW the
	// year's additions.
	CapacityGW        float64 `json:"capacity_gw"`
	CapacityPlannedGW float64 `json:"capacity_planned_gw"`
	CapacityAddedGW   float64 `json:"capacity_added_gw"`
	// CapacityGoalGW repeats the goal, for charts.
	CapacityGoalGW float64 `json:"capacity_goal_gw"`
	// BuildRateGWPerWeek is the build rate the year's additions need.
	BuildRateGWPerWeek float64 `json:"build_rate_gw_per_week"`
	// AcceleratorsCount is how many accelerators the online capacity powers.
	AcceleratorsCount float64 `json:"accelerators_count"`
	// EnergyTWh is the electricity the online capacity uses in a year at
	// the scenario's utilisation.
	EnergyTWh float64 `json:"energy_twh"`
	// HomesEquivalent is EnergyTWh in average US households' yearly use.
	HomesEquivalent float64 `json:"homes_equivalent"`
	// USElectricityShare is EnergyTWh as a share of US yearly consumption.
	USElectricityShare float64 `json:"us_electricity_share"`
	// ImpliedCapexUSD is the year's added capacity times the cost per GW.
	ImpliedCapexUSD           float64 `json:"implied_capex_usd"`
	CumulativeImpliedCapexUSD float64 `json:"cumulative_implied_capex_usd"`

	// RevenueUSD is the year's revenue on the scenario's path.
	RevenueUSD float64 `json:"revenue_usd"`
	// ComputeSpendShare is SpendUSD / RevenueUSD.
	ComputeSpendShare float64 `json:"compute_spend_share"`
	// FundingGapUSD is SpendUSD - ComputeShare x RevenueUSD: what revenue
	// does not pay for (negative: a surplus).
	FundingGapUSD    float64 `json:"funding_gap_usd"`
	CumulativeGapUSD float64 `json:"cumulative_gap_usd"`
	// CapitalRaisedUSD is the equity that comes into OpenAI in the year
	// (the ledger's inflow deals; the first year adds the cash on hand).
	CapitalRaisedUSD float64 `json:"capital_raised_usd"`
	// FundingNeedUSD is the cumulative gap less the capital raised so far:
	// the outside money still needed (negative: money left over).
	FundingNeedUSD float64 `json:"funding_need_usd"`
}

// Breakdown is one group's yearly spend and capacity.
type Breakdown struct {
	// Key is the counterparty, the kind or the chip family ("unknown" when
	// the ledger gives none).
	Key        string    `json:"key"`
	SpendUSD   []float64 `json:"spend_usd"`
	CapacityGW []float64 `json:"capacity_gw"`
	// TotalUSD is the sum of SpendUSD.
	TotalUSD float64 `json:"total_usd"`
}

// DealLine is one deal of the view as the scenario sees it.
type DealLine struct {
	ID           string         `json:"id"`
	Counterparty string         `json:"counterparty"`
	Kind         data.Kind      `json:"kind"`
	Status       data.Status    `json:"status"`
	Direction    data.Direction `json:"direction"`
	ChipFamily   string         `json:"chip_family"`
	// ChipSupplier is the chipmaker the deal's sources name (data.Deal's
	// ChipSupplier), "" when none does.
	ChipSupplier string `json:"chip_supplier,omitempty"`
	// Counted reports whether the deal adds to the models; Reason says why
	// not.
	Counted bool   `json:"counted"`
	Reason  string `json:"reason,omitempty"`
	// ValueUSD is the value used (after overrides, re-estimates and the
	// scenario's DealValues); ValueLowUSD and ValueHighUSD its band.
	ValueUSD     float64 `json:"value_usd"`
	ValueLowUSD  float64 `json:"value_low_usd"`
	ValueHighUSD float64 `json:"value_high_usd"`
	Estimated    bool    `json:"estimated"`
	Undisclosed  bool    `json:"undisclosed"`
	// StartYear and EndYear are the term used (after the rule for unknown
	// years and overrides).
	StartYear         int     `json:"start_year"`
	EndYear           int     `json:"end_year"`
	CapacityGW        float64 `json:"capacity_gw"`
	FirstCapacityYear int     `json:"first_capacity_year"`
	Profile           Profile `json:"profile"`
	Overridden        bool    `json:"overridden"`
	// CapexCarrier is who pays for building the deal's capacity.
	CapexCarrier data.CapexCarrier `json:"capex_carrier"`
	// BuiltByOthers marks a joint venture's build-out, carried by its
	// partners: its value is in BuiltByOthersUSD, not in spend.
	BuiltByOthers bool `json:"built_by_others"`
	// Capital marks equity into OpenAI counted as capital raised.
	Capital bool `json:"capital,omitempty"`
	// Inside names the joint venture whose figures contain this deal's
	// capacity; its value is OpenAI's own obligation inside it.
	Inside string `json:"inside,omitempty"`
}

// Totals are the scenario's headline figures.
type Totals struct {
	// CommitmentsUSD sums the values of the counted deals; for the announced
	// preset it equals the ledger's data.Totals.CommitmentsUSD.
	CommitmentsUSD     float64 `json:"commitments_usd"`
	CommitmentsLowUSD  float64 `json:"commitments_low_usd"`
	CommitmentsHighUSD float64 `json:"commitments_high_usd"`
	DealsCounted       int     `json:"deals_counted"`
	// OpenAIObligationsUSD sums what OpenAI itself owes: every counted
	// deal's value except joint ventures' build-outs, plus OpenAI's own
	// deals inside them (equity, offtake). Yearly spend adds up to it.
	OpenAIObligationsUSD     float64 `json:"openai_obligations_usd"`
	OpenAIObligationsLowUSD  float64 `json:"openai_obligations_low_usd"`
	OpenAIObligationsHighUSD float64 `json:"openai_obligations_high_usd"`
	// BuiltByOthersUSD sums the joint ventures' build-outs their partners
	// pay for.
	BuiltByOthersUSD float64 `json:"built_by_others_usd"`
	// RenewalUSD and PowerUSD sum the running costs after the contracts
	// (in spend on top of the obligations).
	RenewalUSD float64 `json:"renewal_usd"`
	PowerUSD   float64 `json:"power_usd"`
	// DealsUndisclosed counts counted deals without a value (capacity only).
	DealsUndisclosed int `json:"deals_undisclosed"`

	// CapacityGW sums the capacity of the counted deals; CapacityOnlineGW is
	// what is online at the end of the horizon after the build-rate cap.
	CapacityGW       float64 `json:"capacity_gw"`
	CapacityOnlineGW float64 `json:"capacity_online_gw"`
	CapacityGoalGW   float64 `json:"capacity_goal_gw"`
	// GoalYear is the first year the online capacity reaches the goal; 0
	// when it does not within the horizon.
	GoalYear int `json:"goal_year"`
	// ImpliedCapexUSD is CapacityGW x cost per GW, to set beside
	// CommitmentsUSD.
	ImpliedCapexUSD float64 `json:"implied_capex_usd"`
	// AcceleratorsCount, EnergyTWh, HomesEquivalent and USElectricityShare
	// are for the whole CapacityGW running at the scenario's utilisation.
	AcceleratorsCount  float64 `json:"accelerators_count"`
	EnergyTWh          float64 `json:"energy_twh"`
	HomesEquivalent    float64 `json:"homes_equivalent"`
	USElectricityShare float64 `json:"us_electricity_share"`

	// RevenueUSD sums revenue over the horizon.
	RevenueUSD float64 `json:"revenue_usd"`
	// CumulativeGapUSD is the funding gap summed over the horizon;
	// PeakCumulativeGapUSD its largest running value: the most outside
	// money the plan needs at once.
	CumulativeGapUSD     float64 `json:"cumulative_gap_usd"`
	PeakCumulativeGapUSD float64 `json:"peak_cumulative_gap_usd"`
	// CapitalRaisedUSD sums the capital raised; PeakFundingNeedUSD is the
	// largest funding need (0 if capital always covers the gap): the
	// outside money needed after the capital raised, as HSBC reports it.
	CapitalRaisedUSD   float64 `json:"capital_raised_usd"`
	PeakFundingNeedUSD float64 `json:"peak_funding_need_usd"`
	// BreakEvenYear is the first year from which revenue's compute share
	// covers spend every year to the end of the horizon; 0 when the last
	// year still has a gap.
	BreakEvenYear int `json:"break_even_year"`
	// CumulativeBreakEvenYear is the first year from which the cumulative
	// gap stays at or below zero; 0 when it never closes.
	CumulativeBreakEvenYear int `json:"cumulative_break_even_year"`
	FirstYear               int `json:"first_year"`
	LastYear                int `json:"last_year"`

	// Solution is the solver's answer to the scenario's Solve goal.
	Solution Solution `json:"solution"`
}
