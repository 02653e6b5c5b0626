package ui

import (
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ledgerHeaders are the sortable columns of the ledger table with their
// headings.
var ledgerHeaders = []struct{ column, label string }{
	{"counterparty", "Deal"},
	{"kind", "Kind"},
	{"status", "Status"},
	{"value", "Value"},
	{"capacity", "GW"},
	{"start", "Term"},
	{"announced", "Announced"},
}

// renderLedger returns the ledger view: the date control, the filters,
// the sortable table of deals with their sources and revisions, and the
// import of extra deals.
func (e *Explorer) renderLedger() app.UI {
	vs := e.s.ViewState
	v := e.s.View
	rows := LedgerRows(v, vs)
	// A new filter, sort, date or ledger starts again at the first page.
	if key := vs.Filter + "\x00" + vs.Status + "\x00" + vs.Kind + "\x00" + vs.Sort + "\x00" + v.AsOf.String() + "\x00" + strconv.Itoa(len(v.Deals)); key != e.ledgerPageKey {
		e.ledgerPageKey, e.ledgerPage = key, 0
	}
	pg := PageLedgerRows(rows, e.ledgerPage)
	e.ledgerPage = pg.Page
	t := v.Totals
	body := make([]app.UI, len(pg.Rows))
	for i, r := range pg.Rows {
		body[i] = e.ledgerRow(r)
	}
	caption := strconv.Itoa(len(rows)) + " of " + strconv.Itoa(len(v.Deals)) + " deals as of " + v.AsOf.String()
	if pg.Pages > 1 {
		caption += ", showing " + strconv.Itoa(pg.First) + "–" + strconv.Itoa(pg.Last)
	}
	return app.Div().Body(
		app.Div().Class("ledger-date").Body(e.renderDateField("ledger-as_of")),
		tiles([]Tile{
			{Label: "Commitments in the ledger", Value: formatUSD(t.CommitmentsUSD), Note: formatUSD(t.DisclosedUSD) + " disclosed, " + formatUSD(t.EstimatedUSD) + " estimated, overlaps removed"},
			{Label: "Capacity", Value: formatGW(t.CapacityGW), Note: formatGW(t.OverlapRemovedGW) + " counted inside other deals"},
			{Label: "Deals", Value: strconv.Itoa(t.DealCount), Note: strconv.Itoa(t.CountedCount) + " in the totals, " + strconv.Itoa(len(v.Applied)) + " revisions applied"},
			sourceQualityTile(t),
		}),
		e.ledgerFilters(),
		app.If(vs.Deals != "", func() app.UI {
			return app.P().Class("help").ID("ledger-only").Body(
				app.Span().Text("Showing only the deals of a reconciliation step: "+strings.ReplaceAll(vs.Deals, ",", ", ")+". "),
				button("Show all deals", "", func(ctx app.Context) {
					next := e.s.ViewState
					next.Deals = ""
					e.setViewState(ctx, next)
				}))
		}),
		app.Div().Class("table-wrap").TabIndex(0).Role("region").Aria("labelledby", "ledger-caption").Body(
			app.Table().Class("data-table ledger-table").Body(
				app.Caption().ID("ledger-caption").Text(caption),
				app.THead().Body(app.Tr().Body(e.ledgerHeaderCells()...)),
				app.TBody().Body(body...),
			),
		),
		app.If(pg.Pages > 1, func() app.UI { return e.ledgerPager(pg) }),
		e.renderImport(),
	)
}

// ledgerPager returns the buttons that move the table a page at a time.
func (e *Explorer) ledgerPager(pg LedgerPage) app.UI {
	step := strconv.Itoa(ledgerPageRows)
	button := func(label string, to int, off bool) app.UI {
		return app.Button().Type("button").Class("secondary").Text(label).Disabled(off).OnClick(func(ctx app.Context, _ app.Event) {
			e.ledgerPage = to
		}, app.EventScope(to))
	}
	return app.Nav().Class("pager").Aria("label", "Ledger pages").Body(
		button("First", 0, pg.Page == 0),
		button("Previous "+step, pg.Page-1, pg.Page == 0),
		app.Span().Class("help").Text("Page "+strconv.Itoa(pg.Page+1)+" of "+strconv.Itoa(pg.Pages)),
		button("Next "+step, pg.Page+1, pg.Page == pg.Pages-1),
		button("Last", pg.Pages-1, pg.Page == pg.Pages-1),
	)
}

// ledgerHeaderCells returns the table's headings, each a button that sorts
// by its column.
func (e *Explorer) ledgerHeaderCells() []app.UI {
	cur := e.s.ViewState.Sort
	desc := strings.HasPrefix(cur, "-")
	curCol := strings.TrimPrefix(cur, "-")
	cells := make([]app.UI, 0, len(ledgerHeaders)+1)
	for _, h := range ledgerHeaders {
		h := h
		sort := "none"
		arrow := ""
		if h.column == curCol {
			sort, arrow = "ascending", " ▲"
			if desc {
				sort, arrow = "descending", " ▼"
			}
		}
		th := app.Th().Scope("col").Aria("sort", sort).Body(
			app.Button().Type("button").Class("sort").Text(h.label + arrow).OnClick(func(ctx app.Context, _ app.Event) {
				// The sort at the time of the click: go-app keeps the
				// handler of the first render.
				v := e.s.ViewState
				desc := strings.HasPrefix(v.Sort, "-")
				curCol := strings.TrimPrefix(v.Sort, "-")
				switch {
				case h.column != curCol:
					v.Sort = h.column
					if h.column == "value" || h.column == "capacity" || h.column == "announced" {
						v.Sort = "-" + h.column
					}
				case desc:
					v.Sort = h.column
				default:
					v.Sort = "-" + h.column
				}
				e.setViewState(ctx, v)
			}),
		)
		if h.column == "value" || h.column == "capacity" {
			th = th.Class("num")
		}
		cells = append(cells, th)
	}
	return append(cells, app.Th().Scope("col").Text("In totals"))
}

// ledgerFilters returns the table's filters: text, status and kind.
func (e *Explorer) ledgerFilters() app.UI {
	vs := e.s.ViewState
	statuses := []choice{{"", "all"}, {"active", "active"}, {"inactive", "inactive"}}
	for _, st := range data.Statuses {
		statuses = append(statuses, choice{string(st), statusLabel(st)})
	}
	kinds := []choice{{"", "all"}}
	for _, k := range data.Kinds {
		kinds = append(kinds, choice{string(k), kindLabel(k)})
	}
	return app.Div().Class("filters").Role("search").Body(
		app.Div().Class("field inline").Body(
			app.Label().For("ui-q").Text("Filter"),
			app.Input().Type("search").ID("ui-q").Class("text").Value(vs.Filter).Placeholder("name, site, chip…").
				OnInput(func(ctx app.Context, ev app.Event) {
					v := e.s.ViewState
					v.Filter = ev.Get("target").Get("value").String()
					e.setViewState(ctx, v)
				}),
		),
		selectBox("ui-status", "Status", "inline", statuses, vs.Status, "", func(ctx app.Context, s string) {
			v := e.s.ViewState
			v.Status = s
			e.setViewState(ctx, v)
		}),
		selectBox("ui-kind", "Kind", "inline", kinds, vs.Kind, "", func(ctx app.Context, k string) {
			v := e.s.ViewState
			v.Kind = k
			e.setViewState(ctx, v)
		}),
	)
}

// setSourcesOpen records whether a deal's Sources panel is open. It reads
// the panel's state rather than flipping it: a render that gives a row to
// another deal opens or closes the panel, and its toggle event follows.
func (e *Explorer) setSourcesOpen(id string, open bool) {
	if open == e.openSources[id] {
		return
	}
	if e.openSources == nil {
		e.openSources = map[string]bool{}
	}
	if open {
		e.openSources[id] = true
	} else {
		delete(e.openSources, id)
	}
}

// ledgerRow returns one deal of the table.
func (e *Explorer) ledgerRow(r LedgerRow) app.UI {
	d := r.Deal
	value := "undisclosed"
	if d.ValueUSD != nil {
		value = formatUSD(*d.ValueUSD)
		if d.Estimated {
			value += " (est.)"
		}
	}
	rng := ""
	if d.ValueLowUSD != nil || d.ValueHighUSD != nil {
		lo, hi := "?", "?"
		if d.ValueLowUSD != nil {
			lo = formatUSD(*d.ValueLowUSD)
		}
		if d.ValueHighUSD != nil {
			hi = formatUSD(*d.ValueHighUSD)
		}
		rng = lo + " to " + hi
	}
	gw := "–"
	if d.CapacityGW != nil {
		gw = formatNumber(*d.CapacityGW)
	}
	term := "unknown"
	switch {
	case d.StartYear != 0 && d.EndYear != 0:
		term = strconv.Itoa(d.StartYear) + "–" + strconv.Itoa(d.EndYear)
	case d.StartYear != 0:
		term = "from " + strconv.Itoa(d.StartYear)
	}
	inTotals := "yes"
	switch {
	case r.InTotals:
	case d.Direction == data.DirectionInflow:
		inTotals = "no: money into OpenAI"
	case !d.Status.Active():
		inTotals = "no: " + statusLabel(d.Status)
	case d.CountedIn != "":
		inTotals = "inside " + d.CountedIn
		if parent, ok := e.s.View.Deal(d.CountedIn); ok {
			inTotals = "inside " + parent.Counterparty
		}
	default:
		inTotals = "no"
	}
	sources := make([]app.UI, len(d.Sources))
	for i, s := range d.Sources {
		label := s.Publisher
		if label == "" {
			label = s.URL
		}
		sources[i] = app.Li().Body(
			app.A().Href(s.URL).Target("_blank").Rel("noopener noreferrer").Text(label),
			app.Text(" ("+sourceLabel(s)+"): "+s.Supports),
		)
	}
	revs := make([]app.UI, len(r.Revisions))
	for i, rv := range r.Revisions {
		revs[i] = app.Li().Body(app.Strong().Text(rv.Date.String()+": "), app.Text(rv.Summary))
	}
	details := []app.UI{
		app.Summary().Text("Sources (" + strconv.Itoa(len(d.Sources)) + ") and revisions (" + strconv.Itoa(len(r.Revisions)) + ")"),
	}
	if d.Notes != "" {
		details = append(details, app.P().Class("help").Text(d.Notes))
	}
	if d.EstimateMethod != "" {
		details = append(details, app.P().Class("help").Text("Estimate: "+d.EstimateMethod))
	}
	if d.SourcingNote != "" {
		details = append(details, app.P().Class("help").Text("Sourcing: "+d.SourcingNote))
	}
	details = append(details, app.Ul().Class("sources").Body(sources...))
	if len(revs) > 0 {
		details = append(details, app.P().Class("help").Text("Revisions up to "+e.s.View.AsOf.String()+":"), app.Ol().Class("revisions").Body(revs...))
	}
	return app.Tr().ID("deal-row-"+d.ID).Body(
		app.Td().Body(
			app.Div().Class("deal-name").Text(d.Counterparty),
			app.Details().Class("deal-details").Open(e.openSources[d.ID]).
				OnToggle(func(ctx app.Context, ev app.Event) { e.setSourcesOpen(d.ID, ev.Get("target").Get("open").Bool()) }, app.EventScope(d.ID)).
				Body(details...),
		),
		app.Td().DataSet("label", "Kind").Text(kindLabel(d.Kind)),
		app.Td().DataSet("label", "Status").Body(app.Span().Class("badge", "status-"+string(d.Status)).Text(statusLabel(d.Status))),
		app.Td().DataSet("label", "Value").Class("num").Body(app.Div().Text(value), app.If(rng != "", func() app.UI { return app.Small().Class("help").Text(rng) })),
		app.Td().DataSet("label", "GW").Class("num").Text(gw),
		app.Td().DataSet("label", "Term").Class("nowrap").Text(term),
		app.Td().DataSet("label", "Announced").Class("nowrap").Text(d.Announced.String()),
		app.Td().DataSet("label", "In totals").Text(inTotals),
	)
}

// renderImport returns the import of extra deals from a CSV or JSON file.
func (e *Explorer) renderImport() app.UI {
	var errs []app.UI
	for _, line := range e.importErrs {
		errs = append(errs, app.Li().Text(line))
	}
	return app.Section().Class("import").Aria("labelledby", "import-title").Body(
		app.H2().ID("import-title").Text("Add your own deals"),
		app.P().Class("help").Text("Import deals or revisions from a CSV or JSON file in the ledger's format (the ledger downloads below read back). Every record is checked; a file with any error is not taken in at all. Files add up; a deal the ledger already has becomes a revision, dated today, of what the file changes (a changed figure needs a new source). Imported deals stay in this tab and are not part of the link."),
		app.Div().Class("field").Body(
			app.Label().For("import-file").Class("field-label").Text("File to import (.csv or .json)"),
			app.Input().Type("file").ID("import-file").Accept(".csv,.json,text/csv,application/json").Disabled(e.importing).OnChange(func(ctx app.Context, ev app.Event) {
				input := ev.Get("target")
				readChosenFile(ctx, input, maxImportBytes, func(ctx app.Context, name string, raw []byte, err error) {
					e.importFile(ctx, name, raw, err)
				})
				// Let the same file be chosen again after it is fixed.
				jsTry(func() { input.Set("value", "") })
			}),
		),
		app.If(e.importing, func() app.UI {
			return app.P().ID("import-progress").Class("help").Role("status").Text(e.importProgress)
		}),
		app.If(e.importMsg != "", func() app.UI { return app.P().ID("import-status").Class("import-ok").Role("status").Text(e.importMsg) }),
		app.If(len(errs) > 0, func() app.UI {
			return app.Div().Class("import-errors").Role("alert").Body(
				app.P().Text("Nothing was imported. Fix these problems and try again:"),
				app.Ul().ID("import-errors").Body(errs...),
			)
		}),
		app.If(len(e.s.Imports) > 0, e.renderImportedFiles),
	)
}

// renderImportedFiles lists the files taken in, each with what it added
// and a way to remove it.
func (e *Explorer) renderImportedFiles() app.UI {
	items := make([]app.UI, len(e.s.Imports))
	for i, f := range e.s.Imports {
		i, name := i, f.Summary.File
		items[i] = app.Li().Body(
			app.Span().Text(name+": "+importSummaryText(f.Summary)+" "),
			app.Button().Type("button").Class("link-button").Aria("label", "Remove "+name).Text("Remove").OnClick(func(ctx app.Context, _ app.Event) {
				if err := e.s.RemoveImport(i); err != nil {
					e.importMsg = "Not removed: " + err.Error()
					return
				}
				e.importMsg, e.importErrs = "Removed "+name+".", nil
				e.charts = map[string]cachedOption{}
				e.changed(ctx)
			}),
		)
	}
	return app.Div().Class("imported-files").Body(
		app.H3().Text("Imported files"),
		app.Ul().ID("imported-files").Body(items...),
	)
}

// importSummaryText says what one imported file added.
func importSummaryText(sum ImportSummary) string {
	text := strconv.Itoa(sum.Deals) + " new deals and " + strconv.Itoa(sum.Revisions) + " revisions"
	if sum.Unchanged > 0 {
		text += "; " + strconv.Itoa(sum.Unchanged) + " deals already in the ledger unchanged"
	}
	return text + "."
}

// importFile takes a chosen file in, in the background (startImport).
func (e *Explorer) importFile(ctx app.Context, name string, raw []byte, err error) {
	if err != nil {
		e.importDone(ctx, err)
		return
	}
	e.startImport(ctx, name, raw)
}
