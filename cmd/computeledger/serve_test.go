//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/computeledger/computeledger/app/ui"
)

// sharedSites holds one site per prefix, built once for the package's
// tests from one fake web directory (removed by TestMain): building a site
// renders and compresses every page, about 5 s of CPU, and the tests that
// use it only read it.
var sharedSites struct {
	sync.Mutex
	root  string // holds dir and a file the site must not serve
	dir   string
	sites map[string]*site
}

// testServer serves the shared fake web directory under prefix.
// Beside the web directory lies a file named secret, which the site must
// never serve.
func testServer(t testing.TB, prefix string) (*site, http.Handler) {
	t.Helper()
	sharedSites.Lock()
	defer sharedSites.Unlock()
	if sharedSites.root == "" {
		root, err := os.MkdirTemp("", "computeledger-web-")
		if err != nil {
			t.Fatal(err)
		}
		sharedSites.root, sharedSites.dir, sharedSites.sites = root, filepath.Join(root, "web"), map[string]*site{}
		writeFakeWeb(t, sharedSites.dir)
		if err := os.WriteFile(filepath.Join(root, "secret"), []byte("TOP-SECRET"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, ok := sharedSites.sites[prefix]
	if !ok {
		var err error
		s, err = newSite(sharedSites.dir, prefix)
		if err != nil {
			t.Fatal(err)
		}
		sharedSites.sites[prefix] = s
	}
	return s, s.httpHandler(slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// removeSharedSites removes the shared fake web directory.
func removeSharedSites() {
	if sharedSites.root != "" {
		os.RemoveAll(sharedSites.root)
	}
}

func get(h http.Handler, method, target string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, "http://example.test/", nil)
	req.URL.Path = target // raw, so hostile paths reach the handler unchanged
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestServe_Routes(t *testing.T) {
	_, h := testServer(t, "/")
	tests := []struct {
		name       string
		method     string
		path       string
		wantStatus int
		wantType   string
		wantBody   string
	}{
		{"the overview page is pre-rendered", "GET", "/", 200, "text/html", "OpenAI&#39;s compute commitments"},
		{"app.wasm is served as WebAssembly", "GET", "/web/app.wasm", 200, "application/wasm", "fake module"},
		{"a page also answers with a trailing slash", "GET", "/ledger/", 200, "text/html", "<h1>The deal ledger</h1>"},
		{"the root also answers as index.html", "GET", "/index.html", 200, "text/html", "OpenAI&#39;s compute commitments"},
		{"the not-found page is a file the worker can precache", "GET", "/404.html", 200, "text/html", "<h1>No such page</h1>"},
		{"go-app's loader script is served", "GET", "/app.js", 200, "javascript", "goappGetenv"},
		{"precompressed variants are not pages of their own", "GET", "/web/app.wasm.br", 404, "", ""},
		{"the stylesheet is served as CSS", "GET", "/web/app.css", 200, "text/css", "body{}"},
		{"the service worker is served", "GET", "/app-worker.js", 200, "javascript", "computeledger-"},
		{"the manifest is served", "GET", "/manifest.webmanifest", 200, "manifest", "Compute Ledger"},
		{"an unknown page is the app's not-found page", "GET", "/nope", 404, "text/html", "<h1>No such page</h1>"},
		{"the not-found page links to every view", "GET", "/ledger/x", 404, "text/html", `href="/uncertainty"`},
		{"an unknown asset is not found", "GET", "/web/nope.js", 404, "text/plain", "404 page not found"},
		{"the source of a built asset is not served", "GET", "/web/echarts-entry.js", 404, "", ""},
		{"HEAD is allowed", "HEAD", "/", 200, "text/html", ""},
		{"POST is not allowed", "POST", "/", 405, "", ""},
		{"dot-dot never leaves the web directory", "GET", "/web/../../etc/passwd", 400, "", ""},
		{"an encoded traversal stays a bad path", "GET", "/web/..%2f..%2fetc/passwd", 404, "", ""},
		{"a backslash is refused", "GET", "/web/..\\..\\etc\\passwd", 400, "", ""},
		{"a NUL byte is refused", "GET", "/web/app.css\x00.png", 400, "", ""},
		{"a double slash is refused", "GET", "//etc/passwd", 400, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(h, tt.method, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("%s %q: got status %d, want %d", tt.method, tt.path, rec.Code, tt.wantStatus)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.Contains(ct, tt.wantType) {
				t.Errorf("got Content-Type %q, want it to contain %q", ct, tt.wantType)
			}
			if !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("body lacks %q", tt.wantBody)
			}
			if strings.Contains(rec.Body.String(), "root:") {
				t.Errorf("served a file outside the site")
			}
		})
	}
}

func TestServe_SecurityHeaders(t *testing.T) {
	_, h := testServer(t, "/")
	for _, p := range []string{"/", "/web/app.wasm", "/nope"} {
		rec := get(h, "GET", p)
		for header, want := range map[string]string{
			"Content-Security-Policy": "'wasm-unsafe-eval'",
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "strict-origin-when-cross-origin",
			"Permissions-Policy":      "camera=()",
		} {
			if got := rec.Header().Get(header); !strings.Contains(got, want) {
				t.Errorf("%s: %s is %q, want it to contain %q", p, header, got, want)
			}
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP lacks frame-ancestors: %q", p, csp)
		}
	}
}

func TestServe_ConditionalRequests(t *testing.T) {
	_, h := testServer(t, "/")
	for _, enc := range []string{"", "gzip", "br"} {
		first := httptest.NewRequest("GET", "/web/app.css", nil)
		first.Header.Set("Accept-Encoding", enc)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, first)
		etag := rec.Header().Get("ETag")
		if etag == "" {
			t.Fatalf("Accept-Encoding %q: no ETag", enc)
		}
		again := httptest.NewRequest("GET", "/web/app.css", nil)
		again.Header.Set("Accept-Encoding", enc)
		again.Header.Set("If-None-Match", etag)
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, again)
		if rec.Code != http.StatusNotModified {
			t.Errorf("Accept-Encoding %q: revalidating with %s got %d, want 304", enc, etag, rec.Code)
		}
	}
}

func TestServe_Compression(t *testing.T) {
	_, h := testServer(t, "/")
	tests := []struct {
		name, path, accept, wantEncoding string
	}{
		{"brotli is preferred when accepted", "/web/app.wasm", "gzip, deflate, br", "br"},
		{"gzip when brotli is not accepted", "/web/app.wasm", "gzip", "gzip"},
		{"identity when nothing is accepted", "/web/app.wasm", "", ""},
		{"a refused coding is not used", "/web/app.wasm", "br;q=0, gzip", "gzip"},
		{"pages are compressed too", "/", "br", "br"},
		{"images are sent as they are", "/web/icons/icon-192.png", "br, gzip", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tt.path, nil)
			req.Header.Set("Accept-Encoding", tt.accept)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if got := rec.Header().Get("Content-Encoding"); got != tt.wantEncoding {
				t.Errorf("got Content-Encoding %q, want %q", got, tt.wantEncoding)
			}
			if tt.wantEncoding != "" && rec.Header().Get("Vary") != "Accept-Encoding" {
				t.Errorf("a compressed response lacks Vary: Accept-Encoding")
			}
			body := rec.Body.Bytes()
			var plain []byte
			var err error
			switch tt.wantEncoding {
			case "br":
				plain, err = io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
			case "gzip":
				var zr *gzip.Reader
				if zr, err = gzip.NewReader(bytes.NewReader(body)); err == nil {
					plain, err = io.ReadAll(zr)
				}
			default:
				plain = body
			}
			if err != nil {
				t.Fatalf("decoding the %s body: %v", tt.wantEncoding, err)
			}
			if len(plain) == 0 {
				t.Errorf("empty body")
			}
		})
	}
}

