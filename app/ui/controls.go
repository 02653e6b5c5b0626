package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderControls returns the scenario panel: every assumption of the
// model's scenario, grouped, each number with a slider and a number field;
// presets; the ledger date; which deals count and one deal's overrides;
// and the saved scenarios.
func (e *Explorer) renderControls() app.UI {
	s := e.s.Scenario
	summary := "Scenario: " + s.Preset
	if changes := len(s.QueryFrom(e.s.presetOf(s))) - 3; changes > 0 {
		summary += " with " + strconv.Itoa(changes) + " change"
		if changes > 1 {
			summary += "s"
		}
	}
	body := []app.UI{
		// Always there, so that showing an error moves no control to
		// other nodes (which would take the focus from the field typed in).
		app.P().Class("control-error").Role("alert").Hidden(e.controlError == "").Text(e.controlError),
		e.renderPresetControls(),
		e.renderDateControls(),
		e.renderDealControls(),
		e.renderSection(SectionSpend,
			e.wordField("profile"),
			e.listField("shares")),
		e.renderSection(SectionCapacity, nil, e.renderFamilyControls()),
		e.renderSection(SectionRevenue,
			e.wordField("rev"),
			e.listField("rev_pts")),
		e.renderSection(SectionSolver, e.wordField("solve"), nil),
		e.renderSavedControls(),
	}
	return app.Aside().Class("controls-panel").Aria("label", "Scenario controls").Body(
		app.Details().Class("controls").Open(e.controlsOpen).Body(
			app.Summary().Body(
				app.Span().Class("controls-title").Text(summary),
				app.Span().Class("controls-hint").Text("adjust assumptions"),
			),
			app.Div().Class("controls-body").Body(body...),
		).On("toggle", func(ctx app.Context, ev app.Event) {
			e.controlsOpen = ev.Get("target").Get("open").Bool()
			ctx.PreventUpdate()
		}),
	)
}

// fieldset returns a group of controls under a legend.
func fieldset(legend string, body ...app.UI) app.UI {
	return app.FieldSet().Class("control-group").Body(append([]app.UI{app.Legend().Text(legend)}, body...)...)
}

// controlID returns the DOM id of a parameter's control ("kw.amd_mi450"
// becomes "ctl-kw-amd_mi450").
func controlID(param string) string {
	return "ctl-" + strings.ReplaceAll(param, ".", "-")
}

