package data

import "fmt"

// origin is where a record was read from: the file and the 1-based line
// its object (JSON) or row (CSV) starts on.
type origin struct {
	File  string
	Line  int
	Index int // 1-based position of the record in its file
}

// The default file of each record type, used for records built in code.
const (
	dealsFile       = "deals.json"
	revisionsFile   = "revisions.json"
	assumptionsFile = "assumptions.json"
	seriesFile      = "series.json"
)

// recordName names a record in messages: `deal "aws"`, or `deal #3` when
// it has no id yet.
func recordName(typ, id string, o origin) string {
	if id != "" {
		return fmt.Sprintf("%s %q", typ, id)
	}
	if o.Index > 0 {
		return fmt.Sprintf("%s #%d", typ, o.Index)
	}
	return typ
}

// errAt builds a RecordError for one field of a record.
func errAt(o origin, record, field string, sentinel error, problem, expected string) *RecordError {
	return &RecordError{File: o.File, Line: o.Line, Record: record, Field: field, Problem: problem, Expected: expected, Err: sentinel}
}
