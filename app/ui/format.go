package ui

import (
	"fmt"
	"math"
)

// formatUSD returns a dollar amount in the short form a reader scans:
// "$1.40T", "$38.0B", "$350M", "$0".
func formatUSD(usd float64) string {
	a := math.Abs(usd)
	sign := ""
	if usd < 0 {
		sign = "-"
	}
	switch {
	case a >= 1e12:
		return fmt.Sprintf("%s$%.2fT", sign, a/1e12)
	case a >= 1e9:
		return fmt.Sprintf("%s$%.1fB", sign, a/1e9)
	case a >= 1e6:
		return fmt.Sprintf("%s$%.0fM", sign, a/1e6)
	case a == 0:
		return "$0"
	}
	return fmt.Sprintf("%s$%.0f", sign, a)
}

// formatGW returns a capacity in gigawatts with one decimal: "30.0 GW".
func formatGW(gw float64) string {
	return fmt.Sprintf("%.1f GW", gw)
}