// numberField returns the slider and number field of a numeric control.
func (e *Explorer) numberField(c NumberControl) app.UI {
	return &RangeField{
		ID: controlID(c.Param), Label: c.Label, Unit: c.Unit, Help: c.Help,
		Value:     c.Get(e.s.Scenario),
		SliderMin: c.SliderMin, SliderMax: c.SliderMax, Step: c.Step,
		Min: c.Min, Max: c.Max,
		OnChange: func(ctx app.Context, v float64) {
			// The explorer's own context: the field's may be gone by the
			// time the link is rewritten (a notice above the controls
			// appearing or going moves every field, and go-app mounts them
			// again), and its timers with it.
			if e.ctx.Src() != nil {
				ctx = e.ctx
			}
			if !e.setParam(ctx, c.Param, c.Raw(v)) {
				// Refused: the field shows the value in use again.
				showFieldValue(controlID(c.Param), formatNumber(c.Get(e.s.Scenario)))
			}
		},
	}
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

// renderSection returns a section's numeric controls between before and
// after (either may be nil).
func (e *Explorer) renderSection(section string, before, after app.UI) app.UI {
	var body []app.UI
	if before != nil {
		body = append(body, before)
	}
	for _, c := range NumberControls(section) {
		body = append(body, e.numberField(c))
	}
	if after != nil {
		body = append(body, after)
	}
	return fieldset(section, body...)
}

// wordField returns the control of a word parameter of the model's
// registry: a check box for a switch, else a labelled select of its words.
func (e *Explorer) wordField(param string) app.UI {
	w, ok := model.WordParamByKey(param)
	if !ok {
		panic("ui: no word parameter " + param)
	}
	current := w.Get(e.s.Scenario)
	if w.Switch {
		return e.checkParam(param, current == "1", w.Label)
	}
	return selectBox(controlID(param), w.Label, "", choices(w.Words), current, w.Help, func(ctx app.Context, v string) {
		e.setParam(ctx, param, v)
	})
}

// listField returns the labelled text field of a list parameter of the
// model's registry, applied when committed.
func (e *Explorer) listField(param string) app.UI {
	p, ok := model.ListParamByKey(param)
	if !ok {
		panic("ui: no list parameter " + param)
	}
	id := controlID(param)
	label, value, placeholder, help := p.Label, p.Shown(e.s.Scenario), p.Example, p.Help
	return app.Div().Class("field").Body(
		app.Label().For(id).Class("field-label").Text(label),
		app.Input().Type("text").ID(id).Class("text").Value(value).Placeholder(placeholder).
			Aria("describedby", id+"-help").
			OnChange(func(ctx app.Context, ev app.Event) {
				e.setParam(ctx, param, strings.TrimSpace(ev.Get("target").Get("value").String()))
			}),
		app.Small().ID(id+"-help").Class("help").Text(help),
	)
}

func (e *Explorer) renderPresetControls() app.UI {
	s := e.s.Scenario
	return fieldset("Start from",
		selectBox("ctl-preset", "Preset", "", choices(model.AllPresetNames()), s.Preset, model.PresetDescription(s.Preset), e.applyPreset),
		button("Reset to the preset", "", func(ctx app.Context) { e.applyPreset(ctx, e.s.Scenario.Preset) }),
	)
}

// applyPreset switches to a preset, keeping the ledger date.
func (e *Explorer) applyPreset(ctx app.Context, name string) {
	if err := e.s.ApplyPreset(name); err != nil {
		e.controlError = err.Error()
		return
	}
	e.controlError = ""
	e.changed(ctx)
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

func (e *Explorer) renderDateControls() app.UI {
	return fieldset("Ledger date", e.renderDateField("ctl-as_of"))
}

// renderDateField returns the ledger date control with the given id: a
// slider that steps through the dates the ledger changed, and a date field.
func (e *Explorer) renderDateField(id string) app.UI {
	s := e.s.Scenario
	ds := eventDates(e.s.Ledger)
	idx := dateIndex(ds, s.AsOf)
	order := e.dateOrder()
	return app.Div().Class("field").Body(
		app.Label().For(id).Class("field-label").Text("As of"),
		app.Div().Class("field-inputs").Body(
			app.Input().Type("range").ID(id+"-range").Aria("label", "Replay the ledger: announcement or revision").
				Aria("valuetext", s.AsOf.String()).
				Min("0").Max(strconv.Itoa(len(ds)-1)).Step(1).Value(strconv.Itoa(idx)).
				OnInput(func(ctx app.Context, ev app.Event) {
					i, err := strconv.Atoi(ev.Get("target").Get("value").String())
					if err != nil || i < 0 || i >= len(ds) {
						return
					}
					e.setAsOf(ctx, ds[i])
				}),
			// A text field, not type=date: the browser's date field takes
			// its segments one at a time (a half-typed year is a date) and
			// only in its own format. This one is read once, on Enter or
			// leaving it, in the locale's order or ISO.
			app.Input().Type("text").ID(id).Class("date").Value(s.AsOf.String()).
				AutoComplete(false).Spellcheck(false).Placeholder(order.Pattern()).
				Aria("describedby", id+"-help").
				OnChange(func(ctx app.Context, ev app.Event) {
					target := ev.Get("target")
					d, err := ParseTypedDate(target.Get("value").String(), order)
					if err != nil {
						e.controlError = "The date was not applied: " + strings.TrimPrefix(err.Error(), data.ErrBadDate.Error()+": ") + "."
						return
					}
					if e.setAsOf(ctx, d) {
						target.Set("value", d.String())
					}
				}),
		),
		app.Small().ID(id+"-help").Class("help").Text("The ledger as it stood on this date: deals announced and revisions made by then. Type a date as "+order.Pattern()+" or YYYY-MM-DD; the slider steps through the dates the ledger changed."),
	)
}

// setAsOf moves the scenario to another ledger date and reports whether
// the date was taken.
func (e *Explorer) setAsOf(ctx app.Context, d data.Date) bool {
	if d.Year() < model.MinYear || d.Year() > model.MaxYear {
		e.controlError = "The date must lie between " + strconv.Itoa(model.MinYear) + " and " + strconv.Itoa(model.MaxYear) + "."
		return false
	}
	sc := e.s.Scenario.Clone()
	sc.AsOf = d
	e.setScenario(ctx, sc)
	return true
}

// dateOrder returns the order the browser's locale writes dates in (read
// once; ISO's outside a browser, so that the pre-render and the
// first render agree where the locale is year-first).
func (e *Explorer) dateOrder() DateOrder {
	if e.dateOrderSeen == "" {
		e.dateOrderSeen = localeDateOrder()
	}
	return e.dateOrderSeen
}

func (e *Explorer) renderDealControls() app.UI {
	r := e.s.Result
	shown, matched := DealChoices(r, e.dealFind, e.s.ViewState.Deal)
	items := make([]app.UI, 0, len(shown))
	locks := DealLocks(e.s.View, r)
	for _, i := range shown {
		line := r.Deals[i]
		id := "deal-" + line.ID
		lock := locks[i]
		note := ""
		switch {
		case lock != "":
			note = lock
		case !line.Counted && line.Reason != "":
			note = line.Reason
		case line.Undisclosed && !line.Overridden:
			note = "no disclosed value: capacity only"
		default:
			note = formatUSD(line.ValueUSD)
		}
		items = append(items, app.Li().Body(
			app.Input().Type("checkbox").ID(id).Checked(line.Counted).Disabled(lock != "").
				Aria("describedby", id+"-note").
				OnChange(func(ctx app.Context, ev app.Event) {
					e.setScenario(ctx, ToggleDeal(e.s.Scenario, line, ev.Get("target").Get("checked").Bool()))
				}),
			app.Label().For(id).Text(line.Counterparty),
			app.Small().ID(id+"-note").Class("help").Text(note),
		))
	}
	return fieldset("Deals",
		e.wordField("binding"),
		e.wordField("renew"),
		e.wordField("vals"),
		e.wordField("pay"),
		app.If(matched > dealListLimit || e.dealFind != "", func() app.UI { return e.renderDealFinder(len(shown), matched) }),
		app.Details().Class("deal-list").Body(
			app.Summary().Text("Which deals count ("+strconv.Itoa(r.Totals.DealsCounted)+" counted)"),
			app.Ul().Class("checklist").Body(items...),
		),
		e.renderDealEditor(shown),
	)
}

// renderDealFinder returns the text field that narrows the deal list and
// the deal picker when the ledger holds more deals than they show.
func (e *Explorer) renderDealFinder(shown, matched int) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For("ctl-deal-find").Text("Find a deal"),
		app.Input().Type("search").ID("ctl-deal-find").Class("text").Value(e.dealFind).Placeholder("name or id").
			Aria("describedby", "ctl-deal-find-help").
			OnInput(func(ctx app.Context, ev app.Event) { e.dealFind = ev.Get("target").Get("value").String() }),
		app.Small().ID("ctl-deal-find-help").Class("help").Text("Listing "+strconv.Itoa(shown)+" of the "+strconv.Itoa(matched)+" deals that match; type part of a name or id to narrow."),
	)
}

