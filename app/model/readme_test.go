package model

import (
	"os"
	"strings"
	"testing"
)

// TestREADME_DocumentsEveryParameterAndPreset keeps the parameter table of
// README.md in step with the parser.
func TestREADME_DocumentsEveryParameterAndPreset(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	names := []string{"v", "preset", "as_of", "binding", "inc", "exc", "vals", "pay", "profile", "shares", "rev", "rev_pts", "solve",
		"kw.<family>", "val.<deal>", "start.<deal>", "term.<deal>", "gw.<deal>", "prof.<deal>"}
	for _, p := range Params() {
		names = append(names, p.Key)
	}
	for _, n := range names {
		if !strings.Contains(readme, "| `"+n+"` |") {
			t.Errorf("README.md has no table row for parameter %s", n)
		}
	}
	for _, n := range PresetNames {
		if !strings.Contains(readme, "| `"+n+"` | "+PresetDescriptions[n]+" |") {
			t.Errorf("README.md does not describe preset %s as the code does", n)
		}
	}
}
