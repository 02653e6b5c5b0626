package data

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors; every error returned by this package wraps one of them
// with the file, record and field it concerns.
var (
	// ErrBadDate reports a date that is not YYYY-MM-DD.
	ErrBadDate = errors.New("bad date")
	// ErrSyntax reports a file that is not well-formed JSON or CSV.
	ErrSyntax = errors.New("malformed file")
	// ErrUnknownField reports a JSON key or CSV column the schema does not have.
	ErrUnknownField = errors.New("unknown field")
	// ErrMissingField reports a required field that is empty.
	ErrMissingField = errors.New("missing field")
	// ErrMissingSource reports a record, or a figure of a record, without a source.
	ErrMissingSource = errors.New("missing source")
	// ErrWeakSource reports a figure whose only sources are secondary, in a
	// record without a sourcing_note.
	ErrWeakSource = errors.New("weak source")
	// ErrUnknownKind reports a deal kind outside Kinds.
	ErrUnknownKind = errors.New("unknown kind")
	// ErrUnknownStatus reports a deal status outside Statuses.
	ErrUnknownStatus = errors.New("unknown status")
	// ErrUnknownDirection reports a direction other than outflow or inflow.
	ErrUnknownDirection = errors.New("unknown direction")
	// ErrUnknownConfidence reports a confidence other than high, medium or low.
	ErrUnknownConfidence = errors.New("unknown confidence")
	// ErrBadValue reports a number that is negative, not finite or otherwise
	// outside its allowed range.
	ErrBadValue = errors.New("bad value")
	// ErrBadRange reports a pair of fields in the wrong order (start after
	// end, low above high).
	ErrBadRange = errors.New("bad range")
	// ErrBadID reports an id that is not lower-case snake_case.
	ErrBadID = errors.New("bad id")
	// ErrDuplicateID reports two records of the same type with one id.
	ErrDuplicateID = errors.New("duplicate id")
	// ErrUnknownDeal reports a reference (counted_in, deal_id) to a deal the
	// ledger does not hold.
	ErrUnknownDeal = errors.New("unknown deal")
	// ErrOverlapCycle reports counted_in references that loop back.
	ErrOverlapCycle = errors.New("overlap cycle")
	// ErrUnknownAssumption reports an assumption id the ledger does not hold.
	ErrUnknownAssumption = errors.New("unknown assumption")
	// ErrUnknownSeries reports a series id the ledger does not hold.
	ErrUnknownSeries = errors.New("unknown series")
	// ErrUnknownFormat reports an output or import format other than json or csv.
	ErrUnknownFormat = errors.New("unknown format")
)

// RecordError is one problem with one field of one record, located in its
// file. It wraps one of the sentinel errors above.
type RecordError struct {
	File     string // file name, e.g. "deals.json" or the user's import
	Line     int    // 1-based line of the record (JSON) or row (CSV); 0 when unknown
	Record   string // e.g. `deal "aws"` or `deal #3`
	Field    string // snake_case field name as written in the file; "" for the whole record
	Problem  string // what is wrong, quoting the bad value
	Expected string // what was expected instead
	Err      error  // the sentinel
}

// Error returns "file:line: record: field: problem; want expected".
func (e *RecordError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	}
	if e.Record != "" {
		b.WriteString(e.Record)
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString("field ")
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Problem != "" {
		b.WriteString(e.Problem)
	} else if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	if e.Expected != "" {
		b.WriteString("; want ")
		b.WriteString(e.Expected)
	}
	return printable(b.String())
}

// printable returns s with control characters (terminal escape sequences,
// bells, carriage returns from an imported file's column names or keys)
// written as Go escapes, so an error message shows them instead of acting
// on the terminal.
func printable(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || (r >= 0x7f && r < 0xa0) }

// Unwrap returns the sentinel error.
func (e *RecordError) Unwrap() error { return e.Err }
