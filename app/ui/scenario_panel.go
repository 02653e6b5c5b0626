package ui

import (
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ScenarioPanel is the scenario's controls: presets, the ledger date, the
// deals that count and one deal's overrides, every assumption of the
// model's registry (a slider and a number field for each number, a box or
// a select for each word), and the saved scenarios (Saved). It shows the
// session it is given and reports each change the reader makes through
// OnChange; it keeps only its own state (open or closed, the deal finder's
// text).
type ScenarioPanel struct {
	app.Compo

	// Session is the state shown; Rev its revision (Session.Rev), so that
	// the panel is drawn again when the session changes.
	Session *Session
	Rev     int
	// Message is the line above the controls: why the last change was not
	// taken as given ("" for none).
	Message string
	// Saved is the saved scenarios' section, drawn last.
	Saved app.UI
	// OnChange receives each change and returns what it did; OnError
	// receives the words for an input that is not a value.
	OnChange func(ctx app.Context, c Change) Update
	OnError  func(ctx app.Context, msg string)

	open     bool
	dealFind string
}

// OnInit opens the panel on a wide screen.
func (p *ScenarioPanel) OnInit() { p.open = wideScreen(900) }

// change hands a change on and returns what it did.
func (p *ScenarioPanel) change(ctx app.Context, c Change) Update {
	if p.OnChange == nil {
		return Update{}
	}
	return p.OnChange(ctx, c)
}

// dateField returns the ledger date control of the panel.
func (p *ScenarioPanel) dateField() app.UI {
	return &DateField{ID: "ctl-as_of", AsOf: p.Session.Scenario.AsOf, Dates: eventDates(p.Session.Ledger), OnChange: p.OnChange, OnError: p.OnError}
}

// Render returns the scenario panel: every assumption of the
// model's scenario, grouped, each number with a slider and a number field;
// presets; the ledger date; which deals count and one deal's overrides;
// and the saved scenarios.
func (p *ScenarioPanel) Render() app.UI {
	s := p.Session.Scenario
	summary := "Scenario: " + model.PresetLabel(s.Preset)
	if changes := len(s.QueryFrom(p.Session.presetOf(s))) - 3; changes > 0 {
		summary += " with " + strconv.Itoa(changes) + " change"
		if changes > 1 {
			summary += "s"
		}
	}
	body := []app.UI{
		// Always there, so that showing an error moves no control to
		// other nodes (which would take the focus from the field typed in).
		app.P().Class("control-error").Role("alert").Hidden(p.Message == "").Text(p.Message),
		p.renderPresetControls(),
		p.renderDateControls(),
		p.renderDealControls(),
		p.renderSection(SectionSpend,
			p.wordField("profile"),
			p.listField("shares")),
		p.renderSection(SectionCapacity, nil, p.renderFamilyControls()),
		p.renderSection(SectionRevenue,
			p.wordField("rev"),
			p.listField("rev_pts")),
		p.renderSection(SectionSolver, p.wordField("solve"), nil),
		p.Saved,
	}
	return app.Aside().Class("controls-panel").Aria("label", "Scenario controls").Body(
		app.Details().Class("controls").Open(p.open).Body(
			app.Summary().Body(
				app.Span().Class("controls-title").Text(summary),
				app.Span().Class("controls-hint").Text("adjust assumptions"),
			),
			app.Div().Class("controls-body").Body(body...),
		).On("toggle", func(ctx app.Context, ev app.Event) {
			p.open = ev.Get("target").Get("open").Bool()
			ctx.PreventUpdate()
		}),
	)
}

// numberField returns the slider and number field of a numeric control.
func (p *ScenarioPanel) numberField(c NumberControl) app.UI {
	return &RangeField{
		ID: controlID(c.Param), Label: c.Label, Unit: c.Unit, Help: c.Help,
		Value:     c.Get(p.Session.Scenario),
		SliderMin: c.SliderMin, SliderMax: c.SliderMax, Step: c.Step,
		Min: c.Min, Max: c.Max,
		OnChange: func(ctx app.Context, v float64) {
			if !p.change(ctx, Set(c.Param, c.Raw(v))).Scenario {
				// Refused: the field shows the value in use again.
				showFieldValue(controlID(c.Param), fieldNumber(c.Get(p.Session.Scenario), c.Step))
			}
		},
	}
}

// renderSection returns a section's numeric controls between before and
// after (either may be nil).
func (p *ScenarioPanel) renderSection(section string, before, after app.UI) app.UI {
	var body []app.UI
	if before != nil {
		body = append(body, before)
	}
	for _, c := range NumberControls(section) {
		body = append(body, p.numberField(c))
	}
	if after != nil {
		body = append(body, after)
	}
	return fieldset(section, body...)
}

// wordField returns the control of a word parameter of the model's
// registry: a check box for a switch, else a labelled select of its words.
func (p *ScenarioPanel) wordField(param string) app.UI {
	w, ok := model.WordParamByKey(param)
	if !ok {
		panic("ui: no word parameter " + param)
	}
	current := w.Get(p.Session.Scenario)
	if w.Switch {
		return p.checkParam(param, current == "1", w.Label)
	}
	return selectBox(controlID(param), w.Label, "", wordParamChoices(w), current, w.Help, func(ctx app.Context, v string) {
		p.change(ctx, Set(param, v))
	})
}

// listField returns the labelled text field of a list parameter of the
// model's registry, applied when committed.
func (p *ScenarioPanel) listField(param string) app.UI {
	lp, ok := model.ListParamByKey(param)
	if !ok {
		panic("ui: no list parameter " + param)
	}
	id := controlID(param)
	label, value, placeholder, help := lp.Label, lp.Shown(p.Session.Scenario), lp.Example, lp.Help
	return app.Div().Class("field").Body(
		app.Label().For(id).Class("field-label").Text(label),
		app.Input().Type("text").ID(id).Class("text").Value(value).Placeholder(placeholder).
			Aria("describedby", id+"-help").
			OnChange(func(ctx app.Context, ev app.Event) {
				p.change(ctx, Set(param, strings.TrimSpace(ev.Get("target").Get("value").String())))
			}),
		app.Small().ID(id+"-help").Class("help").Text(help),
	)
}

func (p *ScenarioPanel) renderPresetControls() app.UI {
	s := p.Session.Scenario
	return fieldset("Start from",
		selectBox("ctl-preset", "Preset", "", presetChoices(model.AllPresetNames()), s.Preset, model.PresetDescription(s.Preset), p.applyPreset),
		button("Reset to the preset", "", func(ctx app.Context) { p.applyPreset(ctx, p.Session.Scenario.Preset) }),
	)
}

// applyPreset switches to a preset, keeping the ledger datp.
func (p *ScenarioPanel) applyPreset(ctx app.Context, name string) {
	p.change(ctx, Change{Preset: name})
}

func (p *ScenarioPanel) renderDateControls() app.UI {
	return fieldset("Ledger date", p.dateField())
}

func (p *ScenarioPanel) renderDealControls() app.UI {
	r := p.Session.Result
	shown, matched := DealChoices(r, p.dealFind, p.Session.ViewState.Deal)
	items := make([]app.UI, 0, len(shown))
	locks := DealLocks(p.Session.View, r)
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
					p.change(ctx, dealListsChange(ToggleDeal(p.Session.Scenario, line, ev.Get("target").Get("checked").Bool())))
				}),
			app.Label().For(id).Text(line.Counterparty),
			app.Small().ID(id+"-note").Class("help").Text(note),
		))
	}
	return fieldset("Deals",
		p.wordField("binding"),
		p.wordField("renew"),
		p.wordField("vals"),
		p.wordField("pay"),
		app.If(matched > dealListLimit || p.dealFind != "", func() app.UI { return p.renderDealFinder(len(shown), matched) }),
		app.Details().Class("deal-list").Body(
			app.Summary().Text("Which deals count ("+strconv.Itoa(r.Totals.DealsCounted)+" counted)"),
			app.Ul().Class("checklist").Body(items...),
		),
		p.renderDealEditor(shown),
	)
}

