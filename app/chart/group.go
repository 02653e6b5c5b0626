package chart

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// Group selects how spend and capacity are split into series.
type Group string

// The groupings of spend and capacity.
const (
	GroupCounterparty Group = "counterparty"
	GroupKind         Group = "kind"
	GroupChipFamily   Group = "chip_family"
)

// Groups lists every Group in display order.
var Groups = []Group{GroupCounterparty, GroupKind, GroupChipFamily}

// ParseGroup returns the Group named s and true, or GroupCounterparty and
// false when s names none (a link's bad value falls back, never fails).
func ParseGroup(s string) (Group, bool) {
	for _, g := range Groups {
		if string(g) == s {
			return g, true
		}
	}
	return GroupCounterparty, false
}

// Label returns the grouping in words: "counterparty", "kind of deal",
// "chip family".
func (g Group) Label() string {
	switch g {
	case GroupKind:
		return "kind of deal"
	case GroupChipFamily:
		return "chip family"
	}
	return "counterparty"
}

// breakdowns returns the result's breakdown for the grouping; an unknown
// grouping is by counterparty.
func (g Group) breakdowns(r model.Result) []model.Breakdown {
	switch g {
	case GroupKind:
		return r.ByKind
	case GroupChipFamily:
		return r.ByChipFamily
	}
	return r.ByCounterparty
}

// kindLabels names the kinds of deal.
var kindLabels = map[string]string{
	string(data.KindCloudPurchase):    "Cloud purchase",
	string(data.KindChipPurchase):     "Chip purchase",
	string(data.KindEquityInvestment): "Equity investment",
	string(data.KindJointVenture):     "Joint venture",
	string(data.KindSiteLease):        "Site lease",
	string(data.KindMemorySupply):     "Memory supply",
}

// KeyLabel returns the label of a breakdown key of grouping g: a short
// counterparty name ("Stargate LLC"), a kind in words ("Cloud purchase") or
// a chip family's name ("Nvidia GB200"); "Unknown" for the model's
// "unknown" or an empty key.
func KeyLabel(g Group, key string) string {
	if key == "" || key == "unknown" {
		return "Unknown"
	}
	switch g {
	case GroupKind:
		if l, ok := kindLabels[key]; ok {
			return l
		}
		return humanize(key)
	case GroupChipFamily:
		return data.ChipFamilyName(key)
	}
	return ShortLabel(key)
}

// humanize turns a snake_case identifier into words with a capital first
// letter: "memory_supply" gives "Memory supply".
func humanize(id string) string { return data.Humanize(id) }

// maxGroupSeries is the most group series a chart draws; smaller groups
// are added into one "Other" series so that each keeps a distinct colour.
const maxGroupSeries = 7

// otherGroup names the series that gathers the smallest groups.
const otherGroup = "Other"

// groupValues is one group's yearly values, ready to draw.
type groupValues struct {
	name   string
	values []float64
	weight float64
}

// groupedValues returns the groups of bs with any non-zero value, largest
// weight first, their values aligned to n years (pick chooses spend or
// capacity; weight ranks them). Beyond maxGroupSeries, the smallest are
// added into "Other". Names are the groups' labels, made unique.
func groupedValues(g Group, bs []model.Breakdown, n int, pick func(model.Breakdown) []float64, weight func([]float64) float64) []groupValues {
	var out []groupValues
	used := map[string]int{}
	for _, b := range bs {
		vals := make([]float64, n)
		nonZero := false
		for i, v := range pick(b) {
			if i >= n {
				break
			}
			vals[i] = finite(v)
			nonZero = nonZero || vals[i] != 0
		}
		if !nonZero {
			continue
		}
		name := KeyLabel(g, b.Key)
		if used[name]++; used[name] > 1 {
			name += " (" + strconv.Itoa(used[name]) + ")"
		}
		out = append(out, groupValues{name: name, values: vals, weight: weight(vals)})
	}
	slices.SortStableFunc(out, func(a, b groupValues) int { return cmp.Compare(b.weight, a.weight) })
	if len(out) <= maxGroupSeries {
		return out
	}
	other := groupValues{name: otherGroup, values: make([]float64, n)}
	for _, gv := range out[maxGroupSeries-1:] {
		for i, v := range gv.values {
			other.values[i] += v
		}
		other.weight += gv.weight
	}
	return append(out[:maxGroupSeries-1:maxGroupSeries-1], other)
}

// sum returns the sum of xs.
func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// last returns the last of xs, or 0 when there is none.
func last(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)-1]
}
