package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// view is one page of the explorer: its route, its label in the navigation
// and the component that renders it.
type view struct {
	Path  string
	Label string
	New   func() app.Composer
}

// views lists the explorer's pages in navigation order.
var views = []view{
	{Path: "/", Label: "Overview", New: func() app.Composer { return &OverviewPage{} }},
}

// RegisterRoutes registers every view with go-app's router; call it before
// app.RunWhenOnBrowser and before building a Handler.
func RegisterRoutes() {
	for _, v := range views {
		app.Route(v.Path, v.New)
	}
}

// RoutePaths returns the path of every view, "/" first.
func RoutePaths() []string {
	paths := make([]string, len(views))
	for i, v := range views {
		paths[i] = v.Path
	}
	return paths
}
