package data

import "fmt"

// Assumption returns the assumption with the given id; the error wraps
// ErrUnknownAssumption.
func (l *Ledger) Assumption(id string) (Assumption, error) {
	for _, a := range l.Assumptions {
		if a.ID == id {
			return a, nil
		}
	}
	return Assumption{}, fmt.Errorf("%w: %q", ErrUnknownAssumption, id)
}

// SeriesByID returns the series with the given id; the error wraps
// ErrUnknownSeries.
func (l *Ledger) SeriesByID(id string) (Series, error) {
	for _, s := range l.Series {
		if s.ID == id {
			return s, nil
		}
	}
	return Series{}, fmt.Errorf("%w: %q", ErrUnknownSeries, id)
}

// DealByID returns the deal, as announced and before any revision, with the
// given id.
func (l *Ledger) DealByID(id string) (Deal, bool) {
	for _, d := range l.Deals {
		if d.ID == id {
			return d, true
		}
	}
	return Deal{}, false
}

// Latest returns the latest announcement or revision date in the ledger:
// the default as-of date, since it does not depend on the clock.
func (l *Ledger) Latest() Date {
	var latest Date
	for _, d := range l.Deals {
		if d.Announced.After(latest) {
			latest = d.Announced
		}
	}
	for _, r := range l.Revisions {
		if r.Date.After(latest) {
			latest = r.Date
		}
	}
	return latest
}
