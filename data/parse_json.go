package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// maxImportBytes bounds the size of one imported file.
const maxImportBytes = 16 << 20

// dealJSON is a deal as written in JSON: the Deal fields, with counted_in
// written as null when empty, plus the output-only in_totals flag.
type dealJSON struct {
	dealFields
	CountedIn *string `json:"counted_in"`
	InTotals  *bool   `json:"in_totals,omitempty"`
}

// dealFields has Deal's fields without its methods.
type dealFields Deal

// MarshalJSON writes the deal with counted_in null when it is empty.
func (d Deal) MarshalJSON() ([]byte, error) {
	return json.Marshal(toDealJSON(d, nil))
}

func toDealJSON(d Deal, inTotals *bool) dealJSON {
	out := dealJSON{dealFields: dealFields(d), InTotals: inTotals}
	if d.CountedIn != "" {
		out.CountedIn = ptr(d.CountedIn)
	}
	if out.Sites == nil {
		out.Sites = []string{}
	}
	return out
}

// ParseDealsJSON reads a JSON file of deals and revisions: either an array
// of deals, or an object {"deals": [...], "revisions": [...]} (the output
// of View.WriteJSON is accepted; its as_of, totals, applied and
// reconciliation are ignored). name is used in error messages. Each record
// is checked on its own; references to deals outside the file are checked
// when the result is merged into a ledger (see Ledger.Merge).
func ParseDealsJSON(name string, r io.Reader) (*Ledger, error) {
	return ParseDealsJSONProgress(name, r, nil)
}

// ParseDealsJSONProgress is ParseDealsJSON telling p how far it has come.
func ParseDealsJSONProgress(name string, r io.Reader, p Progress) (*Ledger, error) {
	raw, err := readLimited(name, r)
	if err != nil {
		return nil, err
	}
	l := &Ledger{}
	body := bytes.TrimLeft(raw, " \t\r\n\ufeff")
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	offset := len(raw) - len(body)
	switch {
	case len(body) == 0:
		return nil, &RecordError{File: name, Line: 1, Problem: "the file is empty", Expected: `a JSON array of deals or an object {"deals": [...], "revisions": [...]}`, Err: ErrSyntax}
	case body[0] == '[':
		l.Deals, err = decodeDeals(name, raw, offset, p)
	case body[0] == '{':
		err = decodeLedgerObject(name, raw, offset, l, false, p)
	default:
		return nil, &RecordError{File: name, Line: lineAt(raw, offset), Problem: fmt.Sprintf("the file starts with %q", body[0]), Expected: `a JSON array of deals or an object {"deals": [...], "revisions": [...]}`, Err: ErrSyntax}
	}
	if err != nil {
		return nil, err
	}
	p.finish(StageRead, len(raw))
	if err := l.checkRecords(p); err != nil {
		return nil, err
	}
	return l, nil
}

// checkRecords checks each record on its own and the uniqueness of ids
// within the ledger, but not references to deals it does not hold; p is
// told of the records checked.
func (l *Ledger) checkRecords(p Progress) error {
	var errs []error
	ids := map[string]int{}
	total := len(l.Deals) + len(l.Revisions)
	for i, d := range l.Deals {
		p.tell(StageCheck, i, i, total)
		o := dealOrigin(d, i)
		for _, e := range checkDeal(d, o) {
			errs = append(errs, e)
		}
		if j, dup := ids[d.ID]; dup && d.ID != "" {
			errs = append(errs, errAt(o, recordName("deal", d.ID, o), "id", ErrDuplicateID,
				fmt.Sprintf("id %q is already used by the deal at %s", d.ID, where(dealOrigin(l.Deals[j], j))), "a unique id"))
		}
		ids[d.ID] = i
	}
	rids := map[string]int{}
	for i, r := range l.Revisions {
		p.tell(StageCheck, i, len(l.Deals)+i, total)
		o := revisionOrigin(r, i)
		for _, e := range checkRevisionRecord(r, o) {
			errs = append(errs, e)
		}
		if j, dup := rids[r.ID]; dup && r.ID != "" {
			errs = append(errs, errAt(o, recordName("revision", r.ID, o), "id", ErrDuplicateID,
				fmt.Sprintf("id %q is already used by the revision at %s", r.ID, where(revisionOrigin(l.Revisions[j], j))), "a unique id"))
		}
		rids[r.ID] = i
	}
	p.finish(StageCheck, total)
	return errors.Join(errs...)
}

func readLimited(name string, r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxImportBytes+1))
	if err != nil {
		return nil, &RecordError{File: name, Problem: "cannot read: " + err.Error(), Expected: "a readable file", Err: ErrSyntax}
	}
	if len(raw) > maxImportBytes {
		return nil, &RecordError{File: name, Problem: "the file is larger than 16 MiB", Expected: "a smaller file", Err: ErrSyntax}
	}
	return raw, nil
}

