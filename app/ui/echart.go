package ui

import (
	"errors"
	"strings"
	"time"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EChart draws one ECharts chart from an option JSON. It initialises the
// chart on mount, applies a new option when OptionJSON changes (and only
// then), re-initialises with ECharts' dark theme when Theme changes,
// resizes with the window and disposes of the chart on dismount. It and
// exportChart are the only code that calls ECharts.
type EChart struct {
	app.Compo

	// ID is the DOM id of the chart's container; unique on the page.
	ID string
	// Label is the accessible name of the chart.
	Label string
	// DescribedBy is the id of the element holding the chart's text
	// summary ("" for none).
	DescribedBy string
	// OptionJSON is the ECharts option, as built by package chart.
	OptionJSON string
	// Class is an extra CSS class for the container (it sets the height).
	Class string
	// Theme is "dark" for ECharts' dark theme and the charts' dark palette
	// (chart.ThemedOption), anything else for the default.
	Theme string
	// Live, when set, is told of the chart while it is mounted, so that
	// its explorer can draw a new option at once (Explorer.drawCharts).
	Live *LiveCharts

	instance     app.Value
	applied      string
	appliedTheme string
	// appliedWidthPX is the container's width when the option was set:
	// the option's phone layout is chosen by it (chart.PhoneBandOf).
	appliedWidthPX int
}

// Render returns the chart's container; ECharts fills it in the browser.
// Pre-rendered on the server, the container also carries the option, so
// that web/prerender.js can draw the chart before app.wasm has arrived.
func (c *EChart) Render() app.UI {
	d := app.Div().
		ID(c.ID).
		Class("echart", c.Class).
		Role("img").
		Aria("label", c.Label).
		DataSet("drawn", c.applied != "")
	if c.DescribedBy != "" {
		d = d.Aria("describedby", c.DescribedBy)
	}
	if app.IsServer && c.OptionJSON != "" {
		d = d.DataSet("option", prerenderAttr(c.OptionJSON)).
			DataSet("dark-colors", strings.Join(chart.DarkColorPairs(), " "))
	}
	return d
}

// LiveCharts are one explorer's mounted charts by id, so that a control
// change can draw them at once (Explorer.drawCharts). Only the UI
// goroutine touches it.
type LiveCharts struct{ byID map[string]*EChart }

// get returns the mounted chart with the id.
func (l *LiveCharts) get(id string) (*EChart, bool) {
	if l == nil {
		return nil, false
	}
	c, ok := l.byID[id]
	return c, ok
}

// OnMount initialises ECharts on the container and applies the option.
func (c *EChart) OnMount(ctx app.Context) {
	if c.Live != nil {
		if c.Live.byID == nil {
			c.Live.byID = map[string]*EChart{}
		}
		c.Live.byID[c.ID] = c
	}
	c.draw(ctx)
}

// OnUpdate applies a changed option or theme.
func (c *EChart) OnUpdate(ctx app.Context) { c.draw(ctx) }

// show applies an option and theme at once, outside the render cycle; the
// render that follows finds them applied and does nothing.
func (c *EChart) show(ctx app.Context, optionJSON, theme string) {
	c.OptionJSON, c.Theme = optionJSON, theme
	c.drawAttempt(ctx, 0, false)
}

// OnResize resizes the chart to its container, and sets the option again
// when the new width takes another layout (a phone's or a wider screen's).
func (c *EChart) OnResize(ctx app.Context) {
	if !c.live() {
		return
	}
	jsTry(func() { c.instance.Call("resize") })
	if chart.PhoneBandOf(c.widthPX()) != chart.PhoneBandOf(c.appliedWidthPX) {
		c.applied = ""
		c.drawAttempt(ctx, 0, false)
	}
}

// widthPX returns the container's width in CSS pixels (0 outside a
// browser).
func (c *EChart) widthPX() int {
	w := 0
	jsTry(func() { w = c.JSValue().Get("clientWidth").Int() })
	return w
}

// OnDismount disposes of the ECharts instance.
func (c *EChart) OnDismount() {
	if c.Live != nil && c.Live.byID[c.ID] == c {
		delete(c.Live.byID, c.ID)
	}
	if c.live() {
		jsTry(func() { disposeChart(c.instance, c.JSValue()) })
	}
	c.instance = nil
	c.applied = ""
}

func (c *EChart) live() bool { return c.instance != nil && c.instance.Truthy() }

// echartsRetryDelay is how long EChart waits before looking for the ECharts
// script again.
const echartsRetryDelay = 20 * time.Millisecond

// echartsRetries bounds how often draw waits for the ECharts script.
const echartsRetries = 250

func (c *EChart) draw(ctx app.Context) {
	c.drawAttempt(ctx, 0, true)
}

// drawAttempt applies the option once ECharts is loaded; mark moves the
// update counter on after the frame (a chart drawn by the render).
func (c *EChart) drawAttempt(ctx app.Context, attempt int, mark bool) {
	// On the server (a page pre-rendered) there is nothing to draw into,
	// and waiting for a script that never comes holds the page back.
	if !app.IsClient || c.OptionJSON == "" || c.OptionJSON == c.applied && c.Theme == c.appliedTheme {
		return
	}
	echarts := app.Window().Get("echarts")
	if !echarts.Truthy() {
		// The deferred ECharts script may still be running.
		if attempt < echartsRetries {
			ctx.After(echartsRetryDelay, func(ctx app.Context) { c.drawAttempt(ctx, attempt+1, true) })
			return
		}
		app.Log("echart: the ECharts script did not load; chart", c.ID, "not drawn")
		return
	}
	err := jsTry(func() {
		if c.live() && c.Theme != c.appliedTheme {
			disposeChart(c.instance, c.JSValue())
			c.instance = nil
		}
		if !c.live() {
			if inst, drawn, ok := adoptPrerendered(echarts, c.JSValue(), c.ID, c.Theme); ok {
				// Drawn for this container's width, as the app draws it.
				c.instance, c.applied, c.appliedWidthPX = inst, drawn, c.widthPX()
			} else {
				c.instance = echarts.Call("init", c.JSValue(), echartsTheme(c.Theme), map[string]any{"renderer": "canvas"})
				c.applied = "" // a new instance shows nothing yet
			}
			c.appliedTheme = c.Theme
		}
		if c.OptionJSON != c.applied {
			c.appliedWidthPX = c.widthPX()
			c.instance.Call("setOption", parseOption(chart.ThemedOption(c.OptionJSON, c.Theme), c.appliedWidthPX), map[string]any{"replaceMerge": []any{"series", "xAxis", "yAxis", "grid", "legend", "title", "graphic", "dataZoom", "visualMap"}})
		}
	})
	if err != nil {
		app.Log("echart:", c.ID, err)
		return
	}
	c.applied = c.OptionJSON
	jsTry(func() { c.JSValue().Call("setAttribute", "data-drawn", "true") })
	if mark {
		ctx.Defer(func(app.Context) { markUpdated() })
	}
}

// echartsTheme returns the theme argument of echarts.init.
func echartsTheme(theme string) any {
	if theme == themeDark {
		return themeDark
	}
	return nil
}

// parseOption turns an option JSON into a JavaScript object laid out for
// a chart widthPX wide (its media entry, applied by web/prerender.js's
// fitMedia), with an axis tooltip that leaves out the series hidden with
// the legend (legendAwareTips) and a transparent background, so the
// page's colours show through in either theme.
func parseOption(optionJSON string, widthPX int) app.Value {
	opt := app.Window().Get("JSON").Call("parse", optionJSON)
	if page := app.Window().Get("computeLedger"); page.Truthy() && page.Get("fitMedia").Truthy() {
		opt = page.Call("fitMedia", opt, widthPX)
		opt = page.Call("legendAwareTips", opt)
	} else {
		// Without the script, the option as built: the wide layout and
		// tooltips that list every series.
		opt.Delete("media")
	}
	opt.Set("backgroundColor", "transparent")
	return opt
}

// The size of exported charts, in CSS pixels.
const (
	exportWidth  = 1200
	exportHeight = 640
)

// errExport reports a chart that could not be exported.
var errExport = errors.New("chart export failed")

// exportChart draws the option once more, off screen at the export size,
// in the given theme, and returns it as PNG (at twice the pixels) or SVG
// with the footer lines below it.
func exportChart(optionJSON, theme, format string, footer []string) ([]byte, error) {
	bg, fg := chart.LightBackgrounds[0], chart.TextColor
	if theme == themeDark {
		bg, fg = chart.DarkBackgrounds[1], chart.DarkTextColor
	}
	var out []byte
	var failure error
	err := jsTry(func() {
		echarts := app.Window().Get("echarts")
		if !echarts.Truthy() {
			failure = errors.New("the ECharts script is not loaded")
			return
		}
		doc := app.Window().Get("document")
		div := doc.Call("createElement", "div")
		style := div.Get("style")
		style.Set("position", "fixed")
		style.Set("left", "-20000px")
		style.Set("top", "0")
		style.Set("width", itoa(exportWidth)+"px")
		style.Set("height", itoa(exportHeight)+"px")
		doc.Get("body").Call("appendChild", div)
		defer div.Call("remove")
		renderer := "canvas"
		if format == "svg" {
			renderer = "svg"
		}
		inst := echarts.Call("init", div, echartsTheme(theme), map[string]any{"renderer": renderer, "width": exportWidth, "height": exportHeight})
		defer inst.Call("dispose")
		opt := parseOption(chart.ThemedOption(optionJSON, theme), exportWidth)
		opt.Set("animation", false)
		inst.Call("setOption", opt)
		if format == "svg" {
			svg := inst.Call("renderToSVGString").String()
			out = []byte(ComposeSVG(svg, exportWidth, exportHeight, footer, bg, fg))
			return
		}
		const ratio = 2
		chartCanvas := inst.Call("renderToCanvas", map[string]any{"pixelRatio": ratio, "backgroundColor": bg})
		canvas := doc.Call("createElement", "canvas")
		total := exportHeight + FooterHeight(len(footer))
		canvas.Set("width", exportWidth*ratio)
		canvas.Set("height", total*ratio)
		g := canvas.Call("getContext", "2d")
		g.Set("fillStyle", bg)
		g.Call("fillRect", 0, 0, exportWidth*ratio, total*ratio)
		g.Call("drawImage", chartCanvas, 0, 0)
		g.Call("scale", ratio, ratio)
		g.Set("fillStyle", fg)
		g.Set("font", "12px system-ui, sans-serif")
		for i, line := range footer {
			g.Call("fillText", line, 12, exportHeight+footerLineHeight*(i+1))
		}
		out, failure = dataURLBytes(canvas.Call("toDataURL", "image/png").String())
	})
	if err == nil {
		err = failure
	}
	if err != nil {
		return nil, errors.Join(errExport, err)
	}
	return out, nil
}
