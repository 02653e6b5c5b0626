package model

import (
	"errors"
	"math"
	"strconv"
	"testing"
)

func TestFormatNumber_IsShortExactAndURLSafe(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{{1e9, "1e9"}, {3.8e10, "3.8e10"}, {1.4e12, "1.4e12"}, {0.25, "0.25"}, {1e-7, "1e-7"}, {2025, "2025"}, {-0.5, "-0.5"}, {0, "0"}}
	for _, tt := range tests {
		got := formatNumber(tt.in)
		if got != tt.want {
			t.Errorf("formatNumber(%g) = %q, want %q", tt.in, got, tt.want)
		}
		if back, err := strconv.ParseFloat(got, 64); err != nil || back != tt.in {
			t.Errorf("%q reads back as %g (%v), want %g", got, back, err, tt.in)
		}
	}
}

func TestParseNumber_AcceptsSuffixesAndRejectsTheRest(t *testing.T) {
	good := []struct {
		in   string
		want float64
	}{{"38B", 38e9}, {"1.4T", 1.4e12}, {"500M", 500e6}, {"20k", 20e3}, {"45%", 0.45}, {"1e9", 1e9}, {"-0.5", -0.5}}
	for _, tt := range good {
		if got, err := parseNumber(tt.in); err != nil || got != tt.want {
			t.Errorf("parseNumber(%q) = %g, %v; want %g", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "B", "NaN", "Inf", "-inf", "1e999", "0x10", "1_000", "1eB", "12 B", "1,5"} {
		if got, err := parseNumber(in); !errors.Is(err, ErrMalformed) {
			t.Errorf("parseNumber(%q) = %g, %v; want ErrMalformed", in, got, err)
		}
	}
	if _, err := parseNumber("1e308"); err != nil || math.IsInf(1e308, 0) {
		t.Errorf("1e308: %v", err)
	}
}
