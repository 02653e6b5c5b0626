package ui

import (
	"regexp"
	"testing"
)

// The Flows view's "Out of OpenAI" tile is the money the chart draws
// leaving OpenAI: the same figure as the summary's "OpenAI commits $X",
// not the commitments with the joint venture partners' build-out.
func TestFlowsView_TheOutOfOpenAITileIsWhatTheChartDrawsLeavingOpenAI(t *testing.T) {
	tile := regexp.MustCompile(`tile-label">Out of OpenAI</div>\s*<div class="tile-value">([^<]+)</div>`)
	summary := regexp.MustCompile(`OpenAI commits (\$[0-9.]+[BT]) to`)
	for _, q := range []string{"", "as_of=2025-11-06", "exc=aws_2025"} {
		html := render(t, &Explorer{Path: pathFlows, startQuery: q})
		tm, sm := tile.FindStringSubmatch(html), summary.FindStringSubmatch(html)
		if tm == nil || sm == nil {
			t.Fatalf("%q: no Out of OpenAI tile (%v) or no summary (%v)", q, tm != nil, sm != nil)
		}
		if tm[1] != sm[1] {
			t.Errorf("%q: the tile says %s out of OpenAI, the chart's summary %s", q, tm[1], sm[1])
		}
	}
}
