//go:build wasm

package main

import "io"

// runCLI is never reached in the browser: the command line, the server and
// the static build are native only, so that none of them ends up in
// app.wasm.
func runCLI(args []string, stdout, stderr io.Writer) int { return 0 }
