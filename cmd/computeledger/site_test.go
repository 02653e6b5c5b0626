//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeWeb writes a web directory with small stand-ins for the built assets
// and returns its path.
func fakeWeb(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	writeFakeWeb(t, dir)
	return dir
}

// writeFakeWeb writes fakeWeb's files into dir.
func writeFakeWeb(t testing.TB, dir string) {
	t.Helper()
	files := map[string]string{
		"app.wasm":                      "\x00asm fake module " + strings.Repeat("compressible ", 100),
		"echarts.min.js":                "window.echarts={};",
		"app.css":                       "body{}",
		"prerender.js":                  "/* draws pre-rendered charts */",
		"first-paint.js":                "/* the first paint's layout */",
		"icons/icon-192.png":            pngOf(t, 192, 192),
		"icons/icon-512.png":            pngOf(t, 512, 512),
		"icons/icon-maskable-512.png":   pngOf(t, 512, 512),
		"icons/icon.svg":                "<svg/>",
		"screenshots/overview-wide.png": pngOf(t, 1280, 800),
		"echarts-entry.js":              "import 'echarts/core';",
		"echarts-entry.test.mjs":        "test",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pngOf returns a blank PNG of the given size.
func pngOf(t testing.TB, w, h int) string {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestNormalizePrefix(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        bool
	}{
		{"empty means the root", "", "/", false},
		{"the root stays the root", "/", "/", false},
		{"a sub-path gains its trailing slash", "/sub", "/sub/", false},
		{"a sub-path with a trailing slash is kept", "/sub/", "/sub/", false},
		{"nested sub-paths are fine", "/a/b/", "/a/b/", false},
		{"a relative path is refused", "sub/", "", true},
		{"dot-dot is refused", "/a/../b/", "", true},
		{"a double slash is refused", "//evil.example/", "", true},
		{"a query is refused", "/sub/?x=1", "", true},
		{"a quote is refused", `/sub"/`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := normalizePrefix(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrBadPrefix) {
					t.Errorf("normalizePrefix(%q): got %q, %v; want ErrBadPrefix", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("normalizePrefix(%q): got %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestNewSite(t *testing.T) {
	t.Run("a missing app.wasm names the file and the make target", func(t *testing.T) {
		dir := fakeWeb(t)
		os.Remove(filepath.Join(dir, "app.wasm"))
		_, err := newSite(dir, "/")
		if !errors.Is(err, ErrMissingAsset) || !strings.Contains(err.Error(), "app.wasm") || !strings.Contains(err.Error(), "make wasm") {
			t.Errorf("got %v, want ErrMissingAsset naming app.wasm and make wasm", err)
		}
	})
	t.Run("the version changes with the assets and only with them", func(t *testing.T) {
		dir := fakeWeb(t)
		a, err := hashDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := hashDir(dir); b != a {
			t.Errorf("same assets, different versions: %s and %s", a, b)
		}
		os.WriteFile(filepath.Join(dir, "app.wasm.br"), []byte("derived"), 0o644)
		if b, _ := hashDir(dir); b != a {
			t.Errorf("a precompressed variant changed the version from %s to %s", a, b)
		}
		os.WriteFile(filepath.Join(dir, "app.css"), []byte("body{color:red}"), 0o644)
		if c, _ := hashDir(dir); c == a {
			t.Errorf("changed app.css, version stayed %s", a)
		}
	})
	t.Run("the site's version is that of its web directory", func(t *testing.T) {
		s, _ := testServer(t, "/")
		want, err := hashDir(s.webDir)
		if err != nil {
			t.Fatal(err)
		}
		if s.version != want {
			t.Errorf("site version %s, web directory's %s", s.version, want)
		}
	})
}

func TestIsShippedAsset(t *testing.T) {
	tests := []struct {
		rel  string
		want bool
	}{
		{"app.wasm", true},
		{"icons/icon-192.png", true},
		{"echarts-entry.js", false},
		{"echarts-entry.test.mjs", false},
		{".DS_Store", false},
	}
	for _, tt := range tests {
		if got := isShippedAsset(tt.rel); got != tt.want {
			t.Errorf("isShippedAsset(%q): got %v, want %v", tt.rel, got, tt.want)
		}
	}
}
