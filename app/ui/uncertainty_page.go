package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderUncertainty returns the uncertainty view: the tornado of the
// chosen metric and the Monte Carlo fan of the chosen quantity.
func (e *Explorer) renderUncertainty() app.UI {
	vs := e.s.ViewState
	tornado, fan := e.tornadoOption(), e.fanOption()
	swings, metric := e.derived.swings, vs.Metric
	dist, q := e.derived.dist, vs.Fan

	metrics, fans := metricChoices, fanChoices
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
		e.chartCard("chart-tornado", "What moves "+choiceLabel(metricChoices, string(vs.Metric)), tornado, chart.TornadoSummary(swings, metric), "chart-tall"),
		selectBox("ui-fan", "Spread of", "inline", fans, string(vs.Fan), "", func(ctx app.Context, v string) {
			e.apply(ctx, Set(paramFan, v))
		}),
		e.chartCard("chart-fan", "Monte Carlo spread: "+choiceLabel(fanChoices, string(vs.Fan)), fan, chart.FanSummary(dist, q), "chart-tall"),
	)
}
