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
	"time"
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
	siteURL := fs.String("site-url", "", "public `URL` the site will have, e.g. https://example.org/explorer/, for the absolute og:url and og:image that link previews need (default: URLs under -prefix, which most crawlers ignore)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: computeledger build [-out dir] [-prefix /path/] [-web dir] [-site-url URL]")
		fmt.Fprintln(stderr, "\nWrites the explorer as a static site: every route's page (as route.html and")
		fmt.Fprintln(stderr, "route/index.html), web/app.wasm, wasm_exec.js, app.js, app-worker.js,")
		fmt.Fprintln(stderr, "manifest.webmanifest, ECharts, CSS, icons and each view's link-preview image")
		fmt.Fprintln(stderr, "(og/VIEW.png, 1200x630). Host it on any static file server or CDN at the")
		fmt.Fprintln(stderr, "-prefix path. _headers (Cloudflare Pages) and nginx.conf (nginx locations)")
		fmt.Fprintln(stderr, "give it the server's security headers; only the embed pages (/embed/<view>)")
		fmt.Fprintln(stderr, "may be framed by other sites.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	// Refuse a directory the build may not clear before spending seconds
	// on building the site.
	if err := checkOut(*out); err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	s, err := newSiteAt(*webDir, *prefix, *siteURL)
	if err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	took, err := s.addOGImages()
	if err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	if err := s.writeStatic(*out); err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Compute Ledger %s written to %s for hosting at %s\n", s.version, *out, s.prefix)
	fmt.Fprintf(stdout, "%d link-preview images drawn in %s\n", len(s.social.images), took.Round(time.Millisecond))
	if s.siteURL == "" {
		fmt.Fprintf(stdout, "No -site-url: og:url and og:image are relative (%s...); most crawlers need absolute URLs, so set -site-url https://your.host%s\n", s.prefix, s.prefix)
	}
	return 0
}

// writeStatic writes the whole static site into out: the same content the
// server sends, with each compressible file's .br and .gz variants beside
// it for hosts that serve precompressed files.
func (s *site) writeStatic(out string) error {
	if err := prepareOut(out); err != nil {
		return err
	}
	for rel, a := range s.content {
		for _, name := range staticNames(rel, a) {
			file := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(name, "/")))
			if err := writeFile(file, a.body); err != nil {
				return err
			}
			if a.br != nil {
				if err := writeFile(file+".br", a.br); err != nil {
					return err
				}
			}
			if a.gz != nil {
				if err := writeFile(file+".gz", a.gz); err != nil {
					return err
				}
			}
		}
	}
	if err := writeHostConfig(out, s.prefix); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, buildMarker), []byte(s.version+"\n"), 0o644)
}

// staticNames returns the files one response is written to. The root page
// is index.html; the not-found page is 404.html (hosts such as GitHub Pages
// serve it for unknown paths; nginx does with error_page). Other pages are
// written both as route.html and route/index.html, because plain static
// servers map /route/ to route/index.html but not /route to route.html.
func staticNames(rel string, a *asset) []string {
	switch {
	case rel == "/":
		return []string{"/index.html"}
	case rel == notFoundPage:
		return []string{rel}
	case strings.HasPrefix(a.contentType, "text/html"):
		return []string{rel + ".html", rel + "/index.html"}
	}
	return []string{rel}
}

// writeFile writes b to file, creating its directory.
func writeFile(file string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}

// checkOut returns ErrOutNotBuild when out is a non-empty directory that a
// build did not write, and nil when out is missing, empty or a build.
func checkOut(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return err
	case len(entries) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, buildMarker)); err != nil {
		return fmt.Errorf("%w: %s", ErrOutNotBuild, out)
	}
	return nil
}

// prepareOut makes out an empty directory; it refuses to clear a non-empty
// directory that a build did not write.
func prepareOut(out string) error {
	if err := checkOut(out); err != nil {
		return err
	}
	entries, err := os.ReadDir(out)
	if errors.Is(err, os.ErrNotExist) {
		return os.MkdirAll(out, 0o755)
	} else if err != nil {
		return err
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}
