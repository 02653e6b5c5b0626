package data

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// revisable lists the deal fields a Revision can change, with how to read
// each from a deal and set it on a revision.
var revisable = []struct {
	field string
	get   func(Deal) any
	set   func(*Revision, Deal)
}{
	{"status", func(d Deal) any { return d.Status }, func(r *Revision, d Deal) { r.Status = ptr(d.Status) }},
	{"value_usd", func(d Deal) any { return deref(d.ValueUSD) }, func(r *Revision, d Deal) { r.ValueUSD = clonePtr(d.ValueUSD) }},
	{"value_low_usd", func(d Deal) any { return deref(d.ValueLowUSD) }, func(r *Revision, d Deal) { r.ValueLowUSD = clonePtr(d.ValueLowUSD) }},
	{"value_high_usd", func(d Deal) any { return deref(d.ValueHighUSD) }, func(r *Revision, d Deal) { r.ValueHighUSD = clonePtr(d.ValueHighUSD) }},
	{"estimated", func(d Deal) any { return d.Estimated }, func(r *Revision, d Deal) { r.Estimated = ptr(d.Estimated) }},
	{"estimate_method", func(d Deal) any { return d.EstimateMethod }, func(r *Revision, d Deal) { r.EstimateMethod = ptr(d.EstimateMethod) }},
	{"start_year", func(d Deal) any { return d.StartYear }, func(r *Revision, d Deal) { r.StartYear = ptr(d.StartYear) }},
	{"end_year", func(d Deal) any { return d.EndYear }, func(r *Revision, d Deal) { r.EndYear = ptr(d.EndYear) }},
	{"capacity_gw", func(d Deal) any { return deref(d.CapacityGW) }, func(r *Revision, d Deal) { r.CapacityGW = clonePtr(d.CapacityGW) }},
	{"kind", func(d Deal) any { return d.Kind }, func(r *Revision, d Deal) { r.Kind = ptr(d.Kind) }},
	{"direction", func(d Deal) any { return d.Direction }, func(r *Revision, d Deal) { r.Direction = ptr(d.Direction) }},
	{"counted_in", func(d Deal) any { return d.CountedIn }, func(r *Revision, d Deal) { r.CountedIn = ptr(d.CountedIn) }},
	{"chip_family", func(d Deal) any { return d.ChipFamily }, func(r *Revision, d Deal) { r.ChipFamily = ptr(d.ChipFamily) }},
	{"confidence", func(d Deal) any { return d.Confidence }, func(r *Revision, d Deal) { r.Confidence = ptr(d.Confidence) }},
}

// fixedFields are the deal fields no revision changes: an import that
// differs from the ledger in one of them is refused.
var fixedFields = []struct {
	field string
	get   func(Deal) any
}{
	{"counterparty", func(d Deal) any { return d.Counterparty }},
	{"announced", func(d Deal) any { return d.Announced.String() }},
	{"sites", func(d Deal) any { return strings.Join(d.Sites, "\x00") }},
	{"first_capacity_year", func(d Deal) any { return d.FirstCapacityYear }},
	{"notes", func(d Deal) any { return d.Notes }},
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func clonePtr(p *float64) *float64 {
	if p == nil {
		return nil
	}
	return ptr(*p)
}

// Updates returns extra with every deal whose id l already holds turned
// into what it changes: nothing when the deal reads the same as in l's
// view on its latest date (a downloaded ledger imported back), or one
// revision dated on, holding the fields that differ and the sources the
// imported deal adds. A changed figure needs a source the ledger's deal
// does not have, and the fields no revision can change (counterparty,
// announced, sites, first_capacity_year, notes) must be as in the ledger;
// otherwise the error names the deal and the field. unchanged lists the
// ids of deals that changed nothing. Deals new to l are kept as they are.
func (l *Ledger) Updates(extra *Ledger, on Date) (updated *Ledger, unchanged []string, err error) {
	view := l.AsOf(l.Latest())
	out := &Ledger{Revisions: append([]Revision(nil), extra.Revisions...), Assumptions: extra.Assumptions, Series: extra.Series}
	var errs []*RecordError
	revIDs := map[string]bool{}
	for _, r := range l.Revisions {
		revIDs[r.ID] = true
	}
	for _, r := range extra.Revisions {
		revIDs[r.ID] = true
	}
	for _, in := range extra.Deals {
		cur, ok := view.Deal(in.ID)
		if !ok {
			out.Deals = append(out.Deals, in)
			continue
		}
		in = cloneDeal(in)
		l.resolveEstimate(&in)
		rec := recordName("deal", in.ID, in.at)
		for _, f := range fixedFields {
			if !reflect.DeepEqual(f.get(in), f.get(cur)) {
				errs = append(errs, errAt(in.at, rec, f.field, ErrBadValue,
					fmt.Sprintf("%s differs from the ledger's deal %q, and no revision can change it", f.field, in.ID),
					"the ledger's value, or a new deal with an id of its own"))
			}
		}
		r := Revision{DealID: in.ID, Date: on, at: in.at}
		var changed []string
		for _, f := range revisable {
			if !reflect.DeepEqual(f.get(in), f.get(cur)) {
				f.set(&r, in)
				changed = append(changed, fmt.Sprintf("%s %v -> %v", f.field, show(f.get(cur)), show(f.get(in))))
			}
		}
		if len(changed) == 0 {
			unchanged = append(unchanged, in.ID)
			continue
		}
		for _, s := range in.Sources {
			if !containsSource(cur.Sources, s) {
				r.Sources = append(r.Sources, s)
			}
		}
		if len(r.Sources) == 0 {
			errs = append(errs, errAt(in.at, rec, strings.SplitN(changed[0], " ", 2)[0], ErrMissingSource,
				fmt.Sprintf("deal %q is in the ledger and the import changes it (%s) but adds no source", in.ID, strings.Join(changed, "; ")),
				"a source the ledger's deal does not have, giving the new figure (in source2_url, ... or sources)"))
			continue
		}
		r.Summary = "Imported change: " + strings.Join(changed, "; ")
		base := fmt.Sprintf("%s_edit_%s", in.ID, strings.ReplaceAll(on.String(), "-", ""))
		r.ID = base
		for n := 2; revIDs[r.ID] || len(r.ID) > 64; n++ {
			r.ID = fmt.Sprintf("%s_%d", base, n)
			if len(r.ID) > 64 {
				r.ID = fmt.Sprintf("edit_%s_%d", strings.ReplaceAll(on.String(), "-", ""), n)
			}
		}
		revIDs[r.ID] = true
		out.Revisions = append(out.Revisions, r)
	}
	if len(errs) > 0 {
		joined := make([]error, len(errs))
		for i, e := range errs {
			joined[i] = e
		}
		return nil, unchanged, errors.Join(joined...)
	}
	return out, unchanged, nil
}

// show writes a field's value for a revision summary.
func show(v any) string {
	switch x := v.(type) {
	case nil:
		return "none"
	case float64:
		return formatNumber(x)
	}
	return fmt.Sprint(v)
}

// containsSource reports whether list holds s.
func containsSource(list []Source, s Source) bool {
	for _, x := range list {
		if reflect.DeepEqual(x, s) {
			return true
		}
	}
	return false
}
