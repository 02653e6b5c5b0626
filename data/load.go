package data

import (
	"embed"
	"fmt"
)

// files holds the ledger's data files; see README.md for their schema.
//
//go:embed deals.json revisions.json assumptions.json series.json
var files embed.FS

// Load returns the embedded ledger, parsed and validated. Each call returns
// a fresh copy that the caller may change.
func Load() (*Ledger, error) {
	l := &Ledger{}
	read := func(name string) ([]byte, error) {
		b, err := files.ReadFile(name)
		if err != nil {
			return nil, &RecordError{File: name, Problem: "cannot read the embedded file: " + err.Error(), Err: ErrSyntax}
		}
		return b, nil
	}
	var err error
	var raw []byte
	if raw, err = read(dealsFile); err == nil {
		l.Deals, err = decodeDeals(dealsFile, raw, 0, nil)
	}
	if err == nil {
		if raw, err = read(revisionsFile); err == nil {
			l.Revisions, err = decodeRecords[Revision](revisionsFile, raw, 0, "revision", nil)
		}
	}
	if err == nil {
		if raw, err = read(assumptionsFile); err == nil {
			l.Assumptions, err = decodeRecords[Assumption](assumptionsFile, raw, 0, "assumption", nil)
		}
	}
	if err == nil {
		if raw, err = read(seriesFile); err == nil {
			l.Series, err = decodeRecords[Series](seriesFile, raw, 0, "series", nil)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("loading the embedded ledger: %w", err)
	}
	l.resolveEstimates()
	if err := l.Validate(); err != nil {
		return nil, fmt.Errorf("the embedded ledger is invalid: %w", err)
	}
	return l, nil
}

// MustLoad returns Load's ledger and panics if the embedded files are
// invalid, which the package's tests rule out; for examples and tests.
func MustLoad() *Ledger {
	l, err := Load()
	if err != nil {
		panic(err)
	}
	return l
}

// resolveEstimates fills the assumption-based estimates of the deals as
// announced.
func (l *Ledger) resolveEstimates() {
	for i := range l.Deals {
		l.resolveEstimate(&l.Deals[i])
	}
}
