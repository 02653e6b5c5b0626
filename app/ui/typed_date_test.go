package ui

import (
	"errors"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestParseTypedDate(t *testing.T) {
	ok := []struct {
		in    string
		order DateOrder
		want  string
	}{
		{"11/06/2025", OrderMDY, "2025-11-06"},
		{"06/11/2025", OrderDMY, "2025-11-06"},
		{"6.11.2025", OrderDMY, "2025-11-06"},
		{"11/6/2025", OrderMDY, "2025-11-06"},
		{"2025-11-06", OrderMDY, "2025-11-06"},
		{"2025-11-06", OrderDMY, "2025-11-06"},
		{" 2025/11/06 ", OrderYMD, "2025-11-06"},
	}
	for _, c := range ok {
		got, err := ParseTypedDate(c.in, c.order)
		if err != nil || got.String() != c.want {
			t.Errorf("ParseTypedDate(%q, %s) = %v, %v; want %s", c.in, c.order, got, err, c.want)
		}
	}
	for _, c := range []struct {
		in    string
		order DateOrder
	}{
		{"", OrderMDY}, {"11/06", OrderMDY}, {"13/06/2025", OrderMDY}, {"06/13/2025", OrderDMY},
		{"31/02/2025", OrderDMY}, {"11/06/25", OrderMDY}, {"06/11/2025", OrderYMD}, {"nov 6 2025", OrderMDY},
	} {
		if d, err := ParseTypedDate(c.in, c.order); err == nil || !errors.Is(err, data.ErrBadDate) {
			t.Errorf("ParseTypedDate(%q, %s) = %v, %v; want a bad-date error", c.in, c.order, d, err)
		}
	}
	if _, err := ParseTypedDate("11/06/2225", OrderMDY); !errors.Is(err, data.ErrDateOutOfRange) {
		t.Errorf("a year out of range: got %v, want ErrDateOutOfRange", err)
	}
}
