package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ThemeChoice is the header's theme selector: follow the system, light or
// dark. It keeps the reader's choice (stored in the browser), applies it
// to the document, and reports the theme in effect through OnTheme when
// the choice changes or, while it follows the system, when the system's
// colour scheme does.
type ThemeChoice struct {
	app.Compo

	// OnTheme receives the theme in effect (themeLight or themeDark).
	OnTheme func(ctx app.Context, theme string)

	choice string
}

// OnInit reads the stored choice (in the browser; the system's elsewhere).
func (t *ThemeChoice) OnInit() {
	t.choice = themeSystem
	if app.IsClient {
		t.choice = themeChoice()
	}
}

// OnMount applies the choice and follows the system's colour scheme.
func (t *ThemeChoice) OnMount(ctx app.Context) {
	applyThemeChoice(t.choice)
	onSystemThemeChange(func() { ctx.Dispatch(t.report) })
}

// report tells OnTheme the theme in effect.
func (t *ThemeChoice) report(ctx app.Context) {
	if t.OnTheme != nil {
		t.OnTheme(ctx, effectiveTheme(t.choice))
	}
}

// Render returns the labelled select.
func (t *ThemeChoice) Render() app.UI {
	opts := []choice{{themeSystem, "System"}, {themeLight, "Light"}, {themeDark, "Dark"}}
	return selectBox("theme", "Theme", "theme-choice", opts, t.choice, "", func(ctx app.Context, v string) {
		t.choice = v
		setThemeChoice(v)
		t.report(ctx)
	})
}
