package ui

import "strings"

// SocialView is what a link preview (Open Graph, Twitter card) says about
// one view of the explorer.
type SocialView struct {
	Path        string // the route, "/" or "/spend"
	Name        string // file-name stem: "overview" for "/", else the path without its slash
	Label       string // the view's name in the navigation
	Title       string // the view's heading
	PageTitle   string // the page's <title>
	Description string // the view's lede
	AsOf        string // the ledger date the view opens on, "" for the ledger's latest
}

// SocialViews returns the preview text of every view, "/" first.
func SocialViews() []SocialView {
	out := make([]SocialView, len(views))
	for i, v := range views {
		name := strings.TrimPrefix(v.Path, "/")
		if name == "" {
			name = "overview"
		}
		out[i] = SocialView{Path: v.Path, Name: name, Label: v.Label, Title: v.Title, PageTitle: pageTitle(v), Description: v.Lede, AsOf: viewDefaultAsOf(v.Path, "")}
	}
	return out
}

// pageTitle returns the <title> of a view's page.
func pageTitle(v view) string {
	if v.Path == pathOverview {
		return "Compute Ledger: OpenAI's $1.4 trillion compute plan, sourced and modelled"
	}
	return v.Label + " · Compute Ledger"
}
