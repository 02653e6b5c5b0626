//go:build !wasm

package main

import (
	"path/filepath"
	"strings"
)

// Static hosts cannot learn the site's headers from its files: the build
// writes them as host configuration beside the pages. Every response gets
// the server's security headers; the embed pages get the policy that lets
// other sites frame them, every other page (the not-found page included)
// the one that forbids it.

// The files of host configuration the build writes into its output.
const (
	// headersFileName is the headers file of Cloudflare Pages and Netlify.
	headersFileName = "_headers"
	// nginxFileName holds nginx location blocks to include in a server.
	nginxFileName = "nginx.conf"
)

// headersFile returns the _headers file for a site hosted at prefix: the
// security headers for every path, and for the embed pages a detach line
// ("! Content-Security-Policy", Cloudflare Pages' syntax) and the policy
// that allows framing, since a host sends every header of every rule that
// matches and two policies are both enforced.
func headersFile(prefix string) []byte {
	var b strings.Builder
	b.WriteString("# Security headers of Compute Ledger, written by computeledger build.\n")
	b.WriteString("# Only the embed pages may be framed by other sites.\n")
	b.WriteString(prefix + "*\n")
	b.WriteString("  Content-Security-Policy: " + contentSecurityPolicy + "\n")
	for _, kv := range siteHeaders {
		b.WriteString("  " + kv[0] + ": " + kv[1] + "\n")
	}
	b.WriteString(prefix + "embed/*\n")
	b.WriteString("  ! Content-Security-Policy\n")
	b.WriteString("  Content-Security-Policy: " + embedContentSecurityPolicy + "\n")
	return []byte(b.String())
}

// nginxConf returns nginx location blocks serving the site at prefix as
// a plain static host does (the file, then file.html, then
// file/index.html, else the site's 404.html), with the security headers:
// the embed pages' location allows framing, the site's forbids it. An
// unknown address under embed/ is answered from the site's location, with
// its policy.
func nginxConf(prefix string) []byte {
	var b strings.Builder
	b.WriteString("# nginx locations of Compute Ledger, written by computeledger build.\n")
	b.WriteString("# Include this file in a server block whose root holds the site at " + prefix + ".\n")
	location := func(path, csp string) {
		b.WriteString("location " + path + " {\n")
		b.WriteString("  try_files $uri $uri.html $uri/index.html =404;\n")
		b.WriteString("  error_page 404 " + prefix + "404.html;\n")
		b.WriteString("  add_header Content-Security-Policy \"" + csp + "\" always;\n")
		for _, kv := range siteHeaders {
			b.WriteString("  add_header " + kv[0] + " \"" + kv[1] + "\" always;\n")
		}
		b.WriteString("}\n")
	}
	location(prefix, contentSecurityPolicy)
	location(prefix+"embed/", embedContentSecurityPolicy)
	return []byte(b.String())
}

// writeHostConfig writes the host configuration for prefix into out.
func writeHostConfig(out, prefix string) error {
	if err := writeFile(filepath.Join(out, headersFileName), headersFile(prefix)); err != nil {
		return err
	}
	return writeFile(filepath.Join(out, nginxFileName), nginxConf(prefix))
}
