package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Shell frames every page: a skip link, the header with the navigation, the
// page's content, the footer, and the notice that a new version is ready.
type Shell struct {
	app.Compo

	// Active is the path of the view being shown.
	Active string
	// Content is the page's main content.
	Content []app.UI

	updateReady bool
}

// OnMount shows the update notice if a new version arrived before mount.
func (s *Shell) OnMount(ctx app.Context) {
	s.updateReady = ctx.AppUpdateAvailable()
}

// OnAppUpdate shows the notice that a new version is ready.
func (s *Shell) OnAppUpdate(ctx app.Context) {
	s.updateReady = ctx.AppUpdateAvailable()
}

// Render returns the page frame around Content.
func (s *Shell) Render() app.UI {
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to content"),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(Href("/")).Body(
				app.Img().Src("/web/icons/icon.svg").Role("presentation").Width(28).Height(28),
				app.Span().Text("Compute Ledger"),
			),
			app.Nav().Aria("label", "Views").Body(
				app.Ul().Body(
					app.Range(views).Slice(func(i int) app.UI {
						v := views[i]
						link := app.A().Href(Href(v.Path)).Text(v.Label)
						if v.Path == s.Active {
							link = link.Aria("current", "page").Class("active")
						}
						return app.Li().Body(link)
					}),
				),
			),
		),
		app.If(s.updateReady, func() app.UI {
			return app.Div().Class("update-notice").Role("status").Body(
				app.Span().Text("A new version is available."),
				app.Button().Type("button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) {
					ctx.Reload()
				}),
			)
		}),
		app.Main().ID("main").Body(s.Content...),
		app.Footer().Class("site-footer").Body(
			app.P().Text("Every figure traces to a public source listed in the ledger. Estimates say how they were made; undisclosed values stay undisclosed."),
		),
	)
}
