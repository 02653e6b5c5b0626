package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// Download is a file the explorer offers: its name, media type and bytes,
// built in Go and handed to the browser.
type Download struct {
	Name string
	MIME string
	Data []byte
}

// The media types of the downloads.
const (
	mimeCSV  = "text/csv;charset=utf-8"
	mimeJSON = "application/json"
	mimeSVG  = "image/svg+xml"
	mimePNG  = "image/png"
)

// FileName returns the name of a download: "compute-ledger-<what>-<date>.<ext>",
// with what in lower-case words joined by hyphens ("spend", "ledger").
func FileName(what string, date data.Date, ext string) string {
	var b strings.Builder
	b.WriteString("compute-ledger-")
	dash := false
	for _, r := range strings.ToLower(what) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.TrimRight(b.String(), "-")
	if !date.IsZero() {
		name += "-" + date.String()
	}
	return name + "." + ext
}

// LedgerCSV returns the ledger as of the view's date as CSV: one row per
// deal in the import columns, which the explorer's import reads back.
func LedgerCSV(v data.View) (Download, error) {
	var b bytes.Buffer
	if err := v.WriteCSV(&b); err != nil {
		return Download{}, fmt.Errorf("writing the ledger as CSV: %w", err)
	}
	return Download{Name: FileName("ledger", v.AsOf, "csv"), MIME: mimeCSV, Data: b.Bytes()}, nil
}

// LedgerJSON returns the ledger as of the view's date as JSON: deals,
// totals, reconciliation and the revisions applied.
func LedgerJSON(v data.View) (Download, error) {
	var b bytes.Buffer
	if err := v.WriteJSON(&b); err != nil {
		return Download{}, fmt.Errorf("writing the ledger as JSON: %w", err)
	}
	return Download{Name: FileName("ledger", v.AsOf, "json"), MIME: mimeJSON, Data: b.Bytes()}, nil
}

// ResultsCSV returns the scenario's yearly results as CSV, one row per year.
func ResultsCSV(r model.Result) (Download, error) {
	var b bytes.Buffer
	if err := r.WriteCSV(&b); err != nil {
		return Download{}, fmt.Errorf("writing the results as CSV: %w", err)
	}
	return Download{Name: FileName("results", r.Scenario.AsOf, "csv"), MIME: mimeCSV, Data: b.Bytes()}, nil
}

// ResultsJSON returns the scenario's results as indented JSON: the
// scenario, the yearly rows, the breakdowns, the totals and the deals, as
// `computeledger model -format json` writes them.
func ResultsJSON(r model.Result) (Download, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return Download{}, fmt.Errorf("writing the results as JSON: %w", err)
	}
	return Download{Name: FileName("results", r.Scenario.AsOf, "json"), MIME: mimeJSON, Data: append(b, '\n')}, nil
}

// Citation returns the line to cite the current view with: the view, the
// scenario, the ledger's date and data version, the link, and the date it
// was retrieved ("" leaves the date out).
func Citation(viewLabel string, s model.Scenario, dataVersion, pageURL, retrieved string) string {
	c := "Compute Ledger, “" + viewLabel + "” view, scenario “" + model.PresetLabel(s.Preset) + "” as of " + s.AsOf.String() +
		", ledger data " + dataVersion + ". " + pageURL
	if retrieved != "" {
		c += " (retrieved " + retrieved + ")"
	}
	return c + "."
}

// footerLineHeight is the height of one footer line of an exported chart,
// in CSS pixels.
const footerLineHeight = 18

// FooterHeight returns the height the footer lines take under an exported
// chart.
func FooterHeight(lines int) int { return 12 + lines*footerLineHeight }

// ComposeSVG returns an SVG document of the chart (an SVG document as
// ECharts' SVG renderer writes it, width x height) with the footer lines
// below it, on a background of colour bg with text in colour fg.
func ComposeSVG(chartSVG string, width, height int, footer []string, bg, fg string) string {
	total := height + FooterHeight(len(footer))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">`, width, total, width, total)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="%s"/>`, xmlEscape(bg))
	b.WriteString(stripXMLDeclaration(chartSVG))
	for i, line := range footer {
		fmt.Fprintf(&b, `<text x="12" y="%d" font-family="system-ui, sans-serif" font-size="12" fill="%s">%s</text>`,
			height+footerLineHeight*(i+1), xmlEscape(fg), xmlEscape(line))
	}
	b.WriteString("</svg>")
	return b.String()
}

// stripXMLDeclaration removes a leading <?xml ...?> declaration, which may
// not appear inside another SVG element.
func stripXMLDeclaration(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<?xml") {
		if i := strings.Index(s, "?>"); i >= 0 {
			s = strings.TrimSpace(s[i+2:])
		}
	}
	return s
}

// xmlEscaper escapes text for XML attributes and character data.
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// xmlEscape returns s escaped for XML.
func xmlEscape(s string) string { return xmlEscaper.Replace(s) }