func TestServe_CacheControl(t *testing.T) {
	s, h := testServer(t, "/")
	tests := []struct {
		name, target, want string
	}{
		{"the page is revalidated", "/", "no-cache"},
		{"the worker is revalidated", "/app-worker.js", "no-cache"},
		{"the manifest is revalidated", "/manifest.webmanifest", "no-cache"},
		{"a versioned asset is kept for a year", "/web/app.wasm?v=" + s.version, immutableCache},
		{"an asset of another version is revalidated", "/web/app.wasm?v=old", "no-cache"},
		{"an unversioned asset is revalidated", "/web/app.wasm", "no-cache"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.target, nil))
			if got := rec.Header().Get("Cache-Control"); got != tt.want {
				t.Errorf("GET %s: got Cache-Control %q, want %q", tt.target, got, tt.want)
			}
		})
	}
}

func TestServe_PageLinksVersionedAssets(t *testing.T) {
	s, h := testServer(t, "/")
	body := get(h, "GET", "/").Body.String()
	for _, want := range []string{"/web/app.css?v=" + s.version, "/web/echarts.min.js?v=" + s.version} {
		if !strings.Contains(body, want) {
			t.Errorf("page does not link %s", want)
		}
	}
}

func TestManifest(t *testing.T) {
	s, h := testServer(t, "/sub/")
	rec := get(h, "GET", "/sub/manifest.webmanifest")
	var m webManifest
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatalf("manifest is not JSON: %v", err)
	}
	if m.ID != "/sub/" || m.StartURL != "/sub/" || m.Scope != "/sub/" {
		t.Errorf("got id %q, start_url %q, scope %q; want /sub/ for each", m.ID, m.StartURL, m.Scope)
	}
	sizes := map[string]string{}
	for _, ic := range m.Icons {
		sizes[ic.Purpose+" "+ic.Sizes] = ic.Src
	}
	for _, want := range []string{"any 192x192", "any 512x512", "maskable 512x512", "any any"} {
		if sizes[want] == "" {
			t.Errorf("manifest lacks a %s icon: %+v", want, m.Icons)
		}
	}
	if len(m.Screenshots) != 1 || m.Screenshots[0].Sizes != "1280x800" || m.Screenshots[0].FormFactor != "wide" {
		t.Errorf("got screenshots %+v, want the wide one at 1280x800", m.Screenshots)
	}
	if !strings.HasPrefix(m.Icons[0].Src, "/sub/web/icons/") || !strings.Contains(m.Icons[0].Src, "?v="+s.version) {
		t.Errorf("icon URL %q is not versioned under the prefix", m.Icons[0].Src)
	}
}