// decodeLedgerObject reads {"deals": [...], "revisions": [...], ...}.
// With full set, assumptions and series are read too.
func decodeLedgerObject(name string, raw []byte, start int, l *Ledger, full bool, p Progress) error {
	dec := json.NewDecoder(bytes.NewReader(raw[start:]))
	if _, err := dec.Token(); err != nil {
		return syntaxError(name, raw, start, start, err)
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return syntaxError(name, raw, start, start+int(dec.InputOffset()), err)
		}
		key, _ := tok.(string)
		keyEnd := start + int(dec.InputOffset())
		if seen[key] {
			return &RecordError{File: name, Line: lineAt(raw, keyEnd), Field: key, Problem: fmt.Sprintf("key %q appears twice", key), Expected: "each key once", Err: ErrSyntax}
		}
		seen[key] = true
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return syntaxError(name, raw, start, keyEnd, err)
		}
		valueStart := skipSeparators(raw, keyEnd)
		switch {
		case key == "deals":
			l.Deals, err = decodeDeals(name, raw, valueStart, p)
		case key == "revisions":
			l.Revisions, err = decodeRecords[Revision](name, raw, valueStart, "revision", p)
		case full && key == "assumptions":
			l.Assumptions, err = decodeRecords[Assumption](name, raw, valueStart, "assumption", p)
		case full && key == "series":
			l.Series, err = decodeRecords[Series](name, raw, valueStart, "series", p)
		case key == "as_of" || key == "totals" || key == "applied" || key == "reconciliation" || key == "$schema" || key == "comment":
			// Output-only or informative keys.
		default:
			expected := `"deals" and "revisions"`
			if full {
				expected = `"deals", "revisions", "assumptions" and "series"`
			}
			return &RecordError{File: name, Line: lineAt(raw, keyEnd), Field: key, Problem: fmt.Sprintf("unknown top-level key %q", key), Expected: expected, Err: ErrUnknownField}
		}
		if err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return syntaxError(name, raw, start, start+int(dec.InputOffset()), err)
	}
	if rest := bytes.TrimSpace(raw[start+int(dec.InputOffset()):]); len(rest) > 0 {
		return &RecordError{File: name, Line: lineAt(raw, len(raw)-len(rest)), Problem: "text after the end of the JSON value", Expected: "one JSON value", Err: ErrSyntax}
	}
	return nil
}

// decodeDeals reads a JSON array of deals starting at raw[start].
func decodeDeals(name string, raw []byte, start int, p Progress) ([]Deal, error) {
	in, err := decodeRecords[dealJSON](name, raw, start, "deal", p)
	if err != nil {
		return nil, err
	}
	deals := make([]Deal, len(in))
	for i, d := range in {
		deals[i] = Deal(d.dealFields)
		if d.CountedIn != nil {
			deals[i].CountedIn = *d.CountedIn
		}
		deals[i].at = d.at
	}
	return deals, nil
}

// located is a record that remembers where it was read from.
type located interface {
	dealJSON | Revision | Assumption | Series
}

// decodeRecords reads a JSON array of records of type T starting at
// raw[start], rejecting unknown fields and naming the line of each problem;
// p is told of the bytes read.
func decodeRecords[T located](name string, raw []byte, start int, typ string, p Progress) ([]T, error) {
	dec := json.NewDecoder(bytes.NewReader(raw[start:]))
	tok, err := dec.Token()
	if err != nil {
		return nil, syntaxError(name, raw, start, start, err)
	}
	if tok == nil {
		return nil, nil // "deals": null holds no records
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, &RecordError{File: name, Line: lineAt(raw, start), Problem: fmt.Sprintf("found %v", tok), Expected: "a JSON array of " + typ + " objects", Err: ErrSyntax}
	}
	var out []T
	lines := lineCounter{raw: raw, line: 1}
	for dec.More() {
		before := start + int(dec.InputOffset())
		p.tell(StageRead, len(out), before, len(raw))
		var elem json.RawMessage
		if err := dec.Decode(&elem); err != nil {
			return nil, syntaxError(name, raw, start, before, err)
		}
		at := skipSeparators(raw, before)
		o := origin{File: name, Line: lines.at(at), Index: len(out) + 1}
		var rec T
		if err := decodeStrict(elem, &rec); err != nil {
			return nil, fieldError(name, raw, at, elem, o, typ, err)
		}
		setOrigin(&rec, o)
		out = append(out, rec)
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxError(name, raw, start, start+int(dec.InputOffset()), err)
	}
	return out, nil
}

func setOrigin[T located](rec *T, o origin) {
	switch r := any(rec).(type) {
	case *dealJSON:
		r.at = o
	case *Revision:
		r.at = o
	case *Assumption:
		r.at = o
	case *Series:
		r.at = o
	}
}

func decodeStrict(elem []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(elem))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("%w: text after the record", ErrSyntax)
	}
	return nil
}

// fieldError turns a decoding error of one record into a RecordError that
// names the record, the field and its line.
func fieldError(name string, raw []byte, at int, elem []byte, o origin, typ string, err error) error {
	rec := recordName(typ, peekID(elem), o)
	field, problem, expected, sentinel := explainDecodeError(elem, typ, err)
	line := o.Line
	if field != "" {
		if i := bytes.Index(elem, []byte(`"`+topField(field)+`"`)); i >= 0 {
			line = lineAt(raw, at+i)
		}
	}
	return &RecordError{File: name, Line: line, Record: rec, Field: field, Problem: problem, Expected: expected, Err: sentinel}
}

