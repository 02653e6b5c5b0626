package model

import (
	"math"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// Param is one numeric scenario parameter, with every rule about it in one
// place: its query key and JSON field, its unit and accepted range, where
// its default comes from, how the explorer labels and shows it, and the
// rule that ties it to another field. Links (Scenario.Query, ParseQuery),
// the command line's -query, saved scenarios, the explorer's sliders and
// number fields (SetParam) and the notices all read it from Params.
type Param struct {
	// Key is the query parameter ("pue"); Field the JSON field.
	Key, Field string
	// Unit is the model's unit ("USD/GW", "ratio").
	Unit string
	// Min and Max bound the accepted values, in the model's unit.
	Min, Max float64
	// Integer: only whole numbers (a year, a term).
	Integer bool
	// ZeroOK: 0 is accepted besides [Min, Max] and means "not set".
	ZeroOK bool
	// Source says where the default comes from (an assumption of the
	// ledger, or a model choice).
	Source string
	// Label and Help name and explain the parameter in the explorer;
	// Group is the section of the controls panel that shows it.
	Label, Help, Group string
	// Show is how the explorer shows and takes the value.
	Show Display

	get func(*Scenario) float64
	set func(*Scenario, float64)
	// cross, when set, is the rule tying this parameter to another field
	// and its one repair.
	cross *crossRule
}

// Display is how a parameter is shown: in a display unit that is the
// model's unit times a power of ten (billions of dollars, percent), with a
// slider over a practical range on a step.
type Display struct {
	// Unit is written after the number field ("$B/GW", "%"); "" for none.
	Unit string
	// Exp10 is the power of ten of the display unit: model = display x
	// 10^Exp10 (9 for billions, -2 for percent).
	Exp10 int
	// SliderMin, SliderMax and Step bound the slider, in display units.
	SliderMin, SliderMax, Step float64
}

// crossRule is a rule between a parameter and another field, checked
// after every parameter of a link applied, and its repair.
type crossRule struct {
	ok       func(s *Scenario) bool
	accepted func(s *Scenario) string
	// repair restores the rule, starting from the scenario's preset.
	repair func(s *Scenario, preset Scenario)
}

// The groups of parameters, as the controls panel shows them.
const (
	GroupSpend    = "Spend"
	GroupCapacity = "Capacity and power"
	GroupRevenue  = "Revenue and funding"
	GroupSolver   = "What must be true"
)

// Groups lists the groups in display order.
var Groups = []string{GroupSpend, GroupCapacity, GroupRevenue, GroupSolver}

// Display exponents.
const (
	exp10Billion = 9
	exp10Percent = -2
)

// params is the registry of the scalar numeric parameters, in the order
// the controls panel shows them. README.md documents each one; a test
// checks that it does.
var params = []Param{
	{Key: "steep", Field: "profile_steepness", Unit: "1/term", Min: 1, Max: 20, Source: "model choice (8: the S-curve spends 2% to 98% of its rise inside the term)",
		Label: "S-curve steepness", Group: GroupSpend, Show: Display{SliderMin: 1, SliderMax: 20, Step: 0.5},
		Help: "How sharply the S-curve profile concentrates spend in the middle of each term.",
		get:  func(s *Scenario) float64 { return s.ProfileSteepness }, set: func(s *Scenario, v float64) { s.ProfileSteepness = v }},
	{Key: "cost_gw", Field: "cost_per_gw_usd", Unit: "USD/GW", Min: 1e9, Max: 1e12, Source: "assumption cost_per_gw_usd",
		Label: "Cost per GW", Group: GroupCapacity, Show: Display{Unit: "$B/GW", Exp10: exp10Billion, SliderMin: 10, SliderMax: 100, Step: 0.5},
		Help: "All-in capital cost of one gigawatt of AI data-centre capacity: what building the contracted capacity costs, whoever pays.",
		get:  func(s *Scenario) float64 { return s.CostPerGWUSD }, set: func(s *Scenario, v float64) { s.CostPerGWUSD = v }},
	{Key: "chip_gw", Field: "chip_cost_per_gw_usd", Unit: "USD/GW", Min: 1e9, Max: 1e12, ZeroOK: true, Source: "assumption chip_cost_per_gw_usd (0: the ledger's estimated values as recorded)",
		Label: "Chip cost per GW", Group: GroupSpend, Show: Display{Unit: "$B/GW", Exp10: exp10Billion, SliderMin: 5, SliderMax: 50, Step: 0.5},
		Help: "Accelerator-system cost of one gigawatt; prices the chip deals whose value is undisclosed (Nvidia, AMD, Broadcom) from their capacity.",
		get:  func(s *Scenario) float64 { return s.ChipCostPerGWUSD }, set: func(s *Scenario, v float64) { s.ChipCostPerGWUSD = v }},
	{Key: "rent", Field: "rental_usd_per_gw_year", Unit: "USD/GW-year", Min: 0, Max: 1e12, Source: "assumption rental_usd_per_gw_year",
		Label: "Rent after a contract ends", Group: GroupSpend, Show: Display{Unit: "$B/GW-yr", Exp10: exp10Billion, SliderMin: 0, SliderMax: 40, Step: 0.1},
		Help: "What a GW of capacity costs for a year once its contract has ended and it is renewed (HSBC: about $17B).",
		get:  func(s *Scenario) float64 { return s.RentalUSDPerGWYear }, set: func(s *Scenario, v float64) { s.RentalUSDPerGWYear = v }},
	{Key: "power", Field: "power_usd_per_mwh", Unit: "USD/MWh", Min: 0, Max: 10000, Source: "assumption power_usd_per_mwh",
		Label: "Power price (owned chips)", Group: GroupSpend, Show: Display{Unit: "$/MWh", SliderMin: 0, SliderMax: 200, Step: 1},
		Help: "The electricity price paid for the chips OpenAI owns, every year they run.",
		get:  func(s *Scenario) float64 { return s.PowerUSDPerMWh }, set: func(s *Scenario, v float64) { s.PowerUSDPerMWh = v }},

	{Key: "build", Field: "build_rate_gw_per_week", Unit: "GW/week", Min: 0.001, Max: 100, Source: "assumption build_rate_gw_per_week",
		Label: "Build rate", Group: GroupCapacity, Show: Display{Unit: "GW/week", SliderMin: 0.1, SliderMax: 5, Step: 0.05},
		Help: "The most capacity that can come online per week; the goal is 1 GW a week.",
		get:  func(s *Scenario) float64 { return s.BuildRateGWPerWeek }, set: func(s *Scenario, v float64) { s.BuildRateGWPerWeek = v }},
	{Key: "goal", Field: "capacity_goal_gw", Unit: "GW", Min: 0.1, Max: 1000, Source: "assumption capacity_goal_gw",
		Label: "Capacity goal", Group: GroupCapacity, Show: Display{Unit: "GW", SliderMin: 1, SliderMax: 100, Step: 1},
		Help: "The capacity the build-out is measured against (about 30 GW announced).",
		get:  func(s *Scenario) float64 { return s.CapacityGoalGW }, set: func(s *Scenario, v float64) { s.CapacityGoalGW = v }},
	{Key: "pue", Field: "pue", Unit: "ratio", Min: 1, Max: 3, Source: "assumption pue",
		Label: "Power usage effectiveness (PUE)", Group: GroupCapacity, Show: Display{SliderMin: 1, SliderMax: 2, Step: 0.01},
		Help: "Facility power over IT power: cooling and losses on top of the chips.",
		get:  func(s *Scenario) float64 { return s.PUE }, set: func(s *Scenario, v float64) { s.PUE = v }},
	{Key: "util", Field: "utilisation", Unit: "ratio", Min: 0.01, Max: 1, Source: "assumption utilisation",
		Label: "Utilisation", Group: GroupCapacity, Show: Display{Unit: "%", Exp10: exp10Percent, SliderMin: 10, SliderMax: 100, Step: 1},
		Help: "The fleet's average load as a share of capacity; sets the energy used.",
		get:  func(s *Scenario) float64 { return s.Utilisation }, set: func(s *Scenario, v float64) { s.Utilisation = v }},
	{Key: "kw", Field: "kw_per_accelerator_default", Unit: "kW", Min: 0.05, Max: 50, Source: "assumption kw_per_accelerator_default",
		Label: "kW per accelerator (default)", Group: GroupCapacity, Show: kwDisplay,
		Help: "IT power per accelerator, with its share of host, network and cooling in the rack, for chip families without their own figure.",
		get:  func(s *Scenario) float64 { return s.KWPerAcceleratorDefault }, set: func(s *Scenario, v float64) { s.KWPerAcceleratorDefault = v }},

	{Key: "rev0", Field: "revenue_start_usd", Unit: "USD/year", Min: 1e6, Max: 1e14, Source: "assumption revenue_run_rate_usd_2025",
		Label: "Starting revenue run rate", Group: GroupRevenue, Show: Display{Unit: "$B/yr", Exp10: exp10Billion, SliderMin: 1, SliderMax: 100, Step: 0.5},
		Help: "Annualised revenue at the end of the start year.",
		get:  func(s *Scenario) float64 { return s.RevenueStartUSD }, set: func(s *Scenario, v float64) { s.RevenueStartUSD = v }},
	{Key: "rev0_y", Field: "revenue_start_year", Unit: "year", Min: MinYear, Max: MaxYear, Integer: true, Source: "the year of assumption revenue_run_rate_usd_2025",
		Label: "Start year of the run rate", Group: GroupRevenue, Show: Display{SliderMin: 2023, SliderMax: 2030, Step: 1},
		Help: "The year the starting run rate is reached.",
		get:  func(s *Scenario) float64 { return float64(s.RevenueStartYear) }, set: func(s *Scenario, v float64) { s.RevenueStartYear = int(v) }},
	{Key: "g", Field: "revenue_cagr", Unit: "fraction/year", Min: -0.9, Max: 10, Source: "growth implied by each target or projection in series openai_revenue_usd from rev0: the median (bear: lowest, bull: highest)",
		Label: "Revenue growth", Group: GroupRevenue, Show: Display{Unit: "%/yr", Exp10: exp10Percent, SliderMin: -50, SliderMax: 300, Step: 1},
		Help: "Yearly revenue growth (the S-curve's initial growth).",
		get:  func(s *Scenario) float64 { return s.RevenueCAGR }, set: func(s *Scenario, v float64) { s.RevenueCAGR = v }},
	{Key: "rev_cap", Field: "revenue_ceiling_usd", Unit: "USD/year", Min: 1e6, Max: 1e15, Source: "model choice: 2 x the largest target or projection in series openai_revenue_usd",
		Label: "Revenue ceiling (S-curve)", Group: GroupRevenue, Show: Display{Unit: "$B/yr", Exp10: exp10Billion, SliderMin: 50, SliderMax: 2000, Step: 10},
		Help: "The revenue the S-curve path levels off at; must exceed the starting run rate.",
		get:  func(s *Scenario) float64 { return s.RevenueCeilingUSD }, set: func(s *Scenario, v float64) { s.RevenueCeilingUSD = v },
		cross: &crossRule{
			ok:       func(s *Scenario) bool { return s.RevenueCeilingUSD > s.RevenueStartUSD },
			accepted: func(s *Scenario) string { return "more than rev0 (" + formatNumber(s.RevenueStartUSD) + ")" },
			// The preset's ceiling, or twice the run rate when that is higher.
			repair: func(s *Scenario, preset Scenario) {
				s.RevenueCeilingUSD = max(preset.RevenueCeilingUSD, 2*s.RevenueStartUSD)
			},
		}},
	{Key: "share", Field: "compute_share", Unit: "ratio", Min: 0.01, Max: 1, Source: "assumption compute_share_of_revenue",
		Label: "Share of revenue for compute", Group: GroupRevenue, Show: Display{Unit: "%", Exp10: exp10Percent, SliderMin: 1, SliderMax: 100, Step: 1},
		Help: "The part of revenue that can pay for compute; the rest of spend is the funding gap.",
		get:  func(s *Scenario) float64 { return s.ComputeShare }, set: func(s *Scenario, v float64) { s.ComputeShare = v }},
	{Key: "cash", Field: "cash_on_hand_usd", Unit: "USD", Min: 0, Max: 1e13, Source: "assumption cash_on_hand_usd",
		Label: "Cash on hand at the start", Group: GroupRevenue, Show: Display{Unit: "$B", Exp10: exp10Billion, SliderMin: 0, SliderMax: 100, Step: 0.5},
		Help: "OpenAI's cash besides the equity rounds in the ledger; with them it lowers the funding need.",
		get:  func(s *Scenario) float64 { return s.CashOnHandUSD }, set: func(s *Scenario, v float64) { s.CashOnHandUSD = v }},

	{Key: "solve_x", Field: "solve.share", Unit: "ratio", Min: 0.01, Max: 10, Source: "assumption compute_share_of_revenue",
		Label: "Target compute share of revenue", Group: GroupSolver, Show: Display{Unit: "%", Exp10: exp10Percent, SliderMin: 5, SliderMax: 200, Step: 1},
		Help: "For the share goal: compute spend as a share of revenue to reach in the goal year.",
		get:  func(s *Scenario) float64 { return s.Solve.Share }, set: func(s *Scenario, v float64) { s.Solve.Share = v }},
	{Key: "solve_y", Field: "solve.year", Unit: "year", Min: MinYear, Max: MaxYear, Integer: true, ZeroOK: true, Source: "model choice (0: the last year of the horizon)",
		Label: "Goal year (0: last year)", Group: GroupSolver, Show: Display{SliderMin: 2025, SliderMax: 2040, Step: 1},
		Help: "The year by which the goal must hold; 0 is the last year of the horizon.",
		get:  func(s *Scenario) float64 { return float64(s.Solve.Year) }, set: func(s *Scenario, v float64) { s.Solve.Year = int(v) }},
}

var kwDisplay = Display{Unit: "kW", SliderMin: 0.5, SliderMax: 5, Step: 0.01}

// The parameters of one chip family or one deal; ForFamily and ForDeal
// bind them to it. The value of a deal's override reads 0 when unset.
var (
	kwParam = Param{Key: "kw.<family>", Field: "kw_per_accelerator.kw", Unit: "kW", Min: 0.05, Max: 50, Source: "assumption kw_per_accelerator of the family",
		Show: kwDisplay}
	valueParam = Param{Key: "val.<deal>", Field: "overrides.value_usd", Unit: "USD", Min: 0, Max: 1e14, Source: "the deal's value in the ledger",
		Label: "Value", Help: "Replaces the deal's value (and its low and high).", Show: Display{Unit: "$B", Exp10: exp10Billion, SliderMin: 0, SliderMax: 100, Step: 0.5}}
	startParam = Param{Key: "start.<deal>", Field: "overrides.start_year", Unit: "year", Min: MinYear, Max: MaxYear, Integer: true, Source: "the deal's first year in the ledger",
		Label: "First year of the term", Help: "Moves the term (and the first capacity with it).", Show: Display{SliderMin: 2020, SliderMax: 2040, Step: 1}}
	termParam = Param{Key: "term.<deal>", Field: "overrides.term_years", Unit: "years", Min: 1, Max: 50, Integer: true, Source: "the deal's term in the ledger",
		Label: "Length of the term", Help: "How many years the deal's value is spread over.", Show: Display{Unit: "years", SliderMin: 1, SliderMax: 20, Step: 1}}
	gwParam = Param{Key: "gw.<deal>", Field: "overrides.capacity_gw", Unit: "GW", Min: 0, Max: 1000, Source: "the deal's capacity in the ledger",
		Label: "Capacity", Help: "Replaces the deal's contracted capacity.", Show: Display{Unit: "GW", SliderMin: 0, SliderMax: 20, Step: 0.05}}
	shareParam = Param{Key: "shares", Field: "custom_shares", Unit: "relative weight", Min: 0, Max: 1e6}
	targetYear = Param{Key: "rev_pts", Field: "revenue_targets.year", Unit: "year", Min: MinYear, Max: MaxYear, Integer: true}
	targetUSD  = Param{Key: "rev_pts", Field: "revenue_targets.value_usd", Unit: "USD/year", Min: 1e6, Max: 1e15}
)

// dealParams are the numeric per-deal parameters by query prefix.
var dealParams = map[string]*Param{"val": &valueParam, "start": &startParam, "term": &termParam, "gw": &gwParam}

// DealParamPrefixes lists the prefixes of the numeric per-deal parameters
// in display order.
var DealParamPrefixes = []string{"val", "start", "term", "gw"}

// Params returns the scalar numeric parameters, in display order.
func Params() []Param { return params }

// ParamByKey returns the parameter of a query key: a scalar one, or
// kw.<family> and the numeric <prefix>.<deal> ones bound to their family
// or deal.
func ParamByKey(key string) (Param, bool) {
	for _, p := range params {
		if p.Key == key {
			return p, true
		}
	}
	prefix, id, ok := strings.Cut(key, ".")
	switch {
	case !ok || id == "":
		return Param{}, false
	case prefix == "kw":
		return ForFamily(id), true
	case dealParams[prefix] != nil:
		return ForDeal(prefix, id), true
	}
	return Param{}, false
}

// ForFamily returns kw.<family>: the power per accelerator of one chip
// family.
func ForFamily(family string) Param {
	p := kwParam
	name := data.ChipFamilyName(family)
	p.Key, p.Label, p.Help, p.Group = "kw."+family, name, "IT power per accelerator of the "+name+" family.", GroupCapacity
	p.get = func(s *Scenario) float64 { return s.KW(family) }
	p.set = func(s *Scenario, v float64) { s.SetKW(family, v) }
	return p
}

// ForDeal returns the per-deal parameter prefix.<id> ("val", "start",
// "term", "gw"); its value is the override, 0 when the deal has none.
func ForDeal(prefix, id string) Param {
	p := *dealParams[prefix]
	p.Key = prefix + "." + id
	p.get = func(s *Scenario) float64 {
		o, _ := s.Override(id)
		return o.number(prefix)
	}
	p.set = func(s *Scenario, v float64) {
		o, _ := s.Override(id)
		o.DealID = id
		o.setNumber(prefix, v)
		s.SetOverride(o)
	}
	return p
}

// number returns the numeric override of a per-deal prefix, 0 when unset.
func (o Override) number(prefix string) float64 {
	switch prefix {
	case "val":
		if o.ValueUSD != nil {
			return *o.ValueUSD
		}
	case "start":
		return float64(o.StartYear)
	case "term":
		return float64(o.TermYears)
	case "gw":
		if o.CapacityGW != nil {
			return *o.CapacityGW
		}
	}
	return 0
}

// setNumber sets the numeric override of a per-deal prefix.
func (o *Override) setNumber(prefix string, x float64) {
	switch prefix {
	case "val":
		o.ValueUSD = &x
	case "start":
		o.StartYear = int(x)
	case "term":
		o.TermYears = int(x)
	case "gw":
		o.CapacityGW = &x
	}
}

// clearNumber removes the numeric override of a per-deal prefix.
func (o *Override) clearNumber(prefix string) {
	switch prefix {
	case "val":
		o.ValueUSD = nil
	case "start":
		o.StartYear = 0
	case "term":
		o.TermYears = 0
	case "gw":
		o.CapacityGW = nil
	}
}

// Get returns the parameter's value in s, in the model's unit.
func (p Param) Get(s Scenario) float64 { return p.get(&s) }

// Format writes a value of p as a link carries it: the shortest decimal
// that reads back exactly.
func (p Param) Format(v float64) string { return formatNumber(v) }

// Accepted describes the accepted values, as notices quote it.
func (p Param) Accepted() string { return p.accepted() }

// Default returns the parameter's value in the default scenario of l
// (the base preset on the ledger's latest date).
func (p Param) Default(l *data.Ledger) (float64, error) {
	s, err := DefaultScenario(l)
	if err != nil {
		return 0, err
	}
	return p.get(&s), nil
}

// Assumption returns the id of the ledger assumption the default comes
// from ("cost_per_gw_usd"), or "" when it is a model choice.
func (p Param) Assumption() string {
	rest, ok := strings.CutPrefix(p.Source, "assumption ")
	if !ok {
		return ""
	}
	id, _, _ := strings.Cut(rest, " ")
	return id
}

// Shown returns the value of p in s in display units, converted in
// decimal (a share of 0.57 shows 57, not 56.99999999999999).
func (p Param) Shown(s Scenario) float64 { return p.ToShown(p.get(&s)) }

// ToShown converts a value in the model's unit to display units, in
// decimal.
func (p Param) ToShown(v float64) float64 { return shift10(v, -p.Show.Exp10) }

// ShownMin and ShownMax are the accepted range in display units.
func (p Param) ShownMin() float64 { return p.ToShown(p.Min) }

// ShownMax: see ShownMin.
func (p Param) ShownMax() float64 { return p.ToShown(p.Max) }

// FromShown writes a display value as a link carries it in the model's
// unit, converted in decimal: 57 (%) is "0.57", 12.5 ($B) "1.25e10".
func (p Param) FromShown(v float64) string { return formatNumber(shift10(v, p.Show.Exp10)) }

// shift10 returns v x 10^n, converted in decimal so that the result is the
// double nearest to the exact product: shift10(57, -2) is 0.57.
func shift10(v float64, n int) float64 {
	if n == 0 || v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	mant, exp, _ := strings.Cut(strconv.FormatFloat(v, 'e', -1, 64), "e")
	e, _ := strconv.Atoi(exp)
	out, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(e+n), 64)
	if err != nil {
		return v * math.Pow10(n)
	}
	return out
}
