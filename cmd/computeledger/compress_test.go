//go:build !wasm

package main

import "testing"

func TestNegotiate_FollowsQValues(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   encoding
	}{
		{"", identity},
		{"gzip, deflate, br", encBrotli},
		{"br;q=0.1, gzip;q=0.9", encGzip},
		{"gzip;q=0.5, br;q=0.5", encBrotli},
		{"br;q=0, gzip", encGzip},
		{"br;q=0, gzip;q=0", identity},
		{"*", encBrotli},
		{"*;q=0.2, gzip;q=0.8", encGzip},
		{"identity;q=1, br;q=0.5", identity},
		{"br;q=abc, gzip", encGzip},
	} {
		if got := negotiate(tt.header); got != tt.want {
			t.Errorf("negotiate(%q) = %d, want %d", tt.header, got, tt.want)
		}
	}
}
