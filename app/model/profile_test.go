package model

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// shares returns the yearly shares of a profile over a term of n years.
func shares(p Profile, n int, custom []float64) []float64 {
	cum := make([]float64, n)
	fillCumulative(cum, p, defaultSteepness, custom)
	out := make([]float64, n)
	spread(out, 0, 1, cum)
	return out
}

func TestProfiles_SpreadAValueAsDocumented(t *testing.T) {
	tests := []struct {
		name    string
		profile Profile
		n       int
		custom  []float64
		want    []float64
	}{
		{"even pays equal shares", ProfileEven, 4, nil, []float64{0.25, 0.25, 0.25, 0.25}},
		{"front-loaded shares fall linearly", ProfileFront, 2, nil, []float64{0.75, 0.25}},
		{"front-loaded shares over four years", ProfileFront, 4, nil, []float64{7.0 / 16, 5.0 / 16, 3.0 / 16, 1.0 / 16}},
		{"back-loaded shares rise linearly", ProfileBack, 2, nil, []float64{0.25, 0.75}},
		{"a one-year term pays everything at once", ProfileSCurve, 1, nil, []float64{1}},
		{"custom shares of the term's length are used as given", ProfileCustom, 2, []float64{1, 3}, []float64{0.25, 0.75}},
		{"custom shares stretch over a longer term", ProfileCustom, 4, []float64{1, 3}, []float64{0.125, 0.125, 0.375, 0.375}},
		{"custom shares squeeze into a shorter term", ProfileCustom, 1, []float64{1, 3}, []float64{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shares(tt.profile, tt.n, tt.custom)
			for i := range got {
				if math.Abs(got[i]-tt.want[i]) > 1e-12 {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestProfiles_SCurveIsSymmetricAndPeaksInTheMiddle(t *testing.T) {
	got := shares(ProfileSCurve, 7, nil)
	for i := range got {
		if math.Abs(got[i]-got[len(got)-1-i]) > 1e-12 {
			t.Fatalf("got %v, want a symmetric curve", got)
		}
	}
	if slices.Max(got) != got[3] {
		t.Fatalf("got %v, want the largest share in the middle year", got)
	}
}

// TestSpread_YearlyAmountsSumToTheValue is the property behind "the yearly
// amounts add up exactly to the deal's value", over random terms, values
// and every profile.
func TestSpread_YearlyAmountsSumToTheValue(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		p := Profiles[i%len(Profiles)]
		n := 1 + rng.IntN(40)
		value := rng.Float64() * 1e12
		custom := []float64{rng.Float64(), rng.Float64() * 5, 0, rng.Float64()}
		cum := make([]float64, n)
		fillCumulative(cum, p, 1+rng.Float64()*19, custom)
		out := make([]float64, n+2)
		spread(out, 1, value, cum)
		sum := 0.0
		for j, a := range out {
			if a < -1e-6*value {
				t.Fatalf("%s over %d years: amount %d is %g, want none negative", p, n, j, a)
			}
			sum += a
		}
		if math.Abs(sum-value) > 1e-12*value {
			t.Fatalf("%s over %d years: amounts sum to %.17g, want %.17g", p, n, sum, value)
		}
		if out[0] != 0 || out[n+1] != 0 {
			t.Fatalf("%s over %d years: amounts outside the term: %v", p, n, out)
		}
	}
}
