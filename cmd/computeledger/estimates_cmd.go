//go:build !wasm

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// runEstimates implements `computeledger estimates [-format json|csv]`.
func runEstimates(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("estimates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json or csv")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: computeledger estimates [-format json|csv]

Reproduces the published analyses of data/publications.json: for each
publication and each of its figures, the published value, this model under
the publication's stated assumptions (its preset, as of its date), this
model under base (as of the same date), the differences and why. A
reproduction more than 15% off names the assumption the publication does
not state that explains it.

JSON: an array of publications, each with "stated", "not_stated" and
"rows". CSV: one row per figure with a header row.

Flags:
`)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if !checkFormat("estimates", *format, stderr) {
		return 2
	}
	l, err := data.Load()
	if err != nil {
		fmt.Fprintf(stderr, "estimates: %v\n", err)
		return 1
	}
	es, err := model.Estimates(l)
	if err != nil {
		fmt.Fprintf(stderr, "estimates: %v\n", err)
		return 1
	}
	if *format == "csv" {
		err = model.WriteEstimatesCSV(stdout, es)
	} else {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(es)
	}
	if err != nil {
		fmt.Fprintf(stderr, "estimates: writing the output: %v\n", err)
		return 1
	}
	return 0
}