// renderDealEditor returns the picker of one deal and its overrides.
func (e *Explorer) renderDealEditor(shown []int) app.UI {
	r, sc := e.s.Result, e.s.Scenario
	opts := []choice{{"", "(pick a deal)"}}
	var picked *model.DealLine
	for _, i := range shown {
		line := r.Deals[i]
		opts = append(opts, choice{line.ID, line.Counterparty})
		if line.ID == e.s.ViewState.Deal {
			picked = &r.Deals[i]
		}
	}
	body := []app.UI{selectBox("ctl-deal", "Adjust one deal", "", opts, e.s.ViewState.Deal, "", func(ctx app.Context, id string) {
		v := e.s.ViewState
		v.Deal = id
		e.setViewState(ctx, v)
	})}
	if picked != nil {
		line := *picked
		for _, c := range DealControls(line) {
			body = append(body, e.numberField(c))
		}
		o, _ := sc.Override(line.ID)
		profiles := []choice{{"", "the scenario's (" + spaced(string(sc.Profile)) + ")"}}
		for _, p := range model.Profiles {
			if p != model.ProfileCustom || len(sc.CustomShares) > 0 {
				profiles = append(profiles, choice{string(p), spaced(string(p))})
			}
		}
		body = append(body,
			selectBox("ctl-prof-deal", "Spend profile of this deal", "", profiles, string(o.Profile), "", func(ctx app.Context, p string) {
				e.setScenario(ctx, SetDealProfile(e.s.Scenario, line.ID, model.Profile(p)))
			}),
			button("Reset this deal", "", func(ctx app.Context) { e.setScenario(ctx, ResetDeal(e.s.Scenario, line.ID)) }, line.ID),
		)
	}
	return app.Div().Class("field deal-editor").Body(body...)
}

func (e *Explorer) renderFamilyControls() app.UI {
	s := e.s.Scenario
	var fams []app.UI
	for _, f := range s.KWPerAccelerator {
		if familyCounted(e.s.Result, f.Family) {
			fams = append(fams, e.numberField(FamilyControl(f.Family)))
		}
	}
	return app.Details().Class("sub-controls").Body(
		app.Summary().Text("kW per accelerator by chip family"),
		app.Div().Body(fams...),
	)
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

// checkParam returns a checkbox (id ctl-PARAM) that sets the on/off
// scenario parameter param to 1 or 0.
func (e *Explorer) checkParam(param string, checked bool, label string) app.UI {
	id := "ctl-" + param
	return app.Div().Class("field check").Body(
		app.Input().Type("checkbox").ID(id).Checked(checked).OnChange(func(ctx app.Context, ev app.Event) {
			v := "0"
			if ev.Get("target").Get("checked").Bool() {
				v = "1"
			}
			e.setParam(ctx, param, v)
		}),
		app.Label().For(id).Text(label),
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
