//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/ui"
)

// ErrBadSiteURL reports a -site-url that is not an absolute http(s) URL.
var ErrBadSiteURL = errors.New("bad site URL")

// siteName is og:site_name.
const siteName = "Compute Ledger"

// parseSiteURL returns the public address of the site's root page, with a
// trailing slash ("https://example.org/sub/"), from a -site-url value: an
// absolute http or https URL without user, query or fragment. An address
// without a path is the origin, and the prefix is added to it; one with a
// path is used as given (a proxy may serve the site under another path).
// An empty value returns "".
func parseSiteURL(raw, prefix string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return "", fmt.Errorf("%w: %v", ErrBadSiteURL, err)
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("%w: %q must start with https:// or http://", ErrBadSiteURL, raw)
	case u.Host == "" || !validHost(u.Host):
		return "", fmt.Errorf("%w: %q has no valid host name", ErrBadSiteURL, raw)
	case u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" || strings.HasSuffix(raw, "?") || strings.HasSuffix(raw, "#"):
		return "", fmt.Errorf("%w: %q must be scheme://host/path/ only (no user, query or fragment)", ErrBadSiteURL, raw)
	}
	p := u.EscapedPath()
	if p == "" || p == "/" {
		p = prefix
	}
	if clean, err := normalizePrefix(p); err != nil {
		return "", fmt.Errorf("%w: %q: the path %v", ErrBadSiteURL, raw, err)
	} else {
		p = clean
	}
	return u.Scheme + "://" + strings.ToLower(u.Host) + p, nil
}

// hostPattern is a host name or IPv4 address, or a bracketed IPv6
// address, with an optional port.
var hostPattern = regexp.MustCompile(`^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$`)

// validHost reports whether h is a plain host[:port], nothing a page could
// be tricked into writing.
func validHost(h string) bool {
	return len(h) <= 253 && hostPattern.MatchString(strings.ToLower(h))
}

// requestBase returns the site's root address as the request reached it
// ("http://127.0.0.1:8000/sub/"), the fallback when no -site-url is set.
// The Host header is the client's to choose: it is used only when it is a
// plain host[:port], and never when a -site-url is set. ok is false for
// any other Host.
func requestBase(r *http.Request, prefix string) (base string, ok bool) {
	if !validHost(r.Host) {
		return "", false
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + strings.ToLower(r.Host) + prefix, true
}

// socialPage is the preview of one view's page: its text and the alt text
// of its image.
type socialPage struct {
	ui.SocialView
	ImageAlt string
}

// ogImagePath returns the path of a view's preview image, relative to the
// site's root: "og/spend.png".
func ogImagePath(name string) string { return "og/" + name + ".png" }

// socialTags returns the Open Graph and Twitter card tags of a page, with
// URLs under base: an absolute root address ("https://example.org/sub/")
// or, without one, the prefix ("/sub/"). Every value is HTML-escaped.
func socialTags(p socialPage, base string) string {
	pageURL := base + strings.TrimPrefix(p.Path, "/")
	image := base + ogImagePath(p.Name)
	var b strings.Builder
	tag := func(attr, key, value string) {
		fmt.Fprintf(&b, "    <meta %s=\"%s\" content=\"%s\">\n", attr, key, html.EscapeString(value))
	}
	tag("property", "og:type", "website")
	tag("property", "og:site_name", siteName)
	tag("property", "og:url", pageURL)
	tag("property", "og:title", p.PageTitle)
	tag("property", "og:description", p.Description)
	tag("property", "og:image", image)
	tag("property", "og:image:type", "image/png")
	tag("property", "og:image:width", strconv.Itoa(ogWidth))
	tag("property", "og:image:height", strconv.Itoa(ogHeight))
	tag("property", "og:image:alt", p.ImageAlt)
	tag("name", "twitter:card", "summary_large_image")
	tag("name", "twitter:title", p.PageTitle)
	tag("name", "twitter:description", p.Description)
	tag("name", "twitter:image", image)
	tag("name", "twitter:image:alt", p.ImageAlt)
	return b.String()
}

// goAppSocialTag matches one of the tags go-app writes for social
// networks (og:url, og:title, og:description, og:type, og:image and any
// twitter: tag) on its own line, whatever the order of its attributes
// (go-app writes them in map order). Unset, its Domain and Image give
// "https:///ledger" and "https://".
var goAppSocialTag = regexp.MustCompile(`(?m)^[ \t]*<meta\b[^>]*\b(?:property="og:|name="twitter:)[^>]*>[ \t]*\r?\n`)

// replaceSocialTags removes go-app's social tags from a pre-rendered
// page's head and writes tags before its <title> (tags "" only removes
// them).
func replaceSocialTags(page []byte, tags string) ([]byte, error) {
	headEnd := bytes.Index(page, []byte("</head>"))
	if headEnd < 0 {
		return nil, fmt.Errorf("page head: no </head>; review replaceSocialTags")
	}
	head := goAppSocialTag.ReplaceAll(page[:headEnd], nil)
	title := bytes.Index(head, []byte("<title>"))
	if title < 0 || bytes.Contains(head, []byte(`"og:`)) {
		return nil, fmt.Errorf("page head: go-app no longer writes its og: tags on lines of their own before <title>; review replaceSocialTags")
	}
	title = bytes.LastIndexByte(head[:title], '\n') + 1
	out := make([]byte, 0, len(page)+len(tags))
	out = append(out, head[:title]...)
	out = append(out, tags...)
	out = append(out, head[title:]...)
	return append(out, page[headEnd:]...), nil
}
