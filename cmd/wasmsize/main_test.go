package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// section returns a WebAssembly section: its id, its size, its body.
func section(id byte, body []byte) []byte {
	return append(append([]byte{id}, binary.AppendUvarint(nil, uint64(len(body)))...), body...)
}

func name(s string) []byte { return append(binary.AppendUvarint(nil, uint64(len(s))), s...) }

// testModule is a module with one imported function and three defined
// ones (code bodies of 5, 7 and 11 bytes) named after two packages.
func testModule(withNames bool) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	imports := append([]byte{1}, name("go")...)
	imports = append(imports, name("debug")...)
	imports = append(imports, 0, 0) // a function of type 0
	b = append(b, section(2, imports)...)
	code := []byte{3}
	for _, n := range []int{5, 7, 11} {
		code = append(code, byte(n))
		code = append(code, bytes.Repeat([]byte{0x0b}, n)...)
	}
	b = append(b, section(10, code)...)
	b = append(b, section(11, make([]byte, 40))...)
	if withNames {
		funcs := []byte{4}
		for i, s := range []string{"go.debug", "github.com_computeledger_computeledger_app_ui.__Explorer_.Render", "fmt.__pp_.doPrint", "fmt.Sprintf"} {
			funcs = append(funcs, byte(i))
			funcs = append(funcs, name(s)...)
		}
		custom := append(name("name"), 1)
		custom = append(custom, binary.AppendUvarint(nil, uint64(len(funcs)))...)
		b = append(b, section(0, append(custom, funcs...))...)
	}
	return b
}

func TestParseModuleAndReport(t *testing.T) {
	m, err := parseModule(testModule(true))
	if err != nil {
		t.Fatal(err)
	}
	if m.imported != 1 || len(m.codeBytes) != 3 || m.dataBytes != 40 {
		t.Fatalf("imported %d, functions %v, data %d; want 1, [5 7 11], 40", m.imported, m.codeBytes, m.dataBytes)
	}
	var out strings.Builder
	report(&out, m, 100, 10)
	for _, want := range []string{
		"code 23 (3 functions), data 40",
		"        18  78.3%  std: fmt",
		"         5  21.7%  github.com/computeledger/computeledger/app/ui",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestParseModule_SaysWhatIsWrong(t *testing.T) {
	if _, err := parseModule(testModule(false)); !errors.Is(err, errNoNames) {
		t.Errorf("stripped module: %v, want errNoNames", err)
	}
	if _, err := parseModule([]byte("\x7fELF....")); err == nil || !strings.Contains(err.Error(), "not a WebAssembly binary") {
		t.Errorf("ELF file: %v", err)
	}
	cut := testModule(true)
	if _, err := parseModule(cut[:len(cut)-9]); err == nil {
		t.Error("a truncated module parsed")
	}
}

func TestPackageOf(t *testing.T) {
	for sym, want := range map[string]string{
		"fmt.Sprintf":       "fmt",
		"fmt.__pp_.doPrint": "fmt",
		"crypto_internal_fips140_nistec.P256Point.Add":     "crypto_internal_fips140_nistec",
		"github.com_go_echarts_go_echarts_v2_opts.Title.x": "github.com_go_echarts_go_echarts_v2_opts",
		"type:.eq.main.T":                    "(type and runtime tables)",
		"slices.pdqsortCmpFunc_go.shape.int": "slices",
	} {
		if got := packageOf(sym); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", sym, got, want)
		}
	}
}

// FuzzParseModule: any input gives a module or an error, never a panic.
func FuzzParseModule(f *testing.F) {
	f.Add(testModule(true))
	f.Add(testModule(false))
	f.Add([]byte("\x00asm\x01\x00\x00\x00\x0a\xff\xff\xff\xff\x0f"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if m, err := parseModule(b); err == nil {
			var out strings.Builder
			report(&out, m, len(b), 5)
		}
	})
}
