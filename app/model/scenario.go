package model

import (
	"slices"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// ScenarioVersion is the version of the Scenario layout and of its query
// parameters; links and JSON carry it as "v" so that later versions can
// migrate them.
//
// Version 2 added payments, renew, rent, power, cash and chip_gw; a version 1
// link is read with payments spread over the term, no renewals and no
// power cost, as the model then was.
const ScenarioVersion = 2

// The calendar years a scenario may refer to.
const (
	MinYear = 2015 // earliest accepted year
	MaxYear = 2100 // latest accepted year
)

// Profile is how a deal's value is spread over the years of its term.
type Profile string

// The spend profiles.
const (
	ProfileEven   Profile = "even"    // equal shares every year
	ProfileFront  Profile = "front"   // linearly falling shares (front-loaded)
	ProfileBack   Profile = "back"    // linearly rising shares (back-loaded)
	ProfileSCurve Profile = "s_curve" // a logistic ramp: slow, fast, slow
	ProfileCustom Profile = "custom"  // the scenario's CustomShares, stretched over the term
)

// Profiles lists every Profile in display order.
var Profiles = []Profile{ProfileEven, ProfileFront, ProfileBack, ProfileSCurve, ProfileCustom}

// RevenuePath is how revenue grows from the starting run rate.
type RevenuePath string

// The revenue paths.
const (
	RevenueCAGR    RevenuePath = "cagr"    // constant yearly growth
	RevenueSCurve  RevenuePath = "s_curve" // logistic growth towards a ceiling
	RevenueTargets RevenuePath = "targets" // through target points by year
)

// RevenuePaths lists every RevenuePath in display order.
var RevenuePaths = []RevenuePath{RevenueCAGR, RevenueSCurve, RevenueTargets}

// ValuePoint chooses which end of a deal's value range the models use.
type ValuePoint string

// The value points.
const (
	ValueCentral ValuePoint = "central" // the headline value
	ValueLow     ValuePoint = "low"     // the low end of the sourced range
	ValueHigh    ValuePoint = "high"    // the high end of the sourced range
)

// ValuePoints lists every ValuePoint in display order.
var ValuePoints = []ValuePoint{ValueCentral, ValueLow, ValueHigh}

// GoalKind is what the solver asks of revenue.
type GoalKind string

// The solver goals.
const (
	// GoalShare asks for compute spend to fall to Goal.Share of revenue in
	// Goal.Year.
	GoalShare GoalKind = "share"
	// GoalGap asks for the cumulative funding gap to close (reach zero or
	// less) by Goal.Year.
	GoalGap GoalKind = "gap"
)

// GoalKinds lists every GoalKind.
var GoalKinds = []GoalKind{GoalShare, GoalGap}

// Goal is the question the solver answers: which revenue CAGR makes it true.
type Goal struct {
	Kind GoalKind `json:"kind"`
	// Share is the compute spend as a fraction of revenue to reach (GoalShare
	// only); ratio, 0.01 to 10.
	Share float64 `json:"share"`
	// Year is the year by which the goal must hold; 0 means the last year of
	// the scenario's horizon.
	Year int `json:"year"`
}

// Override replaces figures of one deal; zero fields leave the ledger's
// figure in place.
type Override struct {
	DealID string `json:"deal_id"`
	// ValueUSD replaces the deal's value (and its low and high); USD, 0 to 1e14.
	ValueUSD *float64 `json:"value_usd,omitempty"`
	// StartYear moves the first year of the term (the first-capacity year
	// moves with it); 0 keeps the ledger's.
	StartYear int `json:"start_year,omitempty"`
	// TermYears replaces the length of the term in years, 1 to 50; 0 keeps
	// the ledger's.
	TermYears int `json:"term_years,omitempty"`
	// CapacityGW replaces the deal's capacity; GW, 0 to 1000.
	CapacityGW *float64 `json:"capacity_gw,omitempty"`
	// Profile replaces the scenario's spend profile for this deal; "" keeps it.
	Profile Profile `json:"profile,omitempty"`
}

// FamilyKW is the power per accelerator of one chip family.
type FamilyKW struct {
	Family string  `json:"family"`
	KW     float64 `json:"kw"`
}

// YearValue is one point of a yearly path.
type YearValue struct {
	Year     int     `json:"year"`
	ValueUSD float64 `json:"value_usd"`
}

// Scenario is every assumption the models make, in one plain value. Its
// JSON fields are snake_case; README.md lists every field with its query
// parameter, unit, accepted range, default and source.
type Scenario struct {
	// Version is the layout version (ScenarioVersion).
	Version int `json:"v"`
	// Preset is the name of the preset the scenario started from.
	Preset string `json:"preset"`
	// AsOf is the date of the ledger view: deals announced and revisions
	// dated on or before it.
	AsOf data.Date `json:"as_of"`

	// BindingOnly leaves out deals that are not binding (letters of intent).
	BindingOnly bool `json:"binding_only"`
	// Include lists deal ids taken in although BindingOnly or their status
	// (paused, cancelled, superseded) would leave them out.
	Include []string `json:"include"`
	// Exclude lists deal ids left out.
	Exclude []string `json:"exclude"`
	// Overrides replace figures of single deals, sorted by deal id.
	Overrides []Override `json:"overrides"`
	// DealValues picks the central, low or high end of every deal's value.
	DealValues ValuePoint `json:"deal_values"`

	// Payments is when each deal is paid: as its capacity arrives
	// (delivery) or spread over its term (term).
	Payments PaymentTiming `json:"payments"`
	// Profile spreads each deal's value over its term (and shapes each
	// capacity ramp).
	Profile Profile `json:"profile"`
	// ProfileSteepness is the logistic steepness of the S-curve profile per
	// term length; 1 to 20.
	ProfileSteepness float64 `json:"profile_steepness"`
	// CustomShares are relative yearly shares for ProfileCustom, stretched
	// over each term; non-negative, 1 to 50 of them, not all zero.
	CustomShares []float64 `json:"custom_shares"`

	// CostPerGWUSD is the all-in capital cost of one GW of capacity; USD/GW.
	CostPerGWUSD float64 `json:"cost_per_gw_usd"`
	// ChipCostPerGWUSD is the accelerator-system cost of one GW, which
	// prices the chip deals whose value the ledger estimates from their
	// capacity (Nvidia, AMD, Broadcom); USD/GW.
	ChipCostPerGWUSD float64 `json:"chip_cost_per_gw_usd"`
	// PUE is the power usage effectiveness: facility power over IT power.
	PUE float64 `json:"pue"`
	// Utilisation is the fleet's average load as a fraction of capacity.
	Utilisation float64 `json:"utilisation"`
	// KWPerAcceleratorDefault is the IT power per accelerator, including its
	// share of host, network and cooling inside the rack, for chip families
	// without their own figure; kW.
	KWPerAcceleratorDefault float64 `json:"kw_per_accelerator_default"`
	// KWPerAccelerator is the IT power per accelerator by chip family,
	// sorted by family; kW.
	KWPerAccelerator []FamilyKW `json:"kw_per_accelerator"`

	// RevenuePath is how revenue grows.
	RevenuePath RevenuePath `json:"revenue_path"`
	// RevenueStartUSD is the annualised revenue run rate at the end of
	// RevenueStartYear; USD/year.
	RevenueStartUSD float64 `json:"revenue_start_usd"`
	// RevenueStartYear is the year of RevenueStartUSD.
	RevenueStartYear int `json:"revenue_start_year"`
	// RevenueCAGR is the yearly revenue growth (and the S-curve's initial
	// growth); fraction per year, -0.9 to 10.
	RevenueCAGR float64 `json:"revenue_cagr"`
	// RevenueCeilingUSD is the S-curve's ceiling; USD/year.
	RevenueCeilingUSD float64 `json:"revenue_ceiling_usd"`
	// RevenueTargets are the target points of RevenueTargets, by year.
	RevenueTargets []YearValue `json:"revenue_targets"`
	// ComputeShare is the share of revenue that can pay for compute; ratio.
	ComputeShare float64 `json:"compute_share"`
	// CashOnHandUSD is OpenAI's cash at the start of the horizon besides
	// the equity raised in the ledger's inflow deals; it reduces the
	// funding need with them.
	CashOnHandUSD float64 `json:"cash_on_hand_usd"`

	// Renew keeps capacity online after its contract ends, rented at
	// RentalUSDPerGWYear; without it the capacity lapses and goes offline.
	// Capacity OpenAI owns (chips it bought) stays and costs its power.
	Renew bool `json:"renew"`
	// RentalUSDPerGWYear is what a GW of capacity costs for a year once
	// its contract has ended (renewed); USD per GW-year.
	RentalUSDPerGWYear float64 `json:"rental_usd_per_gw_year"`
	// PowerUSDPerMWh is the electricity price of capacity OpenAI owns.
	PowerUSDPerMWh float64 `json:"power_usd_per_mwh"`

	// BuildRateGWPerWeek caps how fast capacity can come online; GW/week.
	BuildRateGWPerWeek float64 `json:"build_rate_gw_per_week"`
	// CapacityGoalGW is the capacity goal the build-out is measured against; GW.
	CapacityGoalGW float64 `json:"capacity_goal_gw"`

	// Solve is the question the solver answers in every Run.
	Solve Goal `json:"solve"`
}

// Clone returns a deep copy of s, safe to change without touching s.
func (s Scenario) Clone() Scenario {
	c := s
	c.Include = slices.Clone(s.Include)
	c.Exclude = slices.Clone(s.Exclude)
	c.CustomShares = slices.Clone(s.CustomShares)
	c.KWPerAccelerator = slices.Clone(s.KWPerAccelerator)
	c.RevenueTargets = slices.Clone(s.RevenueTargets)
	c.Overrides = make([]Override, len(s.Overrides))
	for i, o := range s.Overrides {
		if o.ValueUSD != nil {
			v := *o.ValueUSD
			o.ValueUSD = &v
		}
		if o.CapacityGW != nil {
			v := *o.CapacityGW
			o.CapacityGW = &v
		}
		c.Overrides[i] = o
	}
	if len(c.Overrides) == 0 {
		c.Overrides = nil
	}
	return c
}

// KW returns the power per accelerator of a chip family: its own figure,
// or KWPerAcceleratorDefault.
func (s Scenario) KW(family string) float64 {
	for _, f := range s.KWPerAccelerator {
		if f.Family == family {
			return f.KW
		}
	}
	return s.KWPerAcceleratorDefault
}

// SetKW sets the power per accelerator of a chip family, keeping the list
// sorted; it does not change other scenarios sharing the list.
func (s *Scenario) SetKW(family string, kw float64) {
	list := slices.Clone(s.KWPerAccelerator)
	i, found := slices.BinarySearchFunc(list, family, func(f FamilyKW, fam string) int { return strings.Compare(f.Family, fam) })
	if found {
		list[i].KW = kw
	} else {
		list = slices.Insert(list, i, FamilyKW{Family: family, KW: kw})
	}
	s.KWPerAccelerator = list
}

// Override returns the override of a deal and whether there is one.
func (s Scenario) Override(dealID string) (Override, bool) {
	for _, o := range s.Overrides {
		if o.DealID == dealID {
			return o, true
		}
	}
	return Override{}, false
}

// SetOverride sets (or, for an override without figures, removes) the
// override of o.DealID, keeping the list sorted; it does not change other
// scenarios sharing the list.
func (s *Scenario) SetOverride(o Override) {
	list := slices.DeleteFunc(slices.Clone(s.Overrides), func(x Override) bool { return x.DealID == o.DealID })
	if !o.empty() {
		list = append(list, o)
		slices.SortFunc(list, func(a, b Override) int { return strings.Compare(a.DealID, b.DealID) })
	}
	if len(list) == 0 {
		list = nil
	}
	s.Overrides = list
}

// param returns the query parameter of the override's first figure.
func (o Override) param() string {
	prefix := "prof"
	switch {
	case o.ValueUSD != nil:
		prefix = "val"
	case o.StartYear != 0:
		prefix = "start"
	case o.TermYears != 0:
		prefix = "term"
	case o.CapacityGW != nil:
		prefix = "gw"
	}
	return prefix + "." + o.DealID
}

func (o Override) empty() bool {
	return o.ValueUSD == nil && o.StartYear == 0 && o.TermYears == 0 && o.CapacityGW == nil && o.Profile == ""
}

// canonical sorts and deduplicates the scenario's lists and turns empty
// lists into nil, so equal scenarios compare equal.
func (s *Scenario) canonical() {
	s.Include = sortedSet(s.Include)
	s.Exclude = sortedSet(s.Exclude)
	if len(s.CustomShares) == 0 {
		s.CustomShares = nil
	}
	if len(s.RevenueTargets) == 0 {
		s.RevenueTargets = nil
	}
	slices.SortStableFunc(s.RevenueTargets, func(a, b YearValue) int { return a.Year - b.Year })
	slices.SortStableFunc(s.KWPerAccelerator, func(a, b FamilyKW) int { return strings.Compare(a.Family, b.Family) })
	s.KWPerAccelerator = slices.CompactFunc(s.KWPerAccelerator, func(a, b FamilyKW) bool { return a.Family == b.Family })
	if len(s.KWPerAccelerator) == 0 {
		s.KWPerAccelerator = nil
	}
	s.Overrides = slices.DeleteFunc(s.Overrides, Override.empty)
	slices.SortStableFunc(s.Overrides, func(a, b Override) int { return strings.Compare(a.DealID, b.DealID) })
	s.Overrides = slices.CompactFunc(s.Overrides, func(a, b Override) bool { return a.DealID == b.DealID })
	if len(s.Overrides) == 0 {
		s.Overrides = nil
	}
}

func sortedSet(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}
