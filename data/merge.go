package data

// Merge returns a new ledger holding l's records followed by extra's, with
// assumption-based estimates resolved, and validates it: duplicate ids,
// revisions of unknown deals, counted_in references and cycles are
// reported with the file and line of the record that causes them. Neither
// l nor extra is changed.
func (l *Ledger) Merge(extra *Ledger) (*Ledger, error) {
	m := &Ledger{
		Deals:       append(cloneDeals(l.Deals), cloneDeals(extra.Deals)...),
		Revisions:   append(append([]Revision(nil), l.Revisions...), extra.Revisions...),
		Assumptions: append(append([]Assumption(nil), l.Assumptions...), extra.Assumptions...),
		Series:      append(append([]Series(nil), l.Series...), extra.Series...),
	}
	m.resolveEstimates()
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

func cloneDeals(deals []Deal) []Deal {
	out := make([]Deal, len(deals))
	for i, d := range deals {
		out[i] = cloneDeal(d)
	}
	return out
}
