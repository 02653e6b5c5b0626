package model

import "math"

// curve is a spend profile ready to evaluate: C(t), the share of a deal's
// value paid by fraction t (0 to 1) of its term, with C(0) = 0, C(1) = 1,
// never falling:
//
//	even:    C(t) = t
//	front:   C(t) = 1 - (1-t)^2   (yearly shares fall linearly)
//	back:    C(t) = t^2           (yearly shares rise linearly)
//	s_curve: C(t) = (L(t) - L(0)) / (L(1) - L(0)), L(t) = 1 / (1 + exp(-k (t - 1/2)))
//	custom:  the running sum of the custom weights, joined by straight lines
type curve struct {
	p           Profile
	k, l0, span float64   // S-curve steepness, L(0) and L(1) - L(0)
	custom      []float64 // custom weights
	total       float64   // their sum
}

func newCurve(p Profile, steepness float64, custom []float64) curve {
	c := curve{p: p, k: steepness, custom: custom}
	if p == ProfileSCurve {
		c.l0 = logistic(steepness, 0)
		c.span = logistic(steepness, 1) - c.l0
	}
	for _, w := range custom {
		c.total += w
	}
	return c
}

// at returns C(t).
func (c *curve) at(t float64) float64 {
	switch {
	case t <= 0:
		return 0
	case t >= 1:
		return 1
	}
	switch c.p {
	case ProfileFront:
		return 1 - (1-t)*(1-t)
	case ProfileBack:
		return t * t
	case ProfileSCurve:
		return (logistic(c.k, t) - c.l0) / c.span
	case ProfileCustom:
		if len(c.custom) == 0 || c.total <= 0 {
			return t
		}
		x := t * float64(len(c.custom))
		i := int(x)
		before := 0.0
		for _, w := range c.custom[:i] {
			before += w
		}
		return (before + (x-float64(i))*c.custom[i]) / c.total
	default:
		return t
	}
}

func logistic(k, t float64) float64 { return 1 / (1 + math.Exp(-k*(t-0.5))) }

// fillCumulative writes into dst (one entry per year of a term of len(dst)
// years) the share paid by the end of each year; the last entry is exactly 1.
func fillCumulative(dst []float64, p Profile, steepness float64, custom []float64) {
	c := newCurve(p, steepness, custom)
	n := float64(len(dst))
	for i := range dst {
		dst[i] = c.at(float64(i+1) / n)
	}
	if len(dst) > 0 {
		dst[len(dst)-1] = 1
	}
}

// spread adds value, paid along the cumulative shares cum, to out from
// index off on; the amounts add up to value exactly up to rounding of the
// last amount, which takes what the others leave.
func spread(out []float64, off int, value float64, cum []float64) {
	paid, prev := 0.0, 0.0
	last := len(cum) - 1
	for j, c := range cum {
		a := value * (c - prev)
		if j == last {
			a = value - paid
		}
		out[off+j] += a
		paid += a
		prev = c
	}
}
