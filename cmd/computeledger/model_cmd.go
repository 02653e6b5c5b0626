//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// runModel implements `computeledger model [-scenario NAME] [-query 'k=v&...'] [-as-of YYYY-MM-DD] [-format json|csv]`.
func runModel(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("model", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scenario := fs.String("scenario", model.DefaultPreset, "preset to start from: "+strings.Join(model.AllPresetNames(), ", "))
	query := fs.String("query", "", "the explorer's URL query (k=v&...) or a whole shared link; its parameters apply on top of the preset")
	asOf := fs.String("as-of", "", "ledger date YYYY-MM-DD (default: the query's as_of, else the latest deal or revision date)")
	format := fs.String("format", "json", "output format: json or csv")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: computeledger model [-scenario NAME] [-query 'k=v&...'] [-as-of YYYY-MM-DD] [-format json|csv]

Runs the spend, capacity and funding models headless, exactly as the
explorer does, and prints the resolved scenario, one row per year from the
first committed year through the last, and the totals with the solver's
answer (the revenue growth that makes the plan pay for itself).

Presets:
`)
		for _, name := range model.AllPresetNames() {
			fmt.Fprintf(stderr, "  %-10s %s\n", name, model.PresetDescription(name))
		}
		fmt.Fprint(stderr, `
-query takes the query string of a shared explorer link, or the whole link,
so any view can be reproduced. Every parameter, its unit, accepted range
and default is listed in app/model/README.md. -scenario and -as-of, when
given, win over the query's preset and as_of.

A publication's preset (hsbc_2025_11, ...) reads the ledger as of the
publication's date and adds a "publication" block to the JSON: its
figures beside this model under its assumptions and under base
(computeledger estimates prints every publication).

JSON: {"scenario": ..., "years": [...], "totals": {...}, ...}. CSV: one row
per year with a header row. A bad query (unknown parameter, malformed or
out-of-range value) exits 1 naming the parameter; bad flags exit 2.

Flags:
`)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if !checkFormat("model", *format, stderr) {
		return 2
	}
	if !model.IsPreset(*scenario) {
		fmt.Fprintf(stderr, "model: -scenario %q: want one of %s\n", *scenario, strings.Join(model.AllPresetNames(), ", "))
		return 2
	}
	if *asOf != "" {
		if _, err := data.ParseDate(*asOf); err != nil {
			fmt.Fprintf(stderr, "model: -as-of: %v\n", err)
			return 2
		}
	}
	q, err := parseQueryFlag(*query)
	if err != nil {
		fmt.Fprintf(stderr, "model: -query: %v\n", err)
		return 1
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["scenario"] || !q.Has("preset") {
		q.Set("preset", *scenario)
	}
	if *asOf != "" {
		q.Set("as_of", *asOf)
	}

	l, err := data.Load()
	if err != nil {
		fmt.Fprintf(stderr, "model: %v\n", err)
		return 1
	}
	s, err := model.ParseQueryStrict(l, q)
	if err != nil {
		var ps model.Problems
		if errors.As(err, &ps) {
			for _, p := range ps {
				fmt.Fprintf(stderr, "model: -query: %v\n", p)
			}
		} else {
			fmt.Fprintf(stderr, "model: %v\n", err)
		}
		return 1
	}
	r, err := model.Run(l, s)
	if err != nil {
		fmt.Fprintf(stderr, "model: %v\n", err)
		return 1
	}
	if *format == "csv" {
		err = r.WriteCSV(stdout)
	} else {
		out := modelJSON{Result: r}
		if e, ok, perr := model.EstimateFor(l, s.Preset); perr != nil {
			fmt.Fprintf(stderr, "model: %v\n", perr)
			return 1
		} else if ok {
			out.Publication = &e
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(out)
	}
	if err != nil {
		fmt.Fprintf(stderr, "model: writing the output: %v\n", err)
		return 1
	}
	return 0
}

// modelJSON is the JSON of `computeledger model`: the result, and for a
// publication's preset the comparison with the publication.
type modelJSON struct {
	model.Result
	Publication *model.Estimate `json:"publication,omitempty"`
}

// parseQueryFlag reads -query: a bare query string (with or without a
// leading '?') or a whole URL, whose query it takes.
func parseQueryFlag(raw string) (url.Values, error) {
	raw = strings.TrimSpace(raw)
	if strings.Contains(raw, "://") || strings.HasPrefix(raw, "/") {
		u, err := url.Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("%q is not a link: %w", raw, err)
		}
		raw = u.RawQuery
	} else if _, after, ok := strings.Cut(raw, "?"); ok {
		raw = after
	}
	q, err := url.ParseQuery(raw)
	if err != nil {
		return nil, fmt.Errorf("%q is not a query string: %w", raw, err)
	}
	return q, nil
}
