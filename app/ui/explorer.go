package ui

import (
	"net/url"
	"time"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Explorer is the whole explorer: every route shows it with its own Path,
// so moving between views updates one mounted component and keeps the
// session (scenario, result, imports) without reloading or re-parsing.
// On the server it renders the default scenario for the first paint; in
// the browser it reads the scenario from the address, and every control
// change re-runs the model once, redraws the visible charts, and writes
// the state back into the address.
type Explorer struct {
	app.Compo

	// Path is the route of the view to show ("/", "/spend", ...).
	Path string
	// Embed shows only the view's chart, as its embed page (embed_page.go).
	Embed bool

	s   *Session
	err error
	// startQuery, when set, is read in place of the address's query at
	// start (for tests, where there is no address).
	startQuery string

	// theme is the theme in effect (ThemeChoice reports it).
	theme string

	// ctx is the explorer's own context, kept from OnMount to schedule its
	// re-render outside an event handler.
	ctx app.Context
	// controlError says why the last control change was refused.
	controlError string
	updateReady  bool
	// status is a short message for the live region ("Saved.").
	status string
	// dismissed hides the link's notices.
	dismissed bool
	// extraNotices are notices of the session besides the link's (a store
	// reset, an import).
	extraNotices []Notice

	// pipe is the state of the update phases.
	pipe pipeline
	// derived are the views' results besides the model's run.
	derived derived
	// embed is the state of an embed page.
	embed embedState
}

// cachedOption is a chart option built for one state of the session.
type cachedOption struct {
	key  string
	json string
}

// montecarloDraws is the number of Monte Carlo draws per update: enough
// for stable P10/P90 and fast enough to follow a slider (about 12 ms).
const montecarloDraws = 2000

// montecarloSeed seeds every Monte Carlo run, so a link shows the same fan.
const montecarloSeed = 20251106

// Delays after the last control change before the address is rewritten
// and the Monte Carlo runs again.
const (
	urlDelay         = 150 * time.Millisecond
	montecarloDelay  = 200 * time.Millisecond
	statusClearDelay = 4 * time.Second
)

// OnInit loads the ledger and the default scenario; in the browser it then
// reads the scenario and view state from the address. It runs on the
// server for pre-rendering, where the address's query is not seen.
func (e *Explorer) OnInit() {
	e.pipe.charts, e.pipe.live = map[string]cachedOption{}, &LiveCharts{}
	e.theme = themeLight
	l, err := loadLedger()
	if err != nil {
		e.err = err
		return
	}
	e.s, e.err = NewSession(l)
	if e.err != nil {
		return
	}
	q := e.startQuery
	if app.IsClient {
		e.theme = effectiveTheme(themeChoice())
		q = windowQuery()
		if e.Embed {
			q = e.readEmbedAddress(q)
		}
	}
	if e.Path == pathReconcile && !queryHas(q, "as_of") {
		// The reconcile view opens on the claim's date.
		v, _ := url.ParseQuery(q)
		v.Set("as_of", viewDefaultAsOf(pathReconcile, ""))
		q = EncodeQuery(v)
	}
	if q != "" {
		e.loadQuery(q)
	}
}

// queryHas reports whether the raw query sets key.
func queryHas(raw, key string) bool {
	v, err := url.ParseQuery(raw)
	return err == nil && v.Has(key)
}

// latestAsOf returns the ledger's latest date, the other views' default.
func (e *Explorer) latestAsOf() string {
	if e.s == nil {
		return ""
	}
	return model.DefaultAsOf(e.s.Ledger).String()
}

// OnPreRender sets the page title on the server.
func (e *Explorer) OnPreRender(ctx app.Context) { e.setTitle(ctx) }

// OnMount notes a pending update and applies the input made before the
// app started.
func (e *Explorer) OnMount(ctx app.Context) {
	e.ctx = ctx
	e.updateReady = ctx.AppUpdateAvailable()
	if e.Embed {
		e.mountEmbed(ctx)
	}
	if e.s != nil && windowQuery() != e.query() {
		// The address shows the whole link from the start, with the
		// values used in place of any bad ones.
		e.writeURL(ctx)
	}
	// After this render is on the page, with the app's own controls.
	ctx.Defer(func(app.Context) { replayEarlyInput() })
}

// OnNav reads the address again when it carries another scenario than the
// one shown (a saved link, the browser's back button), and sets the title.
func (e *Explorer) OnNav(ctx app.Context) {
	// On the server there is no address to read (windowQuery is empty):
	// the pre-rendered page keeps the state OnInit set, as the app does.
	if e.s != nil && app.IsClient {
		if q := e.addressLink(); q != e.query() {
			e.loadQuery(q)
			e.writeURL(ctx)
		}
	}
	e.setTitle(ctx)
	e.status = ""
	e.scheduleMonteCarlo(ctx, 0)
	ctx.Defer(func(app.Context) { markUpdated() })
}

// OnAppUpdate shows the notice that a new version is ready.
func (e *Explorer) OnAppUpdate(ctx app.Context) { e.updateReady = ctx.AppUpdateAvailable() }

// loadQuery reads a raw query into the session.
func (e *Explorer) loadQuery(raw string) {
	q, err := url.ParseQuery(raw)
	e.s.LoadQuery(q)
	if err != nil {
		e.s.Notices = append(e.s.Notices, Notice{Text: "Part of the address could not be read (" + err.Error() + "); the rest was used."})
	}
	e.dismissed = false
	e.controlError = ""
}

func (e *Explorer) setTitle(ctx app.Context) {
	v := viewOf(e.Path)
	ctx.Page().SetTitle("%s", pageTitle(v))
	ctx.Page().SetDescription("%s", v.Lede)
}

// apply makes a change to the session (Session.Apply) and follows what it
// changed on the page. Every control goes through here.
func (e *Explorer) apply(ctx app.Context, c Change) Update {
	u := e.s.Apply(c)
	e.follow(ctx, u)
	return u
}

// setViewState replaces the view state (a change of view alone).
func (e *Explorer) setViewState(ctx app.Context, v ViewState) { e.apply(ctx, Change{View: &v}) }

// changed follows a change made to the session outside Apply (an import
// taken in or removed): every chart is drawn again.
func (e *Explorer) changed(ctx app.Context) {
	e.pipe.charts = map[string]cachedOption{}
	u := Update{Scenario: true, View: true, Link: e.query()}
	for id := range e.s.chartInputs() {
		u.Charts = append(u.Charts, id)
	}
	e.follow(ctx, u)
}

// follow runs the phases of an update (phasesOf) on the page: the line
// above the controls, the charts whose inputs changed drawn at once, the
// page's text rendered in a task of its own (so that the input's task
// stays short), the address rewritten after a pause and the Monte Carlo
// run again after a pause when its view is shown; once the charts are
// drawn the update counter moves on.
func (e *Explorer) follow(ctx app.Context, u Update) {
	p := e.phasesOf(u)
	e.controlError = p.notice
	if !app.IsClient {
		return
	}
	if p.text {
		// Asked for first, so that it runs as soon as this task ends.
		e.renderSoon()
	}
	if len(p.charts) > 0 {
		e.drawCharts(ctx, p.charts)
		markUpdated()
	}
	// What follows later is scheduled on the explorer's own context: the
	// control that made the change may leave the page with it (a change's
	// Reset), and its context's timers with it.
	page := e.pageContext(ctx)
	if p.link != "" {
		e.pipe.urlSeq++
		seq := e.pipe.urlSeq
		page.After(urlDelay, func(ctx app.Context) {
			if seq == e.pipe.urlSeq {
				e.writeURL(ctx)
			}
			ctx.PreventUpdate()
		})
	}
	if p.monteCarlo {
		e.scheduleMonteCarlo(page, montecarloDelay)
	}
	ctx.PreventUpdate()
}

// renderSoon re-renders the explorer in a new browser task; once that
// render is on the page the update counter moves on (a view without
// charts shows its update there).
func (e *Explorer) renderSoon() {
	if e.pipe.renderPending {
		return
	}
	e.pipe.renderPending = true
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		e.ctx.Dispatch(func(ctx app.Context) {
			e.pipe.renderPending = false
			ctx.Defer(func(app.Context) { markUpdated() })
		})
		return nil
	})
	if jsTry(func() { app.Window().Call("setTimeout", f, 0) }) != nil {
		e.pipe.renderPending = false
		e.ctx.Update()
	}
}

