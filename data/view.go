package data

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// View is the ledger as it stood on one date: the deals announced on or
// before it, with every revision dated on or before it applied in date
// order.
type View struct {
	AsOf Date
	// Deals are the revised deals, in ledger order, including superseded,
	// cancelled and paused ones with that status. Their Sites and Sources
	// are shared with the ledger: read them, do not change them.
	Deals []Deal
	// Applied are the revisions applied, in date order.
	Applied []Revision
	// Totals are the deduplicated sums over Deals.
	Totals Totals
	// Reconciliation compares Totals with the headline figures; nil when
	// the ledger has no headline assumptions.
	Reconciliation *Reconciliation

	inTotals []bool         // inTotals[i] reports whether Deals[i] is added into Totals
	index    map[string]int // index[id] is the position of deal id in Deals
}

// Totals are the sums of a View. A deal is added into the commitment sums
// when it is an active outflow deal and no active deal it is counted in
// (directly or through a chain of counted_in) is in the view; the same rule
// applies to capacity, so no overlap is ever added twice.
type Totals struct {
	// CommitmentsUSD is DisclosedUSD + EstimatedUSD.
	CommitmentsUSD float64 `json:"commitments_usd"`
	// DisclosedUSD sums the values published by a source.
	DisclosedUSD float64 `json:"disclosed_usd"`
	// EstimatedUSD sums the values estimated by a stated method.
	EstimatedUSD float64 `json:"estimated_usd"`
	// CommitmentsLowUSD and CommitmentsHighUSD sum each deal's low and high
	// value (its value when it has no range).
	CommitmentsLowUSD  float64 `json:"commitments_low_usd"`
	CommitmentsHighUSD float64 `json:"commitments_high_usd"`
	// BindingUSD is the part of CommitmentsUSD in definitive or amended
	// deals; LetterOfIntentUSD the part in letters of intent.
	BindingUSD        float64 `json:"binding_usd"`
	LetterOfIntentUSD float64 `json:"letter_of_intent_usd"`
	// CapacityGW sums the capacity of the same deals.
	CapacityGW float64 `json:"capacity_gw"`
	// ChipCapacityGW is the part of CapacityGW in chip purchases, and
	// SiteCapacityGW the part in sites, clouds and joint ventures. Chips are
	// installed in sites, but no source says how much of one lies inside the
	// other, so both are added (see data/README.md, reconciliation).
	ChipCapacityGW float64 `json:"chip_capacity_gw"`
	SiteCapacityGW float64 `json:"site_capacity_gw"`
	// OverlapRemovedUSD and OverlapRemovedGW are the values and capacities
	// of active outflow deals left out because an active deal counts them.
	OverlapRemovedUSD float64 `json:"overlap_removed_usd"`
	OverlapRemovedGW  float64 `json:"overlap_removed_gw"`
	// InflowUSD sums active inflow deals (equity and funding into OpenAI);
	// it is never part of CommitmentsUSD.
	InflowUSD float64 `json:"inflow_usd"`
	// InactiveUSD sums outflow deals that are superseded, cancelled or
	// paused.
	InactiveUSD float64 `json:"inactive_usd"`
	// DealCount is the number of deals in the view; CountedCount the
	// number added into the commitment sums.
	DealCount    int `json:"deal_count"`
	CountedCount int `json:"counted_count"`
	// Undisclosed lists the ids of counted deals whose value is neither
	// disclosed nor estimated (they add capacity but no dollars).
	Undisclosed []string `json:"undisclosed"`
	// UndisclosedCount is len(Undisclosed).
	UndisclosedCount int `json:"undisclosed_count"`
	// BySourceQualityUSD splits CommitmentsUSD by the best quality of the
	// sources each deal's value rests on (see BestValueQuality).
	BySourceQualityUSD QualityUSD `json:"by_source_quality_usd"`
	// EstimatedShare is EstimatedUSD / CommitmentsUSD (0 when there are no
	// commitments).
	EstimatedShare float64 `json:"estimated_share"`
}

// QualityUSD is a dollar amount split by source quality. Ungraded holds
// values whose sources carry no quality (imports written before qualities
// existed) and is left out of the JSON when zero.
type QualityUSD struct {
	Primary   float64 `json:"primary"`
	Press     float64 `json:"press"`
	Secondary float64 `json:"secondary"`
	Ungraded  float64 `json:"ungraded,omitempty"`
}

