package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"math"
	"testing"
)

func TestFormatCount(t *testing.T) {
	tests := []struct {
		n           float64
		long, short string
	}{
		{15.09e6, "15.1 million", "15.1M"},
		{2.34e9, "2.3 billion", "2.3B"},
		{950000, "950,000", "950k"},
		{1234, "1,234", "1,234"},
		{-1234567, "-1.2 million", "-1.2M"},
		{math.NaN(), "–", "–"},
	}
	for _, tt := range tests {
		if got := formatCount(tt.n); got != tt.long {
			t.Errorf("formatCount(%v): got %q, want %q", tt.n, got, tt.long)
		}
		if got := formatCountShort(tt.n); got != tt.short {
			t.Errorf("formatCountShort(%v): got %q, want %q", tt.n, got, tt.short)
		}
	}
}

func TestFormatPercent(t *testing.T) {
	for _, tt := range []struct {
		f    float64
		want string
	}{{0.4566, "45.7%"}, {0.05884, "5.9%"}, {-0.2, "-20.0%"}, {math.Inf(1), "–"}} {
		if got := formatPercent(tt.f); got != tt.want {
			t.Errorf("formatPercent(%v): got %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want string
	}{{0.1 + 0.2, "0.3"}, {1.2, "1.2"}, {42.5, "42.5"}, {2e10, "20000000000"}, {1e-12, "0.000000000001"}, {math.NaN(), "0"}} {
		if got := formatNumber(tt.v); got != tt.want {
			t.Errorf("formatNumber(%v): got %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestFormatYear(t *testing.T) {
	if got := formatYear(0, "never"); got != "never" {
		t.Errorf("got %q", got)
	}
	if got := formatYear(2031, "never"); got != "2031" {
		t.Errorf("got %q", got)
	}
}

// A tile and a chart's summary show one energy the same way (a tile said
// 99.7 TWh where the power chart's summary said 100 TWh).
func TestFormatTWh_TilesAndChartsAgree(t *testing.T) {
	for _, twh := range []float64{0, 0.04, 5.66, 99.4, 99.5, 99.7, 100, 241.4, 1234.5} {
		if got, chart := formatTWh(twh), chart.FormatTWh(twh); got != chart {
			t.Errorf("%v TWh: a tile shows %q, a chart %q", twh, got, chart)
		}
	}
}
