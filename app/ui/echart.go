package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EChart draws one ECharts chart from an option JSON. It initialises the
// chart on mount, applies a new option when OptionJSON changes, resizes
// with the window and disposes of the chart on dismount. It is the only
// code that calls ECharts.
type EChart struct {
	app.Compo

	// ID is the DOM id of the chart's container; unique on the page.
	ID string
	// Label is the accessible name of the chart.
	Label string
	// OptionJSON is the ECharts option, as built by package chart.
	OptionJSON string
	// Class is an extra CSS class for the container (it sets the height).
	Class string

	instance app.Value
	applied  string
}

// Render returns the chart's container; ECharts fills it in the browser.
func (c *EChart) Render() app.UI {
	return app.Div().
		ID(c.ID).
		Class("echart", c.Class).
		Role("img").
		Aria("label", c.Label).
		DataSet("drawn", c.applied != "")
}

// OnMount initialises ECharts on the container and applies the option.
func (c *EChart) OnMount(ctx app.Context) { c.draw(ctx) }

// OnUpdate applies a changed option.
func (c *EChart) OnUpdate(ctx app.Context) { c.draw(ctx) }

// OnResize resizes the chart to its container.
func (c *EChart) OnResize(ctx app.Context) {
	if c.instance != nil && c.instance.Truthy() {
		c.instance.Call("resize")
	}
}

// OnDismount disposes of the ECharts instance.
func (c *EChart) OnDismount() {
	if c.instance != nil && c.instance.Truthy() {
		c.instance.Call("dispose")
	}
	c.instance = nil
	c.applied = ""
}

// echartsRetryDelay is how long EChart waits before looking for the ECharts
// script again, and echartsRetries how many times it looks.
const echartsRetryDelay = 20 * time.Millisecond

// echartsRetries bounds how often draw waits for the ECharts script.
const echartsRetries = 50

func (c *EChart) draw(ctx app.Context) {
	c.drawAttempt(ctx, 0)
}

func (c *EChart) drawAttempt(ctx app.Context, attempt int) {
	if c.OptionJSON == "" || c.OptionJSON == c.applied {
		return
	}
	echarts := app.Window().Get("echarts")
	if !echarts.Truthy() {
		// The deferred ECharts script may still be running.
		if attempt < echartsRetries {
			ctx.After(echartsRetryDelay, func(ctx app.Context) { c.drawAttempt(ctx, attempt+1) })
			return
		}
		app.Log("echart: the ECharts script did not load; chart", c.ID, "not drawn")
		return
	}
	if c.instance == nil || !c.instance.Truthy() {
		c.instance = echarts.Call("init", c.JSValue(), nil, map[string]any{"renderer": "canvas"})
	}
	option := app.Window().Get("JSON").Call("parse", c.OptionJSON)
	c.instance.Call("setOption", option, map[string]any{"notMerge": true})
	c.applied = c.OptionJSON
	c.JSValue().Call("setAttribute", "data-drawn", "true")
}
