package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// This file builds the option of every chart from the session, each
// cached until what it depends on changes. Both the render and the direct
// redraw after a control change (Explorer.follow) go through these.

func (e *Explorer) commitmentsOption() (string, []chart.CounterpartyAmount) {
	rows := chart.CounterpartyAmounts(e.s.Result)
	return e.option("chart-commitments", e.s.chartInput("chart-commitments"), func() chart.Optioner {
		return chart.CommitmentsByCounterparty(rows, e.s.baseFor("chart-commitments")...)
	}), rows
}

func (e *Explorer) spendOption() string {
	r, g := e.s.Result, e.s.ViewState.Group
	o := append(e.s.baseFor("chart-spend"), chart.WithScale(e.s.ViewState.Scale))
	return e.option("chart-spend", e.s.chartInput("chart-spend"), func() chart.Optioner { return chart.SpendByYear(r, g, e.s.Events, o...) })
}

func (e *Explorer) capacityOption() string {
	r, g := e.s.Result, e.s.ViewState.Group
	o := append(e.s.baseFor("chart-capacity"), chart.WithScale(e.s.ViewState.Scale))
	return e.option("chart-capacity", e.s.chartInput("chart-capacity"), func() chart.Optioner { return chart.CapacityByYear(r, g, o...) })
}

func (e *Explorer) powerOption() string {
	r := e.s.Result
	return e.option("chart-power", e.s.chartInput("chart-power"), func() chart.Optioner { return chart.PowerAndChips(r, e.s.baseFor("chart-power")...) })
}

func (e *Explorer) fundingOption() string {
	r := e.s.Result
	return e.option("chart-funding", e.s.chartInput("chart-funding"), func() chart.Optioner { return chart.Funding(r, e.s.baseFor("chart-funding")...) })
}

func (e *Explorer) flowsOption() string {
	r, v := e.s.Result, e.s.View
	return e.option("chart-flows", e.s.chartInput("chart-flows"), func() chart.Optioner { return chart.Flows(v, r, e.s.baseFor("chart-flows")...) })
}

func (e *Explorer) timelineOption() string {
	l, asOf := e.s.Ledger, e.s.Scenario.AsOf
	return e.option("chart-timeline", e.s.chartInput("chart-timeline"), func() chart.Optioner { return chart.Timeline(l, asOf) })
}

// tornadoOption runs the sensitivity when the scenario or the metric
// changed and returns the tornado's option.
func (e *Explorer) tornadoOption() string {
	metric := e.s.ViewState.Metric
	key := e.s.chartInput("chart-tornado")
	swings, _ := e.derived.sensitivity(e.s, key)
	return e.option("chart-tornado", key, func() chart.Optioner { return chart.Tornado(swings, metric, e.s.baseFor("chart-tornado")...) })
}

// fanOption returns the fan chart's option for the last Monte Carlo run,
// running it first when there is none yet (the first paint, and every
// pre-render on the server); later changes re-run it after a pause.
func (e *Explorer) fanOption() string {
	if e.derived.dist.Draws == 0 || !app.IsClient {
		e.derived.monteCarlo(e.s)
	}
	dist, q := e.derived.dist, e.s.ViewState.Fan
	return e.option("chart-fan", e.s.chartInput("chart-fan")+"|"+e.derived.distKey, func() chart.Optioner { return chart.Fan(dist, q, e.fanBase()...) })
}

// fanBase returns the option that draws the preset's median in the fan:
// the baseline with the preset's own Monte Carlo (the same draws and
// seed), run when the preset or the ledger changed; none when the fan
// draws no baseline or the preset's draws failed.
func (e *Explorer) fanBase() []chart.Option {
	if len(e.s.baseFor("chart-fan")) == 0 {
		return nil
	}
	b, _ := e.s.Baseline()
	d, err := e.derived.presetMonteCarlo(e.s)
	if err != nil {
		return nil
	}
	b.Draws = d
	return []chart.Option{chart.WithBaseline(b)}
}

// compareParts returns compare's second scenario and result, the labels
// of both and the chart's option.
func (e *Explorer) compareParts() (b model.Result, la, lb, opt string, err error) {
	a := e.s.Result
	bs, b, _, err := e.s.Compare()
	if err != nil {
		return b, "", "", "", err
	}
	la, lb = "A: "+model.PresetLabel(a.Scenario.Preset), "B: "+model.PresetLabel(bs.Preset)
	if a.Scenario.Preset == bs.Preset {
		lb += " (changed)"
	}
	opt = e.option("chart-compare", e.s.chartInput("chart-compare"), func() chart.Optioner { return chart.Compare(a, b, la, lb, e.s.baseFor("chart-compare")...) })
	return b, la, lb, opt, nil
}

// viewCharts builds the options of the charts the current view shows and
// returns their ids.
func (e *Explorer) viewCharts() []string {
	switch e.Path {
	case pathOverview:
		e.commitmentsOption()
		return []string{"chart-commitments"}
	case pathSpend:
		e.spendOption()
		return []string{"chart-spend"}
	case pathCapacity:
		e.capacityOption()
		e.powerOption()
		return []string{"chart-capacity", "chart-power"}
	case pathFunding:
		e.fundingOption()
		return []string{"chart-funding"}
	case pathFlows:
		e.flowsOption()
		return []string{"chart-flows"}
	case pathTimeline:
		e.timelineOption()
		return []string{"chart-timeline"}
	case pathUncertainty:
		e.tornadoOption()
		e.fanOption()
		return []string{"chart-tornado", "chart-fan"}
	case pathCompare:
		if _, _, _, _, err := e.compareParts(); err != nil {
			return nil
		}
		return []string{"chart-compare"}
	case pathReconcile:
		e.reconcileOptions()
		return []string{"chart-reconcile-usd", "chart-reconcile-gw"}
	}
	return nil
}
