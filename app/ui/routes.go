package ui

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/computeledger/computeledger/data"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// view is one page of the explorer: its route, its label in the
// navigation, its heading and the sentence under it.
type view struct {
	Path  string
	Label string
	Title string
	Lede  string
}

// The paths of the views.
const (
	pathOverview    = "/"
	pathLedger      = "/ledger"
	pathSpend       = "/spend"
	pathCapacity    = "/capacity"
	pathFunding     = "/funding"
	pathFlows       = "/flows"
	pathTimeline    = "/timeline"
	pathUncertainty = "/uncertainty"
	pathCompare     = "/compare"
	pathEstimates   = "/estimates"
	pathReconcile   = "/reconcile"
)

// views lists the explorer's pages in navigation order.
var views = []view{
	{Path: pathOverview, Label: "Overview", Title: "OpenAI's compute commitments, sourced and modelled",
		Lede: "What was committed to whom, when it is paid, when the capacity arrives, what it takes in chips and power, and what revenue would carry it. Change any assumption in the scenario panel; every number and chart follows."},
	{Path: pathLedger, Label: "Ledger", Title: "The deal ledger",
		Lede: "Every deal with its status, figures and sources, as it stood on the chosen date. Sort by a column, filter, and open a deal's revisions."},
	{Path: pathSpend, Label: "Spend", Title: "When the money is paid",
		Lede: "Compute spend per year, spread over each deal's term along the scenario's profile, with the band between the deals' low and high values and the announcements on the time axis."},
	{Path: pathCapacity, Label: "Capacity", Title: "When the capacity arrives",
		Lede: "Gigawatts online per year against the goal and the build rate, and what that capacity takes in accelerators, energy, homes' electricity and the share of US electricity."},
	{Path: pathFunding, Label: "Funding", Title: "What revenue would carry it",
		Lede: "Revenue against compute spend, the yearly and cumulative funding gap, break-even, and the revenue growth that makes the scenario's goal true."},
	{Path: pathFlows, Label: "Flows", Title: "Money and equity between the companies",
		Lede: "Who pays whom and who invests in whom, including the circular deals in which a supplier invests in OpenAI and OpenAI buys its chips."},
	{Path: pathTimeline, Label: "Timeline", Title: "Announcements and revisions",
		Lede: "Every announcement and revision up to the chosen date, and how the headline total changed from one to the next."},
	{Path: pathUncertainty, Label: "Uncertainty", Title: "What the answer depends on",
		Lede: "Which assumptions move the result most (each at the low and high end of its sourced range), and the spread of outcomes when all of them vary at once."},
	{Path: pathReconcile, Label: "Reconcile", Title: "The claim reconciled with the ledger",
		Lede: "From the ~$1.4T, ~30 GW and ~25 million homes Altman claimed on 6 Nov 2025 to what the ledger holds: disclosed values, estimates and their assumption, overlaps removed, and what no source sizes. Every step opens its deals in the ledger."},
	{Path: pathCompare, Label: "Compare", Title: "Two scenarios side by side",
		Lede: "The current scenario (A) against a second one (B): spend, capacity and the cumulative funding gap, and the differences in the headline figures."},
	{Path: pathEstimates, Label: "Estimates", Title: "The published analyses, reproduced",
		Lede: "Each publication's figures beside this model under only the assumptions the publication states (every other assumption is base's) and under base. A reproduction more than 15% off names the assumption the publication does not state that explains it."},
}

// viewOf returns the view of a path, or the overview when the path is not a view.
func viewOf(path string) view {
	for _, v := range views {
		if v.Path == path {
			return v
		}
	}
	return views[0]
}

// RegisterRoutes registers every view with go-app's router; call it before
// app.RunWhenOnBrowser and before building a Handler. Every route shows
// the same Explorer component, so moving between views keeps the scenario
// and does not reload anything. A view answers at every address a reader
// or a static server may use for it (see routePattern); any other address
// shows the NotFoundPage.
func RegisterRoutes() {
	for _, v := range views {
		path := v.Path
		app.RouteWithRegexp(routePattern(path), func() app.Composer { return &Explorer{Path: path} })
	}
	for _, path := range embedViews {
		app.RouteWithRegexp(routePattern(EmbedPath(path)), func() app.Composer { return &Explorer{Path: path, Embed: true} })
	}
	// go-app strips the prefix with its trailing slash ("/sub/"), so the
	// prefix written without one ("/sub") reaches the router whole.
	if prefix := strings.TrimSuffix(app.Getenv(rootPrefixEnv), "/"); app.IsClient && prefix != "" {
		app.Route(prefix, func() app.Composer { return &Explorer{Path: pathOverview} })
	}
	app.RouteWithRegexp(".*", func() app.Composer { return &NotFoundPage{} })
}

// routePattern returns the pattern of the in-app paths that open the view
// at path p: p itself, with a trailing slash, and the files a static build
// writes for it (/ledger.html, /ledger/index.html; /index.html for the
// root).
func routePattern(p string) string {
	if p == pathOverview {
		return `^/(index\.html)?$`
	}
	return "^" + regexp.QuoteMeta(p) + `(/|\.html|/index\.html)?$`
}

// RoutePaths returns the path of every view, "/" first.
func RoutePaths() []string {
	paths := make([]string, len(views))
	for i, v := range views {
		paths[i] = v.Path
	}
	return paths
}

// viewDefaultAsOf returns the date a view opens on when its link gives
// none: the claim's date for the reconcile view, else latest (the ledger's
// latest date).
func viewDefaultAsOf(path, latest string) string {
	if path == pathReconcile {
		return data.ClaimDate.String()
	}
	return latest
}

// navQuery returns the query of the link from view from to view to: the
// same state, except that a ledger date at the default of the view being
// left becomes the default of the view opened (so the reconcile view opens
// on the claim's date, and the others on the latest date again). A date
// the reader chose travels unchanged.
func navQuery(from, to, query, latest string) string {
	if latest == "" || query == "" {
		return query
	}
	q, err := url.ParseQuery(query)
	if err != nil || q.Get("as_of") != viewDefaultAsOf(from, latest) {
		return query
	}
	q.Set("as_of", viewDefaultAsOf(to, latest))
	return EncodeQuery(q)
}
