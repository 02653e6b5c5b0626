package data

import (
	"errors"
	"strings"
	"testing"
)

func TestParseDate_RefusesYearsOutsideTheLedger(t *testing.T) {
	for _, s := range []string{"9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01"} {
		_, err := ParseDate(s)
		if !errors.Is(err, ErrBadDate) || !errors.Is(err, ErrDateOutOfRange) || !strings.Contains(err.Error(), "from 2000-01-01 to 2100-12-31") {
			t.Errorf("ParseDate(%q) = %v, want an out-of-range error naming the years", s, err)
		}
	}
	for _, s := range []string{"2000-01-01", "2100-12-31", "2025-11-06"} {
		if _, err := ParseDate(s); err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
		}
	}
}

func TestRecordError_ShowsControlCharactersInsteadOfSendingThem(t *testing.T) {
	raw := "id,\x1b[31mred\x1b[0m,source_url\nx,1,https://example.com\n"
	_, err := ParseDealsCSV("evil.csv", strings.NewReader(raw))
	if err == nil {
		t.Fatal("an unknown column was accepted")
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\x1b\x07\r") || !strings.Contains(msg, `\x1b[31mred`) {
		t.Errorf("got %q, want the escape written out", msg)
	}
}
