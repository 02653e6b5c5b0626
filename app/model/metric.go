package model

import "fmt"

// Metric names one output of Run, for the sensitivity tornado.
type Metric string

// The metrics.
const (
	MetricCommitmentsUSD       Metric = "commitments_usd"         // Totals.CommitmentsUSD
	MetricPeakCumulativeGapUSD Metric = "peak_cumulative_gap_usd" // Totals.PeakCumulativeGapUSD
	MetricCumulativeGapUSD     Metric = "cumulative_gap_usd"      // Totals.CumulativeGapUSD
	MetricCapacityOnlineGW     Metric = "capacity_online_gw"      // Totals.CapacityOnlineGW
	MetricImpliedCapexUSD      Metric = "implied_capex_usd"       // Totals.ImpliedCapexUSD
	MetricAcceleratorsCount    Metric = "accelerators_count"      // Totals.AcceleratorsCount
	MetricEnergyTWh            Metric = "energy_twh"              // Totals.EnergyTWh
	MetricRequiredCAGR         Metric = "required_cagr"           // Totals.Solution.CAGR
)

// Metrics lists every Metric.
var Metrics = []Metric{MetricCommitmentsUSD, MetricPeakCumulativeGapUSD, MetricCumulativeGapUSD, MetricCapacityOnlineGW,
	MetricImpliedCapexUSD, MetricAcceleratorsCount, MetricEnergyTWh, MetricRequiredCAGR}

// Of returns the metric's value in r; an unknown metric gives an error
// wrapping ErrMalformed.
func (m Metric) Of(r Result) (float64, error) {
	t := r.Totals
	switch m {
	case MetricCommitmentsUSD:
		return t.CommitmentsUSD, nil
	case MetricPeakCumulativeGapUSD:
		return t.PeakCumulativeGapUSD, nil
	case MetricCumulativeGapUSD:
		return t.CumulativeGapUSD, nil
	case MetricCapacityOnlineGW:
		return t.CapacityOnlineGW, nil
	case MetricImpliedCapexUSD:
		return t.ImpliedCapexUSD, nil
	case MetricAcceleratorsCount:
		return t.AcceleratorsCount, nil
	case MetricEnergyTWh:
		return t.EnergyTWh, nil
	case MetricRequiredCAGR:
		return t.Solution.CAGR, nil
	}
	return 0, fmt.Errorf("metric %q: %w; accepted: %s", string(m), ErrMalformed, enumAccepted(Metrics))
}
