package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// phases is the work an update asks of the page, in the order
// Explorer.follow does it. phasesOf computes it without a browser, so
// that host tests see what the page would do.
type phases struct {
	// notice is the line above the controls ("" for none).
	notice string
	// charts are the charts of the view on screen whose inputs changed,
	// with their new options: drawn at once.
	charts []chartDraw
	// text reports that the page's text is rendered again.
	text bool
	// link is the address's new query, written after a pause ("" when
	// nothing changed).
	link string
	// monteCarlo reports that the Monte Carlo runs again after a pause
	// (the uncertainty view, after a change of scenario).
	monteCarlo bool
}

// pipeline is the state of the explorer's update phases: the charts'
// options cached under their input keys and the charts mounted on the
// page (the chart phase), a text render asked for (the text phase), the
// link cached for the session's revision and the pending rewrite of the
// address (the link phase), and the pending Monte Carlo run.
type pipeline struct {
	charts map[string]cachedOption
	live   *LiveCharts

	renderPending bool

	queryRev int
	queryStr string
	urlSeq   int

	mcSeq int
}

// chartDraw is one chart's new option.
type chartDraw struct{ id, optionJSON string }

// phasesOf returns what the page does to follow u.
func (e *Explorer) phasesOf(u Update) phases {
	p := phases{notice: u.Message()}
	p.text = u.Changed() || p.notice != e.controlError
	if !u.Changed() {
		return p
	}
	p.link = u.Link
	p.monteCarlo = u.Scenario && e.Path == pathUncertainty
	var shown []string
	for _, id := range e.viewCharts() {
		if slices.Contains(u.Charts, id) {
			shown = append(shown, id)
		}
	}
	p.charts = e.chartDraws(shown)
	return p
}

// chartDraws returns the cached options of the charts with these ids
// (built by viewCharts).
func (e *Explorer) chartDraws(ids []string) []chartDraw {
	var out []chartDraw
	for _, id := range ids {
		if o, ok := e.pipe.charts[id]; ok {
			out = append(out, chartDraw{id: id, optionJSON: o.json})
		}
	}
	return out
}

// drawCharts applies new options to the mounted charts at once, without
// waiting for the next render; the render that follows finds them
// applied and does nothing.
func (e *Explorer) drawCharts(ctx app.Context, draws []chartDraw) {
	for _, d := range draws {
		if c, ok := e.pipe.live.get(d.id); ok {
			c.show(ctx, d.optionJSON, e.theme)
		}
	}
}
