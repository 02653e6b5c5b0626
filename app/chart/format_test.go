package chart

import (
	"math"
	"strings"
	"testing"
)

func TestFormatUSD(t *testing.T) {
	tests := []struct {
		usd  float64
		want string
	}{
		{1.4e12, "$1.40T"},
		{1.228e12, "$1.23T"},
		{38e9, "$38.0B"},
		{22.4e9, "$22.4B"},
		{999.96e9, "$1.00T"},
		{350e6, "$350M"},
		{999.96e6, "$1.0B"},
		{999, "$999"},
		{0, "$0"},
		{0.4, "$0"},
		{-0.4, "$0"},
		{-12e9, "-$12.0B"},
		{-1.5e12, "-$1.50T"},
		{math.NaN(), "n/a"},
		{math.Inf(-1), "n/a"},
	}
	for _, tt := range tests {
		if got := FormatUSD(tt.usd); got != tt.want {
			t.Errorf("FormatUSD(%v): got %q, want %q", tt.usd, got, tt.want)
		}
	}
}

func TestShortUSD(t *testing.T) {
	tests := []struct {
		usd  float64
		want string
	}{
		{38e9, "$38B"}, {22.4e9, "$22.4B"}, {1.4e12, "$1.4T"}, {1e12, "$1T"}, {350e6, "$350M"}, {-70e9, "-$70B"}, {0, "$0"},
	}
	for _, tt := range tests {
		if got := shortUSD(tt.usd); got != tt.want {
			t.Errorf("shortUSD(%v): got %q, want %q", tt.usd, got, tt.want)
		}
	}
}

func TestFormatGW(t *testing.T) {
	tests := []struct {
		gw   float64
		want string
	}{
		{30, "30.0 GW"}, {30.58, "30.6 GW"}, {0.04, "0.0 GW"}, {-0.04, "0.0 GW"}, {-1.3, "-1.3 GW"}, {math.NaN(), "n/a"},
	}
	for _, tt := range tests {
		if got := FormatGW(tt.gw); got != tt.want {
			t.Errorf("FormatGW(%v): got %q, want %q", tt.gw, got, tt.want)
		}
	}
}

func TestFormatPercent(t *testing.T) {
	if got, want := FormatPercent(0.058846), "5.9%"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := FormatPercent(math.Inf(1)), "n/a"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFormatMillions(t *testing.T) {
	tests := []struct {
		n    float64
		want string
	}{
		{15089086, "15.1 million"}, {950000, "1.0 million"}, {362503, "362,503"}, {-1234, "-1,234"}, {0, "0"},
	}
	for _, tt := range tests {
		if got := formatMillions(tt.n); got != tt.want {
			t.Errorf("formatMillions(%v): got %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestRound_NeverGivesWhatJSONCannotHold(t *testing.T) {
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64, -math.MaxFloat64, -0.0001} {
		got := round(x, 3)
		if math.IsNaN(got) || math.IsInf(got, 0) || math.Signbit(got) && got == 0 {
			t.Errorf("round(%v): got %v", x, got)
		}
	}
}

// FuzzFormatUSD checks that any amount formats to a short dollar string
// that never shows NaN or an infinity.
func FuzzFormatUSD(f *testing.F) {
	for _, v := range []float64{0, 1.4e12, -12e9, 999.96e6, math.NaN(), math.Inf(1), 5e-324} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, usd float64) {
		s := FormatUSD(usd)
		if s == notAvailable {
			if !math.IsNaN(usd) && !math.IsInf(usd, 0) {
				t.Errorf("FormatUSD(%v) = n/a for a finite amount", usd)
			}
			return
		}
		if !strings.HasPrefix(strings.TrimPrefix(s, "-"), "$") || strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
			t.Errorf("FormatUSD(%v) = %q", usd, s)
		}
		if strings.HasPrefix(s, "-") != (usd < 0 && s != "$0") {
			t.Errorf("FormatUSD(%v) = %q has the wrong sign", usd, s)
		}
		if short := shortUSD(usd); len(short) > len(s) {
			t.Errorf("shortUSD(%v) = %q is longer than %q", usd, short, s)
		}
	})
}
