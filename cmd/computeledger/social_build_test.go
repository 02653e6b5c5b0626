//go:build !wasm

package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/ui"
)

// staticPageFiles returns the files a static build writes for a view.
func staticPageFiles(path string) []string {
	if path == "/" {
		return []string{"index.html"}
	}
	name := strings.TrimPrefix(path, "/")
	return []string{name + ".html", name + "/index.html"}
}

func TestRunBuild_SocialPreviews(t *testing.T) {
	t.Parallel()
	web := fakeWeb(t)
	build := func(t *testing.T, args ...string) (string, string) {
		t.Helper()
		out := filepath.Join(t.TempDir(), "site")
		var stdout, stderr bytes.Buffer
		if code := runBuild(append([]string{"-web", web, "-out", out, "-prefix", "/sub/"}, args...), &stdout, &stderr); code != 0 {
			t.Fatalf("build exited %d: %s", code, stderr.String())
		}
		return out, stdout.String()
	}
	withURL, _ := build(t, "-site-url", "https://example.org/sub/")
	relative, said := sharedBuild(t) // built with -prefix /sub/ and no -site-url

	for _, v := range ui.SocialViews() {
		for _, file := range staticPageFiles(v.Path) {
			t.Run(file+" has its view's tags with absolute URLs under -site-url", func(t *testing.T) {
				page, err := os.ReadFile(filepath.Join(withURL, file))
				if err != nil {
					t.Fatal(err)
				}
				meta := headMeta(string(page))
				checkPreviewTags(t, meta, "https://example.org/sub"+v.Path, "https://example.org/sub/og/")
				if got, want := meta["og:description"], v.Description; got != want {
					t.Errorf("og:description = %q, want the view's lede %q", got, want)
				}
				if got, want := meta["og:image"], "https://example.org/sub/og/"+v.Name+".png"; got != want {
					t.Errorf("og:image = %q, want %q", got, want)
				}
			})
			t.Run(file+" has URLs under the prefix without -site-url", func(t *testing.T) {
				page, err := os.ReadFile(filepath.Join(relative, file))
				if err != nil {
					t.Fatal(err)
				}
				checkPreviewTags(t, headMeta(string(page)), "/sub"+v.Path, "/sub/og/")
			})
		}
		t.Run("og/"+v.Name+".png is a 1200x630 PNG", func(t *testing.T) {
			f, err := os.Open(filepath.Join(withURL, "og", v.Name+".png"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			if got := img.Bounds().Size(); got != image.Pt(1200, 630) {
				t.Errorf("size %v, want 1200x630", got)
			}
		})
	}
	t.Run("the build says when the preview URLs are relative", func(t *testing.T) {
		if !strings.Contains(said, "No -site-url") || !strings.Contains(said, "link-preview images drawn in") {
			t.Errorf("stdout %q does not say the URLs are relative and how long the images took", said)
		}
	})
	t.Run("images are not compressed twice", func(t *testing.T) {
		if _, err := os.Stat(filepath.Join(withURL, "og", "spend.png.gz")); err == nil {
			t.Error("og/spend.png.gz written: PNG does not compress")
		}
	})
	t.Run("a bad -site-url stops the build", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		out := filepath.Join(t.TempDir(), "site")
		if code := runBuild([]string{"-web", web, "-out", out, "-site-url", "example.org"}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "bad site URL") {
			t.Errorf("exit %d, stderr %q; want 1 and bad site URL", code, stderr.String())
		}
	})
}
