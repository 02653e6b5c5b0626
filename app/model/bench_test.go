package model

import (
	"testing"
)

// BenchmarkRun is one full recompute of every model for one scenario (the
// explorer's cost per slider move); target <= 50 us native.
func BenchmarkRun(b *testing.B) {
	l := realLedger(b)
	s := mustPreset(b, l, PresetBase, DefaultAsOf(l))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(l, s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSolve is one solver run (closing the cumulative gap).
func BenchmarkSolve(b *testing.B) {
	l := realLedger(b)
	s := mustPreset(b, l, PresetBase, DefaultAsOf(l))
	goal := Goal{Kind: GoalGap, Year: 2030}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Solve(l, s, goal); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMonteCarlo10k is 10,000 seeded draws; target <= 250 ms in wasm.
func BenchmarkMonteCarlo10k(b *testing.B) {
	l := realLedger(b)
	s := mustPreset(b, l, PresetBase, DefaultAsOf(l))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MonteCarlo(l, s, 10_000, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSensitivity is one tornado (two runs per assumption).
func BenchmarkSensitivity(b *testing.B) {
	l := realLedger(b)
	s := mustPreset(b, l, PresetBase, DefaultAsOf(l))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Sensitivity(l, s, MetricPeakCumulativeGapUSD); err != nil {
			b.Fatal(err)
		}
	}
}
