//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// importFlags collects repeated -import values.
type importFlags []string

// String returns the files joined by commas.
func (f *importFlags) String() string { return strings.Join(*f, ",") }

// Set adds one file.
func (f *importFlags) Set(v string) error {
	if v == "" {
		return errors.New("empty file name")
	}
	*f = append(*f, v)
	return nil
}

// runLedger implements `computeledger ledger [-as-of YYYY-MM-DD] [-format json|csv] [-import FILE ...]`.
func runLedger(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ledger", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asOf := fs.String("as-of", "", "show the ledger as it stood on this date, YYYY-MM-DD (default: the latest deal or revision date in the ledger)")
	format := fs.String("format", "json", "output format: json or csv")
	var imports importFlags
	fs.Var(&imports, "import", "merge a file of extra deals or revisions (.json or .csv); repeatable")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: computeledger ledger [-as-of YYYY-MM-DD] [-format json|csv] [-import FILE ...]

Prints the deal ledger as it stood on a date: every deal announced on or
before it, with every revision dated on or before it applied, and the
deduplicated totals (commitments, disclosed, estimated, capacity, overlap
removed, equity inflows) next to the ~$1.4T / ~30 GW headline.

The default date is the latest deal or revision date in the ledger (not
today), so the same command always prints the same thing.

-import merges a user's file of deals (or, in CSV, of revisions when the
header has a deal_id column) through the same validator; see data/README.md
for the schema. Any problem is reported with the file, line, field and what
was expected, and the command exits 1. Bad flags exit 2.

Flags:
`)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if !checkFormat("ledger", *format, stderr) {
		return 2
	}
	var day data.Date
	if *asOf != "" {
		d, err := data.ParseDate(*asOf)
		if err != nil {
			fmt.Fprintf(stderr, "ledger: -as-of: %v\n", err)
			return 2
		}
		day = d
	}
	l, err := data.Load()
	if err != nil {
		fmt.Fprintf(stderr, "ledger: %v\n", err)
		return 1
	}
	for _, name := range imports {
		extra, err := readImport(name)
		if err != nil {
			fmt.Fprintf(stderr, "ledger: import rejected:\n%v\n", err)
			return 1
		}
		// A deal the ledger holds (a downloaded ledger imported back)
		// becomes a revision of what the file changes, dated on the -as-of
		// day or the ledger's latest date, so a run is reproducible.
		on := day
		if on.IsZero() {
			on = l.Latest()
		}
		if extra, _, err = l.Updates(extra, on); err == nil {
			l, err = l.Merge(extra)
		}
		if err != nil {
			fmt.Fprintf(stderr, "ledger: import rejected:\n%v\n", err)
			return 1
		}
	}
	if day.IsZero() {
		day = l.Latest()
	}
	v := l.AsOf(day)
	if *format == "csv" {
		// The totals do not fit the one-row-per-deal CSV; they go to
		// stderr so that stdout stays a file the importers read back.
		if err = v.WriteCSV(stdout); err == nil {
			fmt.Fprint(stderr, v.Totals.Summary())
		}
	} else {
		err = v.WriteJSON(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "ledger: writing output: %v\n", err)
		return 1
	}
	return 0
}

// readImport parses one user file by its extension.
func readImport(name string) (*data.Ledger, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".json" && ext != ".csv" {
		return nil, fmt.Errorf("%s: %w %q; want a .json or .csv file", name, data.ErrUnknownFormat, ext)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if ext == ".csv" {
		return data.ParseDealsCSV(name, f)
	}
	return data.ParseDealsJSON(name, f)
}
