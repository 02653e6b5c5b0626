package ui

import "testing"

func TestFormatUSD(t *testing.T) {
	tests := []struct {
		usd  float64
		want string
	}{
		{1.4e12, "$1.40T"},
		{38e9, "$38.0B"},
		{22.4e9, "$22.4B"},
		{350e6, "$350M"},
		{0, "$0"},
		{-12e9, "-$12.0B"},
		{999, "$999"},
	}
	for _, tt := range tests {
		if got := formatUSD(tt.usd); got != tt.want {
			t.Errorf("formatUSD(%v): got %q, want %q", tt.usd, got, tt.want)
		}
	}
}

func TestFormatGW(t *testing.T) {
	if got, want := formatGW(30), "30.0 GW"; got != want {
		t.Errorf("formatGW(30): got %q, want %q", got, want)
	}
}
