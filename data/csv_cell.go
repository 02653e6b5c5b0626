package data

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Cells of the ledger's CSV files are written so that a spreadsheet shows
// them as text and never runs them, and read back to exactly what was
// written.

// formulaTriggers are the first characters that make a spreadsheet read a
// cell as a formula (OWASP's list: = + - @, tab and carriage return), plus
// the apostrophe that marks a cell escaped, so that a value beginning with
// one also reads back unchanged.
const formulaTriggers = "=+-@\t\r'"

// spreadsheetCell returns s as a CSV cell: a text that a spreadsheet would
// take for a formula gets a leading apostrophe (OWASP's rule); numbers such
// as -5 stay numbers.
func spreadsheetCell(s string) string {
	if s == "" || !strings.ContainsRune(formulaTriggers, rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

// cellText returns the value of a CSV cell written by spreadsheetCell: a
// leading apostrophe is dropped.
func cellText(cell string) string {
	return strings.TrimPrefix(cell, "'")
}

// formatList writes a list cell: items separated by ";", or, when an item
// holds a ";", starts or ends with a space or is empty, a JSON array of
// strings, so that every item reads back byte for byte.
func formatList(items []string) string {
	plain := true
	for _, s := range items {
		if s == "" || strings.Contains(s, ";") || strings.TrimSpace(s) != s || strings.HasPrefix(s, "[") {
			plain = false
			break
		}
	}
	if plain {
		return strings.Join(items, ";")
	}
	b, _ := json.Marshal(items) // a []string always marshals
	return string(b)
}

// parseList reads a list cell written by formatList, or by hand as
// "a; b; c" (items trimmed, empty items dropped). ok is false when a cell
// starting with "[" is not a JSON array of strings.
func parseList(v string) (items []string, ok bool) {
	if t := strings.TrimSpace(v); strings.HasPrefix(t, "[") {
		if err := json.Unmarshal([]byte(t), &items); err != nil {
			return nil, false
		}
		return items, true
	}
	for _, s := range strings.Split(v, ";") {
		if s = strings.TrimSpace(s); s != "" {
			items = append(items, s)
		}
	}
	return items, true
}
