package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// metricLabels names the tornado's metrics for the picker.
var metricLabels = map[model.Metric]string{
	model.MetricCommitmentsUSD:       "Commitments",
	model.MetricPeakCumulativeGapUSD: "Peak cumulative funding gap",
	model.MetricCumulativeGapUSD:     "Cumulative funding gap at the end",
	model.MetricCapacityOnlineGW:     "Capacity online at the end",
	model.MetricImpliedCapexUSD:      "Implied capital spending",
	model.MetricAcceleratorsCount:    "Accelerators",
	model.MetricEnergyTWh:            "Energy per year",
	model.MetricRequiredCAGR:         "Revenue growth needed",
}

// fanLabels names the fan chart's quantities for the picker.
var fanLabels = map[chart.FanQuantity]string{
	chart.FanCumulativeGap: "Cumulative funding gap",
	chart.FanGap:           "Yearly funding gap",
	chart.FanSpend:         "Spend",
	chart.FanCapacity:      "Capacity online",
}

// renderUncertainty returns the uncertainty view: the tornado of the
// chosen metric and the Monte Carlo fan of the chosen quantity.
func (e *Explorer) renderUncertainty() app.UI {
	vs := e.s.ViewState
	tornado, fan := e.tornadoOption(), e.fanOption()
	swings, metric := e.derived.swings, vs.Metric
	dist, q := e.derived.dist, vs.Fan

	metrics := make([]choice, len(model.Metrics))
	for i, m := range model.Metrics {
		metrics[i] = choice{string(m), metricLabels[m]}
	}
	fans := make([]choice, len(FanQuantities))
	for i, f := range FanQuantities {
		fans[i] = choice{string(f), fanLabels[f]}
	}
	var errs []app.UI
	if err := e.derived.swingsErr; err != nil {
		errs = append(errs, txt("p", "control-error", "The sensitivity could not be computed: "+err.Error()))
	}
	if err := e.derived.distErr; err != nil {
		errs = append(errs, txt("p", "control-error", "The Monte Carlo could not be run: "+err.Error()))
	}
	return app.Div().Body(
		app.Div().Body(errs...),
		selectBox("ui-metric", "Tornado of", "inline", metrics, string(vs.Metric), "", func(ctx app.Context, v string) {
			e.apply(ctx, Set(paramMetric, v))
		}),
		e.chartCard("chart-tornado", "What moves "+metricLabels[vs.Metric], tornado, chart.TornadoSummary(swings, metric), "chart-tall"),
		selectBox("ui-fan", "Spread of", "inline", fans, string(vs.Fan), "", func(ctx app.Context, v string) {
			e.apply(ctx, Set(paramFan, v))
		}),
		e.chartCard("chart-fan", "Monte Carlo spread: "+fanLabels[vs.Fan], fan, chart.FanSummary(dist, q), "chart-tall"),
	)
}
