//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/app/ui"
)

// asset is one response of the site, held in memory with its precompressed
// variants: the server answers from it and the static build writes it.
type asset struct {
	contentType string
	// revalidate marks responses that must be checked on every use (pages,
	// the worker, the manifest, scripts whose URL carries no version).
	revalidate bool
	body       []byte
	br, gz     []byte // nil when the content type does not compress
	etag       string // quoted; the variants append -br and -gz
	// frameable marks the embed pages, the only documents other sites may
	// frame (embedContentSecurityPolicy).
	frameable bool
}

// notFoundPage is the page the site answers for an address that is none of
// its views (the app's NotFoundPage, pre-rendered), with status 404. It is
// also a file of its own, which the worker precaches and static hosts
// serve for unknown paths.
const notFoundPage = "/404.html"

// goAppResources are the scripts and files go-app's handler generates.
var goAppResources = []string{"/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css"}

// render builds every response of the site: each route's pre-rendered
// page, go-app's scripts, the manifest, and the web assets with their
// compressed variants. Keys are paths relative to the prefix.
func (s *site) render() (map[string]*asset, error) {
	var err error
	content := map[string]*asset{}
	embeds := ui.EmbedPaths()
	for _, p := range append(append(append(ui.RoutePaths(), embeds...), notFoundPage), goAppResources...) {
		rec := httptest.NewRecorder()
		s.handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return nil, fmt.Errorf("rendering %s: HTTP %d", p, rec.Code)
		}
		body := rec.Body.Bytes()
		if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			body = dropFalseBooleanAttributes(body)
			if body, err = s.socialPageBody(p, body); err != nil {
				return nil, err
			}
		}
		if p == "/app.js" {
			if body, err = deferWasmStart(body); err != nil {
				return nil, err
			}
			if body, err = streamWasmResponse(body); err != nil {
				return nil, err
			}
		}
		content[p] = newAsset(rec.Header().Get("Content-Type"), body, true, nil, nil)
		content[p].frameable = slices.Contains(embeds, p)
	}
	manifest, err := s.manifestJSON()
	if err != nil {
		return nil, err
	}
	content["/manifest.webmanifest"] = newAsset("application/manifest+json", manifest, true, nil, nil)

	files, err := shippedAssets(s.webDir)
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", s.webDir, err)
	}
	for _, rel := range files {
		if isVariant(rel) {
			continue
		}
		file := filepath.Join(s.webDir, filepath.FromSlash(rel))
		body, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		ct := mime.TypeByExtension(path.Ext(rel))
		if ct == "" {
			ct = http.DetectContentType(body)
		}
		content["/web/"+rel] = newAsset(ct, body, false, precompressed(file, ".br"), precompressed(file, ".gz"))
	}
	return content, nil
}

// wasmStartCall and workerStartCall are the lines of go-app's app.js that
// start downloading and compiling app.wasm and registering the service
// worker.
const (
	wasmStartCall   = "\ngoappInitWebAssembly();\n"
	workerStartCall = "\ngoappInitServiceWorker();\n"
)

// startAfterPaint is what app.js runs in their place: app.wasm after the
// first frame is painted, then the worker. The pre-rendered page (headline
// figures, text and, once ECharts has run, the charts) paints first, and
// the largest paint no longer waits behind 2 MB of WebAssembly on a slow
// network. The worker's precache, started once the app has its app.wasm,
// finds it in the HTTP cache: started at once, it downloaded app.wasm a
// second time while the page was downloading it (4.2 of a first visit's
// 4.8 MB).
const startAfterPaint = "\nrequestAnimationFrame(() => setTimeout(() => goappInitWebAssembly().finally(goappInitServiceWorker), 0)); // after the first paint\n"

// deferWasmStart changes go-app's app.js to start app.wasm after the first
// paint and the service worker after app.wasm (startAfterPaint).
func deferWasmStart(appJS []byte) ([]byte, error) {
	if !bytes.Contains(appJS, []byte(wasmStartCall)) || !bytes.Contains(appJS, []byte(workerStartCall)) {
		return nil, fmt.Errorf("app.js: go-app's loader no longer calls goappInitWebAssembly() and goappInitServiceWorker() on lines of their own; review deferWasmStart")
	}
	appJS = bytes.Replace(appJS, []byte(workerStartCall), []byte("\n"), 1)
	return bytes.Replace(appJS, []byte(wasmStartCall), []byte(startAfterPaint), 1), nil
}

// wasmFetchStart and wasmFetchEnd enclose go-app's fetchWithProgress in
// app.js.
const (
	wasmFetchStart = "async function fetchWithProgress(url, progess) {\n"
	wasmFetchEnd   = "\n  return res;\n}\n"
)

