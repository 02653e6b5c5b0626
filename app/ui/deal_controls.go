package ui

import (
	"math"
	"slices"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// DealLock says why a deal's "counted" box cannot be changed: "" when it
// can. Money into OpenAI is never a commitment, and a deal counted inside
// another counted deal comes back only when that one is left out.
func DealLock(v data.View, r model.Result, line model.DealLine) string {
	if line.Direction == data.DirectionInflow {
		return "money into OpenAI, never a commitment"
	}
	if line.Inside != "" {
		return "" // OpenAI's own deal inside a joint venture: counted on its own
	}
	d, ok := v.Deal(line.ID)
	if !ok {
		return ""
	}
	for id, seen := d.CountedIn, 0; id != "" && seen <= len(r.Deals); seen++ {
		i := slices.IndexFunc(r.Deals, func(x model.DealLine) bool { return x.ID == id })
		if i < 0 {
			return ""
		}
		if r.Deals[i].Counted {
			return "counted inside " + r.Deals[i].Counterparty
		}
		parent, ok := v.Deal(id)
		if !ok {
			return ""
		}
		id = parent.CountedIn
	}
	return ""
}

// ToggleDeal returns s with the deal counted or left out: leaving it out
// lists it in Exclude; counting it drops it from Exclude and, when its
// status or BindingOnly would leave it out, lists it in Include.
func ToggleDeal(s model.Scenario, line model.DealLine, counted bool) model.Scenario {
	s = s.Clone()
	id := line.ID
	s.Include = slices.DeleteFunc(s.Include, func(x string) bool { return x == id })
	s.Exclude = slices.DeleteFunc(s.Exclude, func(x string) bool { return x == id })
	if !counted {
		s.Exclude = append(s.Exclude, id)
		slices.Sort(s.Exclude)
	} else if !line.Status.Active() || s.BindingOnly && !line.Status.Binding() {
		s.Include = append(s.Include, id)
		slices.Sort(s.Include)
	}
	if len(s.Include) == 0 {
		s.Include = nil
	}
	if len(s.Exclude) == 0 {
		s.Exclude = nil
	}
	return s
}

// DealControls returns the numeric controls of one deal's overrides
// (val.<deal>, start.<deal>, term.<deal>, gw.<deal>), showing the figures
// the scenario uses for it in line.
func DealControls(line model.DealLine) []NumberControl {
	id := line.ID
	term := float64(line.EndYear - line.StartYear + 1)
	valueMax := math.Max(100, math.Ceil(2*math.Max(line.ValueHighUSD, line.ValueUSD)/billion/100)*100)
	gwMax := math.Max(20, math.Ceil(2*line.CapacityGW))
	override := func(s *model.Scenario, f func(*model.Override)) {
		o, _ := s.Override(id)
		o.DealID = id
		f(&o)
		s.SetOverride(o)
	}
	return []NumberControl{
		{Param: "val." + id, Label: "Value", Unit: "$B", Scale: billion, SliderMin: 0, SliderMax: valueMax, Step: 0.5, Min: 0, Max: 1e5,
			Help: "Replaces the deal's value (and its low and high).",
			get:  func(model.Scenario) float64 { return line.ValueUSD },
			set:  func(s *model.Scenario, v float64) { override(s, func(o *model.Override) { o.ValueUSD = &v }) }},
		{Param: "start." + id, Label: "First year of the term", Unit: "", Scale: 1, Integer: true, SliderMin: 2020, SliderMax: 2040, Step: 1, Min: model.MinYear, Max: model.MaxYear,
			Help: "Moves the term (and the first capacity with it).",
			get:  func(model.Scenario) float64 { return float64(line.StartYear) },
			set:  func(s *model.Scenario, v float64) { override(s, func(o *model.Override) { o.StartYear = int(v) }) }},
		{Param: "term." + id, Label: "Length of the term", Unit: "years", Scale: 1, Integer: true, SliderMin: 1, SliderMax: 20, Step: 1, Min: 1, Max: 50,
			Help: "How many years the deal's value is spread over.",
			get:  func(model.Scenario) float64 { return term },
			set:  func(s *model.Scenario, v float64) { override(s, func(o *model.Override) { o.TermYears = int(v) }) }},
		{Param: "gw." + id, Label: "Capacity", Unit: "GW", Scale: 1, SliderMin: 0, SliderMax: gwMax, Step: 0.05, Min: 0, Max: 1000,
			Help: "Replaces the deal's contracted capacity.",
			get:  func(model.Scenario) float64 { return line.CapacityGW },
			set:  func(s *model.Scenario, v float64) { override(s, func(o *model.Override) { o.CapacityGW = &v }) }},
	}
}

// SetDealProfile returns s with the spend profile of one deal replaced;
// "" goes back to the scenario's profile.
func SetDealProfile(s model.Scenario, id string, p model.Profile) model.Scenario {
	s = s.Clone()
	o, _ := s.Override(id)
	o.DealID = id
	o.Profile = p
	s.SetOverride(o)
	return s
}

// ResetDeal returns s without any override of the deal.
func ResetDeal(s model.Scenario, id string) model.Scenario {
	s = s.Clone()
	s.SetOverride(model.Override{DealID: id})
	return s
}