func topField(f string) string {
	if i := strings.IndexAny(f, ".["); i > 0 {
		return f[:i]
	}
	return f
}

// explainDecodeError finds which field of a record failed to decode.
func explainDecodeError(elem []byte, typ string, err error) (field, problem, expected string, sentinel error) {
	var typeErr *json.UnmarshalTypeError
	var synErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field = strings.TrimPrefix(typeErr.Field, "dealFields.")
		return field, fmt.Sprintf("found a JSON %s", typeErr.Value), "a " + describeType(typeErr.Type), ErrBadValue
	case errors.As(err, &synErr):
		return "", "malformed JSON: " + synErr.Error(), "well-formed JSON", ErrSyntax
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return f, fmt.Sprintf("unknown field %q", f), "only the fields of a " + typ + " listed in data/README.md", ErrUnknownField
	}
	// An error from a field's own decoder (a bad date): find the field by
	// decoding the record's fields one at a time.
	var fields map[string]json.RawMessage
	if json.Unmarshal(elem, &fields) == nil {
		for k, v := range fields {
			probe := map[string]json.RawMessage{k: v}
			b, _ := json.Marshal(probe)
			var target any
			switch typ {
			case "deal":
				target = new(dealJSON)
			case "revision":
				target = new(Revision)
			case "assumption":
				target = new(Assumption)
			default:
				target = new(Series)
			}
			if e := json.Unmarshal(b, target); e != nil {
				field = k
				if errors.Is(e, ErrBadDate) {
					return field, innerMessage(e), "a date of the form YYYY-MM-DD", ErrBadDate
				}
				return field, innerMessage(e), "a value of the right type", ErrBadValue
			}
		}
	}
	if errors.Is(err, ErrBadDate) {
		return "", innerMessage(err), "dates of the form YYYY-MM-DD", ErrBadDate
	}
	return "", err.Error(), "a " + typ + " object", ErrSyntax
}

// innerMessage strips the json package's prefixes from a nested error.
func innerMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, "bad date: "); i >= 0 {
		return msg[i+len("bad date: "):]
	}
	return msg
}

func describeType(t reflect.Type) string {
	if t == nil {
		return "value of another type"
	}
	switch t.Kind() {
	case reflect.Float64, reflect.Float32:
		return "number (e.g. 38e9), or null"
	case reflect.Int, reflect.Int64:
		return "whole number such as 2027 (0 when unknown)"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "string"
	case reflect.Slice:
		return "JSON array"
	case reflect.Struct:
		return "JSON object"
	}
	return t.String()
}

// peekID returns the record's "id" if it can be read.
func peekID(elem []byte) string {
	var v struct {
		ID any `json:"id"`
	}
	if json.Unmarshal(elem, &v) == nil {
		if s, ok := v.ID.(string); ok && len(s) <= 64 {
			return s
		}
	}
	return ""
}

// syntaxError reports a JSON syntax error; base is the offset in raw where
// the failing decoder started reading, at the best guess of the position.
func syntaxError(name string, raw []byte, base, at int, err error) error {
	var synErr *json.SyntaxError
	if errors.As(err, &synErr) {
		at = base + int(synErr.Offset)
		if at > len(raw) {
			at = len(raw)
		}
		return &RecordError{File: name, Line: lineAt(raw, at), Problem: "malformed JSON: " + synErr.Error(), Expected: "well-formed JSON", Err: ErrSyntax}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &RecordError{File: name, Line: lineAt(raw, len(raw)), Problem: "the JSON ends too early", Expected: "well-formed JSON", Err: ErrSyntax}
	}
	return &RecordError{File: name, Line: lineAt(raw, at), Problem: "malformed JSON: " + err.Error(), Expected: "well-formed JSON", Err: ErrSyntax}
}

// skipSeparators returns the offset of the first byte at or after i that
// is not JSON whitespace, a comma or a colon: where the next value starts.
func skipSeparators(raw []byte, i int) int {
	for i < len(raw) {
		switch raw[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			i++
		default:
			return i
		}
	}
	return i
}

// lineCounter finds the lines of increasing offsets without rescanning.
type lineCounter struct {
	raw  []byte
	pos  int // offset counted up to
	line int // line at pos
}

// at returns the 1-based line of offset i.
func (c *lineCounter) at(i int) int {
	if i < c.pos {
		return lineAt(c.raw, i)
	}
	i = min(i, len(c.raw))
	c.line += bytes.Count(c.raw[c.pos:i], []byte{'\n'})
	c.pos = i
	return c.line
}

// lineAt returns the 1-based line of byte offset at.
func lineAt(raw []byte, at int) int {
	if at > len(raw) {
		at = len(raw)
	}
	if at < 0 {
		at = 0
	}
	return 1 + bytes.Count(raw[:at], []byte{'\n'})
}
