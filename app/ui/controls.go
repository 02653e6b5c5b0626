package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

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
	if e.ctx.Src() != nil {
		ctx = e.ctx
	}
	return e.apply(ctx, c)
}

// onError shows a child component's words above the controls.
func (e *Explorer) onError(ctx app.Context, msg string) {
	e.controlError = msg
	e.renderSoon()
}

func (e *Explorer) renderSavedControls() app.UI {
	items := make([]app.UI, len(e.saved))
	for i, sv := range e.saved {
		sv := sv
		items[i] = app.Li().Body(
			app.A().Href(Href(sv.Path)+"?"+sv.Query).Text(sv.Name),
			app.Small().Class("help").Text(" "+viewOf(sv.Path).Label+", "+sv.SavedAt+" "),
			app.Button().Type("button").Class("link-button").Aria("label", "Delete saved scenario "+sv.Name).Text("Delete").
				OnClick(func(ctx app.Context, _ app.Event) { e.deleteSaved(ctx, sv.Name) }),
		)
	}
	return fieldset("Saved scenarios",
		app.Div().Class("field save-row").Body(
			app.Label().For("ctl-save-name").Class("field-label").Text("Name"),
			app.Div().Class("field-inputs").Body(
				app.Input().Type("text").ID("ctl-save-name").Class("text").Value(e.saveName).Placeholder("e.g. slow build-out").
					OnInput(func(ctx app.Context, ev app.Event) {
						e.saveName = ev.Get("target").Get("value").String()
						ctx.PreventUpdate()
					}),
				app.Button().Type("button").Text("Save").OnClick(func(ctx app.Context, _ app.Event) { e.saveCurrent(ctx, false) }),
			),
			app.Small().Class("help").Text("Saved in this browser only; share the address to send a scenario to someone."),
		),
		app.If(e.confirmReplace != "", e.renderReplaceQuestion),
		app.If(len(items) > 0, func() app.UI { return app.Ul().Class("saved-list").Body(items...) }),
	)
}

// loadSaved reads the saved scenarios. Nothing the reader saved is lost:
// an unreadable store, or an unreadable entry, is kept aside under
// unreadableKey and reported by a notice; the readable entries stay.
func (e *Explorer) loadSaved() {
	list, notices := readSaved()
	e.extraNotices = append(e.extraNotices, notices...)
	e.saved = list
}

// readSaved returns the stored list as it is now (another tab may have
// changed it), setting unreadable parts aside with a notice for each.
func readSaved() ([]SavedScenario, []Notice) {
	raw, err := localGet(savedKey)
	if err != nil {
		return nil, nil
	}
	list, problems, err := DecodeSaved(raw)
	if err != nil {
		keepUnreadable(raw)
		localDel(savedKey)
		return nil, []Notice{{Param: savedKey, Text: "The saved scenarios in this browser could not be read (" + err.Error() +
			"); their text was kept aside in this browser's storage under " + unreadableKey + " and the list starts empty."}}
	}
	var notices []Notice
	for _, p := range problems {
		keepUnreadable(p.Raw)
		notices = append(notices, Notice{Param: savedKey, Text: fmt.Sprintf("Saved scenario %d could not be read (%s); it was kept aside under %s and the others are listed.", p.Entry, p.Reason, unreadableKey)})
	}
	if len(problems) > 0 {
		localSet(savedKey, EncodeSaved(list))
	}
	return list, notices
}

// keepUnreadable appends a stored text that could not be read to
// unreadableKey, one per line.
func keepUnreadable(raw string) {
	old, _ := localGet(unreadableKey)
	localSet(unreadableKey, old+strings.ReplaceAll(raw, "\n", " ")+"\n")
}

// saveCurrent saves the scenario on screen under the typed name, into the
// list as stored now, so that a save in another tab is kept. A name in use
// asks first (replace is the reader's answer); a full list refuses.
func (e *Explorer) saveCurrent(ctx app.Context, replace bool) {
	name := strings.TrimSpace(e.saveName)
	if name == "" {
		name = e.s.Scenario.Preset + " " + time.Now().Format("2006-01-02 15:04")
	}
	fresh, _ := readSaved()
	list, err := AddSaved(fresh, SavedScenario{Name: name, Path: e.Path, Query: e.s.QueryString(), SavedAt: time.Now().Format("2006-01-02")}, replace)
	e.saved = fresh
	switch {
	case errors.Is(err, ErrSavedNameTaken):
		e.confirmReplace = name
		return
	case err != nil:
		e.say(ctx, "Not saved: "+err.Error()+".")
		return
	}
	if err := localSet(savedKey, EncodeSaved(list)); err != nil {
		e.say(ctx, "The scenario could not be saved: "+err.Error())
		return
	}
	e.saved, e.saveName, e.confirmReplace = list, "", ""
	e.say(ctx, "Saved “"+name+"”.")
}

func (e *Explorer) deleteSaved(ctx app.Context, name string) {
	fresh, _ := readSaved()
	e.saved = RemoveSaved(fresh, name)
	localSet(savedKey, EncodeSaved(e.saved))
	e.say(ctx, "Deleted “"+name+"”.")
}

// renderReplaceQuestion asks whether to replace the saved scenario of the
// name being saved.
func (e *Explorer) renderReplaceQuestion() app.UI {
	return app.Div().Class("replace-question").Role("alertdialog").Aria("label", "Replace saved scenario").Body(
		app.P().Text("A saved scenario is already named “"+e.confirmReplace+"”. Replace it with this one?"),
		app.Button().Type("button").Text("Replace").OnClick(func(ctx app.Context, _ app.Event) { e.saveCurrent(ctx, true) }),
		app.Button().Type("button").Class("link-button").Text("Cancel").OnClick(func(ctx app.Context, _ app.Event) { e.confirmReplace = "" }),
	)
}

// enumStrings returns the words of an enumeration.
func enumStrings[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
