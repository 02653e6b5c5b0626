package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// dealColumns are the CSV columns of a deal, in the order WriteCSV writes
// them. Sources follow as groups of sourceColumnFields.
var dealColumns = []string{
	"id", "counterparty", "kind", "status", "direction", "announced",
	"value_usd", "value_low_usd", "value_high_usd", "estimated", "estimate_method", "estimate_assumption",
	"start_year", "end_year", "capacity_gw", "chip_family", "sites", "first_capacity_year", "counted_in",
	"capex_carrier", "capex_carrier_url", "capex_carrier_publisher", "capex_carrier_date", "capex_carrier_supports",
	"confidence", "notes",
}

// dealLaterColumns are deal columns added after the first file format;
// WriteCSV writes them after the source groups, so older readers that go by
// position still find every column where it was.
var dealLaterColumns = []string{"sourcing_note", "chip_supplier", "chip_supplier_url", "chip_supplier_publisher", "chip_supplier_date", "chip_supplier_supports"}

// revisionColumns are the CSV columns of a revision; an empty cell leaves
// the deal's field unchanged.
var revisionColumns = []string{
	"id", "deal_id", "date", "summary", "status",
	"value_usd", "value_low_usd", "value_high_usd", "estimated", "estimate_method",
	"start_year", "end_year", "capacity_gw", "kind", "direction", "counted_in", "confidence", "chip_family",
	"sourcing_note",
}

// textColumns hold free text, read exactly as written (with the sources'
// publisher and supports columns); other cells are ids, numbers, dates and
// lists, read with surrounding spaces trimmed.
var textColumns = map[string]bool{"counterparty": true, "notes": true, "summary": true, "estimate_method": true, "sourcing_note": true}

// outputOnlyColumns are written by WriteCSV and ignored on import.
var outputOnlyColumns = []string{"in_totals", "as_of"}

// sourceColumnFields are the columns of one source group. WriteCSV writes
// each group's quality column after all groups (source_quality,
// source2_quality, ...), so files written before it existed keep their
// column positions.
var sourceColumnFields = []string{"url", "publisher", "date", "supports", "fields"}

var sourceColumn = regexp.MustCompile(`^source([0-9]*)_(url|publisher|date|supports|fields|quality)$`)

// csvCell is one cell being parsed, for error messages.
type csvCell struct {
	file, record, column string
	line                 int
}

func (c csvCell) fail(sentinel error, problem, expected string) *RecordError {
	return &RecordError{File: c.file, Line: c.line, Record: c.record, Field: c.column, Problem: problem, Expected: expected, Err: sentinel}
}

// ParseDealsCSV reads a CSV file with a header row. A file whose header has
// a deal_id column holds revisions (one per row); otherwise it holds deals
// (one per row). Columns may come in any order; lines starting with # are
// comments. Several sources go into numbered column groups: source_url,
// source_publisher, source_date, source_supports, source_fields, then
// source2_url and so on. Lists (sites, source fields) are separated by ";".
// name is used in error messages; see ParseDealsJSON for what is checked.
func ParseDealsCSV(name string, r io.Reader) (*Ledger, error) {
	return ParseDealsCSVProgress(name, r, nil)
}

