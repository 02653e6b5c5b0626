//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/ui"
)

const (
	framingNone = "frame-ancestors 'none'"
	framingAny  = "frame-ancestors *"
)

// getURL requests target with its query, as a browser sends it.
func getURL(t *testing.T, s *site, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	_, h := testServer(t, s.prefix)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, "http://example.test"+target, nil))
	return rec
}

func TestServe_OnlyEmbedPagesMayBeFramed(t *testing.T) {
	root, _ := testServer(t, "/")
	sub, _ := testServer(t, "/sub/")
	type request struct {
		site   *site
		method string
		target string
		status int
	}
	var frameable []request
	for _, p := range ui.EmbedPaths() {
		frameable = append(frameable,
			request{root, "GET", p, 200},
			request{root, "GET", p + "/", 200},
			request{root, "GET", p + "?preset=bear&ui.group=kind&chart=chart-power&theme=dark", 200},
			request{root, "HEAD", p, 200},
			request{sub, "GET", "/sub" + p + "?preset=bull", 200},
			request{sub, "GET", "/sub" + p + "/", 200},
		)
	}
	refused := []request{
		{root, "GET", "/", 200},
		{root, "GET", "/?preset=bear", 200},
		{root, "GET", "/spend", 200},
		{root, "GET", "/spend/?preset=bear", 200},
		{root, "GET", "/ledger", 200},
		{root, "GET", "/embed/bogus", 404},
		{root, "GET", "/embed/ledger", 404},
		{root, "GET", "/embed/", 404},
		{root, "GET", "/embed", 404},
		{root, "GET", "/embed/spend/extra", 404},
		{root, "GET", "/nope", 404},
		{root, "GET", "/404.html", 200},
		{root, "GET", "/web/app.css", 200},
		{root, "GET", "/app.js", 200},
		{sub, "GET", "/sub/", 200},
		{sub, "GET", "/sub/spend?preset=bear", 200},
		{sub, "GET", "/sub/embed/bogus", 404},
		{sub, "GET", "/embed/spend", 404},
	}
	check := func(r request, want, wantNot string) {
		rec := getURL(t, r.site, r.method, r.target)
		if rec.Code != r.status {
			t.Errorf("%s %s: status %d, want %d", r.method, r.target, rec.Code, r.status)
		}
		csps := rec.Header().Values("Content-Security-Policy")
		if len(csps) != 1 {
			t.Fatalf("%s %s: %d Content-Security-Policy headers, want 1: %q", r.method, r.target, len(csps), csps)
		}
		if !strings.Contains(csps[0], want) || strings.Contains(csps[0], wantNot) {
			t.Errorf("%s %s: CSP %q, want %s", r.method, r.target, csps[0], want)
		}
		if !strings.Contains(csps[0], "script-src 'self' 'wasm-unsafe-eval'") {
			t.Errorf("%s %s: CSP %q lost its sources", r.method, r.target, csps[0])
		}
		if got := rec.Header().Get("X-Frame-Options"); got != "" {
			t.Errorf("%s %s: X-Frame-Options %q would override frame-ancestors in old browsers", r.method, r.target, got)
		}
	}
	t.Run("an embed page, with a query, a trailing slash or under a prefix, may be framed by any site", func(t *testing.T) {
		for _, r := range frameable {
			check(r, framingAny, framingNone)
		}
	})
	t.Run("every other page, the not-found pages and the assets refuse to be framed", func(t *testing.T) {
		for _, r := range refused {
			check(r, framingNone, framingAny)
		}
	})
	t.Run("an embed page is the embed, not the full view", func(t *testing.T) {
		body := getURL(t, root, "GET", "/embed/spend").Body.String()
		if !strings.Contains(body, `class="embed-page"`) || strings.Contains(body, `class="site-header"`) {
			t.Errorf("/embed/spend is not an embed page:\n%.600s", body)
		}
	})
}

// headerRule is one block of a _headers file.
type headerRule struct {
	pattern string
	lines   []string
}

