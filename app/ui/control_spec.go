package ui

import (
	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// NumberControl is one numeric parameter of the scenario as the controls
// show it: a slider over a practical range and a number field that takes
// the model's whole accepted range, both in the display units of the
// parameter's entry in the model's registry (model.Params), which gives
// every field here.
type NumberControl struct {
	// Param is the model's query parameter; it is also the control's id.
	Param string
	Label string
	// Unit is the display unit written after the field ("$B", "%").
	Unit string
	// SliderMin, SliderMax and Step bound the slider, in display units.
	SliderMin, SliderMax, Step float64
	// Min and Max are the model's accepted range, in display units.
	Min, Max float64
	// Help says what the assumption is, in one sentence.
	Help string

	p model.Param
	// shown, when set, gives the value shown instead of the parameter's
	// own (a deal's figures, overridden or not), in the model's unit.
	shown func(model.Scenario) float64
}

// controlOf returns the control of a parameter of the registry.
func controlOf(p model.Param) NumberControl {
	return NumberControl{
		Param: p.Key, Label: p.Label, Unit: p.Show.Unit, Help: p.Help,
		SliderMin: p.Show.SliderMin, SliderMax: p.Show.SliderMax, Step: p.Show.Step,
		Min: p.ShownMin(), Max: p.ShownMax(), p: p,
	}
}

// Get returns the control's value in s, in display units.
func (c NumberControl) Get(s model.Scenario) float64 {
	if c.shown != nil {
		return c.p.ToShown(c.shown(s))
	}
	return c.p.Shown(s)
}

// Raw returns the display value v as a link carries it, in the model's
// unit (57 % is "0.57").
func (c NumberControl) Raw(v float64) string { return c.p.FromShown(v) }

// Set returns s with the control set to the display value v, the way a
// link with that value sets it (model.SetParam): a value out of range
// leaves s as it was and comes back as a Problem, and a rule the value
// breaks is repaired as in a link.
func (c NumberControl) Set(l *data.Ledger, s model.Scenario, v float64) (model.Scenario, []model.Problem) {
	return model.SetParam(l, s, c.Param, c.Raw(v))
}

// The sections of the controls panel: the registry's groups.
const (
	SectionSpend    = model.GroupSpend
	SectionCapacity = model.GroupCapacity
	SectionRevenue  = model.GroupRevenue
	SectionSolver   = model.GroupSolver
)

// ControlSections lists the sections of numeric controls in display order.
var ControlSections = model.Groups

// NumberControls returns the numeric controls of one section, in display
// order: one for each scalar parameter of the model's registry in that
// group. The per-family and per-deal ones are built by FamilyControl and
// DealControls.
func NumberControls(section string) []NumberControl {
	var out []NumberControl
	for _, p := range model.Params() {
		if p.Group == section {
			out = append(out, controlOf(p))
		}
	}
	return out
}

// ControlByParam returns the numeric control of a scalar query parameter.
func ControlByParam(param string) (NumberControl, bool) {
	for _, p := range model.Params() {
		if p.Key == param {
			return controlOf(p), true
		}
	}
	return NumberControl{}, false
}

const billion = 1e9

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
	return controlOf(model.ForFamily(family))
}
