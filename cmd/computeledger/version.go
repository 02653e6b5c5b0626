//go:build !wasm

package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// runVersion implements `computeledger version`.
func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "Usage: computeledger version")
		if isHelp(args[0]) {
			return 0
		}
		return 2
	}
	version := "(devel)"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		version = info.Main.Version
	}
	fmt.Fprintf(stdout, "computeledger %s %s\n", version, runtime.Version())
	return 0
}
