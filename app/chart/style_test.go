package chart

import (
	"testing"
	"unicode/utf8"
)

func TestShortLabel(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a short name stays", "AMD", "AMD"},
		{"a trailing parenthesis goes", "Stargate LLC (SoftBank, OpenAI, Oracle, MGX)", "Stargate LLC"},
		{"a long name is cut with an ellipsis", "Oracle Cloud Infrastructure Services", "Oracle Cloud Infrastr…"},
		{"a parenthesis alone is kept", "(unnamed)", "(unnamed)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ShortLabel(tt.in)
			if got != tt.want {
				t.Errorf("ShortLabel(%q): got %q, want %q", tt.in, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > maxLabelRunes {
				t.Errorf("ShortLabel(%q) is %d runes, over %d", tt.in, n, maxLabelRunes)
			}
		})
	}
}
