//go:build !wasm

package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

// servedBody returns what the site at the root sends for path, failing the
// test on any status but 200.
func servedBody(t *testing.T, path string) string {
	t.Helper()
	_, h := testServer(t, "/")
	rec := get(h, http.MethodGet, path)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d", path, rec.Code)
	}
	return rec.Body.String()
}

// The loader the site serves starts app.wasm after the first paint and
// hands WebAssembly.instantiateStreaming the fetched response itself, so
// that Chromium can keep the compiled module between visits: with go-app's
// own loader, which builds a new Response from a stream, a visit with
// everything cached still spent about 220 ms more before the controls
// answered (make bench, warm).
func TestAppJS_StreamsTheFetchedWasmResponse(t *testing.T) {
	js := servedBody(t, "/app.js")
	for _, want := range []string{
		"requestAnimationFrame(() => setTimeout(() => goappInitWebAssembly().finally(goappInitServiceWorker), 0))",
		"const reader = response.clone().body.getReader();",
		"  return response;\n}",
		`fetchWithProgress("/web/app.wasm`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	for _, gone := range []string{"new ReadableStream(", "\ngoappInitWebAssembly();\n", "\ngoappInitServiceWorker();\n", "return res;"} {
		if strings.Contains(js, gone) {
			t.Errorf("app.js still has go-app's %q", gone)
		}
	}
	if n := strings.Count(js, "async function fetchWithProgress("); n != 1 {
		t.Errorf("app.js defines fetchWithProgress %d times, want 1", n)
	}
}

func TestStreamWasmResponse_NamesWhatGoAppChanged(t *testing.T) {
	for _, js := range []string{"function other() {}", "async function fetchWithProgress(url, progess) {\n  return 1;\n}\n"} {
		if _, err := streamWasmResponse([]byte(js)); err == nil || !strings.Contains(err.Error(), "fetchWithProgress") {
			t.Errorf("streamWasmResponse(%q): err %v, want one naming fetchWithProgress", js, err)
		}
	}
}

// The pre-rendered reconcile page is the one the app shows once it starts:
// the ledger as of the claim's date, not the latest date (the first paint
// said $1.23T and 30.4 GW, the app then $1.31T and 37.7 GW).
func TestPrerenderedReconcileOpensOnTheClaimDate(t *testing.T) {
	body := servedBody(t, "/reconcile")
	want := "against the ledger as of " + data.ClaimDate.String()
	if !strings.Contains(body, want) {
		i := strings.Index(body, "against the ledger as of")
		got := "nothing"
		if i >= 0 {
			got = body[i:min(len(body), i+40)]
		}
		t.Errorf("the pre-rendered /reconcile says %q, want %q", got, want)
	}
}
