package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tableCharts are every chart's id, in the order the table link
// parameter lists them.
var tableCharts = []string{"chart-commitments", "chart-spend", "chart-capacity", "chart-power", "chart-funding", "chart-flows",
	"chart-timeline", "chart-tornado", "chart-fan", "chart-reconcile-usd", "chart-reconcile-gw", "chart-compare"}

// showsTable reports whether the chart with the id is switched to its
// table. The choice is in the link (ui.table), so that it is kept across
// redraws, control changes, views, reloads and shared links.
func (v ViewState) showsTable(id string) bool { return listed(v.Table, id) }

// showTable returns the change that switches chart id to its table (on)
// or back to the chart.
func (v ViewState) showTable(id string, on bool) Change {
	return Set(paramTable, listWith(v.Table, tableCharts, id, on))
}

// chartSwitch returns the Chart / Table pair of toggle buttons of a chart
// card.
func (e *Explorer) chartSwitch(id, title string) app.UI {
	on := e.s.ViewState.showsTable(id)
	choice := func(label string, table bool) app.UI {
		return app.Button().Type("button").Class("secondary", "chart-switch-choice").
			Aria("pressed", on == table).
			DataSet("view", strings.ToLower(label)).
			Text(label).
			OnClick(func(ctx app.Context, _ app.Event) {
				e.apply(ctx, e.s.ViewState.showTable(id, table))
			}, app.EventScope(id, label))
	}
	return app.Div().Class("chart-switch").Role("group").Aria("label", "Show "+title+" as").Body(
		choice("Chart", false),
		choice("Table", true),
	)
}

// chartTable returns the table of the chart drawn with optionJSON, or a
// line saying why there is none.
func chartTable(id, optionJSON string) app.UI {
	tb, err := chart.TableOf(optionJSON)
	if err != nil || len(tb.Columns) == 0 {
		return app.P().ID(id + "-table").Class("chart-table-missing").Text("The chart's table is not ready yet.")
	}
	var notes app.UI
	if len(tb.Notes) > 0 {
		notes = app.P().Class("chart-table-notes").Text("Marked on the chart: " + strings.Join(tb.Notes, "; ") + ".")
	}
	captionID := id + "-table-caption"
	return app.Div().ID(id+"-table").Class("chart-table").Body(
		app.Div().Class("table-wrap").TabIndex(0).Role("region").Aria("labelledby", captionID).Body(
			app.Table().Class("data-table").Body(
				app.Caption().ID(captionID).Text(tb.Caption),
				app.THead().Body(app.Tr().Body(tableHeads(tb.Columns)...)),
				app.TBody().Body(tableRows(tb)...),
			),
		),
		notes,
	)
}

// tableHeads returns the column headers of a chart's table: the name,
// and under it the unit in brackets (the cell's text is Column.Header).
func tableHeads(cols []chart.Column) []app.UI {
	out := make([]app.UI, len(cols))
	for i, c := range cols {
		th := app.Th().Scope("col").Class(numClass(c.Numeric))
		if h := c.Header(); h != c.Name {
			th = th.Body(app.Text(c.Name), app.Span().Class("unit").Text(h[len(c.Name):]))
		} else {
			th = th.Text(c.Name)
		}
		out[i] = th
	}
	return out
}

// tableRows returns the rows of a chart's table, each headed by its first
// cell.
func tableRows(tb chart.Table) []app.UI {
	out := make([]app.UI, len(tb.Rows))
	for r, row := range tb.Rows {
		cells := make([]app.UI, len(row))
		for i, c := range row {
			if i == 0 {
				cells[i] = app.Th().Scope("row").Text(c)
			} else {
				cells[i] = app.Td().Class(numClass(i < len(tb.Columns) && tb.Columns[i].Numeric)).Text(c)
			}
		}
		out[r] = app.Tr().Body(cells...)
	}
	return out
}

// numClass returns the class of a numeric cell ("" for text).
func numClass(numeric bool) string {
	if numeric {
		return "num"
	}
	return ""
}

// ChartCSV returns the table of a chart (the chart with the id, drawn
// with optionJSON) as a CSV download named after the chart and the date.
func ChartCSV(id, optionJSON string, asOf data.Date) (Download, error) {
	tb, err := chart.TableOf(optionJSON)
	if err != nil {
		return Download{}, err
	}
	b, err := tb.CSV()
	if err != nil {
		return Download{}, err
	}
	return Download{Name: FileName(chartFileWhat(id), asOf, "csv"), MIME: mimeCSV, Data: b}, nil
}

// downloadChartCSV hands the table of the chart with the id, as drawn
// now, to the browser as CSV.
func (e *Explorer) downloadChartCSV(ctx app.Context, id string) {
	c, ok := e.pipe.charts[id]
	if !ok {
		e.say(ctx, "The chart is not drawn yet.")
		return
	}
	d, err := ChartCSV(id, c.json, e.s.Scenario.AsOf)
	if err == nil {
		err = saveFile(d)
	}
	if err != nil {
		e.say(ctx, "The table could not be downloaded: "+err.Error())
		return
	}
	e.say(ctx, "Downloaded "+d.Name+".")
}

// footerChars is how many characters of the 12-pixel footer font fit on
// one line of an exported chart.
const footerChars = (exportWidth - 24) / 7

// footerSourceLines is the most lines the publishers take in a footer.
const footerSourceLines = 2

// SourcesFooter returns the lines under an exported chart: the publishers
// and dates behind the figures (as many as fit on two lines of maxChars
// characters, then how many more), the data version, and the link that
// reproduces the chart.
func SourcesFooter(dataVersion string, pubs []PublisherDate, pageURL string, maxChars int) []string {
	lines := publisherLines(pubs, maxChars, footerSourceLines)
	return append(lines, "Compute Ledger, data "+dataVersion, pageURL)
}

// publisherLines returns "Sources: A (date), B (date) and 3 more" wrapped
// into at most maxLines lines of maxChars characters, with as many
// publishers named as fit.
func publisherLines(pubs []PublisherDate, maxChars, maxLines int) []string {
	if len(pubs) == 0 {
		return []string{"Sources: none in the ledger as of this date"}
	}
	items := make([]string, len(pubs))
	for i, p := range pubs {
		items[i] = p.Publisher
		if !p.Date.IsZero() {
			items[i] += " (" + p.Date.String() + ")"
		}
	}
	for k := len(items); k >= 1; k-- {
		words := []string{"Sources:"}
		for i := range k {
			w := items[i]
			if i < k-1 {
				w += ","
			}
			words = append(words, w)
		}
		if k < len(items) {
			words = append(words, "and "+strconv.Itoa(len(items)-k)+" more")
		}
		if lines := wrapWords(words, maxChars); len(lines) <= maxLines {
			return lines
		}
	}
	lines := wrapWords([]string{"Sources:", items[0], "and " + strconv.Itoa(len(items)-1) + " more"}, maxChars)
	return lines[:min(len(lines), maxLines)]
}

// wrapWords packs words, separated by spaces, into lines of at most
// maxChars characters; a word longer than a line is cut with "…".
func wrapWords(words []string, maxChars int) []string {
	maxChars = max(maxChars, 8)
	var lines []string
	cur := ""
	for _, w := range words {
		if utf8.RuneCountInString(w) > maxChars {
			w = string([]rune(w)[:maxChars-1]) + "…"
		}
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= maxChars:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
