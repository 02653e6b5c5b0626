package ui

import (
	"slices"
	"strings"

	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fieldset returns a group of controls under a legend.
func fieldset(legend string, body ...app.UI) app.UI {
	return app.FieldSet().Class("control-group").Body(append([]app.UI{app.Legend().Text(legend)}, body...)...)
}

// controlID returns the DOM id of a parameter's control ("kw.amd_mi450"
// becomes "ctl-kw-amd_mi450").
func controlID(param string) string {
	return "ctl-" + strings.ReplaceAll(param, ".", "-")
}

// showFieldValue sets the value shown by the input of the given id (in
// the browser; nothing elsewhere).
func showFieldValue(id, value string) {
	jsTry(func() {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Set("value", value)
		}
	})
}

// eventDates returns the distinct dates on which the ledger changed
// (announcements and revisions), in order.
func eventDates(l *data.Ledger) []data.Date {
	var ds []data.Date
	for _, d := range l.Deals {
		ds = append(ds, d.Announced)
	}
	for _, r := range l.Revisions {
		ds = append(ds, r.Date)
	}
	slices.SortFunc(ds, func(a, b data.Date) int { return a.Compare(b.Time) })
	return slices.CompactFunc(ds, func(a, b data.Date) bool { return a.Equal(b.Time) })
}

// dateIndex returns the index of the last date on or before d (0 when d
// is before every date).
func dateIndex(ds []data.Date, d data.Date) int {
	i := 0
	for j, x := range ds {
		if !x.After(d) {
			i = j
		}
	}
	return i
}

// scenarioPanel returns the scenario's controls for the session.
func (e *Explorer) scenarioPanel() app.UI {
	return &ScenarioPanel{Session: e.s, Rev: e.s.Rev, Message: e.controlError, Saved: e.renderSavedControls(), OnChange: e.onChange, OnError: e.onError}
}

// dateField returns the ledger date control with the given id.
func (e *Explorer) dateField(id string) app.UI {
	return &DateField{ID: id, AsOf: e.s.Scenario.AsOf, Dates: eventDates(e.s.Ledger), OnChange: e.onChange, OnError: e.onError}
}

// onChange applies a change a child component reports, on the explorer's
// own context (the child's may be gone by the time the link is written).
func (e *Explorer) onChange(ctx app.Context, c Change) Update {
	return e.apply(e.ownContext(ctx), c)
}

// ownContext returns the explorer's own context once it is mounted, else
// ctx (a child's).
func (e *Explorer) ownContext(ctx app.Context) app.Context {
	if e.ctx.Src() != nil {
		return e.ctx
	}
	return ctx
}

// onError shows a child component's words above the controls.
func (e *Explorer) onError(ctx app.Context, msg string) {
	e.controlError = msg
	e.renderSoon()
}

// renderSavedControls returns the saved scenarios (SavedPanel): what it
// says goes to the live region, the store's problems to the notices.
func (e *Explorer) renderSavedControls() app.UI {
	return &SavedPanel{
		Path:   e.Path,
		Query:  e.query(),
		Preset: e.s.Scenario.Preset,
		OnStatus: func(_ app.Context, msg string) {
			e.ctx.Dispatch(func(ctx app.Context) { e.say(ctx, msg) })
		},
		OnNotices: func(_ app.Context, notices []Notice) {
			e.ctx.Dispatch(func(app.Context) { e.extraNotices = append(e.extraNotices, notices...) })
		},
	}
}

// enumStrings returns the words of an enumeration.
func enumStrings[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
