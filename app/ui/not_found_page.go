package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFoundTitle is the heading of the page shown at an address that is not
// a view.
const notFoundTitle = "No such page"

// NotFoundPage is what the explorer shows at an address that is none of its
// views: the site's header and navigation, a sentence saying so, and a link
// to every view with what it shows. The server sends it with status 404 and
// the static build writes it as 404.html.
type NotFoundPage struct {
	app.Compo
}

// OnPreRender sets the page title on the server.
func (p *NotFoundPage) OnPreRender(ctx app.Context) { p.setTitle(ctx) }

// OnNav sets the title in the browser and applies the reader's theme.
func (p *NotFoundPage) OnNav(ctx app.Context) {
	applyThemeChoice(themeChoice())
	p.setTitle(ctx)
	ctx.Defer(func(app.Context) { markUpdated() })
}

func (p *NotFoundPage) setTitle(ctx app.Context) {
	ctx.Page().SetTitle("%s · Compute Ledger", notFoundTitle)
}

// Render returns the page.
func (p *NotFoundPage) Render() app.UI {
	items := make([]app.UI, len(views))
	for i, v := range views {
		items[i] = app.Li().Body(
			app.A().Href(Href(v.Path)).Text(v.Label),
			app.Text(": "+v.Title+"."),
		)
	}
	return page("", "", "", nil, nil, app.Section().Class("view not-found").Body(
		app.H1().Text(notFoundTitle),
		app.P().Class("lede").Text("The explorer has no page at this address. It may have been mistyped, or come from a link to a view that does not exist. These are its views:"),
		app.Ul().Class("view-list").Body(items...),
	))
}
