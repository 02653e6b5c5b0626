//go:build !wasm

package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Server timeouts: a slow or stalled client cannot hold a connection open.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 120 * time.Second
	maxHeaderBytes    = 64 << 10
	// shutdownTimeout is how long a stopping server lets responses in
	// flight finish: as long as any response may take (writeTimeout), so
	// the only download cut at shutdown is one that would have been cut
	// anyway.
	shutdownTimeout = writeTimeout
)

// runServe implements `computeledger serve`.
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "`host:port` to listen on")
	webDir := fs.String("web", "web", "`directory` of the built web assets (app.wasm, echarts.min.js, app.css, icons)")
	prefix := fs.String("prefix", "/", "URL `path` the explorer is served under, e.g. /explorer/")
	siteURL := fs.String("site-url", "", "public `URL` of the explorer, e.g. https://example.org/explorer/, for the absolute og:url and og:image of link previews (default: the request's Host, when it is a plain host name)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: computeledger serve [-addr host:port] [-web dir] [-prefix /path/] [-site-url URL]")
		fmt.Fprintln(stderr, "\nServes the explorer. Stop it with Ctrl-C (SIGINT) or SIGTERM.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}

	s, err := newSiteAt(*webDir, *prefix, *siteURL)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stdout, "Compute Ledger %s serving http://%s%s\n", s.version, ln.Addr(), s.prefix)
	if s.siteURL == "" {
		logger.Info("link previews name the Host each request was sent to; set -site-url to name the public address")
	}
	if err := serveUntilDone(ctx, ln, s.httpHandler(logger), logger); err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	return 0
}

// serveUntilDone serves h on ln until ctx is done, then shuts down
// gracefully, letting requests in flight finish.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler, logger *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down", "timeout", shutdownTimeout)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// httpHandler returns the site's handler: access log, security headers,
// request checks, then assets under /web/ or the app's pages and scripts.
func (s *site) httpHandler(logger *slog.Logger) http.Handler {
	return accessLog(logger, securityHeaders(http.HandlerFunc(s.route)))
}

// route checks the request and answers it from the site's content.
func (s *site) route(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rel, ok := sitePath(s.prefix, r.URL.Path)
	if !ok {
		http.Error(w, "bad request path", http.StatusBadRequest)
		return
	}
	a, found := lookup(s.content, rel)
	if !found {
		a, found = s.ogImage(rel)
	}
	switch {
	case found:
		s.serveAsset(w, r, s.pageFor(r, rel, a))
	case rel == "" || strings.HasPrefix(rel, "/web/"):
		// Outside the site, or an asset: no page would help a script.
		http.NotFound(w, r)
	default:
		s.serveNotFound(w, r)
	}
}

// serveNotFound answers an address that is none of the site's pages with
// the app's own not-found page and status 404.
func (s *site) serveNotFound(w http.ResponseWriter, r *http.Request) {
	a := s.content[notFoundPage]
	body, _, contentEncoding := a.variant(negotiate(r.Header.Get("Accept-Encoding")))
	h := w.Header()
	h.Set("Vary", "Accept-Encoding")
	if contentEncoding != "" {
		h.Set("Content-Encoding", contentEncoding)
	}
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// sitePath returns the path of a request relative to the site's prefix
// ("/" for the prefix itself) and whether the path is acceptable: clean,
// absolute, free of control characters, backslashes and NUL. A path
// outside the prefix is acceptable but returns "".
func sitePath(prefix, p string) (string, bool) {
	if p == "" || p[0] != '/' || strings.ContainsAny(p, "\x00\\") {
		return "", false
	}
	for _, c := range p {
		if c < 0x20 || c == 0x7f {
			return "", false
		}
	}
	clean := path.Clean(p)
	if clean != p && clean+"/" != p {
		return "", false
	}
	base := strings.TrimRight(prefix, "/")
	switch {
	case p == base || p == base+"/":
		return "/", true
	case strings.HasPrefix(p, base+"/"):
		return strings.TrimPrefix(p, base), true
	}
	return "", true
}

// immutableCache is the Cache-Control of a web asset requested with the
// current version in its URL: the URL changes with the content.
const immutableCache = "public, max-age=31536000, immutable"

// serveAsset sends a in the best coding the client accepts, with its
// ETag (and 304 on a match), Vary and the caching rule for its kind.
func (s *site) serveAsset(w http.ResponseWriter, r *http.Request, a *asset) {
	h := w.Header()
	body, etag, contentEncoding := a.variant(negotiate(r.Header.Get("Accept-Encoding")))
	if a.br != nil || a.gz != nil {
		h.Set("Vary", "Accept-Encoding")
	}
	if contentEncoding != "" {
		h.Set("Content-Encoding", contentEncoding)
	}
	h.Set("Content-Type", a.contentType)
	h.Set("ETag", etag)
	if a.frameable {
		h.Set("Content-Security-Policy", embedContentSecurityPolicy)
	}
	switch {
	case a.revalidate:
		h.Set("Cache-Control", "no-cache")
	case r.URL.Query().Get(versionParam) == s.version:
		h.Set("Cache-Control", immutableCache)
	default:
		h.Set("Cache-Control", "no-cache")
	}
	if rng := r.Header.Get("Range"); strings.Count(rng, ",") >= maxRanges {
		// Thousands of ranges would send the body many times over (and
		// multipart headers around each): answer with the whole body once.
		r.Header.Del("Range")
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// maxRanges is the most byte ranges one request may ask for; a request
// with more gets the whole body (status 200), never more bytes than that.
const maxRanges = 16

// securityHeaders sets the headers every response carries.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		for _, kv := range siteHeaders {
			h.Set(kv[0], kv[1])
		}
		next.ServeHTTP(w, r)
	})
}

// siteHeaders are the headers every response carries besides its
// Content-Security-Policy; the static build's host configuration sets
// them too (host_config.go).
var siteHeaders = [][2]string{
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "strict-origin-when-cross-origin"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"},
	// Opener isolation applies to top-level pages only: a framed embed
	// page is not affected.
	{"Cross-Origin-Opener-Policy", "same-origin"},
}

// contentSecurityPolicy allows only the site's own origin, plus compiling
// WebAssembly. Inline style attributes are allowed because ECharts and the
// pre-rendered pages position elements with them.
const contentSecurityPolicy = cspSources + "; frame-ancestors 'none'"

// embedContentSecurityPolicy is the policy of the embed pages: the same
// sources, but any site may frame them. An embed page shows one chart of
// public figures and a link that opens in a new tab; it has no control
// that acts on the reader's behalf, so a frame cannot trick a click into
// anything. "*" allows every http and https page (not data: or file:
// documents, which have no origin to name).
const embedContentSecurityPolicy = cspSources + "; frame-ancestors *"

// cspSources are the policy's directives besides frame-ancestors.
const cspSources = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
	"worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
	"form-action 'self'"

// statusRecorder remembers the status and size of a response for the log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += int64(n)
	return n, err
}

// accessLog logs one line per request with log/slog.
func accessLog(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		logger.Info("request",
			"method", r.Method,
			"path", r.URL.Path,
			"status", rec.status,
			"bytes", rec.bytes,
			"duration", time.Since(start),
			"remote", r.RemoteAddr,
		)
	})
}
