package model

import (
	"fmt"
	"math"
	"strconv"
)

// NotAvailable is what the formatters write for a NaN or infinite input.
const NotAvailable = "n/a"

// FormatUSD returns a dollar amount in the short form a reader scans:
// "$1.40T", "$38.0B", "$350M", "$999", "$0", "-$12.0B"; NotAvailable for
// NaN or an infinite amount. The solver's answer, the charts and the pages
// all write amounts with it.
func FormatUSD(usd float64) string {
	if math.IsNaN(usd) || math.IsInf(usd, 0) {
		return NotAvailable
	}
	a := math.Abs(usd)
	sign := ""
	if usd < 0 {
		sign = "-"
	}
	switch {
	case a >= 999.95e9:
		return fmt.Sprintf("%s$%.2fT", sign, a/1e12)
	case a >= 999.95e6:
		return fmt.Sprintf("%s$%.1fB", sign, a/1e9)
	case a >= 999.5e3:
		return fmt.Sprintf("%s$%.0fM", sign, a/1e6)
	case a < 0.5:
		return "$0"
	}
	return fmt.Sprintf("%s$%.0f", sign, a)
}

// FormatGW returns a capacity in gigawatts with one decimal: "30.0 GW";
// NotAvailable for NaN or an infinite capacity.
func FormatGW(gw float64) string {
	if math.IsNaN(gw) || math.IsInf(gw, 0) {
		return NotAvailable
	}
	return strconv.FormatFloat(roundTo(gw, 1), 'f', 1, 64) + " GW"
}

// FormatPercent returns a fraction as a percentage with one decimal:
// 0.0588 gives "5.9%"; NotAvailable for NaN or an infinite fraction.
func FormatPercent(fraction float64) string {
	if math.IsNaN(fraction) || math.IsInf(fraction, 0) {
		return NotAvailable
	}
	return strconv.FormatFloat(roundTo(fraction*100, 1), 'f', 1, 64) + "%"
}

// roundTo returns x rounded to the given number of decimals, with -0 as 0.
func roundTo(x float64, decimals int) float64 {
	p := math.Pow10(decimals)
	r := math.Round(x*p) / p
	if r == 0 {
		return 0
	}
	return r
}
