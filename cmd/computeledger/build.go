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

	"github.com/computeledger/computeledger/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// buildMarker is the file that marks a directory as one build wrote, so a
// rebuild may clear it and nothing else is ever deleted.
const buildMarker = ".computeledger-build"

// ErrOutNotBuild reports an output directory that holds other files.
var ErrOutNotBuild = errors.New("output directory is not empty and was not written by computeledger build")

// runBuild implements `computeledger build`.
func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "dist", "`directory` to write the static site to")
	prefix := fs.String("prefix", "/", "URL `path` the site will be hosted under, e.g. /explorer/")
	webDir := fs.String("web", "web", "`directory` of the built web assets")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: computeledger build [-out dir] [-prefix /path/] [-web dir]")
		fmt.Fprintln(stderr, "\nWrites the explorer as a static site: every route's page (as route.html and")
		fmt.Fprintln(stderr, "route/index.html), web/app.wasm, wasm_exec.js, app.js, app-worker.js,")
		fmt.Fprintln(stderr, "manifest.webmanifest, ECharts, CSS and icons. Host it on any static file")
		fmt.Fprintln(stderr, "server or CDN at the -prefix path.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "build: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	s, err := newSite(*webDir, *prefix)
	if err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	if err := s.writeStatic(*out); err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Compute Ledger %s written to %s for hosting at %s\n", s.version, *out, s.prefix)
	return 0
}

// writeStatic writes the whole static site into out.
func (s *site) writeStatic(out string) error {
	if err := prepareOut(out); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, s.handler, ui.RoutePaths()...); err != nil {
		return fmt.Errorf("generating pages: %w", err)
	}
	// Plain static servers map /ledger/ to ledger/index.html but not /ledger
	// to ledger.html: write both.
	for _, p := range ui.RoutePaths() {
		if p == "/" {
			continue
		}
		name := strings.TrimPrefix(p, "/")
		if err := copyFile(filepath.Join(out, name+".html"), filepath.Join(out, name, "index.html")); err != nil {
			return err
		}
	}
	if err := copyFile(filepath.Join(out, "index.html"), filepath.Join(out, "404.html")); err != nil {
		return err
	}
	assets, err := shippedAssets(s.webDir)
	if err != nil {
		return fmt.Errorf("listing %s: %w", s.webDir, err)
	}
	for _, rel := range assets {
		if err := copyFile(filepath.Join(s.webDir, rel), filepath.Join(out, "web", rel)); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(out, buildMarker), []byte(s.version+"\n"), 0o644)
}

// prepareOut makes out an empty directory; it refuses to clear a non-empty
// directory that a build did not write.
func prepareOut(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return os.MkdirAll(out, 0o755)
	case err != nil:
		return err
	case len(entries) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, buildMarker)); err != nil {
		return fmt.Errorf("%w: %s", ErrOutNotBuild, out)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// copyFile copies src to dst, creating dst's directory.
func copyFile(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copying %s to %s: %w", src, dst, err)
	}
	return out.Close()
}