// ParseDealsCSVProgress is ParseDealsCSV telling p how far it has come.
func ParseDealsCSVProgress(name string, r io.Reader, p Progress) (*Ledger, error) {
	raw, err := readLimited(name, r)
	if err != nil {
		return nil, err
	}
	raw = keepQuotedCRLF(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")))
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &RecordError{File: name, Line: 1, Problem: "the file is empty", Expected: "a header row naming the columns, then one row per deal", Err: ErrSyntax}
	}
	if err != nil {
		return nil, csvSyntaxError(name, err)
	}
	headerLine, _ := cr.FieldPos(0)
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	revisions := containsString(header, "deal_id")
	known := append(append([]string(nil), dealColumns...), dealLaterColumns...)
	typ := "deal"
	if revisions {
		known, typ = revisionColumns, "revision"
	}
	if err := checkHeader(name, headerLine, header, known); err != nil {
		return nil, err
	}
	l := &Ledger{}
	for index := 1; ; index++ {
		p.tell(StageRead, index-1, int(cr.InputOffset()), len(raw))
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvSyntaxError(name, err)
		}
		line, _ := cr.FieldPos(0)
		o := origin{File: name, Line: line, Index: index}
		if len(row) != len(header) {
			return nil, &RecordError{File: name, Line: line, Record: fmt.Sprintf("%s #%d", typ, index),
				Problem: fmt.Sprintf("the row has %d cells", len(row)), Expected: fmt.Sprintf("%d cells, one per header column", len(header)), Err: ErrSyntax}
		}
		cells := map[string]string{}
		lines := map[string]int{}
		for i, col := range header {
			cells[col] = cellText(row[i])
			if !textColumns[col] && !strings.HasSuffix(col, "_supports") && !strings.HasSuffix(col, "_publisher") {
				cells[col] = strings.TrimSpace(cells[col])
			}
			lines[col], _ = cr.FieldPos(i)
		}
		rec := recordName(typ, cells["id"], o)
		cell := func(col string) csvCell { return csvCell{file: name, record: rec, column: col, line: lines[col]} }
		sources, err := parseSourceCells(header, cells, cell)
		if err != nil {
			return nil, err
		}
		if revisions {
			r, err := parseRevisionRow(cells, cell)
			if err != nil {
				return nil, err
			}
			r.Sources, r.at = sources, o
			l.Revisions = append(l.Revisions, r)
			continue
		}
		d, err := parseDealRow(cells, cell)
		if err != nil {
			return nil, err
		}
		d.Sources, d.at = sources, o
		l.Deals = append(l.Deals, d)
	}
	p.finish(StageRead, len(raw))
	if err := l.checkRecords(p); err != nil {
		return nil, err
	}
	return l, nil
}

// keepQuotedCRLF doubles the CR of each CR LF inside a quoted cell. Go's
// csv.Reader turns every CR LF into LF, inside quotes too; it then turns
// the CR CR LF back into CR LF, so a cell's line breaks read back exactly
// as written. Line numbers are unchanged (no LF is added or removed).
func keepQuotedCRLF(raw []byte) []byte {
	if !bytes.Contains(raw, []byte("\r\n")) {
		return raw
	}
	out := make([]byte, 0, len(raw)+64)
	quoted := false
	for i, c := range raw {
		if c == '"' {
			quoted = !quoted
		}
		if quoted && c == '\r' && i+1 < len(raw) && raw[i+1] == '\n' {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out
}

func csvSyntaxError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &RecordError{File: name, Line: pe.Line, Problem: fmt.Sprintf("malformed CSV at column %d: %v", pe.Column, pe.Err), Expected: "well-formed CSV (quote cells that hold commas, quotes or line breaks)", Err: ErrSyntax}
	}
	return &RecordError{File: name, Problem: "malformed CSV: " + err.Error(), Expected: "well-formed CSV", Err: ErrSyntax}
}

// checkHeader rejects unknown, duplicate and missing columns.
func checkHeader(name string, line int, header, known []string) error {
	seen := map[string]bool{}
	for _, col := range header {
		switch {
		case seen[col]:
			return &RecordError{File: name, Line: line, Field: col, Problem: fmt.Sprintf("column %q appears twice", col), Expected: "each column once", Err: ErrSyntax}
		case !containsString(known, col) && !containsString(outputOnlyColumns, col) && !sourceColumn.MatchString(col):
			return &RecordError{File: name, Line: line, Field: col, Problem: fmt.Sprintf("unknown column %q", col),
				Expected: "columns among " + strings.Join(known, ", ") + " and source_url, source_publisher, source_date, source_supports, source_fields, source_quality (source2_url, ... for more sources)", Err: ErrUnknownField}
		}
		seen[col] = true
	}
	for _, col := range []string{"id", "source_url"} {
		if !seen[col] {
			return &RecordError{File: name, Line: line, Field: col, Problem: fmt.Sprintf("the header has no %q column", col), Expected: "a header row with at least id and source_url", Err: ErrMissingField}
		}
	}
	return nil
}

