//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/computeledger/computeledger/app/ui"
)

// sharedBuildArgs are the flags of the static build that the tests which
// only read a build share.
var sharedBuildArgs = []string{"-prefix", "/sub/"}

// sharedBuildState holds that build, made once for the package's tests
// from a fake web directory of its own (removed by TestMain): a build
// renders, compresses and writes every page and draws every link-preview
// image, more than a second of CPU, and several tests check the same
// build's files without changing them.
var sharedBuildState struct {
	sync.Mutex
	done   bool
	root   string // holds web and site
	out    string // the build's directory
	stdout string // what the build printed
	err    string // why the build failed, or ""
}

// sharedBuild returns the directory of the shared static build (built
// with runBuild and sharedBuildArgs) and what the build printed. Tests
// must not change its files: one that needs to, copies it.
func sharedBuild(t testing.TB) (out, stdout string) {
	t.Helper()
	b := &sharedBuildState
	b.Lock()
	defer b.Unlock()
	if !b.done {
		b.done = true
		root, err := os.MkdirTemp("", "computeledger-build-")
		if err != nil {
			b.err = err.Error()
		} else {
			b.root = root
			web := filepath.Join(root, "web")
			b.err = "its web directory was not written" // until it is
			writeFakeWeb(t, web)
			b.err = ""
			out := filepath.Join(root, "site")
			var stdout, stderr bytes.Buffer
			if code := runBuild(append([]string{"-web", web, "-out", out}, sharedBuildArgs...), &stdout, &stderr); code != 0 {
				b.err = fmt.Sprintf("build exited %d: %s", code, stderr.String())
			}
			b.out, b.stdout = out, stdout.String()
		}
	}
	if b.err != "" {
		t.Fatalf("shared build: %s", b.err)
	}
	return b.out, b.stdout
}

// removeSharedBuild removes the shared build and its web directory.
func removeSharedBuild() {
	if sharedBuildState.root != "" {
		os.RemoveAll(sharedBuildState.root)
	}
}

func TestRunBuild(t *testing.T) {
	// The build tests run beside each other: each writes only into
	// directories of its own and the shared build is never changed.
	t.Parallel()
	out, _ := sharedBuild(t)

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
		// The rebuild clears its directory, so it runs on a copy of the
		// shared build, which other tests read meanwhile.
		prev := filepath.Join(t.TempDir(), "site")
		if err := os.CopyFS(prev, os.DirFS(out)); err != nil {
			t.Fatal(err)
		}
		stale := filepath.Join(prev, "stale.txt")
		os.WriteFile(stale, []byte("old"), 0o644)
		var stdout, stderr bytes.Buffer
		if code := runBuild([]string{"-web", fakeWeb(t), "-out", prev, "-prefix", "/sub/"}, &stdout, &stderr); code != 0 {
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
