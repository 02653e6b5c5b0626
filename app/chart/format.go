package chart

import "math"

// BillionsUSD converts US dollars to billions of US dollars, rounded to one
// decimal place so that option JSON stays short and stable.
func BillionsUSD(usd float64) float64 {
	return math.Round(usd/1e8) / 10
}