// parseSourceCells reads the numbered source column groups of one row.
func parseSourceCells(header []string, cells map[string]string, cell func(string) csvCell) ([]Source, error) {
	groups := map[int]*Source{}
	var order []int
	for _, col := range header {
		m := sourceColumn.FindStringSubmatch(col)
		if m == nil {
			continue
		}
		n := 1
		if m[1] != "" {
			n, _ = strconv.Atoi(m[1])
		}
		if groups[n] == nil {
			groups[n] = &Source{}
			order = append(order, n)
		}
		s, v := groups[n], cells[col]
		switch m[2] {
		case "url":
			s.URL = v
		case "publisher":
			s.Publisher = v
		case "supports":
			s.Supports = v
		case "fields":
			var ok bool
			if s.Fields, ok = parseList(v); !ok {
				return nil, cell(col).fail(ErrBadValue, fmt.Sprintf("%q is not a list", v), listExpected)
			}
		case "quality":
			s.Quality = SourceQuality(v)
		case "date":
			if v == "" {
				continue
			}
			d, err := ParseDate(v)
			if err != nil {
				problem, expected := dateProblem(v, err)
				return nil, cell(col).fail(ErrBadDate, problem, expected)
			}
			s.Date = d
		}
	}
	sortInts(order)
	var out []Source
	for _, n := range order {
		s := groups[n]
		if s.URL == "" && s.Publisher == "" && s.Supports == "" && s.Date.IsZero() && len(s.Fields) == 0 && s.Quality == "" {
			continue // an unused group
		}
		out = append(out, *s)
	}
	return out, nil
}

func parseDealRow(c map[string]string, cell func(string) csvCell) (Deal, error) {
	d := Deal{
		ID: c["id"], Counterparty: c["counterparty"], Kind: Kind(c["kind"]), Status: Status(c["status"]),
		Direction: Direction(c["direction"]), EstimateMethod: c["estimate_method"], EstimateAssumption: c["estimate_assumption"],
		ChipFamily: c["chip_family"], CountedIn: c["counted_in"],
		Confidence: Confidence(c["confidence"]), Notes: c["notes"], SourcingNote: c["sourcing_note"],
	}
	var ok bool
	if d.Sites, ok = parseList(c["sites"]); !ok {
		return d, cell("sites").fail(ErrBadValue, fmt.Sprintf("%q is not a list", c["sites"]), listExpected)
	}
	var err error
	if d.Announced, err = dateCell(c, "announced", cell); err != nil {
		return d, err
	}
	d.CapexCarrier = CapexCarrier(c["capex_carrier"])
	if c["capex_carrier_url"] != "" || c["capex_carrier_publisher"] != "" || c["capex_carrier_supports"] != "" || c["capex_carrier_date"] != "" {
		src := Source{URL: c["capex_carrier_url"], Publisher: c["capex_carrier_publisher"], Supports: c["capex_carrier_supports"]}
		if src.Date, err = dateCell(c, "capex_carrier_date", cell); err != nil {
			return d, err
		}
		d.CapexCarrierSource = &src
	}
	d.ChipSupplier = c["chip_supplier"]
	if c["chip_supplier_url"] != "" || c["chip_supplier_publisher"] != "" || c["chip_supplier_supports"] != "" || c["chip_supplier_date"] != "" {
		src := Source{URL: c["chip_supplier_url"], Publisher: c["chip_supplier_publisher"], Supports: c["chip_supplier_supports"]}
		if src.Date, err = dateCell(c, "chip_supplier_date", cell); err != nil {
			return d, err
		}
		d.ChipSupplierSource = &src
	}
	for _, f := range []struct {
		col string
		dst **float64
	}{{"value_usd", &d.ValueUSD}, {"value_low_usd", &d.ValueLowUSD}, {"value_high_usd", &d.ValueHighUSD}, {"capacity_gw", &d.CapacityGW}} {
		if *f.dst, err = numberCell(c, f.col, cell); err != nil {
			return d, err
		}
	}
	for _, f := range []struct {
		col string
		dst *int
	}{{"start_year", &d.StartYear}, {"end_year", &d.EndYear}, {"first_capacity_year", &d.FirstCapacityYear}} {
		y, err := yearCell(c, f.col, cell)
		if err != nil {
			return d, err
		}
		if y != nil {
			*f.dst = *y
		}
	}
	b, err := boolCell(c, "estimated", cell)
	if err != nil {
		return d, err
	}
	d.Estimated = b != nil && *b
	return d, nil
}

