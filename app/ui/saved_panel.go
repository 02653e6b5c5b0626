package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SavedPanel is the saved scenarios of the controls: a name field with a
// Save button, the question whether to replace a scenario of the same
// name, and the list of saved scenarios, each a link with a Delete
// button. It keeps the list as stored in this browser (and follows the
// saves of other tabs); what it says and the store's problems go to the
// explorer through its callbacks.
type SavedPanel struct {
	app.Compo

	// Path and Query are the view and link of the scenario on screen,
	// what Save stores.
	Path  string
	Query string
	// Preset names a scenario saved without a name (with the time).
	Preset string
	// OnStatus receives a short message for the live region ("Saved …").
	OnStatus func(ctx app.Context, msg string)
	// OnNotices receives the notices of stored entries that could not be
	// read (they are kept aside).
	OnNotices func(ctx app.Context, notices []Notice)

	saved []SavedScenario
	// confirmReplace is the name of a saved scenario the reader is asked
	// whether to replace ("" when nothing is asked).
	confirmReplace string
	saveName       string
}

// OnMount reads the saved scenarios and follows the changes other tabs
// make to them.
func (p *SavedPanel) OnMount(ctx app.Context) {
	list, notices := readSaved()
	p.saved = list
	// Once the explorer around the panel is mounted too.
	ctx.Defer(func(ctx app.Context) { p.notify(ctx, notices) })
	onStorageChange(savedKey, func() {
		ctx.Dispatch(func(ctx app.Context) {
			list, notices := readSaved()
			p.saved = list
			p.notify(ctx, notices)
		})
	})
}

func (p *SavedPanel) notify(ctx app.Context, notices []Notice) {
	if len(notices) > 0 && p.OnNotices != nil {
		p.OnNotices(ctx, notices)
	}
}

func (p *SavedPanel) say(ctx app.Context, msg string) {
	if p.OnStatus != nil {
		p.OnStatus(ctx, msg)
	}
}

// Render returns the name field, the question and the list.
func (p *SavedPanel) Render() app.UI {
	items := make([]app.UI, len(p.saved))
	for i, sv := range p.saved {
		sv := sv
		items[i] = app.Li().Body(
			app.A().Href(Href(sv.Path)+"?"+sv.Query).Text(sv.Name),
			app.Small().Class("help").Text(" "+viewOf(sv.Path).Label+", "+sv.SavedAt+" "),
			app.Button().Type("button").Class("link-button").Aria("label", "Delete saved scenario "+sv.Name).Text("Delete").
				OnClick(func(ctx app.Context, _ app.Event) { p.deleteSaved(ctx, sv.Name) }, app.EventScope(sv.Name)),
		)
	}
	return fieldset("Saved scenarios",
		app.Div().Class("field save-row").Body(
			app.Label().For("ctl-save-name").Class("field-label").Text("Name"),
			app.Div().Class("field-inputs").Body(
				app.Input().Type("text").ID("ctl-save-name").Class("text").Value(p.saveName).Placeholder("e.g. slow build-out").
					OnInput(func(ctx app.Context, ev app.Event) {
						p.saveName = ev.Get("target").Get("value").String()
						ctx.PreventUpdate()
					}),
				app.Button().Type("button").Text("Save").OnClick(func(ctx app.Context, _ app.Event) { p.saveCurrent(ctx, false) }),
			),
			app.Small().Class("help").Text("Saved in this browser only; share the address to send a scenario to someone."),
		),
		app.If(p.confirmReplace != "", p.renderReplaceQuestion),
		app.If(len(items) > 0, func() app.UI { return app.Ul().Class("saved-list").Body(items...) }),
	)
}

// saveCurrent saves the scenario on screen under the typed name, into the
// list as stored now, so that a save in another tab is kept. A name in use
// asks first (replace is the reader's answer); a full list refuses.
func (p *SavedPanel) saveCurrent(ctx app.Context, replace bool) {
	name := strings.TrimSpace(p.saveName)
	if name == "" {
		name = p.Preset + " " + time.Now().Format("2006-01-02 15:04")
	}
	fresh, _ := readSaved()
	list, err := AddSaved(fresh, SavedScenario{Name: name, Path: p.Path, Query: p.Query, SavedAt: time.Now().Format("2006-01-02")}, replace)
	p.saved = fresh
	switch {
	case errors.Is(err, ErrSavedNameTaken):
		p.confirmReplace = name
		return
	case err != nil:
		p.say(ctx, "Not saved: "+err.Error()+".")
		return
	}
	if err := localSet(savedKey, EncodeSaved(list)); err != nil {
		p.say(ctx, "The scenario could not be saved: "+err.Error())
		return
	}
	p.saved, p.saveName, p.confirmReplace = list, "", ""
	p.say(ctx, "Saved “"+name+"”.")
}

func (p *SavedPanel) deleteSaved(ctx app.Context, name string) {
	fresh, _ := readSaved()
	p.saved = RemoveSaved(fresh, name)
	localSet(savedKey, EncodeSaved(p.saved))
	p.say(ctx, "Deleted “"+name+"”.")
}

// renderReplaceQuestion asks whether to replace the saved scenario of the
// name being saved.
func (p *SavedPanel) renderReplaceQuestion() app.UI {
	return app.Div().Class("replace-question").Role("alertdialog").Aria("label", "Replace saved scenario").Body(
		app.P().Text("A saved scenario is already named “"+p.confirmReplace+"”. Replace it with this one?"),
		app.Button().Type("button").Text("Replace").OnClick(func(ctx app.Context, _ app.Event) { p.saveCurrent(ctx, true) }),
		app.Button().Type("button").Class("link-button").Text("Cancel").OnClick(func(ctx app.Context, _ app.Event) { p.confirmReplace = "" }),
	)
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