// parseHeaders reads a _headers file: a path pattern at the start of a
// line, its headers indented below it, # comments.
func parseHeaders(t *testing.T, b []byte) []headerRule {
	t.Helper()
	var rules []headerRule
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
		case line[0] != ' ' && line[0] != '\t':
			rules = append(rules, headerRule{pattern: line})
		case len(rules) == 0:
			t.Fatalf("a header before any path: %q", line)
		default:
			rules[len(rules)-1].lines = append(rules[len(rules)-1].lines, strings.TrimSpace(line))
		}
	}
	return rules
}

// hostHeaders returns the values of header that a host following the
// rules (Cloudflare Pages: every matching rule's headers, in order; "!
// Name" drops what earlier rules set) sends for the path.
func hostHeaders(rules []headerRule, p, header string) []string {
	var out []string
	for _, r := range rules {
		prefix, splat := strings.CutSuffix(r.pattern, "*")
		if !(splat && strings.HasPrefix(p, prefix) || p == r.pattern) {
			continue
		}
		for _, l := range r.lines {
			if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(l, "!")), header) && strings.HasPrefix(l, "!") {
				out = nil
			} else if name, value, found := strings.Cut(l, ": "); found && strings.EqualFold(name, header) {
				out = append(out, value)
			}
		}
	}
	return out
}

func TestRunBuild_WritesEmbedPagesAndHostConfig(t *testing.T) {
	t.Parallel()
	out, _ := sharedBuild(t) // built with -prefix /sub/
	t.Run("every embed page is written where a static host finds it", func(t *testing.T) {
		for _, p := range ui.EmbedPaths() {
			for _, name := range []string{p + ".html", p + "/index.html"} {
				b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
				if err != nil {
					t.Errorf("%s not written: %v", name, err)
					continue
				}
				if !bytes.Contains(b, []byte(`class="embed-page"`)) || !bytes.Contains(b, []byte(`data-option="`)) {
					t.Errorf("%s is not a pre-rendered embed page", name)
				}
			}
		}
	})
	t.Run("the worker precaches the embed pages, so they open offline", func(t *testing.T) {
		worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ui.EmbedPaths() {
			if !bytes.Contains(worker, []byte(`"/sub`+p+`"`)) {
				t.Errorf("the worker does not cache %s", p)
			}
		}
	})
	t.Run("the _headers file lets only the embed pages be framed", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(out, headersFileName))
		if err != nil {
			t.Fatal(err)
		}
		rules := parseHeaders(t, b)
		for _, tc := range []struct {
			path, want string
		}{
			{"/sub/embed/spend", framingAny},
			{"/sub/embed/overview/", framingAny},
			{"/sub/embed/capacity.html", framingAny},
			{"/sub/", framingNone},
			{"/sub/spend", framingNone},
			{"/sub/ledger/index.html", framingNone},
			{"/sub/404.html", framingNone},
			{"/sub/no-such-page", framingNone},
			{"/sub/web/app.css", framingNone},
		} {
			csps := hostHeaders(rules, tc.path, "Content-Security-Policy")
			if len(csps) != 1 || !strings.Contains(csps[0], tc.want) {
				t.Errorf("%s gets Content-Security-Policy %q, want one with %s", tc.path, csps, tc.want)
			}
			if got := hostHeaders(rules, tc.path, "X-Content-Type-Options"); len(got) != 1 || got[0] != "nosniff" {
				t.Errorf("%s gets X-Content-Type-Options %q, want nosniff", tc.path, got)
			}
		}
	})
	t.Run("the nginx locations give the embed pages their own policy", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(out, nginxFileName))
		if err != nil {
			t.Fatal(err)
		}
		conf := string(b)
		for _, loc := range []struct{ block, want string }{{"location /sub/ {", framingNone}, {"location /sub/embed/ {", framingAny}} {
			i := strings.Index(conf, loc.block)
			if i < 0 {
				t.Fatalf("no %q in\n%s", loc.block, conf)
			}
			block := conf[i : i+strings.Index(conf[i:], "\n}")]
			if !strings.Contains(block, loc.want+"\" always;") || !strings.Contains(block, "error_page 404 /sub/404.html;") {
				t.Errorf("%s lacks %s or the not-found page:\n%s", loc.block, loc.want, block)
			}
		}
	})
}