// query returns the session's link, computed once per revision.
func (e *Explorer) query() string {
	if e.s == nil {
		return ""
	}
	if e.pipe.queryStr == "" || e.pipe.queryRev != e.s.Rev {
		e.pipe.queryStr, e.pipe.queryRev = e.s.QueryString(), e.s.Rev
	}
	return e.pipe.queryStr
}

// writeURL replaces the address with the session's link, without adding
// a history entry. An embed page keeps the address it was given.
func (e *Explorer) writeURL(ctx app.Context) {
	if !app.IsClient || e.Embed {
		return
	}
	u := ctx.Page().URL()
	u.RawQuery = e.query()
	u.Fragment = ""
	ctx.Page().ReplaceURL(u)
}

// say shows a short message in the live region and clears it later.
func (e *Explorer) say(ctx app.Context, msg string) {
	e.status = msg
	e.pageContext(ctx).After(statusClearDelay, func(ctx app.Context) {
		if e.status == msg {
			e.status = ""
		}
	})
}

// option returns the option JSON of a chart, built again only when key
// (the session's revision and what else the chart depends on) changes.
func (e *Explorer) option(id, key string, build func() chart.Optioner) string {
	if c, ok := e.pipe.charts[id]; ok && c.key == key {
		return c.json
	}
	b, err := chart.OptionJSON(build())
	if err != nil {
		app.Log("chart", id, err)
		return e.pipe.charts[id].json
	}
	e.pipe.charts[id] = cachedOption{key: key, json: string(b)}
	return string(b)
}

// scheduleMonteCarlo re-runs the Monte Carlo after delay when the
// uncertainty view is shown and the scenario changed since the last run.
func (e *Explorer) scheduleMonteCarlo(ctx app.Context, delay time.Duration) {
	if e.s == nil || e.Path != pathUncertainty || e.derived.monteCarloCurrent(e.s) {
		return
	}
	e.pipe.mcSeq++
	seq := e.pipe.mcSeq
	ctx.After(delay, func(ctx app.Context) {
		if seq != e.pipe.mcSeq || e.Path != pathUncertainty {
			return
		}
		e.derived.monteCarlo(e.s)
		e.fanOption()
		e.drawCharts(ctx, e.chartDraws([]string{"chart-fan"}))
		markUpdated()
	})
}

// pageContext returns the explorer's own context (set on mount), which
// lives as long as the page; ctx on the server. A control that its own
// change removes from the page must schedule what follows there.
func (e *Explorer) pageContext(ctx app.Context) app.Context {
	if app.IsClient {
		return e.ctx
	}
	return ctx
}
