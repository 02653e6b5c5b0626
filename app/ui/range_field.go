package ui

import (
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RangeField is one numeric assumption: a labelled slider and a number
// field showing the same value. The slider covers a practical range; the
// number field takes anything in [Min, Max]. Moving the slider reports
// every step; the number field reports when its value is committed (Enter,
// leaving the field or its arrows).
type RangeField struct {
	app.Compo

	// ID is the id of the number field; the slider's is ID + "-range".
	ID    string
	Label string
	// Unit is written after the number field ("$B", "%").
	Unit string
	// Help says what the assumption is; shown under the field.
	Help string
	// Value is the current value.
	Value float64
	// SliderMin, SliderMax and Step bound the slider.
	SliderMin, SliderMax, Step float64
	// Min and Max bound the number field.
	Min, Max float64
	// OnChange receives a new value from either input.
	OnChange func(ctx app.Context, v float64)

	// bounds are the slider's min, max and step as last put on the page
	// (see setSliderValue).
	bounds string
}

// OnMount puts the slider's value back once its bounds are in place.
func (f *RangeField) OnMount(ctx app.Context) { f.setSliderValue() }

// OnUpdate does the same when the bounds changed.
func (f *RangeField) OnUpdate(ctx app.Context) { f.setSliderValue() }

// setSliderValue sets the slider's value again after its min, max and
// step. go-app sets an element's attributes in map order: a value set
// before them is snapped to the default range 0..100 in steps of 1 (or to
// steps from another min), and stays snapped, so that the slider shows
// 2.5 beside a field of 1.67 and one arrow key jumps. Only when the bounds
// changed since the last time: a value alone is set after them.
func (f *RangeField) setSliderValue() {
	bounds := formatNumber(f.SliderMin) + " " + formatNumber(f.SliderMax) + " " + strconv.FormatFloat(f.Step, 'g', -1, 64)
	if bounds == f.bounds {
		return
	}
	if jsTry(func() {
		el := app.Window().GetElementByID(f.ID + "-range")
		if el.Truthy() {
			el.Set("value", formatNumber(f.sliderValue()))
		}
	}) == nil {
		f.bounds = bounds
	}
}

// sliderValue is the value the slider shows: Value within its range.
func (f *RangeField) sliderValue() float64 {
	return math.Max(f.SliderMin, math.Min(f.SliderMax, f.Value))
}

// Render returns the label, the slider, the number field and the help.
func (f *RangeField) Render() app.UI {
	slider := f.sliderValue()
	helpID := f.ID + "-help"
	label := f.Label
	if f.Unit != "" {
		label += " (" + f.Unit + ")"
	}
	return app.Div().Class("field").Body(
		app.Label().For(f.ID).Class("field-label").Text(label),
		app.Div().Class("field-inputs").Body(
			app.Input().
				Type("range").
				ID(f.ID+"-range").
				Aria("label", f.Label+" slider").
				Aria("describedby", helpID).
				Min(formatNumber(f.SliderMin)).
				Max(formatNumber(f.SliderMax)).
				Step(f.Step).
				Value(formatNumber(slider)).
				OnInput(f.onInput).
				OnKeyDown(f.onKeyDown),
			app.Input().
				Type("number").
				ID(f.ID).
				Class("number").
				Aria("describedby", helpID).
				Min(formatNumber(f.Min)).
				Max(formatNumber(f.Max)).
				Attr("step", "any").
				Attr("inputmode", "decimal").
				Value(fieldNumber(f.Value, f.Step)).
				OnChange(f.onCommit),
		),
		app.Small().ID(helpID).Class("help").Text(f.Help),
	)
}

func (f *RangeField) onInput(ctx app.Context, e app.Event) {
	f.report(ctx, e.Get("target").Get("value").String())
}

// onKeyDown moves the value by one step for an arrow key. The browser
// would step from the slider's grid (SliderMin + k*Step), so that a value
// between two steps (a power price of 80.6 in steps of 1) jumps by more
// than a step; this steps from the value in use.
func (f *RangeField) onKeyDown(ctx app.Context, e app.Event) {
	var dir float64
	switch e.Get("key").String() {
	case "ArrowRight", "ArrowUp":
		dir = 1
	case "ArrowLeft", "ArrowDown":
		dir = -1
	default:
		return
	}
	e.PreventDefault()
	v, ok := StepValue(f.Value, dir, f.Step, f.SliderMin, f.SliderMax)
	if !ok {
		return
	}
	e.Get("target").Set("value", formatNumber(v))
	if f.OnChange != nil {
		f.OnChange(ctx, v)
	}
}

// StepValue returns value moved by one step in direction dir (+1 or -1)
// from where the slider's thumb shows it (value held within the slider's
// range [lo, hi]: a value typed beyond an end, or one not set, shows at
// that end), and false when the thumb cannot move that way. The result is
// rounded to nine decimals, so that 80.6 + 1 is 81.6 and not
// 81.60000000000001.
func StepValue(value, dir, step, lo, hi float64) (float64, bool) {
	thumb := math.Min(hi, math.Max(lo, value))
	if step <= 0 || dir > 0 && thumb >= hi || dir < 0 && thumb <= lo {
		return value, false
	}
	v := math.Min(hi, math.Max(lo, thumb+dir*step))
	return math.Round(v*1e9) / 1e9, true
}

func (f *RangeField) onCommit(ctx app.Context, e app.Event) {
	raw := e.Get("target").Get("value").String()
	if !f.report(ctx, raw) {
		// Put back the value in use: the field must never show a number
		// the model is not using.
		e.Get("target").Set("value", fieldNumber(f.Value, f.Step))
	}
}

// report parses raw and passes it to OnChange; false when raw is not a
// number.
func (f *RangeField) report(ctx app.Context, raw string) bool {
	v, err := parseFieldNumber(raw)
	if err != nil {
		return false
	}
	if f.OnChange != nil {
		f.OnChange(ctx, v)
	}
	return true
}

// parseFieldNumber reads a number typed in a field; a decimal comma is
// taken as a point.
func parseFieldNumber(raw string) (float64, error) {
	raw = strings.TrimSpace(strings.ReplaceAll(raw, ",", "."))
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, strconv.ErrRange
	}
	return v, nil
}
