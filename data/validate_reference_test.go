package data

// The validator as it was before its checks were made linear in the size
// of the ledger: the reference that FuzzValidateMatchesReference holds the
// linear one to. Quadratic in the number of revisions and in the length of
// counted_in chains; used on small ledgers only.

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

func (l *Ledger) refValidate() error {
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
	add(l.refCheckReferences(index)...)
	add(l.refCheckRevisions(index)...)
	add(l.checkAssumptions()...)
	add(l.checkSeries()...)
	return errors.Join(errs...)
}

// checkReferences checks counted_in and estimate_assumption references and
// looks for counted_in cycles.
func (l *Ledger) refCheckReferences(index map[string]int) []*RecordError {
	var errs []*RecordError
	for i, d := range l.Deals {
		o := dealOrigin(d, i)
		rec := recordName("deal", d.ID, o)
		if d.CountedIn != "" && d.CountedIn != d.ID {
			if _, ok := index[d.CountedIn]; !ok {
				errs = append(errs, errAt(o, rec, "counted_in", ErrUnknownDeal,
					fmt.Sprintf("%q is not a deal in the ledger", d.CountedIn), "the id of a deal in the ledger, or null"))
			} else if cycle := l.refCycleFrom(i, index); cycle != "" {
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
// loops, or "".
func (l *Ledger) refCycleFrom(i int, index map[string]int) string {
	chain := []string{l.Deals[i].ID}
	seen := map[string]bool{l.Deals[i].ID: true}
	for id := l.Deals[i].CountedIn; id != ""; {
		chain = append(chain, id)
		if seen[id] {
			return strings.Join(chain, " -> ")
		}
		seen[id] = true
		j, ok := index[id]
		if !ok {
			return ""
		}
		id = l.Deals[j].CountedIn
	}
	return ""
}

// checkRevisions checks each revision, its deal reference, and that every
// deal stays valid after each revision is applied.
func (l *Ledger) refCheckRevisions(index map[string]int) []*RecordError {
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
	// Replay: the deals must stay consistent after each revision date.
	dates := make([]Date, 0, len(l.Revisions))
	for _, r := range l.Revisions {
		dates = append(dates, r.Date)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	reported := map[string]bool{}
	for k, day := range dates {
		if k > 0 && day == dates[k-1] {
			continue
		}
		v := l.AsOf(day)
		for _, d := range v.Deals {
			if reported[d.ID] {
				continue
			}
			var last Revision
			for _, r := range v.Applied {
				if r.DealID == d.ID {
					last = r
				}
			}
			if last.ID == "" {
				continue
			}
			j := index[d.ID]
			o := revisionOrigin(last, 0)
			for i := range l.Revisions {
				if l.Revisions[i].ID == last.ID {
					o = revisionOrigin(l.Revisions[i], i)
				}
			}
			for _, e := range checkDeal(d, dealOrigin(l.Deals[j], j)) {
				reported[d.ID] = true
				e.File, e.Line = o.File, o.Line
				e.Record = recordName("revision", last.ID, o)
				e.Problem = fmt.Sprintf("after this revision deal %q is invalid: %s", d.ID, e.Problem)
				errs = append(errs, e)
			}
		}
	}
	return errs
}
