// Command wasmsize prints what each Go package adds to a WebAssembly
// binary built by Go: the bytes of its functions' code, from the binary's
// name section (so the binary must be built without -ldflags=-s), and the
// data segment's bytes. `make wasm-size` builds such a binary of the app
// and runs this on it.
//
//	wasmsize [-top N] app.wasm
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	top := flag.Int("top", 30, "packages to list, largest first")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: wasmsize [-top N] file.wasm\n\nPrints the code bytes of each Go package in a WebAssembly binary built without -ldflags=-s.")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	m, err := parseModule(b)
	if err != nil {
		fmt.Fprintf(os.Stderr, "wasmsize: %s: %v\n", flag.Arg(0), err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	report(w, m, len(b), *top)
}

// module is what the breakdown needs of a WebAssembly binary.
type module struct {
	imported  int            // imported functions, which come first in the index space
	codeBytes []int          // each defined function's body size
	names     map[int]string // function index to name (name section)
	dataBytes int            // the data section's size
}

// errNoNames says the binary carries no function names.
var errNoNames = errors.New("no name section: build it without -ldflags=-s (make wasm-size does)")

// parseModule reads the sections of a WebAssembly binary.
func parseModule(b []byte) (*module, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly binary (no \\0asm header)")
	}
	r := bytes.NewReader(b[8:])
	m := &module{names: map[int]string{}}
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		size, err := binary.ReadUvarint(r)
		if err != nil || size > uint64(r.Len()) {
			return nil, fmt.Errorf("section %d: bad size", id)
		}
		body := make([]byte, size)
		if _, err := io.ReadFull(r, body); err != nil {
			return nil, err
		}
		switch id {
		case 0:
			if err := m.readCustom(body); err != nil {
				return nil, err
			}
		case 2:
			n, err := countFuncImports(body)
			if err != nil {
				return nil, fmt.Errorf("import section: %w", err)
			}
			m.imported = n
		case 10:
			if err := m.readCode(body); err != nil {
				return nil, fmt.Errorf("code section: %w", err)
			}
		case 11:
			m.dataBytes = len(body)
		}
	}
	if len(m.names) == 0 {
		return nil, errNoNames
	}
	return m, nil
}

func readName(r *bytes.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()) {
		return "", errors.New("bad name")
	}
	s := make([]byte, n)
	_, err = io.ReadFull(r, s)
	return string(s), err
}

// countFuncImports returns how many of the imports are functions.
func countFuncImports(body []byte) (int, error) {
	r := bytes.NewReader(body)
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, err
	}
	funcs := 0
	for i := uint64(0); i < n; i++ {
		for j := 0; j < 2; j++ { // module and field names
			if _, err := readName(r); err != nil {
				return 0, err
			}
		}
		kind, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0: // function: type index
			funcs++
			_, err = binary.ReadUvarint(r)
		case 1: // table: element type, limits
			if _, err = r.ReadByte(); err == nil {
				err = skipLimits(r)
			}
		case 2: // memory: limits
			err = skipLimits(r)
		case 3: // global: value type, mutability
			_, err = r.Seek(2, io.SeekCurrent)
		default:
			err = fmt.Errorf("import kind %d", kind)
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

func skipLimits(r *bytes.Reader) error {
	flags, err := r.ReadByte()
	if err != nil {
		return err
	}
	if _, err := binary.ReadUvarint(r); err != nil {
		return err
	}
	if flags&1 != 0 {
		_, err = binary.ReadUvarint(r)
	}
	return err
}

func (m *module) readCode(body []byte) error {
	r := bytes.NewReader(body)
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return err
	}
	for i := uint64(0); i < n; i++ {
		size, err := binary.ReadUvarint(r)
		if err != nil || size > uint64(r.Len()) {
			return fmt.Errorf("function %d: bad size", i)
		}
		m.codeBytes = append(m.codeBytes, int(size))
		if _, err := r.Seek(int64(size), io.SeekCurrent); err != nil {
			return err
		}
	}
	return nil
}

