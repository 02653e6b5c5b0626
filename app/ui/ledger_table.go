package ui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// LedgerRow is one deal of the ledger table: the deal as of the view's
// date, whether it is in the ledger's totals, and the revisions applied
// to it up to that date.
type LedgerRow struct {
	Deal      data.Deal
	InTotals  bool
	Revisions []data.Revision
}

// LedgerRows returns the view's deals that pass the view state's filters
// (text, status, kind), sorted by its column.
func LedgerRows(v data.View, vs ViewState) []LedgerRow {
	byDeal := map[string][]data.Revision{}
	for _, r := range v.Applied {
		byDeal[r.DealID] = append(byDeal[r.DealID], r)
	}
	needle := strings.ToLower(strings.TrimSpace(vs.Filter))
	var only []string
	if vs.Deals != "" {
		only = strings.Split(vs.Deals, ",")
	}
	rows := make([]LedgerRow, 0, len(v.Deals))
	for _, d := range v.Deals {
		if only != nil && !slices.Contains(only, d.ID) {
			continue
		}
		if !matchesStatus(d.Status, vs.Status) || vs.Kind != "" && string(d.Kind) != vs.Kind {
			continue
		}
		if needle != "" && !dealMatches(d, needle) {
			continue
		}
		rows = append(rows, LedgerRow{Deal: d, InTotals: v.InTotals(d.ID), Revisions: byDeal[d.ID]})
	}
	SortLedgerRows(rows, vs.Sort)
	return rows
}

// matchesStatus reports whether a status passes the filter ("" passes all).
func matchesStatus(s data.Status, filter string) bool {
	switch filter {
	case "":
		return true
	case "active":
		return s.Active()
	case "inactive":
		return !s.Active()
	}
	return string(s) == filter
}

// dealMatches reports whether the lower-case needle occurs in the deal's
// id, counterparty, sites, chip family or notes.
func dealMatches(d data.Deal, needle string) bool {
	hay := []string{d.ID, d.Counterparty, d.ChipFamily, d.Notes, string(d.Kind), string(d.Status)}
	hay = append(hay, d.Sites...)
	for _, h := range hay {
		if strings.Contains(strings.ToLower(h), needle) {
			return true
		}
	}
	return false
}

// SortLedgerRows sorts rows by a ledger column, descending when the column
// starts with "-"; ties keep the ledger's order. Deals without a value or
// capacity sort below every known one in either direction.
func SortLedgerRows(rows []LedgerRow, column string) {
	desc := strings.HasPrefix(column, "-")
	column = strings.TrimPrefix(column, "-")
	dir := func(c int) int {
		if desc {
			return -c
		}
		return c
	}
	optional := func(a, b *float64) int {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return 1
		case b == nil:
			return -1
		}
		return dir(cmp.Compare(*a, *b))
	}
	slices.SortStableFunc(rows, func(x, y LedgerRow) int {
		a, b := x.Deal, y.Deal
		switch column {
		case "counterparty":
			return dir(cmp.Compare(strings.ToLower(a.Counterparty), strings.ToLower(b.Counterparty)))
		case "kind":
			return dir(cmp.Compare(a.Kind, b.Kind))
		case "status":
			return dir(cmp.Compare(slices.Index(data.Statuses, a.Status), slices.Index(data.Statuses, b.Status)))
		case "value":
			return optional(a.ValueUSD, b.ValueUSD)
		case "capacity":
			return optional(a.CapacityGW, b.CapacityGW)
		case "start":
			return dir(cmp.Compare(a.StartYear, b.StartYear))
		case "announced":
			return dir(a.Announced.Compare(b.Announced.Time))
		}
		return 0
	})
}

// statusLabel returns a deal status in words.
func statusLabel(s data.Status) string {
	return strings.ReplaceAll(string(s), "_", " ")
}

// kindLabel returns a deal kind in words.
func kindLabel(k data.Kind) string {
	return strings.ReplaceAll(string(k), "_", " ")
}

// ledgerPageRows is how many deals the ledger table lists at a time: the
// embedded ledger fits on one page; a large import is paged so that the
// table never draws thousands of rows at once.
const ledgerPageRows = 100

// LedgerPage is the part of the table's rows one page shows: rows
// First..Last (1-based, inclusive) of Total, page Page of Pages.
type LedgerPage struct {
	Rows                            []LedgerRow
	First, Last, Total, Page, Pages int
}

// PageLedgerRows returns page (0-based, clamped to the pages there are) of
// rows, ledgerPageRows at a time.
func PageLedgerRows(rows []LedgerRow, page int) LedgerPage {
	pages := max(1, (len(rows)+ledgerPageRows-1)/ledgerPageRows)
	page = min(max(page, 0), pages-1)
	lo := page * ledgerPageRows
	hi := min(lo+ledgerPageRows, len(rows))
	p := LedgerPage{Rows: rows[lo:hi], First: lo + 1, Last: hi, Total: len(rows), Page: page, Pages: pages}
	if len(rows) == 0 {
		p.First = 0
	}
	return p
}
