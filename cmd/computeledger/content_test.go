package main

import (
	"net/http"
	"strings"
	"testing"
)

// The loader the site serves starts app.wasm after the first paint and
// hands WebAssembly.instantiateStreaming the fetched response itself, so
// that Chromium can keep the compiled module between visits: with go-app's
// own loader, which builds a new Response from a stream, a visit with
// everything cached still spent about 220 ms more before the controls
// answered (make bench, warm).
func TestAppJS_StreamsTheFetchedWasmResponse(t *testing.T) {
	_, h := testServer(t, "/")
	rec := get(h, http.MethodGet, "/app.js")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /app.js: %d", rec.Code)
	}
	js := rec.Body.String()
	for _, want := range []string{
		"requestAnimationFrame(() => setTimeout(goappInitWebAssembly, 0))",
		"const reader = response.clone().body.getReader();",
		"  return response;\n}",
		`fetchWithProgress("/web/app.wasm`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	for _, gone := range []string{"new ReadableStream(", "\ngoappInitWebAssembly();\n", "return res;"} {
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
