package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ShareMenu is a view's share menu: a disclosure button that opens the
// ways to pass the view on (copy its link, its citation, its embed code,
// and the browser's own share sheet where the browser has one). Escape
// closes it and puts the focus back on the button. Each action reports
// what it did through OnDone, for the page's status line.
type ShareMenu struct {
	app.Compo

	// Title names the view in the share sheet.
	Title string
	// Link returns the address of the view with its link.
	Link func() string
	// Citation returns the line to cite the view with.
	Citation func() string
	// EmbedCode returns the view's embed code; nil or "" for a view
	// without a chart.
	EmbedCode func() string
	// OnDone receives the sentence saying what an action did.
	OnDone func(ctx app.Context, msg string)

	open     bool
	canShare bool
}

// The ids of the menu's button and panel.
const (
	shareButtonID = "share-button"
	shareMenuID   = "share-menu"
	shareCodeID   = "share-embed-code"
)

// OnMount looks for the browser's share sheet (navigator.share).
func (m *ShareMenu) OnMount(ctx app.Context) {
	jsTry(func() { m.canShare = app.Window().Get("navigator").Get("share").Truthy() })
}

// Render returns the button and, when open, the actions.
func (m *ShareMenu) Render() app.UI {
	toggle := app.Button().Type("button").ID(shareButtonID).Class("secondary", "share-toggle").
		Aria("expanded", m.open).Aria("controls", shareMenuID).Text("Share").
		OnClick(func(ctx app.Context, _ app.Event) { m.open = !m.open })
	root := app.Div().Class("share").OnKeyDown(m.onKey)
	if !m.open {
		return root.Body(toggle)
	}
	code := ""
	if m.EmbedCode != nil {
		code = m.EmbedCode()
	}
	actions := []app.UI{
		m.action("share-copy-link", "Copy link", func(ctx app.Context) {
			m.copy(ctx, m.Link(), "Link copied.", "The link could not be copied; copy it from the address bar.")
		}),
		m.action("share-copy-citation", "Copy citation", func(ctx app.Context) {
			m.copy(ctx, m.Citation(), "Citation copied.", "The citation could not be copied; select it and copy it by hand.")
		}),
	}
	if code != "" {
		actions = append(actions, m.action("share-copy-embed", "Copy embed code", func(ctx app.Context) {
			m.copy(ctx, m.EmbedCode(), "Embed code copied.", "The embed code could not be copied; select it in the box and copy it by hand.")
		}))
	}
	if m.canShare {
		actions = append(actions, m.action("share-native", "Share…", m.shareNative))
	}
	panel := app.Div().ID(shareMenuID).Class("share-menu").Role("group").Aria("label", "Share this view").Body(
		app.Div().Class("share-actions").Body(actions...),
		app.If(code != "", func() app.UI {
			return app.Div().Class("share-code").Body(
				app.Label().For(shareCodeID).Text("Embed code"),
				app.Textarea().ID(shareCodeID).ReadOnly(true).Rows(3).Text(code),
			)
		}),
	)
	return root.Body(toggle, panel)
}

// action returns one of the menu's buttons.
func (m *ShareMenu) action(id, label string, do func(ctx app.Context)) app.UI {
	return app.Button().Type("button").ID(id).Class("secondary").Text(label).
		OnClick(func(ctx app.Context, _ app.Event) { do(ctx) })
}

// onKey closes the open menu on Escape and puts the focus back on its
// button.
func (m *ShareMenu) onKey(ctx app.Context, e app.Event) {
	if !m.open || e.Get("key").String() != "Escape" {
		return
	}
	e.PreventDefault()
	m.open = false
	ctx.Defer(func(app.Context) {
		jsTry(func() { app.Window().GetElementByID(shareButtonID).Call("focus") })
	})
}

// copy puts text on the clipboard and says whether it did.
func (m *ShareMenu) copy(ctx app.Context, text, done, failed string) {
	if err := copyText(text); err != nil {
		m.say(ctx, failed)
		return
	}
	m.say(ctx, done)
}

// shareNative opens the browser's share sheet with the view's title and
// link; a reader who closes it without sharing is not an error.
func (m *ShareMenu) shareNative(ctx app.Context) {
	err := jsTry(func() {
		p := app.Window().Get("navigator").Call("share", map[string]any{"title": m.Title, "url": m.Link()})
		p.Call("catch", ignoreRejection())
	})
	if err != nil {
		m.say(ctx, "The share sheet could not be opened; copy the link instead.")
		return
	}
	m.say(ctx, "Share sheet opened.")
}

func (m *ShareMenu) say(ctx app.Context, msg string) {
	if m.OnDone != nil {
		m.OnDone(ctx, msg)
	}
}

// rejectionIgnorer is the one JavaScript function that ignores a promise's
// rejection (a share sheet closed), made once.
var rejectionIgnorer app.Func

func ignoreRejection() app.Func {
	if rejectionIgnorer == nil {
		rejectionIgnorer = app.FuncOf(func(app.Value, []app.Value) any { return nil })
	}
	return rejectionIgnorer
}

// shareMenu returns the share menu of the view on screen.
func (e *Explorer) shareMenu(v view) app.UI {
	return &ShareMenu{
		Title: v.Label + " · Compute Ledger",
		Link:  e.pageAddress,
		Citation: func() string {
			// The view on screen when clicked, not the one this was rendered for.
			cv := viewOf(e.Path)
			return Citation(cv.Label, e.s.Scenario, e.s.DataVersion(), e.pageAddress(), time.Now().Format("2006-01-02"))
		},
		EmbedCode: e.embedCode,
		OnDone: func(_ app.Context, msg string) {
			// Said by the explorer, whose render shows the status line.
			e.ctx.Dispatch(func(ctx app.Context) { e.say(ctx, msg) })
		},
	}
}
