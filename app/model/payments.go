package model

import "github.com/computeledger/computeledger/data"

// PaymentTiming is when a deal's value is paid.
type PaymentTiming string

// The payment timings.
const (
	// PayDelivery pays each deal as its capacity arrives: from its first
	// capacity year along its capacity ramp (cloud, lease and joint-venture
	// offtake paid as the capacity is used, chips and memory on delivery).
	PayDelivery PaymentTiming = "delivery"
	// PayTerm spreads each deal's value over its whole term by the spend
	// profile, from the term's first year.
	PayTerm PaymentTiming = "term"
)

// PaymentTimings lists every PaymentTiming in display order.
var PaymentTimings = []PaymentTiming{PayDelivery, PayTerm}

// paidOnDelivery reports whether a deal of this kind is paid as its
// capacity is delivered (a purchase of chips or memory), rather than as the
// delivered capacity is used (cloud, site lease, joint-venture offtake).
func paidOnDelivery(k data.Kind) bool {
	return k == data.KindChipPurchase || k == data.KindMemorySupply
}

// followsDelivery reports whether a deal of this kind is paid along its
// capacity under PayDelivery; equity stakes keep the term's spread.
func followsDelivery(k data.Kind) bool {
	return k != data.KindEquityInvestment
}

// fillUsage writes into dst the cumulative payment shares of a deal paid
// as its capacity is used: year j pays in proportion to the capacity
// online on average during it, (ramp[j-1] + ramp[j]) / 2 with ramp[-1] = 0,
// so a deal whose capacity is still arriving pays little, and the last
// entry is exactly 1.
func fillUsage(dst, ramp []float64) {
	total, prev := 0.0, 0.0
	for j, c := range ramp {
		total += (prev + c) / 2
		dst[j] = total
		prev = c
	}
	for j := range dst {
		dst[j] /= total
	}
	if len(dst) > 0 {
		dst[len(dst)-1] = 1
	}
}
