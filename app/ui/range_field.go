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
}

// Render returns the label, the slider, the number field and the help.
func (f *RangeField) Render() app.UI {
	slider := math.Max(f.SliderMin, math.Min(f.SliderMax, f.Value))
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
				OnInput(f.onInput),
			app.Input().
				Type("number").
				ID(f.ID).
				Class("number").
				Aria("describedby", helpID).
				Min(formatNumber(f.Min)).
				Max(formatNumber(f.Max)).
				Attr("step", "any").
				Attr("inputmode", "decimal").
				Value(formatNumber(f.Value)).
				OnChange(f.onCommit),
		),
		app.Small().ID(helpID).Class("help").Text(f.Help),
	)
}

func (f *RangeField) onInput(ctx app.Context, e app.Event) {
	f.report(ctx, e.Get("target").Get("value").String())
}

func (f *RangeField) onCommit(ctx app.Context, e app.Event) {
	raw := e.Get("target").Get("value").String()
	if !f.report(ctx, raw) {
		// Put back the value in use: the field must never show a number
		// the model is not using.
		e.Get("target").Set("value", formatNumber(f.Value))
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
