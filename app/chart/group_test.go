package chart

import "testing"

func TestKeyLabel(t *testing.T) {
	tests := []struct {
		name  string
		group Group
		key   string
		want  string
	}{
		{"a counterparty is shortened", GroupCounterparty, "Stargate LLC (SoftBank, OpenAI, Oracle, MGX)", "Stargate LLC"},
		{"a kind is said in words", GroupKind, "cloud_purchase", "Cloud purchase"},
		{"an unknown kind is humanized", GroupKind, "power_purchase", "Power purchase"},
		{"a chip family is named", GroupChipFamily, "nvidia_gb200", "Nvidia GB200"},
		{"an unknown chip family is humanized", GroupChipFamily, "new_chip", "New chip"},
		{"the model's unknown is Unknown", GroupChipFamily, "unknown", "Unknown"},
		{"an empty key is Unknown", GroupKind, "", "Unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := KeyLabel(tt.group, tt.key); got != tt.want {
				t.Errorf("KeyLabel(%q, %q): got %q, want %q", tt.group, tt.key, got, tt.want)
			}
		})
	}
}

func TestParseGroup(t *testing.T) {
	for _, g := range Groups {
		if got, ok := ParseGroup(string(g)); !ok || got != g {
			t.Errorf("ParseGroup(%q): got %q, %v", g, got, ok)
		}
	}
	if got, ok := ParseGroup("Kind"); ok || got != GroupCounterparty {
		t.Errorf("ParseGroup(Kind): got %q, %v; want the counterparty fallback and false", got, ok)
	}
}

// FuzzParseGroup checks that any link value gives a known grouping, and
// true only for a known name.
func FuzzParseGroup(f *testing.F) {
	for _, s := range []string{"counterparty", "kind", "chip_family", "", "KIND", "chip family"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, ok := ParseGroup(s)
		known := false
		for _, k := range Groups {
			known = known || k == g
		}
		if !known || ok != (string(g) == s) {
			t.Errorf("ParseGroup(%q) = %q, %v", s, g, ok)
		}
		q, ok := ParseFanQuantity(s)
		if ok != (string(q) == s) || q.view().title == "" {
			t.Errorf("ParseFanQuantity(%q) = %q, %v", s, q, ok)
		}
	})
}
