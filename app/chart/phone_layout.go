package chart

import (
	"strconv"
	"unicode"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// A chart is built once for every screen, but a phone has no room for a
// legend that pages through its entries. The option therefore carries a
// list of layouts by the chart's own width in ECharts' "media" form: at a
// phone's width the legend is a plain one that wraps onto more lines, and
// the grids start lower by the lines it adds; wider, the option is what
// it always was. The page picks the entry itself before it sets the option
// (web/prerender.js's fitMedia, for the pre-render and the app): ECharts
// would merge the entry with the app's replaceMerge setting and drop
// every series. Downloads are drawn at 1200 px and never see the phone
// layout.

// phoneBand is a range of chart widths (CSS px, inclusive) that shares one
// phone layout, laid out for its narrowest width.
type phoneBand struct{ minPX, maxPX int }

// phoneBands cover the chart widths of a phone, 360 to 430 px wide and
// held upright, and up to a small tablet (the chart card is about 42 px
// narrower than the screen).
var phoneBands = []phoneBand{{300, 339}, {340, 379}, {380, phoneMaxPX}}

// phoneMaxPX is the widest chart with the phone layout.
const phoneMaxPX = 599

// The geometry of ECharts' plain legend (its defaults): padding around it,
// the icon and its gap to the text, the gap between entries and between
// lines, and the height of a line.
const (
	legendPaddingPX = 5
	legendIconPX    = 25
	legendTextGapPX = 5
	legendItemGapPX = 10
	legendRowPX     = 24
)

// legendTextPX estimates the width of a legend entry in ECharts' 12 px
// sans-serif, erring wide so that the plot never starts under the legend.
func legendTextPX(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ':
			w += 3.5
		case r == 'i' || r == 'l' || r == 'j' || r == 'I' || r == '.' || r == ',' || r == '\'' || r == '(' || r == ')':
			w += 3.8
		case r == 'f' || r == 't' || r == 'r':
			w += 4.6
		case r == 'm' || r == 'w' || r == 'M' || r == 'W':
			w += 10
		case unicode.IsUpper(r):
			w += 8.2
		case unicode.IsDigit(r):
			w += 7
		default:
			w += 7
		}
	}
	return w
}

// legendRows returns how many lines a plain legend of the entries takes in
// a chart widthPX wide, with rightPX kept free at its right.
func legendRows(entries []string, widthPX, rightPX int) int {
	if len(entries) == 0 {
		return 0
	}
	avail := float64(widthPX - rightPX - 2*legendPaddingPX)
	rows, x := 1, 0.0
	for _, e := range entries {
		w := legendIconPX + legendTextGapPX + legendTextPX(e)
		if x > 0 && x+legendItemGapPX+w > avail {
			rows++
			x = 0
		}
		if x > 0 {
			x += legendItemGapPX
		}
		x += w
	}
	return rows
}

// mediaQuery is the width range of one ECharts media entry.
type mediaQuery struct {
	MinWidth int `json:"minWidth"`
	MaxWidth int `json:"maxWidth"`
}

// mediaEntry is one ECharts media entry: the option merged into the
// chart's while its width is in Query (nil: the default entry, used when
// no query matches).
type mediaEntry struct {
	Query  *mediaQuery    `json:"query,omitempty"`
	Option map[string]any `json:"option"`
}

// gridTop is the part of a grid a media entry moves.
type gridTop struct {
	Top string `json:"top"`
}

// phoneMedia returns the media entries of an option with the legend and
// grids (at their desktop places) and the chart's own top-level keys at a
// phone's width and wider (nil for none); nil when the layout is the same
// at every width.
func phoneMedia(legend opts.Legend, grids []opts.Grid, phone, wide map[string]any) []mediaEntry {
	entries, _ := legend.Data.([]string)
	hasLegend := len(entries) > 0 && legend.Show != nil && *legend.Show
	if !hasLegend && phone == nil {
		return nil
	}
	tops := func(extraPX int) []gridTop {
		out := make([]gridTop, len(grids))
		for i, g := range grids {
			out[i] = gridTop{Top: g.Top}
			if px, err := strconv.Atoi(g.Top); err == nil {
				out[i].Top = strconv.Itoa(px + extraPX)
			}
		}
		return out
	}
	right, _ := strconv.Atoi(legend.Right)
	var media []mediaEntry
	for _, b := range phoneBands {
		o := map[string]any{}
		if hasLegend {
			l := legend
			l.Type = "plain"
			o["legend"] = l
			o["grid"] = tops((legendRows(entries, b.minPX, right) - 1) * legendRowPX)
		}
		for k, v := range phone {
			o[k] = v
		}
		media = append(media, mediaEntry{Query: &mediaQuery{MinWidth: b.minPX, MaxWidth: b.maxPX}, Option: o})
	}
	// The default entry is the layout as built, for a chart wider than a
	// phone (ECharts, applying the list itself, would not undo a phone
	// entry without it).
	o := map[string]any{}
	if hasLegend {
		o["legend"] = legend
		o["grid"] = tops(0)
	}
	for k, v := range wide {
		o[k] = v
	}
	media = append(media, mediaEntry{Option: o})
	// The narrowest band also covers anything narrower.
	media[0].Query.MinWidth = 0
	return media
}

// PhoneBandOf returns which phone layout a chart widthPX wide has: the
// index of its entry in the option's media list, or -1 for the layout of
// a wider screen. A chart is laid out again when this changes.
func PhoneBandOf(widthPX int) int {
	for i, b := range phoneBands {
		if (i == 0 || widthPX >= b.minPX) && widthPX <= b.maxPX {
			return i
		}
	}
	return -1
}