// renderDealFinder returns the text field that narrows the deal list and
// the deal picker when the ledger holds more deals than they show.
func (p *ScenarioPanel) renderDealFinder(shown, matched int) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For("ctl-deal-find").Text("Find a deal"),
		app.Input().Type("search").ID("ctl-deal-find").Class("text").Value(p.dealFind).Placeholder("name or id").
			Aria("describedby", "ctl-deal-find-help").
			OnInput(func(ctx app.Context, ev app.Event) { p.dealFind = ev.Get("target").Get("value").String() }),
		app.Small().ID("ctl-deal-find-help").Class("help").Text("Listing "+strconv.Itoa(shown)+" of the "+strconv.Itoa(matched)+" deals that match; type part of a name or id to narrow."),
	)
}

// renderDealEditor returns the picker of one deal and its overrides.
func (p *ScenarioPanel) renderDealEditor(shown []int) app.UI {
	r, sc := p.Session.Result, p.Session.Scenario
	opts := []choice{{"", "(pick a deal)"}}
	var picked *model.DealLine
	for _, i := range shown {
		line := r.Deals[i]
		opts = append(opts, choice{line.ID, line.Counterparty})
		if line.ID == p.Session.ViewState.Deal {
			picked = &r.Deals[i]
		}
	}
	body := []app.UI{selectBox("ctl-deal", "Adjust one deal", "", opts, p.Session.ViewState.Deal, "", func(ctx app.Context, id string) {
		p.change(ctx, Set(paramDeal, id))
	})}
	if picked != nil {
		line := *picked
		for _, c := range DealControls(line) {
			body = append(body, p.numberField(c))
		}
		o, _ := sc.Override(line.ID)
		profiles := []choice{{"", "The scenario's (" + model.ProfileLabels[string(sc.Profile)] + ")"}}
		for _, pr := range model.Profiles {
			if pr != model.ProfileCustom || len(sc.CustomShares) > 0 {
				profiles = append(profiles, choice{string(pr), model.ProfileLabels[string(pr)]})
			}
		}
		body = append(body,
			selectBox("ctl-prof-deal", "Spend profile of this deal", "", profiles, string(o.Profile), "", func(ctx app.Context, pr string) {
				p.change(ctx, Set("prof."+line.ID, pr))
			}),
			button("Reset this deal", "", func(ctx app.Context) { p.change(ctx, ResetDeal(line.ID)) }, line.ID),
		)
	}
	return app.Div().Class("field deal-editor").Body(body...)
}

func (p *ScenarioPanel) renderFamilyControls() app.UI {
	s := p.Session.Scenario
	var fams []app.UI
	for _, f := range s.KWPerAccelerator {
		if familyCounted(p.Session.Result, f.Family) {
			fams = append(fams, p.numberField(FamilyControl(f.Family)))
		}
	}
	return app.Details().Class("sub-controls").Body(
		app.Summary().Text("kW per accelerator by chip family"),
		app.Div().Body(fams...),
	)
}

// checkParam returns a checkbox (id ctl-PARAM) that sets the on/off
// scenario parameter param to 1 or 0.
func (p *ScenarioPanel) checkParam(param string, checked bool, label string) app.UI {
	id := "ctl-" + param
	return app.Div().Class("field check").Body(
		app.Input().Type("checkbox").ID(id).Checked(checked).OnChange(func(ctx app.Context, ev app.Event) {
			v := "0"
			if ev.Get("target").Get("checked").Bool() {
				v = "1"
			}
			p.change(ctx, Set(param, v))
		}),
		app.Label().For(id).Text(label),
	)
}
