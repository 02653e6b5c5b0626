package ui

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// maxImportBytes bounds the size of a file the explorer reads for import.
const maxImportBytes = 4 << 20

// maxImportErrors bounds how many problems of one import are listed.
const maxImportErrors = 50

// MergeImport reads raw as the deals (or revisions) of a CSV or JSON file
// named name, checks every record with the ledger's parsers and merges it
// into base. A deal base already holds (a downloaded ledger imported back)
// becomes a revision dated on of the fields that differ, or nothing when
// none does (see data.Ledger.Updates). The result is all or nothing: any
// bad record returns an error wrapping ErrImport and every problem found,
// and no ledger. extra is what the file added, to merge again when an
// earlier file is removed. p (nil for none) is told how far the parse has
// come.
func MergeImport(base *data.Ledger, name string, raw []byte, on data.Date, p data.Progress) (merged, extra *data.Ledger, sum ImportSummary, err error) {
	if len(raw) > maxImportBytes {
		return nil, nil, sum, fmt.Errorf("%w: %s is %d bytes, more than the %d the explorer reads", ErrImport, name, len(raw), maxImportBytes)
	}
	switch format := importFormat(name, raw); format {
	case "json":
		extra, err = data.ParseDealsJSONProgress(name, bytes.NewReader(raw), p)
	case "csv":
		extra, err = data.ParseDealsCSVProgress(name, bytes.NewReader(raw), p)
	default:
		return nil, nil, sum, fmt.Errorf("%w: %s is neither CSV nor JSON (name it .csv or .json)", ErrImport, name)
	}
	if err != nil {
		return nil, nil, sum, fmt.Errorf("%w: %w", ErrImport, err)
	}
	if len(extra.Deals) == 0 && len(extra.Revisions) == 0 {
		return nil, nil, sum, fmt.Errorf("%w: %s holds no deals or revisions", ErrImport, name)
	}
	extra, unchanged, err := base.Updates(extra, on)
	if err != nil {
		return nil, nil, sum, fmt.Errorf("%w: %w", ErrImport, err)
	}
	if merged, err = base.Merge(extra); err != nil {
		return nil, nil, sum, fmt.Errorf("%w: %w", ErrImport, err)
	}
	return merged, extra, ImportSummary{File: name, Deals: len(extra.Deals), Revisions: len(extra.Revisions), Unchanged: len(unchanged)}, nil
}

// importFormat returns "csv" or "json" from the file's extension, else from
// its first character; "" when neither fits.
func importFormat(name string, raw []byte) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".json":
		return "json"
	case ".csv":
		return "csv"
	}
	body := bytes.TrimLeft(raw, " \t\r\n\ufeff")
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	if len(body) > 0 && (body[0] == '[' || body[0] == '{') {
		return "json"
	}
	if bytes.Contains(body, []byte(",")) {
		return "csv"
	}
	return ""
}

// ImportErrors splits an import error into one line per problem, in the
// form "file:line: record: field: problem; want expectation", at most
// maxImportErrors of them (the last line then says how many more).
func ImportErrors(err error) []string {
	var lines []string
	var walk func(error)
	walk = func(e error) {
		switch x := e.(type) {
		case nil:
		case *data.RecordError:
			lines = append(lines, x.Error())
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				if inner != ErrImport {
					walk(inner)
				}
			}
		default:
			lines = append(lines, strings.TrimPrefix(e.Error(), ErrImport.Error()+": "))
		}
	}
	walk(err)
	if len(lines) > maxImportErrors {
		more := len(lines) - maxImportErrors
		lines = append(lines[:maxImportErrors], fmt.Sprintf("… and %d more problems", more))
	}
	return lines
}
