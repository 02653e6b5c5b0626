package data

import (
	"math"
	"strconv"
)

// formatNumber writes f in the shortest form that reads back exactly.
func formatNumber(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// formatUSD writes a dollar amount in billions or trillions, e.g. "$50B".
func formatUSD(f float64) string {
	switch a := math.Abs(f); {
	case a >= 1e12:
		return "$" + strconv.FormatFloat(f/1e12, 'f', -1, 64) + "T"
	case a >= 1e9:
		return "$" + strconv.FormatFloat(f/1e9, 'f', -1, 64) + "B"
	case a >= 1e6:
		return "$" + strconv.FormatFloat(f/1e6, 'f', -1, 64) + "M"
	default:
		return "$" + strconv.FormatFloat(f, 'f', -1, 64)
	}
}
