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
	names := []string{"v", "preset", "as_of", "kw.<family>", "val.<deal>", "start.<deal>", "term.<deal>", "gw.<deal>", "prof.<deal>"}
	for _, w := range WordParams() {
		names = append(names, w.Key)
	}
	for _, p := range listParams {
		names = append(names, p.Key)
	}
	for _, p := range Params() {
		names = append(names, p.Key)
	}
	for _, n := range names {
		if !strings.Contains(readme, "| `"+n+"` |") {
			t.Errorf("README.md has no table row for parameter %s", n)
		}
	}
	// Each registry entry's row gives its JSON field, unit and range as
	// the registry does.
	for _, p := range append(Params(), kwParam, valueParam, startParam, termParam, gwParam) {
		field := p.Field
		if p.Key == kwParam.Key {
			field = "kw_per_accelerator"
		}
		row := "| `" + p.Key + "` | `" + field + "` | " + p.Unit + " | "
		i := strings.Index(readme, row)
		if i < 0 {
			t.Errorf("README.md has no row starting %q", row)
			continue
		}
		line, _, _ := strings.Cut(readme[i:], "\n")
		if r := formatNumber(p.Min) + " to " + formatNumber(p.Max); !strings.Contains(line, r) {
			t.Errorf("README.md's row of %s does not give the range %s: %s", p.Key, r, line)
		}
	}
	for _, n := range PresetNames {
		if !strings.Contains(readme, "| `"+n+"` | "+PresetDescriptions[n]+" |") {
			t.Errorf("README.md does not describe preset %s as the code does", n)
		}
	}
}
