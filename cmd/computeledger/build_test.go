//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/ui"
)

func TestRunBuild(t *testing.T) {
	web := fakeWeb(t)
	out := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	if code := runBuild([]string{"-web", web, "-out", out, "-prefix", "/sub/"}, &stdout, &stderr); code != 0 {
		t.Fatalf("build exited %d: %s", code, stderr.String())
	}

	t.Run("every file a static host needs is written", func(t *testing.T) {
		want := []string{
			"index.html", "404.html", "app.js", "app-worker.js", "wasm_exec.js",
			"manifest.webmanifest", "app.css", "web/app.wasm", "web/echarts.min.js",
			"web/app.css", "web/icons/icon-192.png", "web/icons/icon.svg",
			"index.html.br", "index.html.gz", "web/app.wasm.br", "web/app.wasm.gz",
		}
		for _, p := range ui.RoutePaths() {
			if p != "/" {
				want = append(want, strings.TrimPrefix(p, "/")+".html", strings.TrimPrefix(p, "/")+"/index.html")
			}
		}
		for _, name := range want {
			if _, err := os.Stat(filepath.Join(out, name)); err != nil {
				t.Errorf("%s not written: %v", name, err)
			}
		}
	})
	t.Run("sources of built assets are not shipped", func(t *testing.T) {
		for _, name := range []string{"web/echarts-entry.js", "web/echarts-entry.test.mjs"} {
			if _, err := os.Stat(filepath.Join(out, name)); err == nil {
				t.Errorf("%s shipped", name)
			}
		}
	})
	t.Run("the pages link their assets under the prefix", func(t *testing.T) {
		page, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`"/sub/web/app.css?v=`, `"/sub/app.js"`, `"/sub/web/echarts.min.js?v=`, `"/sub/manifest.webmanifest"`, `href="/sub/"`} {
			if !bytes.Contains(page, []byte(want)) {
				t.Errorf("index.html lacks %s", want)
			}
		}
		if bytes.Contains(page, []byte("/sub/sub/")) {
			t.Errorf("index.html doubles the prefix:\n%s", page)
		}
	})
	t.Run("404.html is the not-found page with links under the prefix", func(t *testing.T) {
		page, err := os.ReadFile(filepath.Join(out, "404.html"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"<h1>No such page</h1>", `href="/sub/ledger"`, `href="/sub/compare"`} {
			if !bytes.Contains(page, []byte(want)) {
				t.Errorf("404.html lacks %s", want)
			}
		}
	})
	t.Run("the worker precaches the start page with its trailing slash", func(t *testing.T) {
		worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(worker, []byte(`"/sub/"`)) || !bytes.Contains(worker, []byte(`"/sub/web/app.wasm?v=`)) || !bytes.Contains(worker, []byte(`"/sub/404.html"`)) {
			t.Errorf("worker does not precache /sub/ and /sub/web/app.wasm:\n%s", worker)
		}
	})
	t.Run("a rebuild replaces the previous build", func(t *testing.T) {
		stale := filepath.Join(out, "stale.txt")
		os.WriteFile(stale, []byte("old"), 0o644)
		if code := runBuild([]string{"-web", web, "-out", out, "-prefix", "/sub/"}, &stdout, &stderr); code != 0 {
			t.Fatalf("rebuild exited %d: %s", code, stderr.String())
		}
		if _, err := os.Stat(stale); err == nil {
			t.Errorf("stale file survived the rebuild")
		}
	})
}

func TestRunBuild_RefusesForeignDirectory(t *testing.T) {
	web := fakeWeb(t)
	out := t.TempDir()
	keep := filepath.Join(out, "precious.txt")
	os.WriteFile(keep, []byte("mine"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := runBuild([]string{"-web", web, "-out", out}, &stdout, &stderr); code != 1 {
		t.Fatalf("got exit %d, want 1", code)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("build deleted a file it did not write: %v", err)
	}
	if !strings.Contains(stderr.String(), "not written by computeledger build") {
		t.Errorf("got message %q, want one saying the directory is not a build", stderr.String())
	}
	if err := prepareOut(out); !errors.Is(err, ErrOutNotBuild) {
		t.Errorf("prepareOut: got %v, want ErrOutNotBuild", err)
	}
}
