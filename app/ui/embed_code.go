package ui

import (
	"net/url"
	"strconv"
	"strings"
)

// embedPrefix is the path under which every embed page lives.
const embedPrefix = "/embed/"

// The query parameters an embed page reads for itself; the rest of its
// query is the view's link.
const (
	embedParamChart = "chart"
	embedParamTheme = "theme"
)

// Size of the frame the embed code asks for.
const (
	embedWidth     = "100%"
	embedHeightPx  = 480
	embedFrameName = "Compute Ledger"
)

// embedViews are the views that have a chart, in navigation order: each
// has an embed page.
var embedViews = []string{pathOverview, pathSpend, pathCapacity, pathFunding, pathFlows, pathTimeline, pathUncertainty, pathReconcile, pathCompare}

// EmbedPath returns the in-app path of the embed page of the view at
// viewPath: "/embed/overview" for "/", "/embed/spend" for "/spend".
func EmbedPath(viewPath string) string {
	if viewPath == pathOverview {
		return embedPrefix + "overview"
	}
	return embedPrefix + strings.TrimPrefix(viewPath, "/")
}

// EmbedPaths returns the path of every embed page, in navigation order.
func EmbedPaths() []string {
	out := make([]string, len(embedViews))
	for i, p := range embedViews {
		out[i] = EmbedPath(p)
	}
	return out
}

// hasEmbed reports whether the view at viewPath has an embed page.
func hasEmbed(viewPath string) bool {
	for _, p := range embedViews {
		if p == viewPath {
			return true
		}
	}
	return false
}

// EmbedAddress returns the absolute address of the embed page of the view
// at viewPath with the view's link query: origin ("https://host"), the
// site's prefix ("/" or "/sub/"), the embed path and the query, if any.
func EmbedAddress(origin, prefix, viewPath, query string) string {
	u := origin + JoinPrefix(prefix, EmbedPath(viewPath))
	if query != "" {
		u += "?" + query
	}
	return u
}

// EmbedCode returns the HTML a publisher pastes to show the embed page at
// address: a lazy, borderless iframe the width of its column and
// embedHeightPx high, titled with the chart's title. The address and the
// title are escaped for the attribute, so a query's "&" and quotes cannot
// end it.
func EmbedCode(address, chartTitle string) string {
	title := embedFrameName
	if chartTitle != "" {
		title = chartTitle + " · " + embedFrameName
	}
	return `<iframe src="` + attrEscaper.Replace(address) + `" width="` + embedWidth + `" height="` +
		strconv.Itoa(embedHeightPx) + `" title="` + attrEscaper.Replace(title) +
		`" loading="lazy" style="border:0"></iframe>`
}

// attrEscaper escapes text for a double-quoted HTML attribute (the html
// package would do, but its entity table adds 100 kB to app.wasm).
var attrEscaper = strings.NewReplacer("&", "&amp;", "\"", "&quot;", "'", "&#39;", "<", "&lt;", ">", "&gt;")

// splitEmbedQuery splits an embed page's raw query into the view's link
// (every parameter but the embed's own, encoded as EncodeQuery does) and
// the chart id and theme the embed asks for ("" when not given). A query
// that cannot be parsed is handed on whole, so that the session names
// what is wrong with it.
func splitEmbedQuery(raw string) (link, chartID, theme string) {
	q, err := url.ParseQuery(raw)
	if err != nil {
		return raw, "", ""
	}
	chartID, theme = q.Get(embedParamChart), q.Get(embedParamTheme)
	if theme != themeLight && theme != themeDark {
		theme = ""
	}
	if !q.Has(embedParamChart) && !q.Has(embedParamTheme) {
		return raw, chartID, theme
	}
	q.Del(embedParamChart)
	q.Del(embedParamTheme)
	return EncodeQuery(q), chartID, theme
}

// embedPublishersShown is how many publishers the source line names.
const embedPublishersShown = 3

// EmbedSourceLine returns the one line under an embedded chart: the
// publishers its figures come from (the first few by name, then how many
// more), the ledger's date and the data version.
func EmbedSourceLine(pubs []PublisherDate, asOf, dataVersion string) string {
	publishers := make([]string, len(pubs))
	for i, p := range pubs {
		publishers[i] = p.Publisher
	}
	line := "Source: Compute Ledger"
	if n := len(publishers); n > 0 {
		shown := publishers
		if n > embedPublishersShown {
			shown = publishers[:embedPublishersShown]
		}
		line += " from " + strings.Join(shown, ", ")
		switch rest := n - len(shown); {
		case rest == 1:
			line += " and 1 other publisher"
		case rest > 1:
			line += " and " + strconv.Itoa(rest) + " other publishers"
		}
	}
	return line + "; ledger as of " + asOf + ", data " + dataVersion + "."
}
