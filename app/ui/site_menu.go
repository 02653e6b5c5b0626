package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// SiteMenu is the header's navigation and theme choice. On a wide screen
// both sit in the header's row as they always did; on a phone they fold
// behind a Menu button (web/app.css), so that the header takes one line.
// It keeps only whether it is open, and closes when the reader moves to
// another page.
type SiteMenu struct {
	app.Compo

	// Nav is the navigation; ThemeChoice the theme selector.
	Nav         app.UI
	ThemeChoice app.UI

	open bool
}

// siteMenuItemsID is the id of the folding part of the menu.
const siteMenuItemsID = "site-menu-items"

// OnNav closes the menu: the reader has picked a page.
func (m *SiteMenu) OnNav(ctx app.Context) { m.open = false }

// Render returns the Menu button (shown on a phone only) and the
// navigation and theme choice it opens.
func (m *SiteMenu) Render() app.UI {
	return app.Div().Class("site-menu").Body(
		app.Button().Type("button").Class("menu-button", "secondary").
			Aria("expanded", m.open).Aria("controls", siteMenuItemsID).
			Text("Menu").
			OnClick(func(ctx app.Context, _ app.Event) { m.open = !m.open }),
		app.Div().ID(siteMenuItemsID).Class("site-menu-items").DataSet("open", m.open).Body(
			m.Nav,
			m.ThemeChoice,
		),
	)
}

// skipToMain moves the focus to the main content, so that the next Tab
// reaches its first control instead of the header's links (go-app handles
// the link's #main itself and would only scroll).
func skipToMain(ctx app.Context, ev app.Event) {
	ev.PreventDefault()
	jsTry(func() {
		main := app.Window().GetElementByID("main")
		if main.Truthy() {
			main.Call("focus")
		}
	})
}
