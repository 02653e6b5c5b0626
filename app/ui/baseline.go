package ui

import (
	"slices"
	"strings"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
)

// baselineCharts are the charts that draw the preset's run under the
// reader's, in the order the nobase link parameter lists them. The
// timeline and the reconciliation are the ledger's as of the scenario's
// date, which the baseline shares: no other setting changes them
// (sameInBase).
var baselineCharts = []string{"chart-commitments", "chart-spend", "chart-capacity", "chart-power", "chart-funding", "chart-tornado",
	"chart-flows", "chart-fan", "chart-compare"}

// sameInBaseCharts are the charts the scenario's settings other than its
// date do not change, so that the preset's run draws them the same.
var sameInBaseCharts = []string{"chart-timeline", "chart-reconcile-usd", "chart-reconcile-gw"}

// Baseline returns the run the charts draw faintly under the reader's:
// the scenario's preset as of the scenario's date (the scenario the link
// is written against, Session.Query). ok is false when the scenario is
// its preset unchanged, so that there is nothing to compare.
func (s *Session) Baseline() (b chart.Baseline, ok bool) {
	if len(s.ScenarioChanges()) == 0 {
		return chart.Baseline{}, false
	}
	p := s.presetOf(s.Scenario)
	key := s.presetKey + "|" + s.DataVersion()
	if key != s.baseKey {
		r, err := model.Run(s.Ledger, p)
		s.baseKey, s.baseResult, s.baseErr = key, r, err
	}
	if s.baseErr != nil {
		return chart.Baseline{}, false
	}
	return chart.Baseline{Label: presetLabel(s.Scenario.Preset), Result: s.baseResult}, true
}

// presetLabel returns a preset's name as a label ("base" gives "Base").
func presetLabel(name string) string {
	if name == "" {
		return "Preset"
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// baseFor returns the option that draws the baseline in chart id: none
// when the reader turned it off there, when the chart draws none, or when
// there is none.
func (s *Session) baseFor(id string) []chart.Option {
	if !slices.Contains(baselineCharts, id) || !s.ViewState.baseShown(id) {
		return nil
	}
	if b, ok := s.Baseline(); ok {
		return []chart.Option{chart.WithBaseline(b)}
	}
	return nil
}

// baseKey returns what chart id's baseline adds to its input key.
func (s *Session) baseInput(id string) string {
	if len(s.baseFor(id)) == 0 {
		return "|nobase"
	}
	return "|base"
}

// baseShown reports whether chart id draws the baseline.
func (v ViewState) baseShown(id string) bool { return !listed(v.NoBase, id) }

// toggleBase returns the change that turns chart id's baseline off when
// it is shown and on when it is not, keeping the list in baselineCharts'
// order.
func (v ViewState) toggleBase(id string) Change {
	return Set(paramNoBase, listWith(v.NoBase, baselineCharts, id, v.baseShown(id)))
}

// withBase returns the tiles ts of the reader's run with the baseline's
// value of each tile (from bs, the same tiles of the baseline's run) where
// it differs.
func withBase(ts, bs []Tile, label string) []Tile {
	out := slices.Clone(ts)
	for i := range out {
		if i < len(bs) && bs[i].Label == out[i].Label && bs[i].Value != out[i].Value {
			out[i].Base = label + ": " + bs[i].Value
		}
	}
	return out
}
