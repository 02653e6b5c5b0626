package ui

import (
	"math"
	"strconv"
	"strings"
)

// fieldNumber writes v as a number field shows it: to one decimal more
// than the control's step has (a growth of 96.564309029 % in steps of 1
// shows 96.6), so that a value the model derived or a link carries with
// many digits reads at the precision of its source, while the link keeps
// the exact value. A step of 0 or less shows v as formatNumber does.
func fieldNumber(v, step float64) string {
	if !(step > 0) || math.IsInf(step, 0) || math.IsNaN(v) || math.IsInf(v, 0) {
		return formatNumber(v)
	}
	decimals := 1
	if s := strconv.FormatFloat(step, 'f', -1, 64); strings.Contains(s, ".") {
		decimals += len(s) - strings.IndexByte(s, '.') - 1
	}
	p := math.Pow10(decimals)
	r := math.Round(v*p) / p
	if r == 0 && v != 0 || math.Abs(v) >= 1e15 {
		return formatNumber(v)
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}
