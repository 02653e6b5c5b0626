package ui

import (
	"math"
	"testing"
)

func TestFieldNumber(t *testing.T) {
	cases := []struct {
		name    string
		v, step float64
		want    string
	}{
		{"a derived growth rate shows one decimal in steps of 1", 96.564309029, 1, "96.6"},
		{"a power per accelerator shows three decimals in steps of 0.01", 1.6666666, 0.01, "1.667"},
		{"a value at the field's precision shows as it is", 1.7, 0.01, "1.7"},
		{"a whole number has no decimals", 2030, 1, "2030"},
		{"a cost in steps of 0.5 shows two decimals", 17.2222222, 0.5, "17.22"},
		{"a tiny value that would round to 0 is shown exactly", 0.0001, 1, "0.0001"},
		{"without a step the exact value is shown", 96.564309029, 0, "96.564309029"},
		{"NaN shows 0", math.NaN(), 1, "0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := fieldNumber(c.v, c.step); got != c.want {
				t.Errorf("fieldNumber(%v, %v): got %q, want %q", c.v, c.step, got, c.want)
			}
		})
	}
}
