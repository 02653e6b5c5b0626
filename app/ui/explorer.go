package ui

import (
	"net/url"
	"strings"
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

	s   *Session
	err error
	// startQuery, when set, is read in place of the address's query at
	// start (for tests, where there is no address).
	startQuery string

	themeChoice string
	theme       string

	// ctx is the explorer's own context, kept from OnMount to schedule its
	// re-render outside an event handler.
	ctx app.Context
	// queryRev and queryStr cache the session's link for its revision.
	queryRev int
	queryStr string
	urlSeq   int
	// renderPending reports that a re-render is scheduled (renderSoon).
	renderPending bool
	// controlError says why the last control change was refused.
	controlError string
	controlsOpen bool
	updateReady  bool
	// status is a short message for the live region ("Saved.").
	status string
	// dismissed hides the link's notices.
	dismissed bool
	// extraNotices are notices of the session besides the link's (a store
	// reset, an import).
	extraNotices []Notice

	charts map[string]cachedOption

	// estimatesKey, estimatesList and estimatesErr cache the publications'
	// reproductions for a ledger (DataVersion).
	estimatesKey  string
	estimatesList []model.Estimate
	estimatesErr  error

	importMsg  string
	importErrs []string
	// importing reports a file being read in the background;
	// importProgress says how far it has come.
	importing      bool
	importProgress string
	// ledgerPage is the ledger table's page (0-based); ledgerPageKey the
	// filters, sort, date and ledger it belongs to.
	ledgerPage    int
	ledgerPageKey string
	// openSources are the deals whose Sources panel is open, by deal id:
	// go-app reuses a table row's nodes for whichever deal comes to its
	// position, so the panel's open state is set from here.
	openSources map[string]bool
	// dateOrderSeen is the locale's date order (see dateOrder).
	dateOrderSeen DateOrder
	// dealFind narrows the deal controls when the ledger holds more deals
	// than they list (see DealChoices).
	dealFind string

	swingsKey string
	swings    []model.Swing
	swingsErr error
	distKey   string
	dist      model.Distribution
	distErr   error
	mcSeq     int

	timelineKey  string
	timelineRows []TimelineRow
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
	e.charts = map[string]cachedOption{}
	e.themeChoice, e.theme = themeSystem, themeLight
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
		e.themeChoice = themeChoice()
		e.theme = effectiveTheme(e.themeChoice)
		e.controlsOpen = wideScreen(900)
		q = windowQuery()
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

// OnMount applies the theme choice, watches the system's colour scheme,
// notes a pending update and applies the input
// made before the app started.
func (e *Explorer) OnMount(ctx app.Context) {
	applyThemeChoice(e.themeChoice)
	onSystemThemeChange(func() {
		ctx.Dispatch(func(ctx app.Context) { e.theme = effectiveTheme(e.themeChoice) })
	})
	e.ctx = ctx
	e.updateReady = ctx.AppUpdateAvailable()
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
	if e.s != nil {
		if q := windowQuery(); q != e.query() {
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
	title := v.Label + " · Compute Ledger"
	if v.Path == pathOverview {
		title = "Compute Ledger: OpenAI's $1.4 trillion compute plan, sourced and modelled"
	}
	ctx.Page().SetTitle("%s", title)
}

// setScenario runs sc and shows it; a scenario the model refuses leaves
// the current one and says why next to the controls.
func (e *Explorer) setScenario(ctx app.Context, sc model.Scenario) {
	if err := e.s.SetScenario(sc); err != nil {
		e.controlError = "That change was not applied: " + err.Error()
		return
	}
	e.controlError = ""
	e.changed(ctx)
}

// setParam sets one query parameter of the scenario from a control, the
// way a link sets it (Session.SetParam); what was not taken as given is
// said next to the controls in the words of a link's notice. It reports
// whether the scenario changed.
func (e *Explorer) setParam(ctx app.Context, param, raw string) bool {
	notices, changed, err := e.s.SetParam(param, raw)
	texts := make([]string, len(notices))
	for i, n := range notices {
		texts[i] = n.Text
	}
	e.controlError = strings.Join(texts, " ")
	if err != nil {
		e.controlError = "That change was not applied: " + err.Error()
	}
	if changed {
		e.changed(ctx)
	} else if app.IsClient {
		e.renderSoon() // the control may belong to a child: show the notice
	}
	return changed
}

// setViewState replaces the view state and writes it into the address.
func (e *Explorer) setViewState(ctx app.Context, v ViewState) {
	e.s.SetViewState(v)
	e.changed(ctx)
}

// changed follows a change of the session: the address is rewritten after
// a pause, the Monte Carlo re-runs after a pause when its view is shown,
// and once the update has been drawn the update counter moves on.
func (e *Explorer) changed(ctx app.Context) {
	e.urlSeq++
	seq := e.urlSeq
	ctx.After(urlDelay, func(ctx app.Context) {
		if seq == e.urlSeq {
			e.writeURL(ctx)
		}
		ctx.PreventUpdate()
	})
	e.scheduleMonteCarlo(ctx, montecarloDelay)
	if app.IsClient {
		// Redraw the charts now; the page's text follows in a task of its
		// own, so that the input's task stays short. The task is asked for
		// first, so that it runs as soon as this one ends.
		e.renderSoon()
		e.pushCharts(ctx)
		ctx.PreventUpdate()
	}
}

// renderSoon re-renders the explorer in a new browser task.
func (e *Explorer) renderSoon() {
	if e.renderPending {
		return
	}
	e.renderPending = true
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		e.ctx.Dispatch(func(app.Context) { e.renderPending = false })
		return nil
	})
	if jsTry(func() { app.Window().Call("setTimeout", f, 0) }) != nil {
		e.renderPending = false
		e.ctx.Update()
	}
}

// query returns the session's link, computed once per revision.
func (e *Explorer) query() string {
	if e.s == nil {
		return ""
	}
	if e.queryStr == "" || e.queryRev != e.s.Rev {
		e.queryStr, e.queryRev = e.s.QueryString(), e.s.Rev
	}
	return e.queryStr
}

// writeURL replaces the address with the session's link, without adding
// a history entry.
func (e *Explorer) writeURL(ctx app.Context) {
	if !app.IsClient {
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
	ctx.After(statusClearDelay, func(ctx app.Context) {
		if e.status == msg {
			e.status = ""
		}
	})
}

// option returns the option JSON of a chart, built again only when key
// (the session's revision and what else the chart depends on) changes.
func (e *Explorer) option(id, key string, build func() chart.Optioner) string {
	if c, ok := e.charts[id]; ok && c.key == key {
		return c.json
	}
	b, err := chart.OptionJSON(build())
	if err != nil {
		app.Log("chart", id, err)
		return e.charts[id].json
	}
	e.charts[id] = cachedOption{key: key, json: string(b)}
	return string(b)
}

// revKey returns a cache key for the session's current state plus extra.
func (e *Explorer) revKey(extra ...string) string {
	k := itoa(e.s.Rev)
	for _, x := range extra {
		k += "|" + x
	}
	return k
}

// scheduleMonteCarlo re-runs the Monte Carlo after delay when the
// uncertainty view is shown and the scenario changed since the last run.
func (e *Explorer) scheduleMonteCarlo(ctx app.Context, delay time.Duration) {
	if e.s == nil || e.Path != pathUncertainty || e.distKey == e.mcKey() {
		return
	}
	e.mcSeq++
	seq := e.mcSeq
	ctx.After(delay, func(ctx app.Context) {
		if seq != e.mcSeq || e.Path != pathUncertainty {
			return
		}
		e.runMonteCarlo()
		e.pushCharts(ctx)
	})
}

// mcKey identifies the scenario a Monte Carlo run belongs to.
func (e *Explorer) mcKey() string {
	return e.s.DataVersion() + "|" + e.s.Scenario.Query().Encode()
}

// runMonteCarlo runs the draws for the current scenario.
func (e *Explorer) runMonteCarlo() {
	key := e.mcKey()
	if key == e.distKey {
		return
	}
	e.dist, e.distErr = model.MonteCarlo(e.s.Ledger, e.s.Scenario, montecarloDraws, montecarloSeed)
	e.distKey = key
}