func parseRevisionRow(c map[string]string, cell func(string) csvCell) (Revision, error) {
	r := Revision{ID: c["id"], DealID: c["deal_id"], Summary: c["summary"], SourcingNote: c["sourcing_note"]}
	var err error
	if r.Date, err = dateCell(c, "date", cell); err != nil {
		return r, err
	}
	if v := c["status"]; v != "" {
		r.Status = ptr(Status(v))
	}
	if v := c["kind"]; v != "" {
		r.Kind = ptr(Kind(v))
	}
	if v := c["direction"]; v != "" {
		r.Direction = ptr(Direction(v))
	}
	if v := c["confidence"]; v != "" {
		r.Confidence = ptr(Confidence(v))
	}
	if v := c["counted_in"]; v != "" {
		r.CountedIn = ptr(v)
	}
	if v := c["estimate_method"]; v != "" {
		r.EstimateMethod = ptr(v)
	}
	if v := c["chip_family"]; v != "" {
		r.ChipFamily = ptr(v)
	}
	for _, f := range []struct {
		col string
		dst **float64
	}{{"value_usd", &r.ValueUSD}, {"value_low_usd", &r.ValueLowUSD}, {"value_high_usd", &r.ValueHighUSD}, {"capacity_gw", &r.CapacityGW}} {
		if *f.dst, err = numberCell(c, f.col, cell); err != nil {
			return r, err
		}
	}
	if r.StartYear, err = yearCell(c, "start_year", cell); err != nil {
		return r, err
	}
	if r.EndYear, err = yearCell(c, "end_year", cell); err != nil {
		return r, err
	}
	if r.Estimated, err = boolCell(c, "estimated", cell); err != nil {
		return r, err
	}
	return r, nil
}

func dateCell(c map[string]string, col string, cell func(string) csvCell) (Date, error) {
	v := c[col]
	if v == "" {
		return Date{}, nil // reported as missing by the record check
	}
	d, err := ParseDate(v)
	if err != nil {
		problem, expected := dateProblem(v, err)
		return Date{}, cell(col).fail(ErrBadDate, problem, expected)
	}
	return d, nil
}

// dateProblem says what is wrong with the date cell v that ParseDate
// refused with err, and what was expected.
func dateProblem(v string, err error) (problem, expected string) {
	if errors.Is(err, ErrDateOutOfRange) {
		return fmt.Sprintf("%s is outside the years the ledger covers", v), fmt.Sprintf("a date from %d-01-01 to %d-12-31", minDateYear, maxDateYear)
	}
	return fmt.Sprintf("%q is not a date", v), "a date of the form YYYY-MM-DD"
}

func numberCell(c map[string]string, col string, cell func(string) csvCell) (*float64, error) {
	v := c[col]
	if v == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, cell(col).fail(ErrBadValue, fmt.Sprintf("%q is not a number", v), "a plain number such as 38e9 or 38000000000 (no $ or commas), or an empty cell when undisclosed")
	}
	return &f, nil
}

func yearCell(c map[string]string, col string, cell func(string) csvCell) (*int, error) {
	v := c[col]
	if v == "" {
		return nil, nil
	}
	y, err := strconv.Atoi(v)
	if err != nil {
		return nil, cell(col).fail(ErrBadValue, fmt.Sprintf("%q is not a year", v), "a year such as 2027, or an empty cell when unknown")
	}
	return &y, nil
}

func boolCell(c map[string]string, col string, cell func(string) csvCell) (*bool, error) {
	switch v := strings.ToLower(c[col]); v {
	case "":
		return nil, nil
	case "true", "yes", "1":
		return ptr(true), nil
	case "false", "no", "0":
		return ptr(false), nil
	default:
		return nil, cell(col).fail(ErrBadValue, fmt.Sprintf("%q is not true or false", c[col]), "true or false")
	}
}

// listExpected says how a list cell is written.
const listExpected = `items separated by ";", or a JSON array of strings such as ["a;b","c"]`

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
