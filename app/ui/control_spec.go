package ui

import (
	"math"

	"github.com/computeledger/computeledger/app/model"
)

// NumberControl describes one numeric assumption of the scenario as the
// controls show it: a slider over a practical range and a number field
// that takes the model's whole accepted range, both in display units
// (billions of dollars, percent) that Scale turns into the model's.
type NumberControl struct {
	// Param is the model's query parameter; it is also the control's id.
	Param string
	Label string
	// Unit is the display unit written after the field ("$B", "%").
	Unit string
	// Scale turns a display value into the model's: model = display x Scale.
	Scale float64
	// SliderMin, SliderMax and Step bound the slider, in display units.
	SliderMin, SliderMax, Step float64
	// Min and Max are the model's accepted range, in display units.
	Min, Max float64
	// Integer reports that the value is a whole number (a year, a term).
	Integer bool
	// ZeroOK reports that 0 is accepted besides [Min, Max] (it means "not
	// set", as for the solver's goal year).
	ZeroOK bool
	// Help says what the assumption is, in one sentence.
	Help string

	get func(model.Scenario) float64
	set func(*model.Scenario, float64)
}

// Get returns the control's value in s, in display units.
func (c NumberControl) Get(s model.Scenario) float64 { return c.get(s) / c.Scale }

// Set returns s with the control set to the display value v, clamped to
// the accepted range (and rounded for whole-number controls), and the value
// used. Fields tied to the control follow it (a revenue ceiling stays
// above the run rate), so the result is always a valid scenario.
func (c NumberControl) Set(s model.Scenario, v float64) (model.Scenario, float64) {
	v = c.Clamp(v)
	s = s.Clone()
	c.set(&s, v*c.Scale)
	keepConsistent(&s, c.Param)
	return s, c.Get(s)
}

// keepConsistent restores the rules that tie fields together after param
// changed: a revenue ceiling above the starting run rate, revenue targets
// after the start year.
func keepConsistent(s *model.Scenario, param string) {
	if s.RevenueCeilingUSD <= s.RevenueStartUSD {
		if param == "rev_cap" {
			s.RevenueCeilingUSD = s.RevenueStartUSD * 1.05
		} else {
			s.RevenueCeilingUSD = 2 * s.RevenueStartUSD
		}
	}
	kept := s.RevenueTargets[:0:0]
	for _, t := range s.RevenueTargets {
		if t.Year > s.RevenueStartYear {
			kept = append(kept, t)
		}
	}
	s.RevenueTargets = kept
	if len(kept) == 0 {
		s.RevenueTargets = nil
		if s.RevenuePath == model.RevenueTargets {
			s.RevenuePath = model.RevenueCAGR
		}
	}
}

// Clamp returns v within the accepted range; NaN becomes the minimum.
func (c NumberControl) Clamp(v float64) float64 {
	if math.IsNaN(v) {
		return c.Min
	}
	if c.ZeroOK && v <= 0 {
		return 0
	}
	v = math.Max(c.Min, math.Min(c.Max, v))
	if c.Integer {
		v = math.Round(v)
	}
	return v
}

// The sections of the controls panel.
const (
	SectionSpend    = "Spend"
	SectionCapacity = "Capacity and power"
	SectionRevenue  = "Revenue and funding"
	SectionSolver   = "What must be true"
)

// ControlSections lists the sections of numeric controls in display order.
var ControlSections = []string{SectionSpend, SectionCapacity, SectionRevenue, SectionSolver}

// NumberControls returns the numeric controls of one section, in display
// order. Every numeric scenario parameter of app/model/README.md has one
// (a test checks it), except the per-family and per-deal ones, which
// FamilyControl and the deal controls build.
func NumberControls(section string) []NumberControl {
	var out []NumberControl
	for _, c := range numberControls {
		if c.section == section {
			out = append(out, c.NumberControl)
		}
	}
	return out
}

// ControlByParam returns the numeric control of a query parameter.
func ControlByParam(param string) (NumberControl, bool) {
	for _, c := range numberControls {
		if c.Param == param {
			return c.NumberControl, true
		}
	}
	return NumberControl{}, false
}

type sectionControl struct {
	section string
	NumberControl
}

const (
	billion = 1e9
	percent = 0.01
)

