package chart

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden option files in testdata/")

// checkGolden compares the indented option JSON of c with
// testdata/NAME.golden.json, or rewrites that file with -update.
func checkGolden(t *testing.T, name string, c Optioner) {
	t.Helper()
	raw, err := OptionJSON(c)
	if err != nil {
		t.Fatalf("OptionJSON: %v", err)
	}
	var got bytes.Buffer
	if err := json.Indent(&got, raw, "", "  "); err != nil {
		t.Fatalf("indenting option: %v", err)
	}
	got.WriteByte('\n')
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test ./app/chart -update to create it): %v", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("option of %s differs from %s (run go test ./app/chart -update if the change is intended)\ngot:\n%s", name, path, got.String())
	}
}
