package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedState is what an explorer shown as an embed page keeps besides
// the session: the chart and theme its address asks for, and, while the
// view's body is rendered only to find its charts, the charts found.
type embedState struct {
	chartID string
	theme   string // themeLight, themeDark, or "" to follow the system

	collecting bool
	cards      []embedCard
}

// embedCard is one chart of a view as its chart card shows it.
type embedCard struct {
	id, title, optionJSON, summary string
}

// collectCard notes a chart card while the view's charts are collected
// and reports whether it did (chartCard then draws nothing).
func (e *Explorer) collectCard(id, title, optionJSON, summary string) bool {
	if !e.embed.collecting {
		return false
	}
	e.embed.cards = append(e.embed.cards, embedCard{id: id, title: title, optionJSON: optionJSON, summary: summary})
	return true
}

// viewCards returns the charts the view v shows, in order, with the
// titles, options and summaries its chart cards show: the view's body is
// rendered and only its chart cards are kept.
func (e *Explorer) viewCards(v view) []embedCard {
	e.embed.collecting, e.embed.cards = true, nil
	e.renderView(v)
	cards := e.embed.cards
	e.embed.collecting, e.embed.cards = false, nil
	return cards
}

// pickCard returns the card with the id, or the first card when no card
// has it; ok is false when there is no card at all.
func pickCard(cards []embedCard, id string) (c embedCard, ok bool) {
	for _, c := range cards {
		if c.id == id {
			return c, true
		}
	}
	if len(cards) == 0 {
		return embedCard{}, false
	}
	return cards[0], true
}

// readEmbedAddress reads what the embed page's address asks of the embed
// (chart, theme) and returns the rest of its query, the view's link.
func (e *Explorer) readEmbedAddress(raw string) string {
	link, chartID, theme := splitEmbedQuery(raw)
	e.embed.chartID, e.embed.theme = chartID, theme
	e.theme = effectiveTheme(theme)
	return link
}

// addressLink returns the link in the page's address: its query, without
// the embed's own parameters on an embed page.
func (e *Explorer) addressLink() string {
	q := windowQuery()
	if e.Embed {
		q, _, _ = splitEmbedQuery(q)
	}
	return q
}

// mountEmbed applies the embed's theme to the document (the address's,
// else the system's, whatever the reader chose on the site itself) and,
// without one in the address, follows the system's colour scheme.
func (e *Explorer) mountEmbed(ctx app.Context) {
	applyThemeChoice(e.embed.theme)
	if e.embed.theme != "" {
		return
	}
	onSystemThemeChange(func() {
		ctx.Dispatch(func(app.Context) { e.theme = effectiveTheme(themeSystem) })
	})
}

// embedCode returns the embed code of the view on screen with its link,
// or "" when the view has no chart.
func (e *Explorer) embedCode() string {
	if !hasEmbed(e.Path) {
		return ""
	}
	title := viewOf(e.Path).Label
	if c, ok := pickCard(e.viewCards(viewOf(e.Path)), ""); ok {
		title = c.title
	}
	return EmbedCode(EmbedAddress(pageOrigin(), app.Getenv(rootPrefixEnv), e.Path, e.query()), title)
}

// renderEmbed returns the embed page: one chart of the view (or its
// table, when the link asks for it) with its title, the source line and
// the link back to the full view with the same link, filling the frame,
// without header, navigation or controls.
func (e *Explorer) renderEmbed() app.UI {
	v := viewOf(e.Path)
	if e.err != nil || e.s == nil {
		return app.Main().Class("embed-page").Body(errorPanel(e.err))
	}
	open := app.A().Class("embed-open").Href(e.pageAddress()).Target("_blank").Rel("noopener").Text("Open in Compute Ledger")
	source := app.Span().Class("embed-source-text").Text(EmbedSourceLine(Publishers(e.s.View), e.s.Scenario.AsOf.String(), e.s.DataVersion()))
	c, ok := pickCard(e.viewCards(v), e.embed.chartID)
	if !ok {
		return app.Main().Class("embed-page").Body(
			app.H1().Class("embed-title").Text(v.Title),
			app.P().Class("embed-empty").Text("This view has no chart to show with these settings."),
			app.P().Class("embed-source").Body(source, open),
		)
	}
	summaryID := c.id + "-summary"
	// A link whose ui.table lists the chart shows its table, as the view
	// it was copied from did; the chart stays drawn, out of sight.
	var table app.UI
	classes := []string{"embed-page"}
	if e.s.ViewState.showsTable(c.id) {
		table, classes = chartTable(c.id, c.optionJSON), append(classes, "shows-table")
	}
	return app.Main().Class(classes...).Aria("labelledby", c.id+"-title").Body(
		app.H1().ID(c.id+"-title").Class("embed-title").Text(c.title),
		&EChart{ID: c.id, Label: c.title, OptionJSON: c.optionJSON, Class: "embed-chart", Theme: e.theme, DescribedBy: summaryID, Live: e.pipe.live},
		table,
		app.P().ID(summaryID).Class("visually-hidden").Text(c.summary),
		app.P().Class("embed-source").Body(source, open),
	)
}