// readCustom reads the function names of the "name" custom section.
func (m *module) readCustom(body []byte) error {
	r := bytes.NewReader(body)
	name, err := readName(r)
	if err != nil || name != "name" {
		return nil // another custom section
	}
	for r.Len() > 0 {
		sub, err := r.ReadByte()
		if err != nil {
			return err
		}
		size, err := binary.ReadUvarint(r)
		if err != nil || size > uint64(r.Len()) {
			return errors.New("name section: bad subsection size")
		}
		if sub != 1 {
			r.Seek(int64(size), io.SeekCurrent)
			continue
		}
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return err
		}
		for i := uint64(0); i < n; i++ {
			idx, err := binary.ReadUvarint(r)
			if err != nil {
				return err
			}
			s, err := readName(r)
			if err != nil {
				return err
			}
			m.names[int(idx)] = s
		}
	}
	return nil
}

// packageOf returns the Go package of a function's name as Go's linker
// writes it into the name section, with each "/" of the import path as
// "_": "github.com_a_b.(*T).M" is github.com_a_b, "fmt.Sprintf" is fmt.
func packageOf(sym string) string {
	if strings.HasPrefix(sym, "type:") || strings.HasPrefix(sym, "type_") || strings.HasPrefix(sym, "go:") || strings.HasPrefix(sym, "go_") {
		return "(type and runtime tables)"
	}
	from := 0
	for _, host := range hosts {
		if strings.HasPrefix(sym, host+"_") {
			from = len(host) // past the host's dot
		}
	}
	if dot := strings.Index(sym[from:], "."); dot >= 0 {
		return sym[:from+dot]
	}
	return sym
}

// hosts are the module hosts whose dot is not the end of a package name.
var hosts = []string{"github.com", "golang.org", "google.golang.org", "gopkg.in"}

// modules are the third-party modules reported as one line each, by their
// mangled import path.
var modules = map[string]string{
	"github.com_maxence_charriere_go_app_v10": "github.com/maxence-charriere/go-app/v10",
	"github.com_go_echarts_go_echarts_v2":     "github.com/go-echarts/go-echarts/v2",
}

// ownPrefix is the mangled import path of this module's packages, each
// reported on a line of its own.
const ownPrefix = "github.com_computeledger_computeledger_"

// groupOf returns the line a package is reported under: one of this
// module's packages, a third-party module, or a top directory of the
// standard library (crypto, encoding, net, ...).
func groupOf(pkg string) string {
	if strings.HasPrefix(pkg, ownPrefix) {
		return "github.com/computeledger/computeledger/" + strings.ReplaceAll(strings.TrimPrefix(pkg, ownPrefix), "_", "/")
	}
	for prefix, name := range modules {
		if strings.HasPrefix(pkg, prefix) {
			return name
		}
	}
	for _, host := range hosts {
		if strings.HasPrefix(pkg, host+"_") {
			return strings.ReplaceAll(pkg, "_", "/")
		}
	}
	return "std: " + strings.SplitN(pkg, "_", 2)[0]
}

func report(w io.Writer, m *module, fileBytes, top int) {
	sizes := map[string]int{}
	total := 0
	for i, n := range m.codeBytes {
		name, ok := m.names[m.imported+i]
		if !ok {
			name = "(unnamed)"
		}
		sizes[groupOf(packageOf(name))] += n
		total += n
	}
	type row struct {
		name  string
		bytes int
	}
	rows := make([]row, 0, len(sizes))
	for k, v := range sizes {
		rows = append(rows, row{k, v})
	}
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].bytes > rows[j].bytes || rows[i].bytes == rows[j].bytes && rows[i].name < rows[j].name
	})
	fmt.Fprintf(w, "%d bytes: code %d (%d functions), data %d, the rest %d\n\n", fileBytes, total, len(m.codeBytes), m.dataBytes, fileBytes-total-m.dataBytes)
	fmt.Fprintf(w, "%10s %6s  %s\n", "code bytes", "share", "package")
	for i, r := range rows {
		if i == top {
			rest := 0
			for _, x := range rows[i:] {
				rest += x.bytes
			}
			fmt.Fprintf(w, "%10d %5.1f%%  (%d more)\n", rest, 100*float64(rest)/float64(total), len(rows)-i)
			break
		}
		fmt.Fprintf(w, "%10d %5.1f%%  %s\n", r.bytes, 100*float64(r.bytes)/float64(total), r.name)
	}
}
