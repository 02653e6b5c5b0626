package model

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// view is a ledger's as-of view prepared for the models: read once per
// ledger and date, shared by every scenario run on them.
type view struct {
	in     *inputs
	deals  []data.Deal     // the view's deals, revised, in ledger order
	index  map[string]int  // deal id -> position in deals
	ledger map[string]bool // every deal id in the ledger, on any date
	// families are the chip families the ledger knows (in deals or with
	// their own power assumption).
	families map[string]bool
}

type viewKey struct {
	l    *data.Ledger
	asOf string
}

var viewCache cache[viewKey, *view]

// prepare returns the prepared view of l as of asOf, kept for reuse.
func prepare(l *data.Ledger, asOf data.Date) (*view, error) {
	in, err := ledgerInputs(l)
	if err != nil {
		return nil, err
	}
	return viewCache.get(viewKey{l, asOf.String()}, func() (*view, error) {
		v := l.AsOf(asOf)
		p := &view{in: in, deals: v.Deals, index: map[string]int{}, ledger: map[string]bool{}, families: map[string]bool{}}
		for i, d := range v.Deals {
			p.index[d.ID] = i
		}
		for _, d := range l.Deals {
			p.ledger[d.ID] = true
			if d.ChipFamily != "" {
				p.families[d.ChipFamily] = true
			}
		}
		for _, f := range in.kwFamilies {
			p.families[f.Family] = true
		}
		return p, nil
	})
}

// planDeal is one counted deal of a scenario with its figures resolved.
type planDeal struct {
	deal                      int     // position in view.deals
	valueUSD, lowUSD, highUSD float64 // the value used and its sourced band
	spendOff, spendAt         int     // first term year (offset from plan.first); position of its shares in plan.cum
	spendN                    int     // term in years
	capacityGW                float64
	capOff, capAt, capN       int // the same for the capacity ramp
	payOff, payAt, payN       int // the same for the payments (the term's or the ramp's years)
	cp, kind, fam             int // group positions
	// perGW marks a value estimated as capacity x a cost per GW, which
	// moves with it: perGWAll x cost per GW, else x chip cost per GW.
	perGW, perGWAll bool
	// byOthers marks a joint venture's build-out, paid by its partners:
	// its value is not OpenAI's spend. capInside marks a deal whose
	// capacity is inside such a joint venture's (only its value counts).
	byOthers, capInside bool
	// owned marks capacity OpenAI owns (chips it bought): it stays online
	// after its term and costs its power every year it runs.
	owned bool
}

// plan is a scenario resolved against a view: which deals count, when
// each is paid and built, and the groups of the breakdowns. Everything in
// it is fixed for a scenario's deal set, terms and profiles, so Monte Carlo
// draws reuse one plan and change only values and scalars.
type plan struct {
	v        *view
	first, n int // the horizon: first year and number of years
	deals    []planDeal
	cum      []float64 // cumulative shares of every deal's spend and ramp
	lines    []DealLine
	cps      []string // counterparty groups
	kinds    []string // kind groups
	fams     []string // chip-family groups ("" shown as "unknown")
	famKW    []float64
	actual   []float64 // actual revenue per horizon year; NaN where none
	capital  []float64 // equity raised (inflow deals, cash on hand) per horizon year
}

