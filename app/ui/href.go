package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rootPrefixEnv is the go-app environment variable that holds the site's
// path prefix as resolved by the Handler ("/" at the root, "/sub/" below it).
const rootPrefixEnv = "GOAPP_ROOT_PREFIX"

// Href returns the URL of the in-app path p (such as "/ledger") under the
// prefix the site is served from, so links keep a sub-path. On the server
// go-app resolves every link through the Handler's resolver itself; in the
// browser it resolves only /web/ paths, so Href adds the prefix there.
func Href(p string) string {
	if !app.IsClient {
		return p
	}
	return JoinPrefix(app.Getenv(rootPrefixEnv), p)
}

// JoinPrefix returns path p under prefix, with exactly one slash between
// them: JoinPrefix("/sub/", "/ledger") is "/sub/ledger" and
// JoinPrefix("", "/") is "/".
func JoinPrefix(prefix, p string) string {
	prefix = strings.TrimRight(prefix, "/")
	if p == "" || p[0] != '/' {
		p = "/" + p
	}
	if p == "/" {
		return prefix + "/"
	}
	return prefix + p
}