var numberControls = []sectionControl{
	{SectionSpend, NumberControl{Param: "steep", Label: "S-curve steepness", Unit: "", Scale: 1, SliderMin: 1, SliderMax: 20, Step: 0.5, Min: 1, Max: 20,
		Help: "How sharply the S-curve profile concentrates spend in the middle of each term.",
		get:  func(s model.Scenario) float64 { return s.ProfileSteepness }, set: func(s *model.Scenario, v float64) { s.ProfileSteepness = v }}},

	{SectionCapacity, NumberControl{Param: "cost_gw", Label: "Cost per GW", Unit: "$B/GW", Scale: billion, SliderMin: 10, SliderMax: 100, Step: 0.5, Min: 1, Max: 1000,
		Help: "All-in capital cost of one gigawatt of AI data-centre capacity: what building the contracted capacity costs, whoever pays.",
		get:  func(s model.Scenario) float64 { return s.CostPerGWUSD }, set: func(s *model.Scenario, v float64) { s.CostPerGWUSD = v }}},
	{SectionSpend, NumberControl{Param: "chip_gw", Label: "Chip cost per GW", Unit: "$B/GW", Scale: billion, SliderMin: 5, SliderMax: 50, Step: 0.5, Min: 1, Max: 1000,
		Help: "Accelerator-system cost of one gigawatt; prices the chip deals whose value is undisclosed (Nvidia, AMD, Broadcom) from their capacity.",
		get:  func(s model.Scenario) float64 { return s.ChipCostPerGWUSD }, set: func(s *model.Scenario, v float64) { s.ChipCostPerGWUSD = v }}},
	{SectionSpend, NumberControl{Param: "rent", Label: "Rent after a contract ends", Unit: "$B/GW-yr", Scale: billion, SliderMin: 0, SliderMax: 40, Step: 0.1, Min: 0, Max: 1000,
		Help: "What a GW of capacity costs for a year once its contract has ended and it is renewed (HSBC: about $17B).",
		get:  func(s model.Scenario) float64 { return s.RentalUSDPerGWYear }, set: func(s *model.Scenario, v float64) { s.RentalUSDPerGWYear = v }}},
	{SectionSpend, NumberControl{Param: "power", Label: "Power price (owned chips)", Unit: "$/MWh", Scale: 1, SliderMin: 0, SliderMax: 200, Step: 1, Min: 0, Max: 10000,
		Help: "The electricity price paid for the chips OpenAI owns, every year they run.",
		get:  func(s model.Scenario) float64 { return s.PowerUSDPerMWh }, set: func(s *model.Scenario, v float64) { s.PowerUSDPerMWh = v }}},

	{SectionCapacity, NumberControl{Param: "build", Label: "Build rate", Unit: "GW/week", Scale: 1, SliderMin: 0.1, SliderMax: 5, Step: 0.05, Min: 0.001, Max: 100,
		Help: "The most capacity that can come online per week; the goal is 1 GW a week.",
		get:  func(s model.Scenario) float64 { return s.BuildRateGWPerWeek }, set: func(s *model.Scenario, v float64) { s.BuildRateGWPerWeek = v }}},
	{SectionCapacity, NumberControl{Param: "goal", Label: "Capacity goal", Unit: "GW", Scale: 1, SliderMin: 1, SliderMax: 100, Step: 1, Min: 0.1, Max: 1000,
		Help: "The capacity the build-out is measured against (about 30 GW announced).",
		get:  func(s model.Scenario) float64 { return s.CapacityGoalGW }, set: func(s *model.Scenario, v float64) { s.CapacityGoalGW = v }}},
	{SectionCapacity, NumberControl{Param: "pue", Label: "Power usage effectiveness (PUE)", Unit: "", Scale: 1, SliderMin: 1, SliderMax: 2, Step: 0.01, Min: 1, Max: 3,
		Help: "Facility power over IT power: cooling and losses on top of the chips.",
		get:  func(s model.Scenario) float64 { return s.PUE }, set: func(s *model.Scenario, v float64) { s.PUE = v }}},
	{SectionCapacity, NumberControl{Param: "util", Label: "Utilisation", Unit: "%", Scale: percent, SliderMin: 10, SliderMax: 100, Step: 1, Min: 1, Max: 100,
		Help: "The fleet's average load as a share of capacity; sets the energy used.",
		get:  func(s model.Scenario) float64 { return s.Utilisation }, set: func(s *model.Scenario, v float64) { s.Utilisation = v }}},
	{SectionCapacity, NumberControl{Param: "kw", Label: "kW per accelerator (default)", Unit: "kW", Scale: 1, SliderMin: 0.5, SliderMax: 5, Step: 0.01, Min: 0.05, Max: 50,
		Help: "IT power per accelerator, with its share of host, network and cooling in the rack, for chip families without their own figure.",
		get:  func(s model.Scenario) float64 { return s.KWPerAcceleratorDefault }, set: func(s *model.Scenario, v float64) { s.KWPerAcceleratorDefault = v }}},

	{SectionRevenue, NumberControl{Param: "rev0", Label: "Starting revenue run rate", Unit: "$B/yr", Scale: billion, SliderMin: 1, SliderMax: 100, Step: 0.5, Min: 0.001, Max: 100000,
		Help: "Annualised revenue at the end of the start year.",
		get:  func(s model.Scenario) float64 { return s.RevenueStartUSD }, set: func(s *model.Scenario, v float64) { s.RevenueStartUSD = v }}},
	{SectionRevenue, NumberControl{Param: "rev0_y", Label: "Start year of the run rate", Unit: "", Scale: 1, Integer: true, SliderMin: 2023, SliderMax: 2030, Step: 1, Min: model.MinYear, Max: model.MaxYear,
		Help: "The year the starting run rate is reached.",
		get:  func(s model.Scenario) float64 { return float64(s.RevenueStartYear) }, set: func(s *model.Scenario, v float64) { s.RevenueStartYear = int(v) }}},
	{SectionRevenue, NumberControl{Param: "g", Label: "Revenue growth", Unit: "%/yr", Scale: percent, SliderMin: -50, SliderMax: 300, Step: 1, Min: -90, Max: 1000,
		Help: "Yearly revenue growth (the S-curve's initial growth).",
		get:  func(s model.Scenario) float64 { return s.RevenueCAGR }, set: func(s *model.Scenario, v float64) { s.RevenueCAGR = v }}},
	{SectionRevenue, NumberControl{Param: "rev_cap", Label: "Revenue ceiling (S-curve)", Unit: "$B/yr", Scale: billion, SliderMin: 50, SliderMax: 2000, Step: 10, Min: 0.001, Max: 1e6,
		Help: "The revenue the S-curve path levels off at; must exceed the starting run rate.",
		get:  func(s model.Scenario) float64 { return s.RevenueCeilingUSD }, set: func(s *model.Scenario, v float64) { s.RevenueCeilingUSD = v }}},
	{SectionRevenue, NumberControl{Param: "share", Label: "Share of revenue for compute", Unit: "%", Scale: percent, SliderMin: 1, SliderMax: 100, Step: 1, Min: 1, Max: 100,
		Help: "The part of revenue that can pay for compute; the rest of spend is the funding gap.",
		get:  func(s model.Scenario) float64 { return s.ComputeShare }, set: func(s *model.Scenario, v float64) { s.ComputeShare = v }}},

	{SectionRevenue, NumberControl{Param: "cash", Label: "Cash on hand at the start", Unit: "$B", Scale: billion, SliderMin: 0, SliderMax: 100, Step: 0.5, Min: 0, Max: 10000,
		Help: "OpenAI's cash besides the equity rounds in the ledger; with them it lowers the funding need.",
		get:  func(s model.Scenario) float64 { return s.CashOnHandUSD }, set: func(s *model.Scenario, v float64) { s.CashOnHandUSD = v }}},

	{SectionSolver, NumberControl{Param: "solve_x", Label: "Target compute share of revenue", Unit: "%", Scale: percent, SliderMin: 5, SliderMax: 200, Step: 1, Min: 1, Max: 1000,
		Help: "For the share goal: compute spend as a share of revenue to reach in the goal year.",
		get:  func(s model.Scenario) float64 { return s.Solve.Share }, set: func(s *model.Scenario, v float64) { s.Solve.Share = v }}},
	{SectionSolver, NumberControl{Param: "solve_y", Label: "Goal year (0: last year)", Unit: "", Scale: 1, Integer: true, SliderMin: 2025, SliderMax: 2040, Step: 1, Min: model.MinYear, Max: model.MaxYear, ZeroOK: true,
		Help: "The year by which the goal must hold; 0 is the last year of the horizon.",
		get:  func(s model.Scenario) float64 { return float64(s.Solve.Year) }, set: func(s *model.Scenario, v float64) { s.Solve.Year = int(v) }}},
}

// familyCounted reports whether a counted deal of r uses the chip family,
// so that its power-per-accelerator control moves something.
func familyCounted(r model.Result, family string) bool {
	for _, d := range r.Deals {
		if d.Counted && d.CapacityGW > 0 && d.ChipFamily == family {
			return true
		}
	}
	return false
}

// FamilyControl returns the control of the power per accelerator of one
// chip family (query parameter kw.<family>).
func FamilyControl(family string) NumberControl {
	return NumberControl{Param: "kw." + family, Label: family, Unit: "kW", Scale: 1, SliderMin: 0.5, SliderMax: 5, Step: 0.01, Min: 0.05, Max: 50,
		Help: "IT power per accelerator of the " + family + " family.",
		get:  func(s model.Scenario) float64 { return s.KW(family) },
		set:  func(s *model.Scenario, v float64) { s.SetKW(family, v) }}
}