// add puts v under quality q.
func (u *QualityUSD) add(q SourceQuality, v float64) {
	switch q {
	case QualityPrimary:
		u.Primary += v
	case QualityPress:
		u.Press += v
	case QualitySecondary:
		u.Secondary += v
	default:
		u.Ungraded += v
	}
}

// BestValueQuality is the highest quality among the sources that support
// the deal's value_usd (sources naming value_usd in fields, or naming no
// fields). For an estimate computed from capacity (estimate_assumption) the
// sourced figure is the capacity, so the sources of capacity_gw count. It
// returns "" when no graded source supports the figure.
func BestValueQuality(d Deal) SourceQuality {
	field := "value_usd"
	if d.Estimated && d.EstimateAssumption != "" {
		field = "capacity_gw"
	}
	var best SourceQuality
	for _, s := range d.Sources {
		if (len(s.Fields) == 0 || slices.Contains(s.Fields, field)) && s.Quality.rank() > best.rank() {
			best = s.Quality
		}
	}
	return best
}

// Reconciliation compares a view's totals with the headline commitment and
// capacity figures (assumptions headline_commitments_usd and
// capacity_goal_gw).
type Reconciliation struct {
	HeadlineCommitmentsUSD float64 `json:"headline_commitments_usd"`
	HeadlineCapacityGW     float64 `json:"headline_capacity_gw"`
	// GapUSD is the headline minus CommitmentsUSD: positive when the ledger
	// finds less than the headline.
	GapUSD float64 `json:"gap_usd"`
	// GapGW is the headline capacity minus CapacityGW.
	GapGW float64 `json:"gap_gw"`
	// CommitmentsShare and CapacityShare are the ledger totals as a share
	// of the headline figures.
	CommitmentsShare float64 `json:"commitments_share"`
	CapacityShare    float64 `json:"capacity_share"`
}

// AsOf returns the ledger as it stood on d: deals announced on or before d,
// with the revisions dated on or before d applied in date order (revisions
// of one date in ledger order). Estimates tied to an assumption are
// recomputed from the revised capacity.
func (l *Ledger) AsOf(d Date) View {
	v := View{AsOf: d, Deals: make([]Deal, 0, len(l.Deals))}
	index := make(map[string]int, len(l.Deals))
	for _, deal := range l.Deals {
		if deal.Announced.After(d) {
			continue
		}
		index[deal.ID] = len(v.Deals)
		v.Deals = append(v.Deals, cloneDeal(deal))
	}
	for _, r := range l.Revisions {
		if r.Date.After(d) {
			continue
		}
		if _, ok := index[r.DealID]; !ok {
			continue
		}
		v.Applied = append(v.Applied, r)
	}
	slices.SortStableFunc(v.Applied, func(a, b Revision) int { return a.Date.Compare(b.Date.Time) })
	for _, r := range v.Applied {
		i := index[r.DealID]
		v.Deals[i] = r.applyTo(v.Deals[i])
	}
	for i := range v.Deals {
		l.resolveEstimate(&v.Deals[i])
	}
	v.inTotals, v.index = countedFlags(v.Deals, index), index
	v.Totals = sumTotals(v.Deals, v.inTotals)
	v.Reconciliation = l.reconcile(v.Totals)
	return v
}

// Deal returns the revised deal with the given id, if the view holds it.
func (v View) Deal(id string) (Deal, bool) {
	if i := v.position(id); i >= 0 {
		return v.Deals[i], true
	}
	return Deal{}, false
}

