//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrMissingAsset reports a web asset the site cannot do without.
var ErrMissingAsset = errors.New("missing web asset")

// ErrBadPrefix reports a path prefix that is not a clean absolute path.
var ErrBadPrefix = errors.New("bad path prefix")

// requiredAssets are the files the explorer needs, relative to the web
// directory, with how to get each back.
var requiredAssets = []struct{ path, fix string }{
	{"app.wasm", "build it with make wasm"},
	{"echarts.min.js", "build it with make web"},
	{"app.css", "it is part of the repository: restore it with git checkout"},
	{"prerender.js", "it is part of the repository: restore it with git checkout"},
	{"first-paint.js", "it is part of the repository: restore it with git checkout"},
	{"icons/icon-192.png", "it is part of the repository: restore it with git checkout"},
}

// site is what the server and the static build share: the web directory,
// the path prefix, a version derived from the assets' content, and the
// go-app handler configured for them.
type site struct {
	webDir     string
	prefix     string // "/" or "/sub/": always starts and ends with "/"
	version    string // first 16 hex digits of the assets' SHA-256
	wasmLength int64  // uncompressed size of app.wasm in bytes
	handler    *app.Handler
	content    map[string]*asset // every response, by path relative to the prefix
	siteURL    string            // public root address from -site-url ("https://example.org/sub/"), or ""
	social     *siteSocial       // the pages' link previews and their images
}

// newSite checks webDir and returns the site for serving it under prefix.
func newSite(webDir, prefix string) (*site, error) {
	return newSiteAt(webDir, prefix, "")
}

// newSiteAt is newSite for a site whose public address is siteURL (a
// -site-url value; "" for none): its pages' link previews use absolute
// URLs under it.
func newSiteAt(webDir, prefix, siteURL string) (*site, error) {
	prefix, err := normalizePrefix(prefix)
	if err != nil {
		return nil, err
	}
	if siteURL, err = parseSiteURL(siteURL, prefix); err != nil {
		return nil, err
	}
	for _, a := range requiredAssets {
		if _, err := os.Stat(filepath.Join(webDir, a.path)); err != nil {
			return nil, fmt.Errorf("%w: %s not found in %s (%s)", ErrMissingAsset, a.path, webDir, a.fix)
		}
	}
	version, err := hashDir(webDir)
	if err != nil {
		return nil, fmt.Errorf("hashing %s: %w", webDir, err)
	}
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return nil, err
	}
	s := &site{webDir: webDir, prefix: prefix, version: version, wasmLength: wasm.Size(), siteURL: siteURL, social: newSiteSocial()}
	s.handler = s.newHandler()
	if s.content, err = s.render(); err != nil {
		return nil, err
	}
	return s, nil
}

// normalizePrefix returns p as "/" or "/a/b/", or an error when p holds
// anything but path segments.
func normalizePrefix(p string) (string, error) {
	if p == "" || p == "/" {
		return "/", nil
	}
	if !strings.HasPrefix(p, "/") {
		return "", fmt.Errorf("%w: %q must start with /", ErrBadPrefix, p)
	}
	clean := path.Clean(p)
	if clean != strings.TrimRight(p, "/") || strings.ContainsAny(p, "?#%\\ \t\r\n\"'<>") {
		return "", fmt.Errorf("%w: %q must be a clean path such as /explorer/", ErrBadPrefix, p)
	}
	for _, seg := range strings.Split(strings.Trim(clean, "/"), "/") {
		if seg == "." || seg == ".." {
			return "", fmt.Errorf("%w: %q must not contain . or .. segments", ErrBadPrefix, p)
		}
	}
	return clean + "/", nil
}

// prefixResolver resolves the site's own paths under its prefix: "/" to
// "/sub/" and "/web/app.css" to "/sub/web/app.css".
type prefixResolver string

// Resolve returns location under the prefix; remote URLs are left alone.
func (r prefixResolver) Resolve(location string) string {
	if strings.Contains(location, "://") {
		return location
	}
	return ui.JoinPrefix(string(r), location)
}

// versionedResolver resolves like prefixResolver and adds the site version
// to web assets ("/sub/web/app.wasm?v=VERSION"), so that browsers and CDNs
// may keep them for a year: a new version has new URLs.
type versionedResolver struct {
	prefix, version string
}

// Resolve returns location under the prefix, versioned under /web/.
func (r versionedResolver) Resolve(location string) string {
	resolved := prefixResolver(r.prefix).Resolve(location)
	if strings.HasPrefix(location, "/web/") && !strings.Contains(location, "?") {
		resolved += "?" + versionParam + "=" + r.version
	}
	return resolved
}

// versionParam is the query parameter that carries the site version on
// asset URLs.
const versionParam = "v"

func (s *site) newHandler() *app.Handler {
	return &app.Handler{
		Name:        "Compute Ledger",
		ShortName:   "Compute Ledger",
		Title:       "Compute Ledger: OpenAI's $1.4 trillion compute plan, sourced and modelled",
		Description: "Every OpenAI compute deal with its source: what was committed to whom, when it is paid, when the capacity comes online, what it takes in power and chips, and what revenue would carry it.",
		Author:      "Compute Ledger",
		Lang:        "en",
		Keywords:    []string{"OpenAI", "compute", "data centres", "Stargate", "AI capex", "gigawatts"},
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/icon-maskable-512.png",
			SVG:      "/web/icons/icon.svg",
		},
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1f4e79",
		LoadingLabel:    "Loading interactive charts {progress}%",
		Styles:          []string{"/web/app.css"},
		// The layout of the first paint (first-paint.js, in the head, before
		// the body); ECharts, then the script that draws the pre-rendered
		// charts with it before app.wasm has arrived; defer keeps that order.
		Scripts:           []string{"/web/first-paint.js", "/web/echarts.min.js defer", "/web/prerender.js defer"},
		Resources:         versionedResolver{prefix: s.prefix, version: s.version},
		Version:           s.version,
		WasmContentLength: strconv.FormatInt(s.wasmLength, 10),
		CacheableResources: append(append(
			[]string{"/web/icons/icon.svg", notFoundPage},
			routePages()...), ui.EmbedPaths()...,
		),
		ServiceWorkerTemplate: serviceWorkerJS,
	}
}

// routePages returns every route except the root, which go-app caches
// already.
func routePages() []string {
	var pages []string
	for _, p := range ui.RoutePaths() {
		if p != "/" {
			pages = append(pages, p)
		}
	}
	return pages
}

// hashDir returns the first 16 hex digits of the SHA-256 of every regular
// file under dir, names and contents, in a stable order. Precompressed
// variants are derived from other files and left out.
func hashDir(dir string) (string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && !isVariant(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f)
		io.WriteString(h, filepath.ToSlash(rel)+"\x00")
		fh, err := os.Open(f)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(h, fh)
		fh.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
