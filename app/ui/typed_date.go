package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// DateOrder is the order in which a locale writes day, month and year:
// "mdy" (en-US: 11/06/2025), "dmy" (en-GB, de: 06/11/2025, 06.11.2025) or
// "ymd" (ja, sv: 2025/11/06).
type DateOrder string

// The date orders of the locales.
const (
	OrderMDY DateOrder = "mdy"
	OrderDMY DateOrder = "dmy"
	OrderYMD DateOrder = "ymd"
)

// Pattern returns how a date is typed in the order: "MM/DD/YYYY".
func (o DateOrder) Pattern() string {
	switch o {
	case OrderMDY:
		return "MM/DD/YYYY"
	case OrderDMY:
		return "DD/MM/YYYY"
	}
	return "YYYY/MM/DD"
}

// ParseTypedDate reads a date typed into the as-of field: ISO YYYY-MM-DD
// in any locale, or three numbers in the locale's order separated by "/",
// ".", "-" or spaces (11/06/2025 in en-US, 6.11.2025 in de). The year has
// four digits; a year outside the ledger's range is refused as
// data.ParseDate refuses it.
func ParseTypedDate(s string, order DateOrder) (data.Date, error) {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == '/' || r == '.' || r == '-' || r == ' ' || r == ','
	})
	bad := fmt.Errorf("%w: %q is not a date; type it as %s or YYYY-MM-DD", data.ErrBadDate, s, order.Pattern())
	if len(parts) != 3 {
		return data.Date{}, bad
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return data.Date{}, bad
		}
		nums[i] = n
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4: // ISO, and the year-first locales
		y, m, d = nums[0], nums[1], nums[2]
	case len(parts[2]) != 4:
		return data.Date{}, bad
	case order == OrderDMY:
		d, m, y = nums[0], nums[1], nums[2]
	case order == OrderMDY:
		m, d, y = nums[0], nums[1], nums[2]
	default:
		return data.Date{}, bad
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return data.Date{}, bad
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	date, err := data.ParseDate(iso)
	if err != nil && !errors.Is(err, data.ErrDateOutOfRange) {
		return data.Date{}, bad // 31/02/2025
	}
	return date, err
}
