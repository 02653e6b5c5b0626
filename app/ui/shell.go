package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render returns the page: a skip link, the header with the navigation and
// the theme choice, the update notice, the controls and the view, and the
// footer.
func (e *Explorer) Render() app.UI {
	if e.Embed {
		return e.renderEmbed()
	}
	v := viewOf(e.Path)
	if e.err != nil || e.s == nil {
		return e.frame(v, nil, errorPanel(e.err))
	}
	return e.frame(v, e.scenarioPanel(), e.renderView(v))
}

// frame returns the page around the controls and the view's content.
func (e *Explorer) frame(v view, controls, content app.UI) app.UI {
	layout := app.Div().Class("layout", "no-controls").Body(content)
	if controls != nil {
		layout = app.Div().Class("layout").Body(controls, content)
	}
	var notice app.UI
	if e.updateReady {
		notice = app.Div().Class("update-notice").Role("status").Body(
			app.Span().Text("A new version is available."),
			app.Button().Type("button").Text("Reload").OnClick(func(ctx app.Context, _ app.Event) { ctx.Reload() }),
		)
	}
	return page(v.Path, e.query(), e.latestAsOf(), e.renderThemeChoice(), notice, layout)
}

// page returns what every page of the site has around its main content: a
// skip link, the header with the navigation (active marks the current
// view, "" none) and the theme choice, an optional notice, and the footer.
func page(active, query, latest string, themeChoice, notice, main app.UI) app.UI {
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to content").OnClick(skipToMain),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(Href("/")).Body(
				app.Img().Src("/web/icons/icon.svg").Alt("").Role("presentation").Width(28).Height(28),
				app.Span().Text("Compute Ledger"),
			),
			&SiteMenu{Nav: viewNav(active, query, latest), ThemeChoice: themeChoice},
		),
		notice,
		// Focusable by the skip link (tabindex -1: not a Tab stop itself).
		app.Main().ID("main").TabIndex(-1).Body(main),
		app.Footer().Class("site-footer").Body(
			app.P().Text("Every figure traces to a public source listed in the ledger. Estimates say how they were made; undisclosed values stay undisclosed."),
		),
	)
}

// viewNav returns the navigation: one link per view, each carrying the
// current link's query so the scenario travels with the reader.
func viewNav(active, query, latest string) app.UI {
	items := make([]app.UI, len(views))
	for i, v := range views {
		href := Href(v.Path)
		if q := navQuery(active, v.Path, query, latest); q != "" {
			href += "?" + q
		}
		link := app.A().Href(href).Text(v.Label)
		if v.Path == active {
			link = link.Aria("current", "page").Class("active")
		}
		items[i] = app.Li().Body(link)
	}
	return app.Nav().Aria("label", "Views").Body(app.Ul().Body(items...))
}

// renderThemeChoice returns the theme selector; the charts follow the
// theme it reports.
func (e *Explorer) renderThemeChoice() app.UI {
	return &ThemeChoice{OnTheme: func(ctx app.Context, theme string) {
		if theme != e.theme {
			e.theme = theme
			e.renderSoon()
		}
	}}
}

// errorPanel tells the reader what failed instead of leaving a blank page.
func errorPanel(err error) app.UI {
	msg := "unknown error"
	if err != nil {
		msg = err.Error()
	}
	return app.Div().Class("error-panel").Role("alert").Body(
		app.H1().Text("The ledger could not be loaded"),
		app.P().Text(msg),
	)
}
