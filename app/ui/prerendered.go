package ui

import (
	"encoding/base64"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// prerenderAttr returns a chart option as the server writes it into the
// container's data-option attribute for web/prerender.js: base64, because
// go-app writes attribute values with Go's quoting, which HTML does not read
// back for a value that holds a double quote.
func prerenderAttr(optionJSON string) string {
	return base64.StdEncoding.EncodeToString([]byte(optionJSON))
}

// adoptPrerendered takes over the chart web/prerender.js drew for the
// container id before app.wasm arrived, instead of drawing it a second
// time: it moves the element holding that ECharts instance into the
// app's container and returns the instance and the option it shows. ok is
// false when there is none, or when it was drawn in another theme.
func adoptPrerendered(echarts, container app.Value, id, theme string) (instance app.Value, optionJSON string, ok bool) {
	registry := app.Window().Get("computeLedger")
	if !registry.Truthy() || !registry.Get("prerendered").Truthy() {
		return nil, "", false
	}
	pre := registry.Get("prerendered").Get(id)
	if !pre.Truthy() {
		return nil, "", false
	}
	registry.Get("prerendered").Delete(id) // adopted once, by the first chart of that id
	holder := pre.Get("holder")
	if (theme == themeDark) != (pre.Get("theme").String() == themeDark) {
		if inst := echarts.Call("getInstanceByDom", holder); inst.Truthy() {
			disposeChart(inst, container)
		}
		return nil, "", false
	}
	instance = echarts.Call("getInstanceByDom", holder)
	if !instance.Truthy() {
		return nil, "", false
	}
	container.Call("appendChild", holder)
	instance.Call("resize")
	return instance, pre.Get("optionJSON").String(), true
}

// disposeChart disposes of an ECharts instance and, when it lives in an
// adopted holder rather than in the container itself, removes the holder,
// so that a new chart drawn in the container has all of its room.
func disposeChart(instance, container app.Value) {
	dom := instance.Call("getDom")
	instance.Call("dispose")
	if dom.Truthy() && !dom.Equal(container) {
		dom.Call("remove")
	}
}
