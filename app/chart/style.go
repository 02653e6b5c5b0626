package chart

import (
	"html"
	"strings"
	"unicode/utf8"
)

// Palette is the series colours every chart uses, in order: distinct for
// the common forms of colour blindness (after Okabe and Ito) and led by
// the brand's blue and amber.
var Palette = []string{"#1f4e79", "#e69f00", "#009e73", "#56b4e9", "#d55e00", "#cc79a7", "#8c6d31", "#7f7f7f"}

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
