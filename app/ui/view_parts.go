package ui

import (
	"strconv"
	"time"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderView returns the content of view v: the notices, the heading, the
// view's own body and the downloads with the citation line.
func (e *Explorer) renderView(v view) app.UI {
	var body app.UI
	switch v.Path {
	case pathLedger:
		body = e.renderLedger()
	case pathSpend:
		body = e.renderSpend()
	case pathCapacity:
		body = e.renderCapacity()
	case pathFunding:
		body = e.renderFunding()
	case pathFlows:
		body = e.renderFlows()
	case pathTimeline:
		body = e.renderTimeline()
	case pathUncertainty:
		body = e.renderUncertainty()
	case pathCompare:
		body = e.renderCompare()
	case pathEstimates:
		body = e.renderEstimates()
	case pathReconcile:
		body = e.renderReconcile()
	default:
		body = e.renderOverview()
	}
	return app.Div().Class("content").Body(
		e.renderNotices(),
		app.H1().Text(v.Title),
		app.P().Class("lede").Text(v.Lede),
		body,
		// Under the charts, so that the first change moves no chart away
		// from the control that made it.
		e.renderChanges(),
		e.renderDownloads(v),
		app.Div().Class("visually-hidden").Role("status").Aria("live", "polite").Text(e.status),
	)
}

// notices returns every notice to show: the link's, the compare
// scenario's on the compare view, and the session's others.
func (e *Explorer) notices() []Notice {
	var out []Notice
	if !e.dismissed {
		out = append(out, e.s.Notices...)
		if e.Path == pathCompare {
			_, _, cn, _ := e.s.Compare()
			out = append(out, cn...)
		}
	}
	return append(out, e.extraNotices...)
}

// renderNotices returns the notices above the view: each bad link
// parameter and the value used instead, and other messages.
func (e *Explorer) renderNotices() app.UI {
	ns := e.notices()
	if len(ns) == 0 {
		return nil
	}
	items := make([]app.UI, len(ns))
	for i, n := range ns {
		items[i] = app.Li().DataSet("param", n.Param).Text(n.Text)
	}
	return app.Section().Class("notices").Role("status").Aria("label", "Notices").Body(
		app.P().Class("notices-title").Text("The link was read with these changes:"),
		app.Ul().Body(items...),
		app.Button().Type("button").Class("secondary").Text("Dismiss").OnClick(func(ctx app.Context, _ app.Event) {
			e.dismissed = true
			e.extraNotices = nil
		}),
	)
}

// chartCard returns a chart with its text summary and its download buttons.
func (e *Explorer) chartCard(id, title, optionJSON, summary, class string) app.UI {
	if e.collectCard(id, title, optionJSON, summary) {
		return nil
	}
	summaryID := id + "-summary"
	var table app.UI
	classes := []string{"chart-card"}
	if e.s.ViewState.showsTable(id) {
		table, classes = chartTable(id, optionJSON), append(classes, "shows-table")
	}
	return app.Section().Class(classes...).Aria("labelledby", id+"-title").Body(
		app.H2().ID(id+"-title").Class("visually-hidden").Text(title),
		e.chartSwitch(id, title),
		&EChart{ID: id, Label: title, OptionJSON: optionJSON, Class: class, Theme: e.theme, DescribedBy: summaryID, Live: e.pipe.live},
		table,
		app.Div().Class("chart-foot").Body(
			app.P().ID(summaryID).Class("chart-summary").Text(summary),
			e.sameInBase(id),
			app.Div().Class("chart-actions").Body(
				e.baseToggle(id, title),
				button("PNG", "Download "+title+" as PNG", func(ctx app.Context) { e.downloadChart(ctx, id, "png") }, id),
				button("SVG", "Download "+title+" as SVG", func(ctx app.Context) { e.downloadChart(ctx, id, "svg") }, id),
				button("CSV", "Download "+title+" as CSV", func(ctx app.Context) { e.downloadChartCSV(ctx, id) }, id),
			),
		),
	)
}

// tiles returns headline tiles.
func tiles(ts []Tile) app.UI {
	items := make([]app.UI, len(ts))
	for i, t := range ts {
		var base app.UI
		if t.Base != "" {
			base = app.Div().Class("tile-base").Text(t.Base)
		}
		items[i] = app.Div().Class("tile").Body(
			app.Div().Class("tile-label").Text(t.Label),
			app.Div().Class("tile-value").Text(t.Value),
			base,
			app.Div().Class("tile-note").Text(t.Note),
		)
	}
	return app.Div().Class("tiles").Body(items...)
}

// groupSwitch returns the radio buttons that split spend and capacity by
// counterparty, kind or chip family.
func (e *Explorer) groupSwitch() app.UI {
	items := make([]app.UI, 0, len(groupChoices))
	for _, c := range groupChoices {
		g := chart.Group(c.value)
		id := "group-" + c.value
		items = append(items, app.Span().Class("radio").Body(
			app.Input().Type("radio").Name("group").ID(id).Value(string(g)).Checked(e.s.ViewState.Group == g).
				OnChange(func(ctx app.Context, _ app.Event) {
					e.apply(ctx, Set(paramGroup, string(g)))
				}),
			app.Label().For(id).Text(c.label),
		))
	}
	return app.Div().Class("switches").Body(
		app.FieldSet().Class("switch").Body(append([]app.UI{app.Legend().Text("Split by")}, items...)...),
		e.scaleSwitch(),
	)
}

// scaleSwitch returns the radio buttons that draw spend and capacity in
// amounts, on a log scale or as shares of each year's total.
func (e *Explorer) scaleSwitch() app.UI {
	items := make([]app.UI, 0, len(scaleChoices))
	for _, c := range scaleChoices {
		sc := chart.Scale(c.value)
		id := "scale-" + c.value
		if c.value == "" {
			id = "scale-amounts"
		}
		items = append(items, app.Span().Class("radio").Body(
			app.Input().Type("radio").Name("scale").ID(id).Value(c.value).Checked(e.s.ViewState.Scale == sc).
				OnChange(func(ctx app.Context, _ app.Event) {
					e.apply(ctx, Set(paramScale, string(sc)))
				}),
			app.Label().For(id).Text(c.label),
		))
	}
	return app.FieldSet().Class("switch").Body(append([]app.UI{app.Legend().Text("Scale")}, items...)...)
}

// pageAddress returns the address of the current view with its link:
// the page's origin and prefix in the browser, the path on the server.
func (e *Explorer) pageAddress() string {
	u := Href(e.Path) + "?" + e.query()
	if app.IsClient {
		if origin := pageOrigin(); origin != "" {
			return origin + u
		}
	}
	return u
}

// renderDownloads returns the numbers to download and the citation line.
func (e *Explorer) renderDownloads(v view) app.UI {
	citation := Citation(v.Label, e.s.Scenario, e.s.DataVersion(), e.pageAddress(), "")
	file := func(label, kind string) app.UI {
		return button(label, "", func(ctx app.Context) { e.downloadData(ctx, kind) }, kind)
	}
	return app.Section().Class("downloads").Aria("labelledby", "downloads-title").Body(
		app.H2().ID("downloads-title").Text("Download and cite"),
		e.shareMenu(v),
		app.Div().Class("download-buttons").Body(
			file("Ledger (CSV)", "ledger-csv"),
			file("Ledger (JSON)", "ledger-json"),
			file("Results (CSV)", "results-csv"),
			file("Results (JSON)", "results-json"),
		),
		app.P().Class("citation").Body(
			app.Span().Class("citation-label").Text("Cite this view: "),
			app.Span().ID("citation").Text(citation),
		),
		button("Copy citation", "", func(ctx app.Context) {
			// The view on screen when clicked, not the one this was rendered for.
			v := viewOf(e.Path)
			if err := copyText(Citation(v.Label, e.s.Scenario, e.s.DataVersion(), e.pageAddress(), time.Now().Format("2006-01-02"))); err != nil {
				e.say(ctx, "The citation could not be copied; select it and copy it by hand.")
				return
			}
			e.say(ctx, "Citation copied.")
		}),
	)
}

// downloadData builds a data file and hands it to the browser.
func (e *Explorer) downloadData(ctx app.Context, kind string) {
	var d Download
	var err error
	switch kind {
	case "ledger-csv":
		d, err = LedgerCSV(e.s.View)
	case "ledger-json":
		d, err = LedgerJSON(e.s.View)
	case "results-csv":
		d, err = ResultsCSV(e.s.Result)
	default:
		d, err = ResultsJSON(e.s.Result)
	}
	if err == nil {
		err = saveFile(d)
	}
	if err != nil {
		e.say(ctx, "The download failed: "+err.Error())
		return
	}
	e.say(ctx, "Downloaded "+d.Name+".")
}

// downloadChart exports a chart as PNG or SVG with its title and a
// sources footer, and hands it to the browser.
func (e *Explorer) downloadChart(ctx app.Context, id, format string) {
	c, ok := e.pipe.charts[id]
	if !ok {
		e.say(ctx, "The chart is not drawn yet.")
		return
	}
	footer := SourcesFooter(e.s.DataVersion(), Publishers(e.s.View), e.pageAddress(), footerChars)
	b, err := exportChart(c.json, e.theme, format, footer)
	name := FileName(chartFileWhat(id), e.s.Scenario.AsOf, format)
	if err == nil {
		mime := mimePNG
		if format == "svg" {
			mime = mimeSVG
		}
		err = saveFile(Download{Name: name, MIME: mime, Data: b})
	}
	if err != nil {
		e.say(ctx, "The chart could not be exported: "+err.Error())
		return
	}
	e.say(ctx, "Downloaded "+name+".")
}

// chartFileWhat returns the file-name word of a chart id: "chart-spend"
// gives "spend".
func chartFileWhat(id string) string {
	if len(id) > 6 && id[:6] == "chart-" {
		return id[6:]
	}
	return id
}

func itoa(n int) string { return strconv.Itoa(n) }
