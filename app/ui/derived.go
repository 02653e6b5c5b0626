package ui

import (
	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// derived holds what the views compute from the session besides the
// model's run: the sensitivity, the Monte Carlo, the timeline's rows and
// the publications' reproductions, each kept with the key of what it was
// computed from and computed again only when that key changes.
type derived struct {
	swingsKey string
	swings    []model.Swing
	swingsErr error

	distKey string
	dist    model.Distribution
	distErr error

	// presetDist is the Monte Carlo of the scenario's preset, the fan's
	// baseline.
	presetDistKey string
	presetDist    model.Distribution
	presetDistErr error

	timelineKey  string
	timelineRows []TimelineRow

	estimatesKey  string
	estimatesList []model.Estimate
	estimatesErr  error
}

// sensitivity returns the tornado's swings of s's scenario for its
// view's metric; key is what they are computed from (the tornado's input).
func (d *derived) sensitivity(s *Session, key string) ([]model.Swing, error) {
	if key != d.swingsKey {
		d.swings, d.swingsErr = model.Sensitivity(s.Ledger, s.Scenario, s.ViewState.Metric)
		d.swingsKey = key
	}
	return d.swings, d.swingsErr
}

// monteCarloKey identifies the scenario and ledger a Monte Carlo run
// belongs to.
func monteCarloKey(s *Session) string {
	return s.DataVersion() + "|" + s.Scenario.Query().Encode()
}

// monteCarloCurrent reports whether the last run is of s's scenario.
func (d *derived) monteCarloCurrent(s *Session) bool { return d.distKey == monteCarloKey(s) }

// monteCarlo runs the draws for s's scenario unless the last run was of it.
func (d *derived) monteCarlo(s *Session) {
	key := monteCarloKey(s)
	if key == d.distKey {
		return
	}
	d.dist, d.distErr = model.MonteCarlo(s.Ledger, s.Scenario, montecarloDraws, montecarloSeed)
	d.distKey = key
}

// presetMonteCarlo returns the draws of s's preset as of its date (the
// baseline's), with the same number of draws and seed as the scenario's,
// run again only when the preset or the ledger changed.
func (d *derived) presetMonteCarlo(s *Session) (model.Distribution, error) {
	p := s.presetOf(s.Scenario)
	key := s.DataVersion() + "|" + p.Query().Encode()
	if key != d.presetDistKey {
		d.presetDist, d.presetDistErr = model.MonteCarlo(s.Ledger, p, montecarloDraws, montecarloSeed)
		d.presetDistKey = key
	}
	return d.presetDist, d.presetDistErr
}

// timeline returns the timeline's rows of ledger l as of asOf.
func (d *derived) timeline(l *data.Ledger, version string, asOf data.Date) []TimelineRow {
	if key := version + "|" + asOf.String(); key != d.timelineKey {
		d.timelineRows, d.timelineKey = TimelineRows(l, asOf), key
	}
	return d.timelineRows
}

// estimates returns the publications' reproductions on ledger l.
func (d *derived) estimates(l *data.Ledger, version string) ([]model.Estimate, error) {
	if d.estimatesKey != version {
		d.estimatesKey = version
		d.estimatesList, d.estimatesErr = model.Estimates(l)
	}
	return d.estimatesList, d.estimatesErr
}
