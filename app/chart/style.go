package chart

import (
	"html"
	"strings"
	"unicode/utf8"
)

// Palette is the series colours every chart uses on a light background,
// in order: distinct for the common forms of colour blindness (after Okabe
// and Ito) and led by the brand's blue and amber; each has a contrast of
// at least 3:1 with the light page and chart card (WCAG 2.1, 1.4.11), so
// Okabe and Ito's amber, sky blue and purple are taken a shade darker.
var Palette = []string{"#1f4e79", "#b87800", "#009e73", "#2f86c4", "#d55e00", "#b8548c", "#8c6d31", "#7f7f7f"}

// DarkPalette is Palette for the dark theme, colour for colour: the
// brand's navy, the sky blue and the brown lightened so that each has a
// contrast of at least 3:1 with the dark page and chart card.
var DarkPalette = []string{"#6ea8e0", "#e69f00", "#009e73", "#a6dcf7", "#d55e00", "#cc79a7", "#a88a4e", "#9a9a9a"}

// The text colours of a PNG download's footer, light and dark: the page's
// text colour (web/app.css), at least 4.5:1 against either theme's page
// and chart card (WCAG 2.1, 1.4.3). The charts' own text takes its colours
// from ECharts' light and dark themes, but for the labels on the Flows
// links (flows_labels.go), drawn in these.
const (
	TextColor     = "#14202e"
	DarkTextColor = "#e6edf6"
)

// The muted text colours of a chart's subtitle, light and dark: the
// page's (web/app.css --muted), 4.5:1 or more against either theme's page
// and chart card, where ECharts' light theme gives 3.3:1.
const (
	MutedTextColor     = "#4a5868"
	DarkMutedTextColor = "#a9b6c8"
)

// The backgrounds charts are drawn on: the page and the chart card (a
// chart's own background is transparent), light and dark (web/app.css).
var (
	LightBackgrounds = []string{"#ffffff", "#f5f7fa"}
	DarkBackgrounds  = []string{"#0f172a", "#16213a"}
)

// DarkColorPairs returns the colours that differ between the themes,
// each light one followed by the dark one that replaces it: the palette's,
// then the text colours a chart sets itself (the Flows links' labels, the
// subtitles).
func DarkColorPairs() []string {
	var pairs []string
	for i, c := range Palette {
		if c != DarkPalette[i] {
			pairs = append(pairs, c, DarkPalette[i])
		}
	}
	return append(pairs, TextColor, DarkTextColor, MutedTextColor, DarkMutedTextColor)
}

// darkColors swaps every light colour of an option JSON, as a quoted JSON
// string, for its dark counterpart; colours inside other strings stay.
var darkColors = func() *strings.Replacer {
	pairs := DarkColorPairs()
	quoted := make([]string, len(pairs))
	for i, c := range pairs {
		quoted[i] = `"` + c + `"`
	}
	return strings.NewReplacer(quoted...)
}()

// ThemedOption returns an option JSON built by this package in the colours
// of the theme: unchanged for "light" (or anything but "dark"), with
// DarkPalette in place of Palette for "dark". The charts, their
// PNG and SVG downloads and the pre-rendered page (web/prerender.js, from
// DarkColorPairs) all swap the same colours.
func ThemedOption(optionJSON, theme string) string {
	if theme != "dark" {
		return optionJSON
	}
	return darkColors.Replace(optionJSON)
}

// maxLabelRunes is the longest category label drawn before it is cut, so
// that bars keep their room on a phone.
const maxLabelRunes = 22

// ShortLabel returns a category label fit for an axis: without a trailing
// parenthesis ("Stargate LLC (SoftBank, ...)" becomes "Stargate LLC") and
// cut to maxLabelRunes with an ellipsis.
func ShortLabel(s string) string {
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		s = s[:i]
	}
	if utf8.RuneCountInString(s) <= maxLabelRunes {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:maxLabelRunes-1])) + "…"
}

// plainText makes s safe as ECharts label or template text: braces start
// template variables and rich-text styles, so they become parentheses.
func plainText(s string) string {
	return braces.Replace(s)
}

var braces = strings.NewReplacer("{", "(", "}", ")")

// tooltipText makes s safe inside an HTML tooltip formatter: braces
// replaced and HTML escaped (ECharts sets tooltips as HTML).
func tooltipText(s string) string {
	return html.EscapeString(plainText(s))
}
