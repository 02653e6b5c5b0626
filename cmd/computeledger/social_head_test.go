//go:build !wasm

package main

import (
	"errors"
	"fmt"
	"html"
	"image"
	"image/png"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/computeledger/computeledger/app/ui"
)

// metaTagPattern and metaAttrPattern read a page head's <meta> tags.
var (
	metaTagPattern  = regexp.MustCompile(`<meta\s([^>]*)>`)
	metaAttrPattern = regexp.MustCompile(`([a-zA-Z:_-]+)="([^"]*)"`)
)

// headMeta returns a page's <meta> tags keyed by their property or name
// (unescaped values); a key written twice is reported as "DUPLICATE".
func headMeta(page string) map[string]string {
	head, _, _ := strings.Cut(page, "</head>")
	out := map[string]string{}
	for _, m := range metaTagPattern.FindAllStringSubmatch(head, -1) {
		attrs := map[string]string{}
		for _, a := range metaAttrPattern.FindAllStringSubmatch(m[1], -1) {
			attrs[a[1]] = html.UnescapeString(a[2])
		}
		key := attrs["property"]
		if key == "" {
			key = attrs["name"]
		}
		if key == "" {
			continue
		}
		if _, dup := out[key]; dup {
			out[key] = "DUPLICATE"
			continue
		}
		out[key] = attrs["content"]
	}
	return out
}

// getWithHost requests target from h as if sent to host.
func getWithHost(h http.Handler, host, target string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, "http://example.test/", nil)
	req.Host = host
	req.URL.Path = target
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// checkPreviewTags reports what is missing or wrong in a view page's link
// preview tags, with the page's URL and image URL as wanted.
func checkPreviewTags(t *testing.T, meta map[string]string, wantURL, wantImagePrefix string) {
	t.Helper()
	for _, k := range []string{"og:title", "og:description", "og:image:alt", "twitter:title", "twitter:description", "og:site_name"} {
		if meta[k] == "" || meta[k] == "DUPLICATE" {
			t.Errorf("%s = %q, want one non-empty tag", k, meta[k])
		}
	}
	fixed := map[string]string{
		"og:type": "website", "og:url": wantURL, "og:image:width": "1200", "og:image:height": "630",
		"twitter:card": "summary_large_image", "twitter:title": meta["og:title"],
		"twitter:description": meta["og:description"], "twitter:image": meta["og:image"],
	}
	for k, want := range fixed {
		if got := meta[k]; got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if img := meta["og:image"]; !strings.HasPrefix(img, wantImagePrefix) || !strings.HasSuffix(img, ".png") {
		t.Errorf("og:image = %q, want a PNG under %q", img, wantImagePrefix)
	}
}

func TestServedPages_SocialPreviewTags(t *testing.T) {
	_, h := testServer(t, "/")
	descriptions := map[string]string{}
	for _, p := range ui.RoutePaths() {
		t.Run("the page at "+p+" has its own preview tags with absolute URLs of the host it was asked on", func(t *testing.T) {
			rec := getWithHost(h, "explorer.example:8123", p)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: %d", p, rec.Code)
			}
			meta := headMeta(rec.Body.String())
			checkPreviewTags(t, meta, "http://explorer.example:8123"+p, "http://explorer.example:8123/og/")
			if meta["og:description"] != meta["description"] {
				t.Errorf("og:description %q differs from the page's description %q", meta["og:description"], meta["description"])
			}
			if other, seen := descriptions[meta["og:description"]]; seen {
				t.Errorf("og:description of %s is the same as that of %s: %q", p, other, meta["og:description"])
			}
			descriptions[meta["og:description"]] = p
		})
	}
}

// siteURLSites holds the shared test site built with a -site-url, once.
var siteURLSites struct {
	sync.Mutex
	s *site
}

// testServerAt serves the shared fake web directory under /sub/ with the
// site URL https://explorer.example/sub/.
func testServerAt(t *testing.T) (*site, http.Handler) {
	t.Helper()
	testServer(t, "/") // makes the shared web directory
	siteURLSites.Lock()
	defer siteURLSites.Unlock()
	if siteURLSites.s == nil {
		s, err := newSiteAt(sharedSites.dir, "/sub/", "https://explorer.example")
		if err != nil {
			t.Fatal(err)
		}
		siteURLSites.s = s
	}
	s := siteURLSites.s
	return s, s.httpHandler(slog.New(slog.NewTextHandler(io.Discard, nil)))
}

