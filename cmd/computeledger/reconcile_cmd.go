//go:build !wasm

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// runReconcile implements `computeledger reconcile [-as-of YYYY-MM-DD] [-scenario NAME] [-format json|csv]`.
func runReconcile(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("reconcile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asOf := fs.String("as-of", data.ClaimDate.String(), "ledger date YYYY-MM-DD (default: the claim's date)")
	scenario := fs.String("scenario", model.DefaultPreset, "preset whose OpenAI obligations are set beside the ledger's commitments: "+strings.Join(model.PresetNames, ", "))
	format := fs.String("format", "json", "output format: json or csv")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: computeledger reconcile [-as-of YYYY-MM-DD] [-scenario NAME] [-format json|csv]

Reconciles the ~$1.4T / ~30 GW / ~25 million homes claim with the ledger as
of a date (default 2025-11-06, the claim's date), exactly as the explorer's
Reconcile view shows it: the dollar waterfall (disclosed values, estimates
by assumption, overlaps removed, the claim's remainder on the undisclosed
deals), the capacity waterfall (chip deals, sites, sites inside other deals,
the unsized chips in sites), the homes arithmetic with its inputs, and the
ledger's commitments beside the scenario's OpenAI obligations. Every step
lists the ids of the deals behind it.

Flags:
`)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if !checkFormat("reconcile", *format, stderr) {
		return 2
	}
	if !slices.Contains(model.PresetNames, *scenario) {
		fmt.Fprintf(stderr, "reconcile: -scenario %q: want one of %s\n", *scenario, strings.Join(model.PresetNames, ", "))
		return 2
	}
	day, err := data.ParseDate(*asOf)
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: -as-of: %v\n", err)
		return 2
	}
	l, err := data.Load()
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return 1
	}
	s, err := model.Preset(l, *scenario, day)
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return 1
	}
	r, err := model.Run(l, s)
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return 1
	}
	c, err := model.Reconcile(l, r)
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return 1
	}
	if *format == "csv" {
		err = c.WriteCSV(stdout)
	} else {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(c)
	}
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: writing the output: %v\n", err)
		return 1
	}
	return 0
}
