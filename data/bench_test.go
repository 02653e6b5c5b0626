package data

import "testing"

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAsOf(b *testing.B) {
	l := MustLoad()
	day := MustDate("2026-07-01")
	b.ReportAllocs()
	for b.Loop() {
		l.AsOf(day)
	}
}

func BenchmarkValidate(b *testing.B) {
	l := MustLoad()
	b.ReportAllocs()
	for b.Loop() {
		if err := l.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
