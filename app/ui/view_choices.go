package ui

import (
	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
)

// The choices of the view state, each defined once here with its label:
// the link's parser accepts their words (viewFields), the pickers and
// switches list them in this order, and the titles name them by label.
var (
	// groupChoices are the ways spend and capacity can be split.
	groupChoices = []choice{
		{string(chart.GroupCounterparty), "Counterparty"},
		{string(chart.GroupKind), "Kind of deal"},
		{string(chart.GroupChipFamily), "Chip family"},
	}
	// scaleChoices are the scales of the spend and capacity charts.
	scaleChoices = []choice{
		{string(chart.ScaleAbsolute), chart.ScaleAbsolute.Label()},
		{string(chart.ScaleLog), chart.ScaleLog.Label()},
		{string(chart.ScaleShare), chart.ScaleShare.Label()},
	}
	// metricChoices are the tornado's metrics (model.Metrics, named).
	metricChoices = []choice{
		{string(model.MetricCommitmentsUSD), "Commitments"},
		{string(model.MetricPeakCumulativeGapUSD), "Peak cumulative funding gap"},
		{string(model.MetricCumulativeGapUSD), "Cumulative funding gap at the end"},
		{string(model.MetricCapacityOnlineGW), "Capacity online at the end"},
		{string(model.MetricImpliedCapexUSD), "Implied capital spending"},
		{string(model.MetricAcceleratorsCount), "Accelerators"},
		{string(model.MetricEnergyTWh), "Energy per year"},
		{string(model.MetricRequiredCAGR), "Revenue growth needed"},
	}
	// fanChoices are the quantities the fan chart can show.
	fanChoices = []choice{
		{string(chart.FanCumulativeGap), "Cumulative funding gap"},
		{string(chart.FanGap), "Yearly funding gap"},
		{string(chart.FanSpend), "Spend"},
		{string(chart.FanCapacity), "Capacity online"},
	}
)

// choiceWords returns the words of a list of choices, in order.
func choiceWords(cs []choice) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.value
	}
	return out
}

// choiceLabel returns the label of word v in cs (v itself when absent).
func choiceLabel(cs []choice, v string) string {
	for _, c := range cs {
		if c.value == v {
			return c.label
		}
	}
	return v
}
