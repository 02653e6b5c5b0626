package ui

import (
	"math"
	"strconv"

	"github.com/computeledger/computeledger/app/chart"
)

// formatUSD returns a dollar amount in the short form a reader scans
// ("$1.40T", "$38.0B"); the charts use the same form.
func formatUSD(usd float64) string { return chart.FormatUSD(usd) }

// formatGW returns a capacity in gigawatts with one decimal: "30.0 GW".
func formatGW(gw float64) string { return chart.FormatGW(gw) }

// formatPercent returns a fraction as a percentage with one decimal:
// 0.4566 is "45.7%".
func formatPercent(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	return chart.FormatPercent(f)
}

// formatCount returns a large count in words a reader scans: "15.1
// million", "2.3 billion", "950,000" below a million.
func formatCount(n float64) string {
	a := math.Abs(n)
	switch {
	case math.IsNaN(n) || math.IsInf(n, 0):
		return "–"
	case a >= 1e9:
		return strconv.FormatFloat(n/1e9, 'f', 1, 64) + " billion"
	case a >= 1e6:
		return strconv.FormatFloat(n/1e6, 'f', 1, 64) + " million"
	}
	return groupThousands(int64(math.Round(n)))
}

// formatCountShort returns a large count in the short form of a headline
// tile: "15.1M", "2.3B", "950k".
func formatCountShort(n float64) string {
	a := math.Abs(n)
	switch {
	case math.IsNaN(n) || math.IsInf(n, 0):
		return "–"
	case a >= 1e9:
		return strconv.FormatFloat(n/1e9, 'f', 1, 64) + "B"
	case a >= 1e6:
		return strconv.FormatFloat(n/1e6, 'f', 1, 64) + "M"
	case a >= 1e4:
		return strconv.FormatFloat(n/1e3, 'f', 0, 64) + "k"
	}
	return groupThousands(int64(math.Round(n)))
}

// formatYear returns a year, or the word for "none" when it is 0 (a
// break-even or goal year the model did not reach).
func formatYear(y int, none string) string {
	if y == 0 {
		return none
	}
	return strconv.Itoa(y)
}

// formatNumber returns v in the shortest decimal form, for input fields.
func formatNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	// Round away binary noise (0.1+0.2) that a reader would see in a field.
	r := math.Round(v*1e9) / 1e9
	if math.Abs(v) >= 1e6 || r == 0 && v != 0 {
		r = v
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// formatTWh returns an energy in terawatt-hours as the charts write it:
// "241 TWh".
func formatTWh(twh float64) string { return chart.FormatTWh(twh) }

// groupThousands writes n with commas between groups of three digits
// (chart.GroupThousands).
func groupThousands(n int64) string { return chart.GroupThousands(n) }
