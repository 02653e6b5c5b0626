//go:build !wasm

package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunCLI(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"help lists every command", []string{"-h"}, 0, "Commands:", ""},
		{"the help command is the same", []string{"help"}, 0, "serve", ""},
		{"an unknown command is a usage error", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"build has its own help", []string{"build", "-h"}, 0, "", "Usage: computeledger build"},
		{"serve has its own help", []string{"serve", "-h"}, 0, "", "Usage: computeledger serve"},
		{"a bad flag is a usage error", []string{"serve", "-nope"}, 2, "", "flag provided but not defined"},
		{"a bad prefix names the problem", []string{"build", "-prefix", "sub", "-web", "/nonexistent"}, 1, "", "must start with /"},
		{"version prints the Go version", []string{"version"}, 0, "go1.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runCLI(tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit code: got %d, want %d (stderr: %s)", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("stdout: got %q, want it to contain %q", stdout.String(), tt.wantOut)
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr: got %q, want it to contain %q", stderr.String(), tt.wantErr)
			}
		})
	}
}
