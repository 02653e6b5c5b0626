//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is one subcommand of the command line.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands lists the subcommands in the order help shows them.
func commands() []command {
	return []command{
		{"serve", "serve the explorer over HTTP (the default)", runServe},
		{"build", "write the explorer as a static site any file server can host", runBuild},
		{"ledger", "print the deal ledger as of a date, as JSON or CSV", runLedger},
		{"model", "run the spend, capacity and funding models for a scenario or a shared link", runModel},
		{"estimates", "set published analyses beside this model under their assumptions and under base", runEstimates},
		{"reconcile", "reconcile the $1.4T / 30 GW / 25 million homes claim with the ledger, step by step", runReconcile},
		{"compress", "write brotli and gzip variants of files, for the server and static hosts", runCompress},
		{"version", "print the version of the program and its data", runVersion},
	}
}

// runCLI runs the subcommand named by args[0] and returns the exit code:
// 0 for success, 1 for a failure, 2 for a usage error. With no subcommand,
// or with flags only, it serves.
func runCLI(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && !isHelp(args[0]) {
		return runServe(args, stdout, stderr)
	}
	if isHelp(args[0]) || args[0] == "help" {
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "computeledger: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// parseFlags parses a subcommand's flags and allows no other argument. It
// returns done true with the exit code when the command must stop there:
// 0 after -h, 2 after a bad flag or a stray argument (with the usage).
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (code int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return 2, true
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return 2, true
	}
	return 0, false
}

// checkFormat reports whether format is json or csv, and says otherwise.
func checkFormat(command, format string, stderr io.Writer) bool {
	if format == "json" || format == "csv" {
		return true
	}
	fmt.Fprintf(stderr, "%s: -format %q: want json or csv\n", command, format)
	return false
}

func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help"
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Compute Ledger: OpenAI's compute commitments, sourced and modelled.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: computeledger [command] [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'computeledger COMMAND -h' for the flags of a command.")
}
