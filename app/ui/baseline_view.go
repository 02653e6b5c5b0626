package ui

import (
	"slices"

	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tilesWithBase returns the tiles that of gives for the reader's run,
// each with the baseline's value under it where that differs.
func (e *Explorer) tilesWithBase(of func(model.Result) []Tile) app.UI {
	ts := of(e.s.Result)
	if b, ok := e.s.Baseline(); ok {
		ts = withBase(ts, of(b.Result), b.Label)
	}
	return tiles(ts)
}

// renderChanges returns the "what you changed" list: each parameter the
// scenario sets differently from its preset, with the preset's value and
// a reset of its own, and a reset of them all; nothing when there is no
// change.
func (e *Explorer) renderChanges() app.UI {
	cs := e.s.ScenarioChanges()
	if len(cs) == 0 {
		return nil
	}
	label := presetLabel(e.s.Scenario.Preset)
	items := make([]app.UI, len(cs))
	for i, c := range cs {
		key := c.Key
		items[i] = app.Li().DataSet("param", key).Body(
			app.Span().Class("change-label").Text(c.Label+": "),
			app.Strong().Class("change-value").Text(c.Value),
			app.Span().Class("change-base").Text(" ("+label+": "+c.Base+") "),
			button("Reset", "Reset "+c.Label+" to "+c.Base, func(ctx app.Context) {
				e.apply(ctx, e.s.resetChange(key))
				e.say(ctx, c.Label+" is back to the "+label+" preset's "+c.Base+".")
			}, key),
		)
	}
	return app.Section().Class("changes").Aria("labelledby", "changes-title").Body(
		app.H2().ID("changes-title").Class("changes-title").Text("What you changed from the "+label+" preset"),
		app.Ul().Body(items...),
		button("Reset all", "Reset every change to the "+label+" preset", func(ctx app.Context) {
			e.apply(ctx, Change{Preset: e.s.Scenario.Preset})
			e.say(ctx, "Back to the "+label+" preset.")
		}),
		app.P().Class("changes-note").Text("Charts draw the "+label+" preset's run as thin dashed lines (Flows gives it in each flow's tooltip and table; the Monte Carlo its median); each chart's Baseline button hides it."),
	)
}

// sameInBase returns chart id's note that the preset's run draws it the
// same (the timeline and the reconciliation are the ledger's as of the
// scenario's date); nothing for another chart or when there is no
// baseline.
func (e *Explorer) sameInBase(id string) app.UI {
	if !slices.Contains(sameInBaseCharts, id) {
		return nil
	}
	b, ok := e.s.Baseline()
	if !ok {
		return nil
	}
	return app.P().Class("base-same").DataSet("chart", id).Text("The " + b.Label + " preset draws this chart the same: it shows the ledger as of " +
		e.s.Scenario.AsOf.String() + ", which only the date changes.")
}

// baseToggle returns chart id's button that shows or hides the preset's
// baseline; nothing for a chart that draws none, or when there is no
// baseline.
func (e *Explorer) baseToggle(id, title string) app.UI {
	if !slices.Contains(baselineCharts, id) {
		return nil
	}
	b, ok := e.s.Baseline()
	if !ok {
		return nil
	}
	shown := e.s.ViewState.baseShown(id)
	return app.Button().Type("button").Class("secondary", "base-toggle").
		DataSet("chart", id).
		Aria("pressed", shown).
		Aria("label", "Show the "+b.Label+" preset's run in "+title).
		Text("Baseline").
		OnClick(func(ctx app.Context, _ app.Event) {
			e.apply(ctx, e.s.ViewState.toggleBase(id))
		}, app.EventScope(id))
}
