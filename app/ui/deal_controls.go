package ui

import (
	"math"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// DealLocks says, for each of r's deals, why its "counted" box cannot be
// changed: "" when it can. Money into OpenAI is never a commitment, and a
// deal counted inside another counted deal comes back only when that one
// is left out. One pass with an index: the ledger may hold thousands of
// imported deals.
func DealLocks(v data.View, r model.Result) []string {
	pos := make(map[string]int, len(r.Deals))
	for i, l := range r.Deals {
		pos[l.ID] = i
	}
	locks := make([]string, len(r.Deals))
	for i, line := range r.Deals {
		locks[i] = dealLock(v, r, pos, line)
	}
	return locks
}

// dealLock is DealLocks for one deal; pos indexes r.Deals by id.
func dealLock(v data.View, r model.Result, pos map[string]int, line model.DealLine) string {
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
		i, ok := pos[id]
		if !ok {
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

// dealListLimit is how many deals the "which deals count" list and the
// deal picker show at a time; past it a finder narrows them, so that a
// ledger of thousands of imported deals does not draw thousands of
// controls.
const dealListLimit = 100

// DealChoices returns the positions in r.Deals of the outflow deals the
// deal controls list: those whose id or counterparty contains find (any
// case), at most dealListLimit of them, with the picked deal always among
// them; and how many deals match in all.
func DealChoices(r model.Result, find, picked string) (shown []int, matched int) {
	needle := strings.ToLower(strings.TrimSpace(find))
	pickedAt := -1
	for i, line := range r.Deals {
		if line.Direction == data.DirectionInflow {
			continue
		}
		if needle != "" && !strings.Contains(strings.ToLower(line.ID), needle) && !strings.Contains(strings.ToLower(line.Counterparty), needle) {
			if line.ID == picked {
				pickedAt = i
			}
			continue
		}
		matched++
		if len(shown) < dealListLimit {
			shown = append(shown, i)
		} else if line.ID == picked {
			pickedAt = i
		}
	}
	if pickedAt >= 0 {
		shown = append(shown, pickedAt)
		slices.Sort(shown)
	}
	return shown, matched
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
// (val.<deal>, start.<deal>, term.<deal>, gw.<deal>, from the model's
// registry), showing the figures the scenario uses for it in line, with
// sliders reaching twice the deal's figures.
func DealControls(line model.DealLine) []NumberControl {
	shown := map[string]float64{
		"val":   line.ValueUSD,
		"start": float64(line.StartYear),
		"term":  float64(line.EndYear - line.StartYear + 1),
		"gw":    line.CapacityGW,
	}
	out := make([]NumberControl, 0, len(model.DealParamPrefixes))
	for _, prefix := range model.DealParamPrefixes {
		c := controlOf(model.ForDeal(prefix, line.ID))
		v := shown[prefix]
		c.shown = func(model.Scenario) float64 { return v }
		switch prefix {
		case "val":
			c.SliderMax = math.Max(c.SliderMax, math.Ceil(2*math.Max(line.ValueHighUSD, line.ValueUSD)/billion/100)*100)
		case "gw":
			c.SliderMax = math.Max(c.SliderMax, math.Ceil(2*line.CapacityGW))
		}
		out = append(out, c)
	}
	return out
}

// ResetDeal returns the change that drops every override of the deal
// (each of its per-deal parameters set empty, as a link clears it).
func ResetDeal(id string) Change {
	var c Change
	for _, k := range model.DealParamKeys(id) {
		c.Params = append(c.Params, Param{k, ""})
	}
	return c
}

// dealListsChange returns the change that sets the counted and left-out
// deal lists (inc, exc) to those of sc.
func dealListsChange(sc model.Scenario) Change {
	return Change{Params: []Param{{"inc", strings.Join(sc.Include, ",")}, {"exc", strings.Join(sc.Exclude, ",")}}}
}
