//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	"os"
	"path"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// Compression levels: the best each format has. Brotli's best takes about
// 18 s for app.wasm, so large files are compressed once, at build time, by
// `computeledger compress` (make does it), and the server falls back to
// quickBrotliQuality for files without a fresh precompressed variant.
const (
	bestBrotliQuality  = 11
	quickBrotliQuality = 5
	gzipLevel          = gzip.BestCompression
	// quickCompressBytes is the size from which a file without a fresh
	// precompressed variant gets quickBrotliQuality instead of the best.
	quickCompressBytes = 1 << 20
)

// isCompressible reports whether a response of the content type shrinks
// under compression (text, scripts, JSON, SVG, WebAssembly; not images).
func isCompressible(contentType string) bool {
	ct, _, _ := mime.ParseMediaType(contentType)
	switch {
	case strings.HasPrefix(ct, "text/"),
		ct == "application/javascript", ct == "text/javascript",
		ct == "application/json", ct == "application/manifest+json",
		ct == "application/wasm", ct == "image/svg+xml":
		return true
	}
	return false
}

// compressBrotli returns b compressed with brotli at quality q.
func compressBrotli(b []byte, q int) []byte {
	var out bytes.Buffer
	w := brotli.NewWriterLevel(&out, q)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// compressGzip returns b compressed with gzip at its best level.
func compressGzip(b []byte) []byte {
	var out bytes.Buffer
	w, _ := gzip.NewWriterLevel(&out, gzipLevel)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// precompressed returns the variant of file at file+ext when it exists and
// is at least as new as file; nil otherwise.
func precompressed(file, ext string) []byte {
	src, err := os.Stat(file)
	if err != nil {
		return nil
	}
	v, err := os.Stat(file + ext)
	if err != nil || v.ModTime().Before(src.ModTime()) {
		return nil
	}
	b, err := os.ReadFile(file + ext)
	if err != nil {
		return nil
	}
	return b
}

// isVariant reports whether rel names a precompressed variant of another
// file rather than a file of its own.
func isVariant(rel string) bool {
	ext := path.Ext(rel)
	return ext == ".br" || ext == ".gz"
}

// encoding is a content coding the server can send.
type encoding int

// The codings, in order of preference.
const (
	identity encoding = iota
	encGzip
	encBrotli
)

// negotiate returns the coding the Accept-Encoding header prefers: the
// highest q-value (default 1) among brotli, gzip and identity, "*" standing
// for those not named; on a tie brotli, then gzip. A coding with q=0 is
// never chosen, except identity when nothing else is allowed.
func negotiate(acceptEncoding string) encoding {
	q := map[encoding]float64{identity: 0.001} // identity is acceptable unless refused
	named := map[encoding]bool{}
	star := -1.0
	for _, part := range strings.Split(acceptEncoding, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		weight := 1.0
		if qv, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			w, err := strconv.ParseFloat(strings.TrimSpace(qv), 64)
			if err != nil || w < 0 || w > 1 {
				continue
			}
			weight = w
		}
		var e encoding
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "br":
			e = encBrotli
		case "gzip", "x-gzip":
			e = encGzip
		case "identity":
			e = identity
		case "*":
			star = weight
			continue
		default:
			continue
		}
		q[e], named[e] = weight, true
	}
	if star >= 0 {
		for _, e := range []encoding{identity, encGzip, encBrotli} {
			if !named[e] {
				q[e] = star
			}
		}
	}
	best := identity
	for _, e := range []encoding{encGzip, encBrotli} {
		if q[e] > 0 && q[e] >= q[best] {
			best = e
		}
	}
	return best
}

// runCompress implements `computeledger compress FILE...`: it writes
// FILE.br (brotli at its best quality) and FILE.gz (gzip at its best
// level) beside each file, for the server and for static hosts that serve
// precompressed files.
func runCompress(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compress", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: computeledger compress FILE...")
		fmt.Fprintln(stderr, "\nWrites FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each FILE.")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	for _, file := range fs.Args() {
		b, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(stderr, "compress:", err)
			return 1
		}
		br, gz := compressBrotli(b, bestBrotliQuality), compressGzip(b)
		if err := os.WriteFile(file+".br", br, 0o644); err != nil {
			fmt.Fprintln(stderr, "compress:", err)
			return 1
		}
		if err := os.WriteFile(file+".gz", gz, 0o644); err != nil {
			fmt.Fprintln(stderr, "compress:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s: %d bytes, brotli %d, gzip %d\n", file, len(b), len(br), len(gz))
	}
	return 0
}