// newPlan resolves s (already valid) against the view, checking deal ids
// and chip families against the ledger.
func newPlan(v *view, s *Scenario) (*plan, error) {
	var ps Problems
	for _, id := range s.Include {
		if !v.ledger[id] {
			ps = append(ps, Problem{Param: "inc", Field: "include", Value: id, Accepted: "ids of deals in the ledger", Err: ErrUnknownDeal})
		}
	}
	for _, id := range s.Exclude {
		if !v.ledger[id] {
			ps = append(ps, Problem{Param: "exc", Field: "exclude", Value: id, Accepted: "ids of deals in the ledger", Err: ErrUnknownDeal})
		}
	}
	for _, o := range s.Overrides {
		if !v.ledger[o.DealID] {
			ps = append(ps, Problem{Param: o.param(), Field: "overrides.deal_id", Value: o.DealID, Accepted: "ids of deals in the ledger", Err: ErrUnknownDeal})
		}
	}
	for _, f := range s.KWPerAccelerator {
		if !v.families[f.Family] {
			ps = append(ps, Problem{Param: "kw." + f.Family, Field: "kw_per_accelerator.family", Value: f.Family, Accepted: "chip families of the ledger", Err: ErrUnknownParam})
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}

	p := &plan{v: v, lines: make([]DealLine, 0, len(v.deals))}
	present := make([]bool, len(v.deals))
	reasons := make([]string, len(v.deals))
	for i, d := range v.deals {
		included := slices.Contains(s.Include, d.ID)
		switch {
		case slices.Contains(s.Exclude, d.ID):
			reasons[i] = "excluded by the scenario"
		case !d.Status.Active() && !included:
			reasons[i] = "status " + string(d.Status)
		case s.BindingOnly && !d.Status.Binding() && !included:
			reasons[i] = "not binding (" + string(d.Status) + ")"
		default:
			present[i] = true
		}
	}
	ds := make([]planDeal, 0, len(v.deals))
	type raise struct {
		year int
		usd  float64
	}
	var raised []raise
	for i, d := range v.deals {
		line := DealLine{ID: d.ID, Counterparty: d.Counterparty, Kind: d.Kind, Status: d.Status, Direction: d.Direction,
			ChipFamily: d.ChipFamily, ChipSupplier: d.ChipSupplier, Estimated: d.Estimated, Undisclosed: d.ValueUSD == nil, Reason: reasons[i]}
		if line.Reason == "" && d.Direction != data.DirectionOutflow {
			line.Reason = "inflow: money into OpenAI, not a commitment"
		}
		if line.Reason == "" {
			if parent := presentAncestor(v, present, i); parent != "" {
				// A joint venture's figure is its partners' build-out, so
				// OpenAI's own obligations inside it (its equity and its
				// offtake) count; only their capacity is the venture's.
				if builtByOthers(v.deals[v.index[parent]]) && !builtByOthers(d) {
					line.Inside = parent
				} else {
					line.Reason = "counted in " + parent
				}
			}
		}
		line.CapexCarrier = d.CapexCarrier
		line.BuiltByOthers = builtByOthers(d)
		pd := resolveDeal(v.in, s, d)
		pd.deal = i
		pd.byOthers, pd.capInside = line.BuiltByOthers, line.Inside != ""
		pd.owned = d.CapexCarrier == data.CarrierOpenAI
		line.ValueUSD, line.ValueLowUSD, line.ValueHighUSD = pd.valueUSD, pd.lowUSD, pd.highUSD
		// Equity into OpenAI that the scenario takes in is capital raised,
		// in its start year (else the year announced).
		if d.Direction == data.DirectionInflow && present[i] {
			line.Capital = true
			raised = append(raised, raise{pd.spendOff, pd.valueUSD})
		}
		line.StartYear, line.EndYear = pd.spendOff, pd.spendOff+pd.spendN-1
		line.CapacityGW, line.FirstCapacityYear = pd.capacityGW, pd.capOff
		line.Profile = dealProfile(s, d.ID)
		_, line.Overridden = s.Override(d.ID)
		if line.Reason == "" {
			line.Counted = true
			ds = append(ds, pd)
		}
		p.lines = append(p.lines, line)
	}

	// The horizon runs from the first to the last year in which a counted
	// deal with a value or a capacity pays or builds.
	first, last := math.MaxInt, math.MinInt
	ds = slices.DeleteFunc(ds, func(d planDeal) bool { return d.highUSD <= 0 && d.capacityGW <= 0 })
	for _, d := range ds {
		first = min(first, d.spendOff, d.capOff)
		last = max(last, d.spendOff+d.spendN-1, d.capOff+d.capN-1)
	}
	if first > last {
		first, last = s.AsOf.Year(), s.AsOf.Year()
	}
	p.first, p.n = first, last-first+1

	// OpenAI's own deals inside a joint venture carry their capacity on
	// their own ramps (and renew it when they end); the venture keeps the
	// rest. The total stays the venture's.
	var dealPos map[string]int // by id, past manyGroups deals (else a scan)
	if len(ds) > manyGroups {
		dealPos = make(map[string]int, len(ds))
		for j := range ds {
			dealPos[v.deals[ds[j].deal].ID] = j
		}
	}
	for i := range ds {
		if !ds[i].capInside {
			continue
		}
		parent := p.lines[ds[i].deal].Inside
		j, ok := dealPos[parent]
		if dealPos == nil {
			j = slices.IndexFunc(ds, func(d planDeal) bool { return v.deals[d.deal].ID == parent })
			ok = j >= 0
		}
		if ok {
			ds[j].capacityGW = max(ds[j].capacityGW-ds[i].capacityGW, 0)
		}
	}

	cps, kinds, fams := map[string]float64{}, map[string]float64{}, map[string]float64{}
	for _, pd := range ds {
		d := v.deals[pd.deal]
		cps[d.Counterparty] += pd.valueUSD
		kinds[string(d.Kind)] = 0
		fams[d.ChipFamily] += pd.capacityGW
	}
	p.cps = groupOrder(cps)
	p.fams = groupOrder(fams)
	for _, k := range data.Kinds {
		if _, ok := kinds[string(k)]; ok {
			p.kinds = append(p.kinds, string(k))
			delete(kinds, string(k))
		}
	}
	p.kinds = append(p.kinds, groupOrder(kinds)...)
	for _, f := range p.fams {
		p.famKW = append(p.famKW, s.KW(f))
	}

	size := 0
	for _, d := range ds {
		size += d.spendN + 2*d.capN
	}
	p.cum = make([]float64, 0, size)
	p.deals = make([]planDeal, 0, len(ds))
	cpPos, famPos := groupPositions(p.cps), groupPositions(p.fams)
	for _, d := range ds {
		dl := v.deals[d.deal]
		d.spendOff -= first
		d.capOff -= first
		d.cp = groupIndex(p.cps, cpPos, dl.Counterparty)
		d.kind = slices.Index(p.kinds, string(dl.Kind))
		d.fam = groupIndex(p.fams, famPos, dl.ChipFamily)
		prof := dealProfile(s, dl.ID)
		d.spendAt = len(p.cum)
		p.cum = append(p.cum, make([]float64, d.spendN)...)
		fillCumulative(p.cum[d.spendAt:], prof, s.ProfileSteepness, s.CustomShares)
		d.capAt = d.spendAt // the ramp is the spend profile over the same years
		if d.capN != d.spendN {
			d.capAt = len(p.cum)
			p.cum = append(p.cum, make([]float64, d.capN)...)
			fillCumulative(p.cum[d.capAt:], prof, s.ProfileSteepness, s.CustomShares)
		}
		// Payments: the term's spread, or the capacity's arrival.
		d.payOff, d.payAt, d.payN = d.spendOff, d.spendAt, d.spendN
		if s.Payments == PayDelivery && followsDelivery(dl.Kind) {
			d.payOff, d.payAt, d.payN = d.capOff, d.capAt, d.capN
			if !paidOnDelivery(dl.Kind) {
				d.payAt = len(p.cum)
				p.cum = append(p.cum, make([]float64, d.capN)...)
				fillUsage(p.cum[d.payAt:], p.cum[d.capAt:d.capAt+d.capN])
			}
		}
		p.deals = append(p.deals, d)
	}

	p.capital = make([]float64, p.n)
	for _, r := range raised {
		p.capital[min(max(r.year-first, 0), p.n-1)] += r.usd
	}
	p.capital[0] += s.CashOnHandUSD

	p.actual = make([]float64, p.n)
	for i := range p.actual {
		p.actual[i] = math.NaN()
		if y := first + i; y <= s.RevenueStartYear {
			if a, ok := v.in.revenueActual[y]; ok {
				p.actual[i] = a
			}
		}
	}
	return p, nil
}

// builtByOthers reports whether a deal's value is capital its partners
// raise and spend (a joint venture's build-out), not OpenAI's obligation.
func builtByOthers(d data.Deal) bool { return d.CapexCarrier == data.CarrierJVPartners }

// presentAncestor returns the id of the nearest deal that deal i is
// counted in (directly or through a chain of counted_in) and that the
// scenario takes in, or "". With no deal left out by the scenario this is
// exactly the ledger's rule (data.View.InTotals).
func presentAncestor(v *view, present []bool, i int) string {
	id := v.deals[i].CountedIn
	for seen := 0; id != "" && seen <= len(v.deals); seen++ {
		j, ok := v.index[id]
		if !ok {
			return ""
		}
		if present[j] {
			return id
		}
		id = v.deals[j].CountedIn
	}
	return ""
}

// dealProfile returns the spend profile of a deal: its override or the
// scenario's.
func dealProfile(s *Scenario, id string) Profile {
	if o, ok := s.Override(id); ok && o.Profile != "" {
		return o.Profile
	}
	return s.Profile
}

// resolveDeal returns a deal's value, band, term and capacity under the
// scenario; years are calendar years (newPlan makes them offsets).
//
// Value: an override wins (low = high = value). A value the ledger
// estimates as capacity x cost per GW is re-estimated with the scenario's
// cost per GW (and capacity), its band scaled alike. Otherwise the ledger's
// value, low and high; an undisclosed value is 0. DealValues picks which of
// the three is used.
//
// Term: the ledger's start year, else the first-capacity year, else the
// year announced; the ledger's end year, else start + the default term
// (assumption headline_term_years) - 1. Overrides move the start (the
// first-capacity year moves with it) and set the length.
//
// Capacity ramps from the first-capacity year (else the start) to the end
// of the term (at least one year) along the deal's spend profile.
func resolveDeal(in *inputs, s *Scenario, d data.Deal) planDeal {
	o, _ := s.Override(d.ID)
	var pd planDeal
	pd.capacityGW = d.CapacityOrZeroGW()
	if o.CapacityGW != nil {
		pd.capacityGW = *o.CapacityGW
	}
	central := d.ValueOrZeroUSD()
	low, high := central, central
	if d.ValueLowUSD != nil {
		low = *d.ValueLowUSD
	}
	if d.ValueHighUSD != nil {
		high = *d.ValueHighUSD
	}
	switch {
	case o.ValueUSD != nil:
		central, low, high = *o.ValueUSD, *o.ValueUSD, *o.ValueUSD
	case (d.EstimateAssumption == idCostPerGW || d.EstimateAssumption == idChipCostPerGW && s.ChipCostPerGWUSD > 0) && d.ValueUSD != nil && central > 0:
		pd.perGW, pd.perGWAll = true, d.EstimateAssumption == idCostPerGW
		perGW := s.ChipCostPerGWUSD
		if pd.perGWAll {
			perGW = s.CostPerGWUSD
		}
		scaled := pd.capacityGW * perGW
		low, high = low*scaled/central, high*scaled/central
		central = scaled
	}
	pd.lowUSD, pd.highUSD = min(low, central), max(high, central)
	switch s.DealValues {
	case ValueLow:
		pd.valueUSD = pd.lowUSD
	case ValueHigh:
		pd.valueUSD = pd.highUSD
	default:
		pd.valueUSD = central
	}

	start := d.StartYear
	if start == 0 {
		start = cmp.Or(d.FirstCapacityYear, d.Announced.Year())
		if d.EndYear > 0 {
			start = min(start, d.EndYear)
		}
	}
	end := d.EndYear
	if end < start {
		end = start + in.defaultTermYears - 1
	}
	capStart := cmp.Or(d.FirstCapacityYear, start)
	if o.StartYear != 0 {
		capStart += o.StartYear - start
		end += o.StartYear - start
		start = o.StartYear
	}
	if o.TermYears != 0 {
		end = start + o.TermYears - 1
	}
	pd.spendOff, pd.spendN = start, end-start+1
	pd.capOff, pd.capN = capStart, max(end-capStart+1, 1)
	return pd
}

// groupOrder returns the keys by falling weight, then by name.
func groupOrder(weights map[string]float64) []string {
	keys := make([]string, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(weights[b], weights[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return keys
}

// manyGroups is the number of groups (or deals) past which groupIndex looks
// one up in a map rather than scanning the list: an import of thousands of
// counterparties would otherwise make a plan quadratic in its deals.
const manyGroups = 32

// groupPositions returns each group's position when there are more than
// manyGroups of them, else nil (a scan is quicker than building a map).
func groupPositions(groups []string) map[string]int {
	if len(groups) <= manyGroups {
		return nil
	}
	pos := make(map[string]int, len(groups))
	for i, g := range groups {
		pos[g] = i
	}
	return pos
}

// groupIndex returns the position of group g in groups, from pos when
// groupPositions made one.
func groupIndex(groups []string, pos map[string]int, g string) int {
	if pos != nil {
		if i, ok := pos[g]; ok {
			return i
		}
		return -1
	}
	return slices.Index(groups, g)
}

// groupName returns the display key of a group ("unknown" for "").
func groupName(k string) string {
	if k == "" {
		return "unknown"
	}
	return k
}