func TestServedPages_SiteURL(t *testing.T) {
	// Its site, made with a -site-url, is no other test's.
	t.Parallel()
	_, h := testServerAt(t)
	for _, p := range ui.RoutePaths() {
		t.Run("the page at "+p+" uses the site URL, whatever Host the request names", func(t *testing.T) {
			rec := getWithHost(h, "attacker.example", "/sub"+p)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET /sub%s: %d", p, rec.Code)
			}
			checkPreviewTags(t, headMeta(rec.Body.String()), "https://explorer.example/sub"+p, "https://explorer.example/sub/og/")
			if strings.Contains(rec.Body.String(), "attacker.example") {
				t.Error("the page names the request's Host")
			}
		})
	}
}

func TestServedPages_HostileRequests(t *testing.T) {
	_, h := testServer(t, "/")
	t.Run("a Host that is not a plain host name gives relative URLs, escaped nowhere into the page", func(t *testing.T) {
		for _, host := range []string{`evil.example"><script>alert(1)</script>`, "user@evil.example", "evil.example/path", "evil example", ""} {
			rec := getWithHost(h, host, "/spend")
			body := rec.Body.String()
			if rec.Code != http.StatusOK {
				t.Fatalf("Host %q: %d", host, rec.Code)
			}
			if strings.Contains(body, "<script>alert") || strings.Contains(body, "evil") {
				t.Errorf("Host %q: the page holds the Host", host)
			}
			checkPreviewTags(t, headMeta(body), "/spend", "/og/")
		}
	})
	t.Run("a hostile path gets the not-found page, without its text in any tag", func(t *testing.T) {
		rec := getWithHost(h, "explorer.example", `/spend"><script>alert(1)</script>`)
		if rec.Code != http.StatusNotFound {
			t.Errorf("status %d, want 404", rec.Code)
		}
		body := rec.Body.String()
		if strings.Contains(body, "<script>alert") {
			t.Error("the hostile path is written into the page unescaped")
		}
		for k, v := range headMeta(body) {
			if strings.HasPrefix(k, "og:") || strings.HasPrefix(k, "twitter:") {
				t.Errorf("the not-found page has %s = %q, want no preview tags", k, v)
			}
		}
	})
	t.Run("a view with a trailing slash names the view's own URL", func(t *testing.T) {
		meta := headMeta(getWithHost(h, "explorer.example", "/spend/").Body.String())
		if got, want := meta["og:url"], "http://explorer.example/spend"; got != want {
			t.Errorf("og:url = %q, want %q", got, want)
		}
	})
	t.Run("many different Hosts do not grow the pages kept beyond a bound", func(t *testing.T) {
		s, _ := testServer(t, "/")
		t.Cleanup(func() { // the other tests share the site
			s.social.mu.Lock()
			s.social.byOrigin = map[string]*asset{}
			s.social.mu.Unlock()
		})
		for i := range maxOriginPages + 20 {
			getWithHost(h, fmt.Sprintf("h%d.example", i), "/")
		}
		s.social.mu.Lock()
		n := len(s.social.byOrigin)
		s.social.mu.Unlock()
		if n > maxOriginPages {
			t.Errorf("%d pages kept, want at most %d", n, maxOriginPages)
		}
		meta := headMeta(getWithHost(h, "late.example", "/").Body.String())
		if got := meta["og:url"]; got != "/" && got != "http://late.example/" {
			t.Errorf("og:url = %q, want the relative or the request's URL", got)
		}
	})
}

