package chart

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Table is a chart's data as a table: read from the chart's option JSON,
// so that it shows exactly the numbers the chart draws.
type Table struct {
	// Caption is the chart's title.
	Caption string
	// Columns are the table's columns; the first heads each row (a year,
	// a date, a category or a flow's source).
	Columns []Column
	// Rows hold one text per column: a number as the option writes it,
	// a label, or "" where the series has no value.
	Rows [][]string
	// Notes are the chart's marked lines and points in words ("Base: 130").
	Notes []string
}

// Column is one column of a Table.
type Column struct {
	// Name is the series or axis the column shows.
	Name string
	// Unit is the unit of its numbers ("" for none or unknown).
	Unit string
	// Numeric reports whether the column holds numbers.
	Numeric bool
}

// Header returns the column's heading: its name with its unit in
// brackets, "Alpha Cloud (US$ billions a year)".
func (c Column) Header() string {
	if c.Unit == "" || namesItsUnit(c.Name, c.Unit) {
		return c.Name
	}
	return c.Name + " (" + c.Unit + ")"
}

// namesItsUnit reports whether a series name ends with its unit in
// brackets already: "Energy (TWh)" on the axis "Energy, TWh a year".
func namesItsUnit(name, unit string) bool {
	open := strings.LastIndex(name, "(")
	if open < 0 || !strings.HasSuffix(name, ")") {
		return false
	}
	words := strings.Fields(name[open+1 : len(name)-1])
	return len(words) > 0 && strings.Contains(unit, words[0])
}

// Headers returns the headings of the table's columns.
func (t Table) Headers() []string {
	out := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		out[i] = c.Header()
	}
	return out
}

