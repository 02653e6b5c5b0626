package data

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Limits of plausible years and figures; anything outside is a typo.
const (
	minYear       = 1990
	maxYear       = 2100
	maxValueUSD   = 1e14 // $100 trillion
	maxCapacityGW = 1000
)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_]{0,63}$`)

// seriesKinds are the allowed SeriesPoint kinds.
var seriesKinds = []string{"actual", "run_rate", "target", "projection"}

// dealFigureFields are the numeric deal fields a Source.Fields entry may name.
var dealFigureFields = []string{"value_usd", "value_low_usd", "value_high_usd", "capacity_gw", "start_year", "end_year", "first_capacity_year", "status", "counted_in", "chip_family"}

// Validate checks every record of the ledger and the references between
// them. It returns nil, or an error joining one *RecordError per problem,
// each naming the file, record, field and what was expected.
func (l *Ledger) Validate() error {
	var errs []error
	add := func(e ...*RecordError) {
		for _, x := range e {
			errs = append(errs, x)
		}
	}
	index := make(map[string]int, len(l.Deals))
	for i, d := range l.Deals {
		o := dealOrigin(d, i)
		add(checkDeal(d, o)...)
		if d.ID == "" {
			continue
		}
		if j, dup := index[d.ID]; dup {
			first := dealOrigin(l.Deals[j], j)
			add(errAt(o, recordName("deal", d.ID, o), "id", ErrDuplicateID,
				fmt.Sprintf("id %q is already used by the deal at %s", d.ID, where(first)), "a unique id"))
			continue
		}
		index[d.ID] = i
	}
	add(l.checkReferences(index)...)
	add(l.checkRevisions(index)...)
	add(l.checkAssumptions()...)
	add(l.checkSeries()...)
	return errors.Join(errs...)
}

// where writes "file:line" for messages.
func where(o origin) string {
	if o.Line > 0 {
		return fmt.Sprintf("%s:%d", o.File, o.Line)
	}
	if o.Index > 0 {
		return fmt.Sprintf("%s record %d", o.File, o.Index)
	}
	return o.File
}

func dealOrigin(d Deal, i int) origin {
	o := d.at
	if o.File == "" {
		o.File = dealsFile
	}
	if o.Index == 0 {
		o.Index = i + 1
	}
	return o
}

func revisionOrigin(r Revision, i int) origin {
	o := r.at
	if o.File == "" {
		o.File = revisionsFile
	}
	if o.Index == 0 {
		o.Index = i + 1
	}
	return o
}

// checkDeal checks one deal on its own, without the rest of the ledger.
func checkDeal(d Deal, o origin) []*RecordError {
	rec := recordName("deal", d.ID, o)
	return append(checkDealFigures(d, o), checkSources(d.Sources, o, rec, dealFigureFields)...)
}

// checkDealFigures checks a deal's own fields and that its sources support
// its figures, but not each source (a revision's sources are checked with
// the revision, once).
func checkDealFigures(d Deal, o origin) []*RecordError {
	var errs []*RecordError
	rec := recordName("deal", d.ID, o)
	bad := func(field string, sentinel error, problem, expected string) {
		errs = append(errs, errAt(o, rec, field, sentinel, problem, expected))
	}
	checkID(d.ID, bad)
	if strings.TrimSpace(d.Counterparty) == "" {
		bad("counterparty", ErrMissingField, "counterparty is empty", "the other party's name")
	}
	if !containsKind(d.Kind) {
		bad("kind", ErrUnknownKind, fmt.Sprintf("%q is not a kind", d.Kind), "one of "+joinKinds())
	}
	if !containsStatus(d.Status) {
		bad("status", ErrUnknownStatus, fmt.Sprintf("%q is not a status", d.Status), "one of "+joinStatuses())
	}
	if d.Direction != DirectionOutflow && d.Direction != DirectionInflow {
		bad("direction", ErrUnknownDirection, fmt.Sprintf("%q is not a direction", d.Direction), "outflow or inflow")
	}
	if !validConfidence(d.Confidence) {
		bad("confidence", ErrUnknownConfidence, fmt.Sprintf("%q is not a confidence", d.Confidence), "high, medium or low")
	}
	if d.Announced.IsZero() {
		bad("announced", ErrBadDate, "announced is missing", "a date of the form YYYY-MM-DD")
	}
	checkMoney("value_usd", d.ValueUSD, bad)
	checkMoney("value_low_usd", d.ValueLowUSD, bad)
	checkMoney("value_high_usd", d.ValueHighUSD, bad)
	checkValueRange(d.ValueUSD, d.ValueLowUSD, d.ValueHighUSD, bad)
	if d.Estimated && d.ValueUSD == nil && (d.EstimateAssumption == "" || d.CapacityGW == nil) {
		bad("value_usd", ErrMissingField, "estimated is true but there is no value_usd and no estimate_assumption with capacity_gw",
			"a value_usd with its estimate_method, or an estimate_assumption and a capacity_gw")
	}
	if d.Estimated && d.EstimateAssumption == "" && strings.TrimSpace(d.EstimateMethod) == "" {
		bad("estimate_method", ErrMissingField, "estimated is true but estimate_method is empty",
			`how the estimate was made, e.g. "6 GW x cost per GW"`)
	}
	if !d.Estimated && (d.EstimateMethod != "" || d.EstimateAssumption != "") {
		bad("estimated", ErrBadValue, "an estimate_method or estimate_assumption is given but estimated is false",
			"estimated true, or no estimate fields")
	}
	if d.EstimateAssumption != "" && !idPattern.MatchString(d.EstimateAssumption) {
		bad("estimate_assumption", ErrBadID, fmt.Sprintf("%q is not an assumption id", d.EstimateAssumption), "an assumption id such as cost_per_gw_usd")
	}
	checkYear("start_year", d.StartYear, bad)
	checkYear("end_year", d.EndYear, bad)
	checkYear("first_capacity_year", d.FirstCapacityYear, bad)
	if d.StartYear != 0 && d.EndYear != 0 && d.StartYear > d.EndYear {
		bad("start_year", ErrBadRange, fmt.Sprintf("start_year %d is after end_year %d", d.StartYear, d.EndYear), "start_year <= end_year")
	}
	if d.CapacityGW != nil {
		if c := *d.CapacityGW; math.IsNaN(c) || math.IsInf(c, 0) || c < 0 || c > maxCapacityGW {
			bad("capacity_gw", ErrBadValue, fmt.Sprintf("%v GW is not a capacity", c), fmt.Sprintf("a number of GW from 0 to %d, or null when undisclosed", maxCapacityGW))
		}
	}
	if d.CapexCarrier != "" && !slices.Contains(CapexCarriers, d.CapexCarrier) {
		bad("capex_carrier", ErrBadValue, fmt.Sprintf("%q is not a capex carrier", d.CapexCarrier), "one of openai, cloud, jv_partners, developer")
	}
	if d.CapexCarrier != "" && d.CapexCarrierSource == nil {
		bad("capex_carrier_source", ErrMissingField, "capex_carrier is given without a source", "a source {url, publisher, date, supports} for who carries the capex")
	}
	if d.CapexCarrierSource != nil {
		if d.CapexCarrier == "" {
			bad("capex_carrier", ErrMissingField, "capex_carrier_source is given without a capex_carrier", "one of openai, cloud, jv_partners, developer")
		}
		for _, e := range checkSources([]Source{*d.CapexCarrierSource}, o, rec, nil) {
			e.Field = strings.Replace(e.Field, "sources[0]", "capex_carrier_source", 1)
			errs = append(errs, e)
		}
	}
	if d.ChipSupplier != "" && !slices.Contains(ChipMakers, d.ChipSupplier) {
		bad("chip_supplier", ErrBadValue, fmt.Sprintf("%q is not a chipmaker", d.ChipSupplier), "one of "+strings.Join(ChipMakers, ", ")+" (a cloud or a joint venture is not a chipmaker), or nothing when no source names the supplier")
	}
	if d.ChipSupplier != "" && d.ChipSupplierSource == nil {
		bad("chip_supplier_source", ErrMissingField, "chip_supplier is given without a source", "a source {url, publisher, date, supports} whose sentence names the chip supplier")
	}
	if d.ChipSupplierSource != nil {
		if d.ChipSupplier == "" {
			bad("chip_supplier", ErrMissingField, "chip_supplier_source is given without a chip_supplier", "one of "+strings.Join(ChipMakers, ", "))
		}
		for _, e := range checkSources([]Source{*d.ChipSupplierSource}, o, rec, nil) {
			e.Field = strings.Replace(e.Field, "sources[0]", "chip_supplier_source", 1)
			errs = append(errs, e)
		}
	}
	if d.CountedIn != "" && d.CountedIn == d.ID {
		bad("counted_in", ErrOverlapCycle, "a deal cannot be counted in itself", "the id of another deal, or null")
	}
	for i, s := range d.Sites {
		if strings.TrimSpace(s) == "" {
			bad(fmt.Sprintf("sites[%d]", i), ErrMissingField, "site is empty", "a site name")
		}
	}
	errs = append(errs, checkSourcing(d.Sources, dealFigures(d), d.SourcingNote, o, rec)...)
	if len(d.Sources) > 0 {
		if d.ValueUSD != nil && !d.Estimated && !supported(d.Sources, "value_usd") {
			bad("value_usd", ErrMissingSource, "no source supports value_usd", `a source whose fields include "value_usd" (or list no fields)`)
		}
		if d.CapacityGW != nil && !supported(d.Sources, "capacity_gw") {
			bad("capacity_gw", ErrMissingSource, "no source supports capacity_gw", `a source whose fields include "capacity_gw" (or list no fields)`)
		}
	}
	return errs
}

// checkRevisionRecord checks one revision on its own.
func checkRevisionRecord(r Revision, o origin) []*RecordError {
	var errs []*RecordError
	rec := recordName("revision", r.ID, o)
	bad := func(field string, sentinel error, problem, expected string) {
		errs = append(errs, errAt(o, rec, field, sentinel, problem, expected))
	}
	checkID(r.ID, bad)
	if r.DealID == "" {
		bad("deal_id", ErrMissingField, "deal_id is empty", "the id of the deal this revision changes")
	}
	if r.Date.IsZero() {
		bad("date", ErrBadDate, "date is missing", "a date of the form YYYY-MM-DD")
	}
	if strings.TrimSpace(r.Summary) == "" {
		bad("summary", ErrMissingField, "summary is empty", "one sentence saying what changed")
	}
	if r.Status != nil && !containsStatus(*r.Status) {
		bad("status", ErrUnknownStatus, fmt.Sprintf("%q is not a status", *r.Status), "one of "+joinStatuses())
	}
	if r.Kind != nil && !containsKind(*r.Kind) {
		bad("kind", ErrUnknownKind, fmt.Sprintf("%q is not a kind", *r.Kind), "one of "+joinKinds())
	}
	if r.Direction != nil && *r.Direction != DirectionOutflow && *r.Direction != DirectionInflow {
		bad("direction", ErrUnknownDirection, fmt.Sprintf("%q is not a direction", *r.Direction), "outflow or inflow")
	}
	if r.Confidence != nil && !validConfidence(*r.Confidence) {
		bad("confidence", ErrUnknownConfidence, fmt.Sprintf("%q is not a confidence", *r.Confidence), "high, medium or low")
	}
	checkMoney("value_usd", r.ValueUSD, bad)
	checkMoney("value_low_usd", r.ValueLowUSD, bad)
	checkMoney("value_high_usd", r.ValueHighUSD, bad)
	if r.StartYear != nil {
		checkYear("start_year", *r.StartYear, bad)
	}
	if r.EndYear != nil {
		checkYear("end_year", *r.EndYear, bad)
	}
	if r.StartYear != nil && r.EndYear != nil && *r.StartYear > *r.EndYear {
		bad("start_year", ErrBadRange, fmt.Sprintf("start_year %d is after end_year %d", *r.StartYear, *r.EndYear), "start_year <= end_year")
	}
	if r.CapacityGW != nil {
		if c := *r.CapacityGW; math.IsNaN(c) || math.IsInf(c, 0) || c < 0 || c > maxCapacityGW {
			bad("capacity_gw", ErrBadValue, fmt.Sprintf("%v GW is not a capacity", c), fmt.Sprintf("a number of GW from 0 to %d", maxCapacityGW))
		}
	}
	if r.Status == nil && r.ValueUSD == nil && r.ValueLowUSD == nil && r.ValueHighUSD == nil && r.Estimated == nil &&
		r.EstimateMethod == nil && r.StartYear == nil && r.EndYear == nil && r.CapacityGW == nil && r.Kind == nil &&
		r.Direction == nil && r.CountedIn == nil && r.Confidence == nil && r.ChipFamily == nil {
		bad("", ErrMissingField, "the revision changes no field", "at least one of status, value_usd, value_low_usd, value_high_usd, estimated, estimate_method, start_year, end_year, capacity_gw, kind, direction, counted_in, confidence, chip_family")
	}
	errs = append(errs, checkSources(r.Sources, o, rec, dealFigureFields)...)
	errs = append(errs, checkSourcing(r.Sources, revisionFigures(r), r.SourcingNote, o, rec)...)
	return errs
}

// dealFigures lists the figures a deal states: the fields of
// dealFigureFields it sets. An estimated value is not a stated figure.
func dealFigures(d Deal) []string {
	var out []string
	add := func(field string, set bool) {
		if set {
			out = append(out, field)
		}
	}
	add("value_usd", d.ValueUSD != nil && !d.Estimated)
	add("value_low_usd", d.ValueLowUSD != nil && !d.Estimated)
	add("value_high_usd", d.ValueHighUSD != nil && !d.Estimated)
	add("capacity_gw", d.CapacityGW != nil)
	add("start_year", d.StartYear != 0)
	add("end_year", d.EndYear != 0)
	add("first_capacity_year", d.FirstCapacityYear != 0)
	add("status", d.Status != "")
	add("counted_in", d.CountedIn != "")
	add("chip_family", d.ChipFamily != "")
	return out
}

// revisionFigures lists the figures a revision changes.
func revisionFigures(r Revision) []string {
	var out []string
	add := func(field string, set bool) {
		if set {
			out = append(out, field)
		}
	}
	estimated := r.Estimated != nil && *r.Estimated
	add("value_usd", r.ValueUSD != nil && !estimated)
	add("value_low_usd", r.ValueLowUSD != nil && !estimated)
	add("value_high_usd", r.ValueHighUSD != nil && !estimated)
	add("capacity_gw", r.CapacityGW != nil)
	add("start_year", r.StartYear != nil)
	add("end_year", r.EndYear != nil)
	add("status", r.Status != nil)
	add("counted_in", r.CountedIn != nil)
	add("chip_family", r.ChipFamily != nil)
	return out
}

// checkSourcing refuses a figure whose only sources are secondary unless
// the record's sourcing_note says why. Figures no source names are left to
// the missing-source checks; ungraded sources (imports without quality)
// are not secondary.
func checkSourcing(sources []Source, figures []string, note string, o origin, rec string) []*RecordError {
	if strings.TrimSpace(note) != "" {
		return nil
	}
	var errs []*RecordError
	for _, field := range figures {
		var publishers []string
		weakOnly := false
		for _, s := range sources {
			if len(s.Fields) > 0 && !containsString(s.Fields, field) {
				continue
			}
			if s.Quality != QualitySecondary {
				weakOnly = false
				break
			}
			weakOnly = true
			publishers = append(publishers, s.Publisher)
		}
		if weakOnly {
			errs = append(errs, errAt(o, rec, field, ErrWeakSource,
				fmt.Sprintf("%s rests only on secondary sources (%s) and the record has no sourcing_note", field, strings.Join(publishers, ", ")),
				"a primary or press source for "+field+", or a sourcing_note saying why none exists"))
		}
	}
	return errs
}

// checkReferences checks counted_in and estimate_assumption references and
// looks for counted_in cycles.
func (l *Ledger) checkReferences(index map[string]int) []*RecordError {
	var errs []*RecordError
	loops := make([]int8, len(l.Deals))
	for i, d := range l.Deals {
		o := dealOrigin(d, i)
		rec := recordName("deal", d.ID, o)
		if d.CountedIn != "" && d.CountedIn != d.ID {
			if _, ok := index[d.CountedIn]; !ok {
				errs = append(errs, errAt(o, rec, "counted_in", ErrUnknownDeal,
					fmt.Sprintf("%q is not a deal in the ledger", d.CountedIn), "the id of a deal in the ledger, or null"))
			} else if cycle := l.cycleFrom(i, index, loops); cycle != "" {
				errs = append(errs, errAt(o, rec, "counted_in", ErrOverlapCycle,
					"counted_in loops back: "+cycle, "counted_in chains that end at a deal counted in nothing"))
			}
		}
		if d.EstimateAssumption != "" {
			a, err := l.Assumption(d.EstimateAssumption)
			switch {
			case err != nil:
				errs = append(errs, errAt(o, rec, "estimate_assumption", ErrUnknownAssumption,
					fmt.Sprintf("%q is not an assumption in the ledger", d.EstimateAssumption), "an assumption id such as cost_per_gw_usd"))
			case a.Unit != "USD/GW":
				errs = append(errs, errAt(o, rec, "estimate_assumption", ErrBadValue,
					fmt.Sprintf("assumption %q is in %s", a.ID, a.Unit), "an assumption in USD/GW"))
			}
		}
	}
	return errs
}

// cycleFrom returns the counted_in chain from deal i written out if it
// loops, or "". loops holds what earlier calls found for each deal
// (0 not yet known, 1 its chain ends, 2 its chain loops), so that checking
// every deal of a long chain takes time linear in the chain.
func (l *Ledger) cycleFrom(i int, index map[string]int, loops []int8) string {
	var path []int
	onPath := map[int]bool{}
	verdict := int8(1)
	for j := i; ; {
		if loops[j] != 0 {
			verdict = loops[j]
			break
		}
		if onPath[j] {
			verdict = 2
			break
		}
		onPath[j] = true
		path = append(path, j)
		next, ok := index[l.Deals[j].CountedIn]
		if l.Deals[j].CountedIn == "" || !ok {
			break
		}
		j = next
	}
	for _, j := range path {
		loops[j] = verdict
	}
	if verdict != 2 {
		return ""
	}
	return l.chainText(i, index)
}

// maxChainText is how many ids of a looping counted_in chain a message
// writes out in full.
const maxChainText = 12

// chainText writes the counted_in chain from deal i up to the first id
// seen twice: "a -> b -> c -> b", shortened in the middle when long.
func (l *Ledger) chainText(i int, index map[string]int) string {
	chain := []string{l.Deals[i].ID}
	seen := map[string]bool{l.Deals[i].ID: true}
	for id := l.Deals[i].CountedIn; id != ""; {
		chain = append(chain, id)
		if seen[id] {
			break
		}
		seen[id] = true
		id = l.Deals[index[id]].CountedIn
	}
	if len(chain) > maxChainText {
		n := len(chain)
		chain = append(append(chain[:maxChainText/2:maxChainText/2], fmt.Sprintf("... (%d more) ...", n-maxChainText)), chain[n-maxChainText/2:]...)
	}
	return strings.Join(chain, " -> ")
}

// checkRevisions checks each revision, its deal reference, and that every
// deal stays valid after each revision is applied.
func (l *Ledger) checkRevisions(index map[string]int) []*RecordError {
	var errs []*RecordError
	ids := map[string]int{}
	for i, r := range l.Revisions {
		o := revisionOrigin(r, i)
		rec := recordName("revision", r.ID, o)
		errs = append(errs, checkRevisionRecord(r, o)...)
		if r.ID != "" {
			if j, dup := ids[r.ID]; dup {
				errs = append(errs, errAt(o, rec, "id", ErrDuplicateID,
					fmt.Sprintf("id %q is already used by the revision at %s", r.ID, where(revisionOrigin(l.Revisions[j], j))), "a unique id"))
			} else {
				ids[r.ID] = i
			}
		}
		if r.DealID == "" {
			continue
		}
		j, ok := index[r.DealID]
		if !ok {
			errs = append(errs, errAt(o, rec, "deal_id", ErrUnknownDeal,
				fmt.Sprintf("%q is not a deal in the ledger", r.DealID), "the id of a deal in the ledger"))
			continue
		}
		if d := l.Deals[j]; !r.Date.IsZero() && r.Date.Before(d.Announced) {
			errs = append(errs, errAt(o, rec, "date", ErrBadRange,
				fmt.Sprintf("%s is before the deal was announced on %s", r.Date, d.Announced), "a date on or after the deal's announced date"))
		}
		if r.CountedIn != nil && *r.CountedIn != "" {
			if _, ok := index[*r.CountedIn]; !ok {
				errs = append(errs, errAt(o, rec, "counted_in", ErrUnknownDeal,
					fmt.Sprintf("%q is not a deal in the ledger", *r.CountedIn), "the id of a deal in the ledger, or \"\""))
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return l.replayRevisions(index)
}

// replayRevisions applies the revisions in date order (revisions of one
// date in ledger order, as AsOf does) and checks, after each date, every
// deal a revision of that date changed. A deal that becomes invalid is
// reported once, at the last revision that changed it. Each revision is
// applied once: the time is linear in the number of revisions.
func (l *Ledger) replayRevisions(index map[string]int) []*RecordError {
	var errs []*RecordError
	order := make([]int, len(l.Revisions))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return l.Revisions[order[a]].Date.Before(l.Revisions[order[b]].Date) })
	deals := make([]Deal, len(l.Deals))
	for i, d := range l.Deals {
		deals[i] = cloneDeal(d)
	}
	last := map[int]int{} // deal index -> index of the revision that last changed it today
	reported := make([]bool, len(l.Deals))
	for k := 0; k < len(order); {
		day := l.Revisions[order[k]].Date
		clear(last)
		for ; k < len(order) && l.Revisions[order[k]].Date == day; k++ {
			r := l.Revisions[order[k]]
			j := index[r.DealID]
			deals[j] = r.applyTo(deals[j])
			last[j] = order[k]
		}
		changed := make([]int, 0, len(last))
		for j := range last {
			changed = append(changed, j)
		}
		sort.Ints(changed)
		for _, j := range changed {
			if reported[j] {
				continue
			}
			d := cloneDeal(deals[j])
			l.resolveEstimate(&d)
			r := l.Revisions[last[j]]
			o := revisionOrigin(r, last[j])
			for _, e := range checkDealFigures(d, dealOrigin(l.Deals[j], j)) {
				reported[j] = true
				e.File, e.Line = o.File, o.Line
				e.Record = recordName("revision", r.ID, o)
				e.Problem = fmt.Sprintf("after this revision deal %q is invalid: %s", d.ID, e.Problem)
				errs = append(errs, e)
			}
		}
	}
	return errs
}

// checkAssumptions checks every assumption.
func (l *Ledger) checkAssumptions() []*RecordError {
	var errs []*RecordError
	ids := map[string]bool{}
	for i, a := range l.Assumptions {
		o := a.at
		if o.File == "" {
			o.File = assumptionsFile
		}
		if o.Index == 0 {
			o.Index = i + 1
		}
		rec := recordName("assumption", a.ID, o)
		bad := func(field string, sentinel error, problem, expected string) {
			errs = append(errs, errAt(o, rec, field, sentinel, problem, expected))
		}
		checkID(a.ID, bad)
		if ids[a.ID] {
			bad("id", ErrDuplicateID, fmt.Sprintf("id %q is used twice", a.ID), "a unique id")
		}
		ids[a.ID] = true
		if strings.TrimSpace(a.Name) == "" {
			bad("name", ErrMissingField, "name is empty", "a human label")
		}
		if strings.TrimSpace(a.Unit) == "" {
			bad("unit", ErrMissingField, "unit is empty", `a unit such as "USD/GW", "kW" or "ratio"`)
		}
		for _, f := range []struct {
			name string
			v    float64
		}{{"value", a.Value}, {"low", a.Low}, {"high", a.High}} {
			if math.IsNaN(f.v) || math.IsInf(f.v, 0) || f.v < 0 {
				bad(f.name, ErrBadValue, fmt.Sprintf("%v is not a finite, non-negative number", f.v), "a finite number >= 0")
			}
		}
		if !(a.Low <= a.Value && a.Value <= a.High) {
			bad("value", ErrBadRange, fmt.Sprintf("low %v, value %v, high %v are not in order", a.Low, a.Value, a.High), "low <= value <= high")
		}
		errs = append(errs, checkSources(a.Sources, o, rec, []string{"value", "low", "high"})...)
	}
	return errs
}

// checkSeries checks every series.
func (l *Ledger) checkSeries() []*RecordError {
	var errs []*RecordError
	ids := map[string]bool{}
	for i, s := range l.Series {
		o := s.at
		if o.File == "" {
			o.File = seriesFile
		}
		if o.Index == 0 {
			o.Index = i + 1
		}
		rec := recordName("series", s.ID, o)
		bad := func(field string, sentinel error, problem, expected string) {
			errs = append(errs, errAt(o, rec, field, sentinel, problem, expected))
		}
		checkID(s.ID, bad)
		if ids[s.ID] {
			bad("id", ErrDuplicateID, fmt.Sprintf("id %q is used twice", s.ID), "a unique id")
		}
		ids[s.ID] = true
		if strings.TrimSpace(s.Name) == "" {
			bad("name", ErrMissingField, "name is empty", "a human label")
		}
		if strings.TrimSpace(s.Unit) == "" {
			bad("unit", ErrMissingField, "unit is empty", `a unit such as "USD" or "GW"`)
		}
		if len(s.Points) == 0 {
			bad("points", ErrMissingField, "the series has no points", "at least one {year, value, kind}")
		}
		for k, p := range s.Points {
			field := fmt.Sprintf("points[%d]", k)
			checkYear(field+".year", p.Year, bad)
			if p.Year == 0 {
				bad(field+".year", ErrMissingField, "year is missing", fmt.Sprintf("a year from %d to %d", minYear, maxYear))
			}
			if k > 0 && p.Year <= s.Points[k-1].Year {
				bad(field+".year", ErrBadRange, fmt.Sprintf("year %d does not follow %d", p.Year, s.Points[k-1].Year), "years in increasing order, one point per year")
			}
			if math.IsNaN(p.Value) || math.IsInf(p.Value, 0) || p.Value < 0 {
				bad(field+".value", ErrBadValue, fmt.Sprintf("%v is not a finite, non-negative number", p.Value), "a finite number >= 0")
			}
			if !containsString(seriesKinds, p.Kind) {
				bad(field+".kind", ErrBadValue, fmt.Sprintf("%q is not a point kind", p.Kind), "one of "+strings.Join(seriesKinds, ", "))
			}
		}
		errs = append(errs, checkSources(s.Sources, o, rec, nil)...)
	}
	return errs
}

// checkSources checks that a record has sources and that each is complete.
// allowedFields lists the names Source.Fields may hold; nil allows any.
func checkSources(sources []Source, o origin, rec string, allowedFields []string) []*RecordError {
	var errs []*RecordError
	if len(sources) == 0 {
		return []*RecordError{errAt(o, rec, "sources", ErrMissingSource, "the record has no source",
			"at least one source with url, publisher, date and supports")}
	}
	for i, s := range sources {
		field := fmt.Sprintf("sources[%d]", i)
		bad := func(sub string, sentinel error, problem, expected string) {
			errs = append(errs, errAt(o, rec, field+"."+sub, sentinel, problem, expected))
		}
		if u, err := url.Parse(s.URL); s.URL == "" || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			bad("url", ErrMissingSource, fmt.Sprintf("%q is not a web address", s.URL), "an http or https URL")
		}
		if strings.TrimSpace(s.Publisher) == "" {
			bad("publisher", ErrMissingSource, "publisher is empty", "who published the source")
		}
		if s.Date.IsZero() {
			bad("date", ErrBadDate, "date is missing", "the source's publication date as YYYY-MM-DD")
		}
		if strings.TrimSpace(s.Supports) == "" {
			bad("supports", ErrMissingSource, "supports is empty", "the figure or fact this source gives")
		}
		if s.Quality != "" && s.Quality.rank() == 0 {
			bad("quality", ErrBadValue, fmt.Sprintf("%q is not a source quality", s.Quality), "primary, press or secondary")
		}
		if allowedFields != nil {
			for _, f := range s.Fields {
				if !containsString(allowedFields, f) {
					bad("fields", ErrUnknownField, fmt.Sprintf("%q is not a field a source can support", f), "some of "+strings.Join(allowedFields, ", "))
				}
			}
		}
	}
	return errs
}

// supported reports whether a source backs the given field.
func supported(sources []Source, field string) bool {
	for _, s := range sources {
		if len(s.Fields) == 0 || containsString(s.Fields, field) {
			return true
		}
	}
	return false
}

func checkID(id string, bad func(field string, sentinel error, problem, expected string)) {
	switch {
	case id == "":
		bad("id", ErrMissingField, "id is empty", "a lower-case snake_case id such as aws_2025")
	case !idPattern.MatchString(id):
		bad("id", ErrBadID, fmt.Sprintf("%q is not a valid id", id), "lower-case letters, digits and _, starting with a letter or digit, at most 64 characters")
	}
}

func checkMoney(field string, v *float64, bad func(field string, sentinel error, problem, expected string)) {
	if v == nil {
		return
	}
	switch x := *v; {
	case math.IsNaN(x) || math.IsInf(x, 0):
		bad(field, ErrBadValue, fmt.Sprintf("%v is not a finite number", x), "a dollar amount such as 38e9")
	case x < 0:
		bad(field, ErrBadValue, fmt.Sprintf("%s is negative", formatNumber(x)), "a dollar amount >= 0")
	case x > maxValueUSD:
		bad(field, ErrBadValue, fmt.Sprintf("%s is above $100 trillion", formatNumber(x)), "a dollar amount in USD, e.g. 38e9 for $38 billion")
	}
}

func checkValueRange(v, low, high *float64, bad func(field string, sentinel error, problem, expected string)) {
	if low != nil && high != nil && *low > *high {
		bad("value_low_usd", ErrBadRange, fmt.Sprintf("value_low_usd %s is above value_high_usd %s", formatNumber(*low), formatNumber(*high)), "value_low_usd <= value_high_usd")
		return
	}
	if (low != nil || high != nil) && v == nil {
		bad("value_usd", ErrMissingField, "a range is given without value_usd", "a value_usd inside the range")
		return
	}
	if v != nil && low != nil && *low > *v {
		bad("value_low_usd", ErrBadRange, fmt.Sprintf("value_low_usd %s is above value_usd %s", formatNumber(*low), formatNumber(*v)), "value_low_usd <= value_usd")
	}
	if v != nil && high != nil && *high < *v {
		bad("value_high_usd", ErrBadRange, fmt.Sprintf("value_high_usd %s is below value_usd %s", formatNumber(*high), formatNumber(*v)), "value_high_usd >= value_usd")
	}
}

func checkYear(field string, y int, bad func(field string, sentinel error, problem, expected string)) {
	if y != 0 && (y < minYear || y > maxYear) {
		bad(field, ErrBadValue, fmt.Sprintf("%d is not a plausible year", y), fmt.Sprintf("a year from %d to %d, or 0 when unknown", minYear, maxYear))
	}
}

func validConfidence(c Confidence) bool {
	return c == ConfidenceHigh || c == ConfidenceMedium || c == ConfidenceLow
}

func containsKind(k Kind) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

func containsStatus(s Status) bool {
	for _, x := range Statuses {
		if x == s {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func joinKinds() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func joinStatuses() string {
	s := make([]string, len(Statuses))
	for i, k := range Statuses {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}