func TestServedOGImages(t *testing.T) {
	// It only reads the shared sites. TestServedPages_HostileRequests, which
	// empties their page caches, is serial, so it has finished before any
	// parallel test starts.
	t.Parallel()
	for _, prefix := range []string{"/", "/sub/"} {
		_, h := testServer(t, prefix)
		for _, v := range ui.SocialViews() {
			path := prefix + ogImagePath(v.Name)
			t.Run(path+" is a 1200x630 PNG", func(t *testing.T) {
				rec := get(h, http.MethodGet, path)
				if rec.Code != http.StatusOK {
					t.Fatalf("GET %s: %d", path, rec.Code)
				}
				if ct := rec.Header().Get("Content-Type"); ct != "image/png" {
					t.Errorf("Content-Type %q, want image/png", ct)
				}
				img, err := png.Decode(rec.Body)
				if err != nil {
					t.Fatal(err)
				}
				if got := img.Bounds().Size(); got != image.Pt(1200, 630) {
					t.Errorf("size %v, want 1200x630", got)
				}
			})
		}
	}
	t.Run("an image of no view is not found", func(t *testing.T) {
		_, h := testServer(t, "/")
		if rec := get(h, http.MethodGet, "/og/nothing.png"); rec.Code != http.StatusNotFound {
			t.Errorf("status %d, want 404", rec.Code)
		}
	})
	t.Run("the worker does not precache the preview images", func(t *testing.T) {
		worker := servedBody(t, "/app-worker.js")
		if strings.Contains(worker, "/og/") {
			t.Error("app-worker.js lists /og/ images: every visitor would download them")
		}
	})
}

func TestParseSiteURL(t *testing.T) {
	ok := []struct{ name, raw, prefix, want string }{
		{"no site URL is none", "", "/sub/", ""},
		{"an origin takes the prefix", "https://example.org", "/sub/", "https://example.org/sub/"},
		{"an origin with a slash takes the prefix", "https://example.org/", "/sub/", "https://example.org/sub/"},
		{"a path is used as given, with a trailing slash", "https://example.org/explorer", "/", "https://example.org/explorer/"},
		{"http and a port are kept, the host lower-cased", "http://Example.ORG:8080/sub/", "/sub/", "http://example.org:8080/sub/"},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseSiteURL(c.raw, c.prefix)
			if err != nil || got != c.want {
				t.Errorf("parseSiteURL(%q, %q) = %q, %v; want %q", c.raw, c.prefix, got, err, c.want)
			}
		})
	}
	bad := []struct{ name, raw string }{
		{"a relative URL", "/sub/"},
		{"another scheme", "ftp://example.org/"},
		{"a javascript URL", "javascript:alert(1)"},
		{"a user", "https://user@example.org/"},
		{"a query", "https://example.org/?a=1"},
		{"a fragment", "https://example.org/#top"},
		{"a quote in the host", `https://example.org"><script>/`},
		{"a quote in the path", `https://example.org/a"b/`},
		{"a dot-dot path", "https://example.org/a/../b/"},
	}
	for _, c := range bad {
		t.Run(c.name+" is refused", func(t *testing.T) {
			if got, err := parseSiteURL(c.raw, "/"); !errors.Is(err, ErrBadSiteURL) {
				t.Errorf("parseSiteURL(%q) = %q, %v; want ErrBadSiteURL", c.raw, got, err)
			}
		})
	}
}

func TestSocialTags_Escaping(t *testing.T) {
	hostile := `"><script>alert(1)</script>`
	p := socialPage{SocialView: ui.SocialView{Path: "/spend", Name: "spend", PageTitle: "T" + hostile, Description: "D" + hostile}, ImageAlt: "A" + hostile}
	tags := socialTags(p, "/sub/")
	t.Run("values with quotes and tags are escaped", func(t *testing.T) {
		if strings.Contains(tags, "<script>") || strings.Count(tags, `"><`) > 0 {
			t.Errorf("tags hold the hostile text unescaped:\n%s", tags)
		}
	})
	t.Run("the escaped values read back as given", func(t *testing.T) {
		meta := headMeta(tags)
		for k, want := range map[string]string{"og:title": p.PageTitle, "og:description": p.Description, "og:image:alt": p.ImageAlt, "og:url": "/sub/spend", "og:image": "/sub/og/spend.png"} {
			if got := meta[k]; got != want {
				t.Errorf("%s = %q, want %q", k, got, want)
			}
		}
	})
}

func TestValidHost(t *testing.T) {
	cases := []struct {
		host string
		want bool
	}{
		{"example.org", true}, {"127.0.0.1:8000", true}, {"[::1]:8080", true}, {"Localhost", true},
		{"", false}, {"a b", false}, {`x"y`, false}, {"x/y", false}, {"u@x", false}, {"x:port", false}, {"-x.org", false},
	}
	for _, c := range cases {
		if got := validHost(c.host); got != c.want {
			t.Errorf("validHost(%q) = %v, want %v", c.host, got, c.want)
		}
	}
}