// position returns the position of deal id in v.Deals, or -1: from the
// index AsOf made (checked, since a caller may have changed Deals), else
// by a scan.
func (v View) position(id string) int {
	if i, ok := v.index[id]; ok && i < len(v.Deals) && v.Deals[i].ID == id {
		return i
	}
	for i, d := range v.Deals {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// InTotals reports whether the deal with the given id is added into the
// view's commitment and capacity totals (active, outflow and not counted
// inside another active deal). Models that sum deals themselves use it to
// deduplicate exactly as Totals does.
func (v View) InTotals(id string) bool {
	i := v.position(id)
	return i >= 0 && i < len(v.inTotals) && v.inTotals[i]
}

// applyTo returns d with every non-nil field of r written over it and r's
// sources appended. d must be a deal of the caller's own (a cloneDeal, whose
// source list is clipped), since its source list may grow in place: a deal
// revised n times then costs time linear in n, not quadratic.
func (r Revision) applyTo(d Deal) Deal {
	if r.Status != nil {
		d.Status = *r.Status
	}
	if r.ValueUSD != nil {
		d.ValueUSD = ptr(*r.ValueUSD)
		if r.EstimateMethod == nil && r.Estimated == nil {
			// A new figure from a source replaces any estimate.
			d.Estimated = false
			d.EstimateMethod = ""
			d.EstimateAssumption = ""
		}
	}
	if r.ValueLowUSD != nil {
		d.ValueLowUSD = ptr(*r.ValueLowUSD)
	}
	if r.ValueHighUSD != nil {
		d.ValueHighUSD = ptr(*r.ValueHighUSD)
	}
	if r.ValueUSD != nil && r.ValueLowUSD == nil && r.ValueHighUSD == nil {
		// A new point value without a range drops the old range.
		d.ValueLowUSD, d.ValueHighUSD = nil, nil
	}
	if r.Estimated != nil {
		d.Estimated = *r.Estimated
	}
	if r.EstimateMethod != nil {
		d.EstimateMethod = *r.EstimateMethod
	}
	if r.StartYear != nil {
		d.StartYear = *r.StartYear
	}
	if r.EndYear != nil {
		d.EndYear = *r.EndYear
	}
	if r.CapacityGW != nil {
		d.CapacityGW = ptr(*r.CapacityGW)
	}
	if r.Kind != nil {
		d.Kind = *r.Kind
	}
	if r.Direction != nil {
		d.Direction = *r.Direction
	}
	if r.CountedIn != nil {
		d.CountedIn = *r.CountedIn
	}
	if r.Confidence != nil {
		d.Confidence = *r.Confidence
	}
	if r.ChipFamily != nil {
		d.ChipFamily = *r.ChipFamily
	}
	if note := strings.TrimSpace(r.SourcingNote); note != "" {
		if d.SourcingNote != "" {
			note = d.SourcingNote + " " + note
		}
		d.SourcingNote = note
	}
	d.Sources = append(d.Sources, r.Sources...)
	return d
}

// resolveEstimate fills an assumption-based estimate: value, low and high
// are the capacity times the assumption's value, low and high.
func (l *Ledger) resolveEstimate(d *Deal) {
	if d.EstimateAssumption == "" || d.CapacityGW == nil {
		return
	}
	a, err := l.Assumption(d.EstimateAssumption)
	if err != nil {
		return
	}
	gw := *d.CapacityGW
	d.Estimated = true
	d.ValueUSD = ptr(gw * a.Value)
	d.ValueLowUSD = ptr(gw * a.Low)
	d.ValueHighUSD = ptr(gw * a.High)
	d.EstimateMethod = fmt.Sprintf("%s GW x %s (%s per GW, range %s to %s)",
		formatNumber(gw), a.ID, formatUSD(a.Value), formatUSD(a.Low), formatUSD(a.High))
}

// countedFlags reports, for each deal, whether it is added into the totals.
func countedFlags(deals []Deal, index map[string]int) []bool {
	inside := insideActiveFlags(deals, index)
	flags := make([]bool, len(deals))
	for i, d := range deals {
		flags[i] = d.Status.Active() && d.Direction == DirectionOutflow && !inside[i]
	}
	return flags
}

// insideActiveFlags reports, for each deal, whether it is counted in an
// active deal of the view, directly or through a chain of counted_in. Each
// deal's answer is kept for the deals counted in it, so a long chain takes
// linear time; a chain that loops (refused by Validate) counts as inside
// nothing unless an active deal is on it.
func insideActiveFlags(deals []Deal, index map[string]int) []bool {
	const (
		unknown = iota
		visiting
		no
		yes
	)
	state := make([]int8, len(deals))
	var path []int
	for i := range deals {
		path = path[:0]
		verdict := int8(no)
		for j := i; state[j] == unknown; {
			state[j] = visiting
			path = append(path, j)
			next, ok := index[deals[j].CountedIn]
			if deals[j].CountedIn == "" || !ok {
				break
			}
			if deals[next].Status.Active() {
				verdict = yes
				break
			}
			if s := state[next]; s == no || s == yes {
				verdict = s
				break
			}
			j = next // a visiting next loops: stop with no
		}
		for _, j := range path {
			state[j] = verdict
		}
	}
	flags := make([]bool, len(deals))
	for i, s := range state {
		flags[i] = s == yes
	}
	return flags
}

// sumTotals adds up a view's deals.
func sumTotals(deals []Deal, counted []bool) Totals {
	t := Totals{DealCount: len(deals), Undisclosed: []string{}}
	for i, d := range deals {
		switch {
		case counted[i]:
			t.CountedCount++
			t.CapacityGW += d.CapacityOrZeroGW()
			if d.Kind == KindChipPurchase {
				t.ChipCapacityGW += d.CapacityOrZeroGW()
			} else {
				t.SiteCapacityGW += d.CapacityOrZeroGW()
			}
			if d.ValueUSD == nil {
				t.Undisclosed = append(t.Undisclosed, d.ID)
				continue
			}
			v := *d.ValueUSD
			if d.Estimated {
				t.EstimatedUSD += v
			} else {
				t.DisclosedUSD += v
			}
			t.BySourceQualityUSD.add(BestValueQuality(d), v)
			t.CommitmentsLowUSD += valueOr(d.ValueLowUSD, v)
			t.CommitmentsHighUSD += valueOr(d.ValueHighUSD, v)
			if d.Status.Binding() {
				t.BindingUSD += v
			} else {
				t.LetterOfIntentUSD += v
			}
		case d.Direction == DirectionInflow && d.Status.Active():
			t.InflowUSD += d.ValueOrZeroUSD()
		case d.Direction == DirectionOutflow && !d.Status.Active():
			t.InactiveUSD += d.ValueOrZeroUSD()
		case d.Direction == DirectionOutflow:
			// Active, outflow and not counted: counted inside an active deal.
			t.OverlapRemovedUSD += d.ValueOrZeroUSD()
			t.OverlapRemovedGW += d.CapacityOrZeroGW()
		}
	}
	t.CommitmentsUSD = t.DisclosedUSD + t.EstimatedUSD
	t.UndisclosedCount = len(t.Undisclosed)
	if t.CommitmentsUSD > 0 {
		t.EstimatedShare = t.EstimatedUSD / t.CommitmentsUSD
	}
	// Sums of decimal GW figures pick up binary noise (30.580000000000002);
	// no capacity is known to better than a kilowatt.
	for _, gw := range []*float64{&t.CapacityGW, &t.ChipCapacityGW, &t.SiteCapacityGW, &t.OverlapRemovedGW} {
		*gw = roundGW(*gw)
	}
	return t
}

// reconcile compares totals with the headline assumptions.
func (l *Ledger) reconcile(t Totals) *Reconciliation {
	usd, err1 := l.Assumption("headline_commitments_usd")
	gw, err2 := l.Assumption("capacity_goal_gw")
	if err1 != nil || err2 != nil || usd.Value == 0 || gw.Value == 0 {
		return nil
	}
	return &Reconciliation{
		HeadlineCommitmentsUSD: usd.Value,
		HeadlineCapacityGW:     gw.Value,
		GapUSD:                 usd.Value - t.CommitmentsUSD,
		GapGW:                  roundGW(gw.Value - t.CapacityGW),
		CommitmentsShare:       t.CommitmentsUSD / usd.Value,
		CapacityShare:          t.CapacityGW / gw.Value,
	}
}

// roundGW rounds a capacity to the kilowatt.
func roundGW(gw float64) float64 { return math.Round(gw*1e6) / 1e6 }

func valueOr(p *float64, v float64) float64 {
	if p == nil {
		return v
	}
	return *p
}

func ptr[T any](v T) *T { return &v }

// cloneDeal copies d so that changing the copy's fields and figures never
// changes the ledger. Sites and Sources are shared (clipped, so appending
// copies them): treat their elements as read-only.
func cloneDeal(d Deal) Deal {
	if d.ValueUSD != nil {
		d.ValueUSD = ptr(*d.ValueUSD)
	}
	if d.ValueLowUSD != nil {
		d.ValueLowUSD = ptr(*d.ValueLowUSD)
	}
	if d.ValueHighUSD != nil {
		d.ValueHighUSD = ptr(*d.ValueHighUSD)
	}
	if d.CapacityGW != nil {
		d.CapacityGW = ptr(*d.CapacityGW)
	}
	d.Sites = slices.Clip(d.Sites)
	d.Sources = slices.Clip(d.Sources)
	return d
}
