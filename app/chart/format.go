package chart

import (
	"math"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/model"
)

// BillionsUSD converts US dollars to billions of US dollars, rounded to one
// decimal place so that option JSON stays short and stable.
func BillionsUSD(usd float64) float64 {
	return round(usd/1e9, 1)
}

// round returns x rounded to the given number of decimals; NaN and ±Inf
// become 0 (JSON cannot hold them) and -0 becomes 0.
func round(x float64, decimals int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	p := math.Pow10(decimals)
	r := math.Round(x*p) / p
	if r == 0 || math.IsInf(r, 0) || math.IsNaN(r) {
		return 0
	}
	return r
}

// finite returns x, or 0 when x is NaN or infinite.
func finite(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return x
}

// notAvailable is what the formatters write for NaN and infinite inputs.
const notAvailable = model.NotAvailable

// FormatUSD returns a dollar amount in the short form a reader scans
// ("$1.40T", "$38.0B"); see model.FormatUSD.
func FormatUSD(usd float64) string { return model.FormatUSD(usd) }

// shortUSD is FormatUSD without trailing zero decimals, for labels drawn
// on a chart: "$38B", "$22.4B", "$1.4T".
func shortUSD(usd float64) string {
	s := FormatUSD(usd)
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return s
	}
	j := i + 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	digits := strings.TrimRight(s[i+1:j], "0")
	if digits == "" {
		return s[:i] + s[j:]
	}
	return s[:i+1] + digits + s[j:]
}

// signedUSD is FormatUSD with an explicit sign: "+$250.0B", "-$70.0B",
// "$0".
func signedUSD(usd float64) string {
	s := FormatUSD(usd)
	if usd > 0 && s != "$0" && s != notAvailable {
		return "+" + s
	}
	return s
}

// FormatGW returns a capacity in gigawatts with one decimal: "30.0 GW";
// see model.FormatGW.
func FormatGW(gw float64) string { return model.FormatGW(gw) }

// FormatPercent returns a fraction as a percentage with one decimal:
// "5.9%"; see model.FormatPercent.
func FormatPercent(fraction float64) string { return model.FormatPercent(fraction) }

// formatMillions writes a count in millions with one decimal: "15.1
// million"; below a million it writes the count with thousands grouped.
func formatMillions(n float64) string {
	if math.IsNaN(n) || math.IsInf(n, 0) {
		return notAvailable
	}
	if math.Abs(n) >= 0.95e6 {
		return strconv.FormatFloat(round(n/1e6, 1), 'f', 1, 64) + " million"
	}
	return GroupThousands(int64(math.Round(n)))
}

// GroupThousands writes n with commas between groups of three digits
// (the explorer's counts use it too).
func GroupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// FormatTWh writes an energy in terawatt-hours: "241 TWh", "5.7 TWh"; the
// explorer's tiles use it too.
func FormatTWh(twh float64) string {
	if math.IsNaN(twh) || math.IsInf(twh, 0) {
		return notAvailable
	}
	if math.Abs(twh) >= 99.5 {
		return strconv.FormatFloat(math.Round(twh), 'f', 0, 64) + " TWh"
	}
	return strconv.FormatFloat(round(twh, 1), 'f', 1, 64) + " TWh"
}

// formatGrowth writes a yearly growth rate: "45.7% a year".
func formatGrowth(fraction float64) string {
	return FormatPercent(fraction) + " a year"
}

// plural writes a count with the singular or plural noun: "1 deal", "3
// deals".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
