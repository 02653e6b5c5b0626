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

// LedgerTable is the ledger's deals as of the session's date: the filters
// (text, status, kind), the table sorted by a column, a page at a time,
// each deal with its Sources and revisions folded under it. The filters
// and the sort are the session's view state, reported through
// OnViewState; the page and which deals' Sources are open are the table's
// own, kept by deal id so that they follow the deal, not its row.
type LedgerTable struct {
	app.Compo

	// Session is the state shown; Rev its revision (Session.Rev), so that
	// the table is drawn again when the session changes.
	Session *Session
	Rev     int
	// OnViewState receives the view state a filter or a sort asks for.
	OnViewState func(ctx app.Context, v ViewState)

	// page is the table's page (0-based); pageKey the filters, sort, date
	// and ledger it belongs to.
	page    int
	pageKey string
	// openSources are the deals whose Sources panel is open, by deal id:
	// go-app reuses a table row's nodes for whichever deal comes to its
	// position, so the panel's open state is set from here.
	openSources map[string]bool
}

// setViewState hands a new view state on.
func (t *LedgerTable) setViewState(ctx app.Context, v ViewState) {
	if t.OnViewState != nil {
		t.OnViewState(ctx, v)
	}
}

// Render returns the filters, the table of the deals that pass them (one
// page of it) and the pager.
func (t *LedgerTable) Render() app.UI {
	vs := t.Session.ViewState
	v := t.Session.View
	rows := LedgerRows(v, vs)
	// A new filter, sort, date or ledger starts again at the first page.
	if key := vs.Filter + "\x00" + vs.Status + "\x00" + vs.Kind + "\x00" + vs.Sort + "\x00" + v.AsOf.String() + "\x00" + strconv.Itoa(len(v.Deals)); key != t.pageKey {
		t.pageKey, t.page = key, 0
	}
	pg := PageLedgerRows(rows, t.page)
	t.page = pg.Page
	body := make([]app.UI, len(pg.Rows))
	for i, r := range pg.Rows {
		body[i] = t.row(r)
	}
	caption := strconv.Itoa(len(rows)) + " of " + strconv.Itoa(len(v.Deals)) + " deals as of " + v.AsOf.String()
	if pg.Pages > 1 {
		caption += ", showing " + strconv.Itoa(pg.First) + "–" + strconv.Itoa(pg.Last)
	}
	return app.Div().Class("ledger-table-part").Body(
		t.filters(),
		app.If(vs.Deals != "", func() app.UI {
			return app.P().Class("help").ID("ledger-only").Body(
				app.Span().Text("Showing only the deals of a reconciliation step: "+strings.ReplaceAll(vs.Deals, ",", ", ")+". "),
				button("Show all deals", "", func(ctx app.Context) {
					next := t.Session.ViewState
					next.Deals = ""
					t.setViewState(ctx, next)
				}))
		}),
		app.Div().Class("table-wrap").TabIndex(0).Role("region").Aria("labelledby", "ledger-caption").Body(
			app.Table().Class("data-table ledger-table").Body(
				app.Caption().ID("ledger-caption").Text(caption),
				app.THead().Body(app.Tr().Body(t.headerCells()...)),
				app.TBody().Body(body...),
			),
		),
		app.If(pg.Pages > 1, func() app.UI { return t.pager(pg) }),
	)
}

// pager returns the buttons that move the table a page at a time.
func (t *LedgerTable) pager(pg LedgerPage) app.UI {
	step := strconv.Itoa(ledgerPageRows)
	button := func(label string, to int, off bool) app.UI {
		return app.Button().Type("button").Class("secondary").Text(label).Disabled(off).OnClick(func(ctx app.Context, _ app.Event) {
			t.page = to
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

// headerCells returns the table's headings, each a button that sorts
// by its column.
func (t *LedgerTable) headerCells() []app.UI {
	cur := t.Session.ViewState.Sort
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
				v := t.Session.ViewState
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
				t.setViewState(ctx, v)
			}),
		)
		if h.column == "value" || h.column == "capacity" {
			th = th.Class("num")
		}
		cells = append(cells, th)
	}
	return append(cells, app.Th().Scope("col").Text("In totals"))
}

// filters returns the table's filters: text, status and kind.
func (t *LedgerTable) filters() app.UI {
	vs := t.Session.ViewState
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
					v := t.Session.ViewState
					v.Filter = ev.Get("target").Get("value").String()
					t.setViewState(ctx, v)
				}),
		),
		selectBox("ui-status", "Status", "inline", statuses, vs.Status, "", func(ctx app.Context, s string) {
			v := t.Session.ViewState
			v.Status = s
			t.setViewState(ctx, v)
		}),
		selectBox("ui-kind", "Kind", "inline", kinds, vs.Kind, "", func(ctx app.Context, k string) {
			v := t.Session.ViewState
			v.Kind = k
			t.setViewState(ctx, v)
		}),
	)
}

// setSourcesOpen records whether a deal's Sources panel is open. It reads
// the panel's state rather than flipping it: a render that gives a row to
// another deal opens or closes the panel, and its toggle event follows.
func (t *LedgerTable) setSourcesOpen(id string, open bool) {
	if open == t.openSources[id] {
		return
	}
	if t.openSources == nil {
		t.openSources = map[string]bool{}
	}
	if open {
		t.openSources[id] = true
	} else {
		delete(t.openSources, id)
	}
}

// row returns one deal of the table.
func (t *LedgerTable) row(r LedgerRow) app.UI {
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
		if parent, ok := t.Session.View.Deal(d.CountedIn); ok {
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
		details = append(details, app.P().Class("help").Text("Revisions up to "+t.Session.View.AsOf.String()+":"), app.Ol().Class("revisions").Body(revs...))
	}
	return app.Tr().ID("deal-row-"+d.ID).Body(
		app.Td().Body(
			app.Div().Class("deal-name").Text(d.Counterparty),
			app.Details().Class("deal-details").Open(t.openSources[d.ID]).
				OnToggle(func(ctx app.Context, ev app.Event) { t.setSourcesOpen(d.ID, ev.Get("target").Get("open").Bool()) }, app.EventScope(d.ID)).
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
