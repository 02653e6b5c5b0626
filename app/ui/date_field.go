package ui

import (
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DateField is the ledger date control: a slider that steps through the
// dates the ledger changed, and a text field read once (on Enter or on
// leaving it) in the locale's order or ISO. A date it reads becomes the
// change as_of=<date> (OnChange); a text it cannot read is said through
// OnError.
type DateField struct {
	app.Compo

	// ID is the DOM id of the text field; the slider's is ID + "-range".
	ID string
	// AsOf is the date shown; Dates the dates the ledger changed, in order.
	AsOf  data.Date
	Dates []data.Date
	// OnChange receives the change a date makes and returns what it did.
	OnChange func(ctx app.Context, c Change) Update
	// OnError receives the words for a text that is not a date.
	OnError func(ctx app.Context, msg string)

	// order is the locale's date order, read once (ISO's outside a
	// browser, so that the pre-render and the first render agree where
	// the locale is year-first).
	order DateOrder
}

// OnInit reads the locale's date order.
func (f *DateField) OnInit() { f.order = localeDateOrder() }

// Render returns the label, the slider, the text field and the help.
func (f *DateField) Render() app.UI {
	id, order := f.ID, f.order
	idx := dateIndex(f.Dates, f.AsOf)
	return app.Div().Class("field").Body(
		app.Label().For(id).Class("field-label").Text("As of"),
		app.Div().Class("field-inputs").Body(
			app.Input().Type("range").ID(id+"-range").Aria("label", "Replay the ledger: announcement or revision").
				Aria("valuetext", f.AsOf.String()).
				Min("0").Max(strconv.Itoa(len(f.Dates)-1)).Step(1).Value(strconv.Itoa(idx)).
				OnInput(func(ctx app.Context, ev app.Event) {
					i, err := strconv.Atoi(ev.Get("target").Get("value").String())
					if err != nil || i < 0 || i >= len(f.Dates) {
						return
					}
					f.set(ctx, f.Dates[i])
				}),
			// A text field, not type=date: the browser's date field takes
			// its segments one at a time (a half-typed year is a date) and
			// only in its own format.
			app.Input().Type("text").ID(id).Class("date").Value(f.AsOf.String()).
				AutoComplete(false).Spellcheck(false).Placeholder(order.Pattern()).
				Aria("describedby", id+"-help").
				OnChange(func(ctx app.Context, ev app.Event) {
					target := ev.Get("target")
					d, err := ParseTypedDate(target.Get("value").String(), order)
					if err != nil {
						if f.OnError != nil {
							f.OnError(ctx, "The date was not applied: "+strings.TrimPrefix(err.Error(), data.ErrBadDate.Error()+": ")+".")
						}
						return
					}
					if f.set(ctx, d) {
						target.Set("value", d.String())
					}
				}),
		),
		app.Small().ID(id+"-help").Class("help").Text("The ledger as it stood on this date: deals announced and revisions made by then. Type a date as "+order.Pattern()+" or YYYY-MM-DD; the slider steps through the dates the ledger changed."),
	)
}

// set hands the date on and reports whether it was taken.
func (f *DateField) set(ctx app.Context, d data.Date) bool {
	if f.OnChange == nil {
		return false
	}
	u := f.OnChange(ctx, Set("as_of", d.String()))
	return u.Err == nil && len(u.Notices) == 0
}