// WriteCSV writes the table as RFC 4180 CSV: a header row with the units,
// then one record per row, numbers as the option writes them.
func (t Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.Headers()); err != nil {
		return fmt.Errorf("chart: writing the table's header: %w", err)
	}
	for _, r := range t.Rows {
		if err := cw.Write(r); err != nil {
			return fmt.Errorf("chart: writing a table row: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("chart: writing the table: %w", err)
	}
	return nil
}

// CSV returns the table as RFC 4180 CSV (see WriteCSV).
func (t Table) CSV() ([]byte, error) {
	var b bytes.Buffer
	err := t.WriteCSV(&b)
	return b.Bytes(), err
}

// ErrNotAnOption reports option JSON that is not an object.
var ErrNotAnOption = errors.New("chart: not an ECharts option")

// TableOf returns the table of the chart drawn with optionJSON: one row
// per category (year, date, counterparty, step) or per flow, one column
// per series the chart shows. Helper series that draw nothing a reader
// can point at (silent and out of the tooltip: the invisible base of a
// band or a waterfall) are left out; the real low and high of a band are
// the columns of their own tooltip series. Units come from each value
// axis's name, else from the first part of the chart's subtitle.
func TableOf(optionJSON string) (Table, error) {
	dec := json.NewDecoder(strings.NewReader(optionJSON))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return Table{}, fmt.Errorf("chart: reading the option: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Table{}, fmt.Errorf("chart: reading the option: data after the option")
	}
	o, ok := root.(map[string]any)
	if !ok {
		return Table{}, ErrNotAnOption
	}
	title := first(o["title"])
	t := Table{Caption: text(title["text"])}
	fallback := subtitleUnit(text(title["subtext"]))
	series := objects(o["series"])
	for _, s := range series {
		if text(s["type"]) == "sankey" {
			return sankeyTable(t, series, fallback), nil
		}
	}
	xs, ys := objects(o["xAxis"]), objects(o["yAxis"])
	t = cartesianTable(t, series, xs, ys, fallback)
	for _, s := range series {
		t.Notes = append(t.Notes, markNotes(s)...)
	}
	return t, nil
}

// unitSeparators split a subtitle into its parts; the first part names
// the unit ("US$ billions a year · band: ...").
var unitSeparators = regexp.MustCompile(` · |\n|, `)

// subtitleUnit returns the unit a chart's subtitle starts with, or ""
// when the first part does not name one.
func subtitleUnit(sub string) string {
	part := strings.TrimSpace(unitSeparators.Split(sub, 2)[0])
	for _, u := range []string{"US$", "GW", "TWh", "%", "million", "billion"} {
		if strings.Contains(part, u) {
			return part
		}
	}
	return ""
}

// sankeyTable returns one row per link of the sankey series: source,
// target and value; with a baseline, a column of the baseline's value of
// each flow and a row for each of its flows the chart lacks (baseOnly),
// whose value is empty.
func sankeyTable(t Table, series []map[string]any, unit string) Table {
	t.Columns = []Column{{Name: "From"}, {Name: "To"}, {Name: "Value", Unit: unit, Numeric: true}}
	baseLabel := ""
	var rows [][]string
	var bases []string
	for _, s := range series {
		if text(s["type"]) != "sankey" {
			continue
		}
		links := s["links"]
		if links == nil {
			links = s["edges"]
		}
		for _, ls := range [][]map[string]any{objects(links), objects(s["baseOnly"])} {
			for _, l := range ls {
				base := first(l["base"])
				if label := text(base["label"]); label != "" && baseLabel == "" {
					baseLabel = label
				}
				rows = append(rows, []string{nodeName(l["source"]), nodeName(l["target"]), number(l["value"])})
				bases = append(bases, number(base["value"]))
			}
		}
	}
	if baseLabel != "" {
		t.Columns = append(t.Columns, Column{Name: baseLabel, Unit: unit, Numeric: true})
		for i := range rows {
			rows[i] = append(rows[i], bases[i])
		}
	}
	t.Rows = rows
	return t
}

// nodeName returns a sankey link's end as text (a name or an index).
func nodeName(v any) string {
	if n, ok := v.(json.Number); ok {
		return n.String()
	}
	return text(v)
}

// hidden reports whether a series is a helper that draws nothing a
// reader can point at: silent and out of the tooltip, or silent and
// without a name (the series that carries the tooltip's text, tipSeries).
func hidden(s map[string]any) bool {
	if s["silent"] != true {
		return false
	}
	tt, _ := s["tooltip"].(map[string]any)
	name, _ := s["name"].(string)
	return tt != nil && tt["show"] == false || name == ""
}

// axisUnit returns the unit of a value axis: its name, else fallback.
func axisUnit(a map[string]any, fallback string) string {
	if n := strings.TrimSpace(text(a["name"])); n != "" {
		return n
	}
	return fallback
}

// at returns the i-th axis, or an empty one.
func at(axes []map[string]any, i int) map[string]any {
	if i >= 0 && i < len(axes) {
		return axes[i]
	}
	return map[string]any{}
}

// index returns a series' axis index field (0 when absent).
func index(s map[string]any, key string) int {
	if n, ok := s[key].(json.Number); ok {
		if i, err := n.Int64(); err == nil {
			return int(i)
		}
	}
	return 0
}

// cartesianTable returns the table of a chart on x and y axes: one row per
// category of the category axis (or per x value when neither axis has
// categories), one column per shown series and a "Label" column for the
// labels written on the points, when there are any.
func cartesianTable(t Table, series []map[string]any, xs, ys []map[string]any, fallback string) Table {
	var rowKeys []string
	rowOf := map[string]int{}
	row := func(key string) int {
		if i, ok := rowOf[key]; ok {
			return i
		}
		rowOf[key] = len(rowKeys)
		rowKeys = append(rowKeys, key)
		return len(rowKeys) - 1
	}
	type column struct {
		Column
		cells map[int]string
	}
	var cols []column
	labels := map[int][]string{}
	head := Column{Name: "Category"}
	numericRows := true
	timeRows := false
	for _, s := range series {
		if hidden(s) {
			continue
		}
		x, y := at(xs, index(s, "xAxisIndex")), at(ys, index(s, "yAxisIndex"))
		cat, val, catDim, valDim := x, y, 0, 1
		if text(x["type"]) != "category" && text(y["type"]) == "category" {
			cat, val, catDim, valDim = y, x, 1, 0
		}
		categories := categoryNames(cat["data"])
		isCategory := text(cat["type"]) == "category" || len(categories) > 0
		if n := strings.TrimSpace(text(cat["name"])); n != "" && head.Name == "Category" {
			head.Name = n
		}
		if text(cat["type"]) == "time" {
			timeRows = true
		}
		c := column{Column: Column{Name: text(s["name"]), Unit: axisUnit(val, fallback), Numeric: true}, cells: map[int]string{}}
		for i, item := range list(s["data"]) {
			v := item
			var lbl string
			if m, ok := item.(map[string]any); ok {
				v = m["value"]
				lbl = pointLabel(m)
			}
			var key string
			if pair, ok := v.([]any); ok {
				key = scalar(get(pair, catDim))
				v = get(pair, valDim)
				if isCategory {
					if n, ok := get(pair, catDim).(json.Number); ok {
						if k, err := n.Int64(); err == nil && int(k) < len(categories) && k >= 0 {
							key = categories[k]
						}
					}
				}
			} else if isCategory {
				if i >= len(categories) {
					continue
				}
				key = categories[i]
			} else {
				key = strconv.Itoa(i)
			}
			r := row(key)
			c.cells[r] = number(v)
			if lbl != "" {
				labels[r] = append(labels[r], lbl)
			}
		}
		cols = append(cols, c)
	}
	for _, k := range rowKeys {
		if _, err := strconv.ParseFloat(k, 64); err != nil {
			numericRows = false
		}
	}
	order := make([]int, len(rowKeys))
	for i := range order {
		order[i] = i
	}
	isCategoryChart := false
	for _, a := range append(slices.Clone(xs), ys...) {
		if text(a["type"]) == "category" {
			isCategoryChart = true
		}
	}
	if !isCategoryChart {
		// Points on a time or value axis: in the axis's order.
		slices.SortStableFunc(order, func(a, b int) int {
			if numericRows {
				fa, _ := strconv.ParseFloat(rowKeys[a], 64)
				fb, _ := strconv.ParseFloat(rowKeys[b], 64)
				return cmpFloat(fa, fb)
			}
			return strings.Compare(rowKeys[a], rowKeys[b])
		})
	}
	switch {
	case timeRows:
		head.Name = "Date"
	case head.Name == "Category" && len(rowKeys) > 0 && allYears(rowKeys):
		head.Name = "Year"
	}
	t.Columns = append(t.Columns, head)
	for _, c := range cols {
		t.Columns = append(t.Columns, c.Column)
	}
	if len(labels) > 0 {
		t.Columns = append(t.Columns, Column{Name: "Label"})
	}
	for _, r := range order {
		cells := []string{rowKeys[r]}
		for _, c := range cols {
			cells = append(cells, c.cells[r])
		}
		if len(labels) > 0 {
			cells = append(cells, strings.Join(labels[r], "; "))
		}
		t.Rows = append(t.Rows, cells)
	}
	return t
}

// cmpFloat compares two numbers for sorting.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// yearPattern matches a year label.
var yearPattern = regexp.MustCompile(`^\d{4}$`)

// allYears reports whether every key is a year.
func allYears(keys []string) bool {
	for _, k := range keys {
		if !yearPattern.MatchString(k) {
			return false
		}
	}
	return true
}

// pointLabel returns the label written on a data point, "" for none.
func pointLabel(m map[string]any) string {
	l, _ := m["label"].(map[string]any)
	if l == nil || l["show"] == false {
		return ""
	}
	return plainLabel(text(l["formatter"]))
}

// markNotes returns a series' marked lines and points in words.
func markNotes(s map[string]any) []string {
	var out []string
	for _, key := range []string{"markLine", "markPoint"} {
		m, _ := s[key].(map[string]any)
		if m == nil {
			continue
		}
		for _, item := range list(m["data"]) {
			d, ok := item.(map[string]any)
			if !ok {
				continue
			}
			words := plainLabel(text(first(d["label"])["formatter"]))
			if words == "" {
				words = text(d["name"])
			}
			var where, value string
			for _, k := range []string{"xAxis", "yAxis"} {
				switch v := d[k].(type) {
				case string:
					where = v
				case json.Number:
					value = v.String()
				}
			}
			if v, ok := d["value"].(json.Number); ok {
				value = v.String()
			}
			if c, ok := d["coord"].([]any); ok && value == "" && len(c) == 2 {
				value = number(c[1])
			}
			note := words
			if where != "" && !strings.Contains(note, where) {
				note = where + ": " + note
			}
			if value != "" && !strings.Contains(note, value) {
				note += ": " + value
			}
			if note = strings.TrimSpace(strings.Trim(note, ":")); note != "" {
				out = append(out, note)
			}
		}
	}
	return out
}

// plainLabel returns a label's formatter text without ECharts' template
// fields and markup.
func plainLabel(s string) string {
	if strings.Contains(s, "{") {
		return ""
	}
	s = strings.NewReplacer("<br/>", " ", "<br>", " ", "\n", " ").Replace(s)
	return strings.TrimSpace(s)
}

// first returns v, or its first element when it is an array, as an object.
func first(v any) map[string]any {
	if a, ok := v.([]any); ok {
		if len(a) == 0 {
			return map[string]any{}
		}
		v = a[0]
	}
	m, _ := v.(map[string]any)
	if m == nil {
		return map[string]any{}
	}
	return m
}

// objects returns v as a list of objects: an array's objects, or v alone.
func objects(v any) []map[string]any {
	var out []map[string]any
	for _, x := range list(v) {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// list returns v as a list: an array, or v alone (nil for nothing).
func list(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

// categoryNames returns a category axis's data as text: each category's name.
func categoryNames(v any) []string {
	var out []string
	for _, x := range list(v) {
		if m, ok := x.(map[string]any); ok {
			x = m["value"]
		}
		out = append(out, scalar(x))
	}
	return out
}

// text returns v when it is a string, else "".
func text(v any) string {
	s, _ := v.(string)
	return s
}

// scalar returns a string or number as text, "" for anything else.
func scalar(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	}
	return ""
}

// number returns a value as the option writes it: a number's literal,
// "" for null, "-" or anything that is not a number.
func number(v any) string {
	if n, ok := v.(json.Number); ok {
		return n.String()
	}
	return ""
}

// get returns the i-th element of an array, or nil.
func get(a []any, i int) any {
	if i >= 0 && i < len(a) {
		return a[i]
	}
	return nil
}