func TestServe_Prefix(t *testing.T) {
	_, h := testServer(t, "/sub/")
	tests := []struct {
		path       string
		wantStatus int
	}{
		{"/sub/", 200},
		{"/sub", 200},
		{"/sub/index.html", 200},
		{"/sub/ledger/", 200},
		{"/sub/nope", 404},
		{"/sub/web/app.css", 200},
		{"/", 404},
		{"/web/app.css", 404},
	}
	for _, tt := range tests {
		if got := get(h, "GET", tt.path).Code; got != tt.wantStatus {
			t.Errorf("GET %s under /sub/: got %d, want %d", tt.path, got, tt.wantStatus)
		}
	}
}

func TestSitePath(t *testing.T) {
	tests := []struct {
		prefix, path, want string
		ok                 bool
	}{
		{"/", "/", "/", true},
		{"/", "/ledger", "/ledger", true},
		{"/sub/", "/sub", "/", true},
		{"/sub/", "/sub/ledger", "/ledger", true},
		{"/sub/", "/subway", "", true},
		{"/sub/", "/other", "", true},
		{"/", "/a/../b", "", false},
		{"/", "relative", "", false},
		{"/", "/a\x00b", "", false},
		{"/", "/a\nb", "", false},
	}
	for _, tt := range tests {
		got, ok := sitePath(tt.prefix, tt.path)
		if got != tt.want || ok != tt.ok {
			t.Errorf("sitePath(%q, %q): got %q, %v; want %q, %v", tt.prefix, tt.path, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzServePath sends arbitrary request paths to the server and checks that
// none is answered with a server error or a file from outside the site.
func FuzzServePath(f *testing.F) {
	for _, seed := range []string{"/", "/web/app.css", "/web/../secret", "/web/..%2fsecret", "//x", "/web/icons/../app.css", "/\x00", "/ledger?x=1"} {
		f.Add(seed)
	}
	_, h := testServer(f, "/") // its web directory has a secret file beside it
	f.Fuzz(func(t *testing.T, p string) {
		rec := get(h, "GET", p)
		if rec.Code >= 500 {
			t.Errorf("GET %q: status %d", p, rec.Code)
		}
		if strings.Contains(rec.Body.String(), "TOP-SECRET") {
			t.Errorf("GET %q served a file outside the web directory", p)
		}
	})
}

func TestServeUntilDone_GracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	arrived, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		<-release
		io.WriteString(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveUntilDone(ctx, ln, h, slog.New(slog.NewTextHandler(io.Discard, nil))) }()

	resp := make(chan string, 1)
	go func() {
		r, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			resp <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		resp <- string(b)
	}()
	<-arrived
	cancel()                          // as SIGTERM would
	time.Sleep(50 * time.Millisecond) // give Shutdown a moment to start waiting
	close(release)
	if got := <-resp; got != "finished" {
		t.Errorf("the request in flight got %q, want it to finish", got)
	}
	if err := <-done; err != nil {
		t.Errorf("shutdown: %v", err)
	}
}

func TestDropFalseBooleanAttributes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"an unchecked box loses its attribute", `<input type="checkbox" checked="false">`, `<input type="checkbox">`},
		{"a checked box keeps it", `<input type="checkbox" checked="true">`, `<input type="checkbox" checked="true">`},
		{"closed details stay closed", `<details class="controls" open="false">`, `<details class="controls">`},
		{"options that are not selected", `<option value="a" selected="false">a</option><option selected>b</option>`, `<option value="a">a</option><option selected>b</option>`},
		{"other attributes that say false are kept", `<div data-drawn="false" aria-hidden="false">`, `<div data-drawn="false" aria-hidden="false">`},
		{"text that says so is kept", `<p>disabled="false" is how it was written</p>`, `<p>disabled="false" is how it was written</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(dropFalseBooleanAttributes([]byte(tt.in))); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestServe_PagesHaveNoFalseBooleanAttributes(t *testing.T) {
	_, h := testServer(t, "/")
	for _, p := range ui.RoutePaths() {
		body := get(h, "GET", p).Body.String()
		for _, name := range booleanAttributes {
			if strings.Contains(body, " "+name+`="false"`) {
				t.Errorf("%s carries %s=\"false\", which a browser reads as true", p, name)
			}
		}
	}
}

func TestServe_ManyRangesNeverSendMoreThanTheBody(t *testing.T) {
	_, h := testServer(t, "/")
	whole := get(h, "GET", "/web/app.wasm").Body.Len()
	var parts []string
	for i := range whole - 1 { // one-byte ranges adding up to less than the body
		parts = append(parts, fmt.Sprintf("%d-%d", i, i))
	}
	req := httptest.NewRequest("GET", "http://example.test/web/app.wasm", nil)
	req.Header.Set("Range", "bytes="+strings.Join(parts, ","))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Body.Len() > whole {
		t.Errorf("%d ranges: status %d, %d bytes; want at most the %d-byte body", len(parts), rec.Code, rec.Body.Len(), whole)
	}
	req.Header.Set("Range", "bytes=0-1")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 206 || rec.Body.Len() != 2 {
		t.Errorf("one range: status %d, %d bytes; want 206 and 2", rec.Code, rec.Body.Len())
	}
}
