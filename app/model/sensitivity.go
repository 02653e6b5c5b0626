package model

import (
	"cmp"
	"math"
	"slices"

	"github.com/computeledger/computeledger/data"
)

// Swing is one bar of the tornado: a metric with one assumption at the
// low and at the high end of its sourced range, the others unchanged.
type Swing struct {
	// Param is the query parameter of the assumption; Name says it in words.
	Param string `json:"param"`
	Name  string `json:"name"`
	// LowInput and HighInput are the ends of the assumption's range (for
	// "vals", 0 and 1 stand for the deals' low and high values).
	LowInput  float64 `json:"low_input"`
	HighInput float64 `json:"high_input"`
	// LowOutput and HighOutput are the metric at each end; BaseOutput at the
	// scenario's own value.
	LowOutput  float64 `json:"low_output"`
	HighOutput float64 `json:"high_output"`
	BaseOutput float64 `json:"base_output"`
	// Swing is |HighOutput - LowOutput|.
	Swing float64 `json:"swing"`
}

// lever is an assumption with a range that sensitivity and Monte Carlo
// move.
type lever struct {
	param, name string
	band        func(in *inputs, s *Scenario) band
	set         func(in *inputs, s *Scenario, v float64)
}

// around widens a sourced band so it holds the scenario's value.
func around(b band, v float64) band {
	return band{value: v, low: math.Min(b.low, v), high: math.Max(b.high, v)}
}

var levers = []lever{
	{"vals", "deal values (all at the low or high end of their ranges)",
		func(*inputs, *Scenario) band { return band{0.5, 0, 1} },
		func(_ *inputs, s *Scenario, v float64) {
			s.DealValues = ValueHigh
			if v < 0.5 {
				s.DealValues = ValueLow
			}
		}},
	{"cost_gw", "cost per GW", func(in *inputs, s *Scenario) band { return around(in.costPerGW, s.CostPerGWUSD) },
		func(_ *inputs, s *Scenario, v float64) { s.CostPerGWUSD = v }},
	{"chip_gw", "chip cost per GW", func(in *inputs, s *Scenario) band { return around(in.chipCostPerGW, s.ChipCostPerGWUSD) },
		func(_ *inputs, s *Scenario, v float64) { s.ChipCostPerGWUSD = v }},
	{"pue", "power usage effectiveness", func(in *inputs, s *Scenario) band { return around(in.pue, s.PUE) },
		func(_ *inputs, s *Scenario, v float64) { s.PUE = v }},
	{"util", "utilisation", func(in *inputs, s *Scenario) band { return around(in.utilisation, s.Utilisation) },
		func(_ *inputs, s *Scenario, v float64) { s.Utilisation = v }},
	{"kw", "kW per accelerator (every chip family at its low or high)",
		func(*inputs, *Scenario) band { return band{0.5, 0, 1} },
		func(in *inputs, s *Scenario, v float64) {
			pick := func(b band) float64 { return b.low + v*(b.high-b.low) }
			s.KWPerAcceleratorDefault = pick(around(in.kwDefault, s.KWPerAcceleratorDefault))
			list := slices.Clone(s.KWPerAccelerator)
			for i := range list {
				list[i].KW = pick(around(in.kwBand(list[i].Family), list[i].KW))
			}
			s.KWPerAccelerator = list
		}},
	{"rev0", "starting revenue run rate", func(in *inputs, s *Scenario) band { return around(in.revenueStart, s.RevenueStartUSD) },
		func(_ *inputs, s *Scenario, v float64) { s.RevenueStartUSD = v }},
	{"g", "revenue growth (CAGR)", func(in *inputs, s *Scenario) band { return around(in.cagr, s.RevenueCAGR) },
		func(_ *inputs, s *Scenario, v float64) { s.RevenueCAGR = v }},
	{"share", "compute share of revenue", func(in *inputs, s *Scenario) band { return around(in.computeShare, s.ComputeShare) },
		func(_ *inputs, s *Scenario, v float64) { s.ComputeShare = v }},
	{"build", "build rate", func(in *inputs, s *Scenario) band { return around(in.buildRate, s.BuildRateGWPerWeek) },
		func(_ *inputs, s *Scenario, v float64) { s.BuildRateGWPerWeek = v }},
}

// Sensitivity returns, for each assumption with a sourced range, the swing
// of metric between the assumption's low and high with everything else as
// in s, largest swing first: the bars of a tornado chart. A revenue
// ceiling below a lowered starting run rate is raised to stay valid.
func Sensitivity(l *data.Ledger, s Scenario, metric Metric) ([]Swing, error) {
	base, err := Run(l, s)
	if err != nil {
		return nil, err
	}
	baseOut, err := metric.Of(base)
	if err != nil {
		return nil, err
	}
	in, err := ledgerInputs(l)
	if err != nil {
		return nil, err
	}
	out := make([]Swing, 0, len(levers))
	for _, lv := range levers {
		b := lv.band(in, &s)
		sw := Swing{Param: lv.param, Name: lv.name, LowInput: b.low, HighInput: b.high, BaseOutput: baseOut}
		for i, v := range []float64{b.low, b.high} {
			t := s.Clone()
			lv.set(in, &t, v)
			t.RevenueCeilingUSD = max(t.RevenueCeilingUSD, 2*t.RevenueStartUSD)
			r, err := Run(l, t)
			if err != nil {
				return nil, err
			}
			m, _ := metric.Of(r)
			if i == 0 {
				sw.LowOutput = m
			} else {
				sw.HighOutput = m
			}
		}
		sw.Swing = math.Abs(sw.HighOutput - sw.LowOutput)
		out = append(out, sw)
	}
	slices.SortStableFunc(out, func(a, b Swing) int { return cmp.Compare(b.Swing, a.Swing) })
	return out, nil
}
