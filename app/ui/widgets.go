package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Small builders for the markup the views repeat, so that each view's code
// stays short (every call site costs space in app.wasm).

// txt returns an element with a class ("" for none) and a text.
func txt(tag, class, text string) app.UI {
	e := app.Elem(tag)
	if class != "" {
		e = e.Class(class)
	}
	return e.Text(text)
}

// choice is one option of a select: its value and its label.
type choice struct{ value, label string }

// choices returns the options of words shown as themselves, with "_" as
// a space.
func choices(words []string) []choice {
	out := make([]choice, len(words))
	for i, w := range words {
		out[i] = choice{w, spaced(w)}
	}
	return out
}

// spaced returns s with underscores as spaces.
func spaced(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

// selectBox returns a labelled select; class is the wrapper's extra
// class ("inline" puts the label beside it), help an optional sentence
// under it, and onChange gets the chosen value.
func selectBox(id, label, class string, opts []choice, current, help string, onChange func(ctx app.Context, value string)) app.UI {
	options := make([]app.UI, len(opts))
	for i, o := range opts {
		options[i] = app.Option().Value(o.value).Selected(o.value == current).Text(o.label)
	}
	sel := app.Select().ID(id).Body(options...).OnChange(func(ctx app.Context, ev app.Event) {
		onChange(ctx, ev.Get("target").Get("value").String())
	})
	var helpUI app.UI
	if help != "" {
		sel = sel.Aria("describedby", id+"-help")
		helpUI = app.Small().ID(id + "-help").Class("help").Text(help)
	}
	return app.Div().Class("field", class).Body(
		app.Label().For(id).Class("field-label").Text(label),
		sel,
		helpUI,
	)
}

// button returns a secondary button; aria, when set, is its accessible
// name (for a short visible label).
//
// go-app keeps a button's first handler while the handler's code and scope
// stay the same, and every button made here shares the code: the label, the
// accessible name and scope (what else onClick captures that changes
// between renders, such as a deal id) tell them apart, so that a button at a
// position another one had does what it says.
func button(label, aria string, onClick func(ctx app.Context), scope ...any) app.UI {
	b := app.Button().Type("button").Class("secondary").Text(label)
	if aria != "" {
		b = b.Aria("label", aria)
	}
	return b.OnClick(func(ctx app.Context, _ app.Event) { onClick(ctx) }, app.EventScope(append([]any{label, aria}, scope...)...))
}

// dataTable returns a captioned table in a scrollable, focusable region;
// num marks the columns that hold numbers (right-aligned). The first cell
// of each row heads it when rowHeads is set.
func dataTable(id, caption string, head []string, num []bool, rows [][]string, rowHeads bool) app.UI {
	cls := func(i int) string {
		if i < len(num) && num[i] {
			return "num"
		}
		return ""
	}
	ths := make([]app.UI, len(head))
	for i, h := range head {
		ths[i] = app.Th().Scope("col").Class(cls(i)).Text(h)
	}
	trs := make([]app.UI, len(rows))
	for r, row := range rows {
		cells := make([]app.UI, len(row))
		for i, c := range row {
			if i == 0 && rowHeads {
				cells[i] = app.Th().Scope("row").Text(c)
			} else {
				cells[i] = app.Td().Class(cls(i)).Text(c)
			}
		}
		trs[r] = app.Tr().Body(cells...)
	}
	return app.Div().Class("table-wrap").TabIndex(0).Role("region").Aria("labelledby", id).Body(
		app.Table().Class("data-table").Body(
			app.Caption().ID(id).Text(caption),
			app.THead().Body(app.Tr().Body(ths...)),
			app.TBody().Body(trs...),
		),
	)
}