// wasmFetch is the fetchWithProgress put in place of go-app's. go-app
// hands WebAssembly.instantiateStreaming a Response it builds from a
// stream it reads for the progress: every chunk goes through JavaScript,
// and the Response has no URL, so Chromium cannot keep the compiled module.
// This one hands on the fetched Response itself, which Chromium compiles as
// it arrives and can keep in its code cache, and reads a clone of it for
// the progress (make bench, warm: controls ready 649 -> 429 ms).
const wasmFetch = `async function fetchWithProgress(url, progess) {
  const response = await fetch(url);
  let total = parseInt(goappWasmContentLength, 10);
  if (!(total > 0)) {
    total = parseInt(response.headers.get(goappWasmContentLengthHeader || "Content-Length"), 10);
  }
  if (response.ok && response.body && total > 0) {
    const reader = response.clone().body.getReader();
    let loaded = 0;
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          progess(100);
          return;
        }
        loaded += value.byteLength;
        progess(Math.min(100, Math.round((loaded * 100) / total)));
      }
    })().catch(() => {});
  }
  return response;
}
`

// streamWasmResponse puts wasmFetch in place of go-app's fetchWithProgress.
func streamWasmResponse(appJS []byte) ([]byte, error) {
	start := bytes.Index(appJS, []byte(wasmFetchStart))
	if start < 0 {
		return nil, fmt.Errorf("app.js: go-app's loader no longer defines fetchWithProgress; review streamWasmResponse")
	}
	n := bytes.Index(appJS[start:], []byte(wasmFetchEnd))
	if n < 0 {
		return nil, fmt.Errorf("app.js: go-app's fetchWithProgress no longer ends with \"return res;\"; review streamWasmResponse")
	}
	end := start + n + len(wasmFetchEnd)
	out := append([]byte{}, appJS[:start]...)
	out = append(out, wasmFetch...)
	return append(out, appJS[end:]...), nil
}

// booleanAttributes are the HTML attributes whose presence alone means
// true.
var booleanAttributes = []string{"checked", "disabled", "selected", "open", "hidden", "required", "readonly", "multiple", "autofocus", "novalidate", "inert"}

// dropFalseBooleanAttributes removes boolean attributes written as
// name="false" from a pre-rendered page. go-app's server-side encoder
// writes Checked(false) as checked="false", which HTML reads as checked:
// every checkbox, option and <details> of the first paint would show the
// opposite of what the app shows once it runs.
func dropFalseBooleanAttributes(html []byte) []byte {
	for _, name := range booleanAttributes {
		html = bytes.ReplaceAll(html, []byte(" "+name+`="false"`), nil)
	}
	return html
}

// newAsset returns the asset for body, using the given precompressed
// variants or compressing it now.
func newAsset(contentType string, body []byte, revalidate bool, br, gz []byte) *asset {
	sum := sha256.Sum256(body)
	a := &asset{contentType: contentType, revalidate: revalidate, body: body, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
	if !isCompressible(contentType) {
		return a
	}
	a.br, a.gz = br, gz
	if a.br == nil {
		q := bestBrotliQuality
		if len(body) >= quickCompressBytes {
			q = quickBrotliQuality
		}
		a.br = compressBrotli(body, q)
	}
	if a.gz == nil {
		a.gz = compressGzip(body)
	}
	return a
}

// variant returns the body to send for the coding, its ETag and its
// Content-Encoding ("" for identity).
func (a *asset) variant(e encoding) (body []byte, etag, contentEncoding string) {
	switch {
	case e == encBrotli && a.br != nil:
		return a.br, strings.TrimSuffix(a.etag, `"`) + `-br"`, "br"
	case e >= encGzip && a.gz != nil:
		return a.gz, strings.TrimSuffix(a.etag, `"`) + `-gz"`, "gzip"
	}
	return a.body, a.etag, ""
}

// lookup returns the asset for a path relative to the prefix: pages also
// answer with a trailing slash (/ledger/ as /ledger), and the root as
// /index.html, as a static build of the site does.
func lookup(content map[string]*asset, rel string) (*asset, bool) {
	if rel == "/index.html" {
		rel = "/"
	}
	if a, ok := content[rel]; ok {
		return a, true
	}
	if len(rel) > 1 && strings.HasSuffix(rel, "/") {
		if a, ok := content[strings.TrimSuffix(rel, "/")]; ok && strings.HasPrefix(a.contentType, "text/html") {
			return a, true
		}
	}
	return nil, false
}
