package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// DateLayout is the only accepted textual form of a Date: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// Date is a calendar day in UTC, written as YYYY-MM-DD.
type Date struct{ time.Time }

// ParseDate returns the Date written as YYYY-MM-DD, or an error naming the
// expected form.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, fmt.Errorf("%w: %q is not a date of the form YYYY-MM-DD", ErrBadDate, s)
	}
	if t.Year() < minDateYear || t.Year() > maxDateYear {
		return Date{}, fmt.Errorf("%w: %w: %s is outside the years the ledger covers; want a date from %d-01-01 to %d-12-31", ErrBadDate, ErrDateOutOfRange, s, minDateYear, maxDateYear)
	}
	return Date{t}, nil
}

// ErrDateOutOfRange reports a well-formed date outside the years a ledger
// date may fall in; it comes wrapped with ErrBadDate.
var ErrDateOutOfRange = errors.New("date out of range")

// The years a date of the ledger may fall in: the first compute deals it
// could hold to the end of the longest modelled horizon, with room. A date
// outside them is a typing mistake (9999-12-31, 0001-01-01), refused with
// the same message by the importers, the CLI and the explorer.
const (
	minDateYear = 2000
	maxDateYear = 2100
)

// MustDate returns the Date for s and panics on a malformed s; for tests and
// literals only.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(DateLayout)
}

// Before reports whether d is strictly earlier than e.
func (d Date) Before(e Date) bool { return d.Time.Before(e.Time) }

// After reports whether d is strictly later than e.
func (d Date) After(e Date) bool { return d.Time.After(e.Time) }

// MarshalJSON writes the date as "YYYY-MM-DD", or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%w: %s is not a quoted YYYY-MM-DD string", ErrBadDate, b)
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
