package chart

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// The fixtures are small hand-built inputs whose numbers can be checked by
// hand, so that the golden files do not change when the real ledger gains
// a deal.

func f64(v float64) *float64 { return &v }

// fixtureResult returns four years (2025-2028) of three counted deals:
//
//	Alpha Cloud  cloud, nvidia_gb200   spend 10 20 30  0  $B   online 0.5 1   2   2   GW
//	Beta Chips   chips, amd_mi450      spend  0 15 25 10       online 0   1   3   4
//	Gamma JV     JV,    nvidia_gb200   spend  5  5  5  5       online 0.2 0.4 0.6 0.8
//
// Spend 15 40 60 15 ($130B), revenue 5 15 35 70, compute share 0.5: gaps
// 12.5 32.5 42.5 -20, cumulative 12.5 45 87.5 67.5; break-even 2028, the
// cumulative gap never closes. The build-rate cap holds 0.4 GW back in
// 2027; the 6 GW goal is met in 2028.
func fixtureResult() model.Result {
	years := []int{2025, 2026, 2027, 2028}
	spend := [][]float64{{10e9, 20e9, 30e9, 0}, {0, 15e9, 25e9, 10e9}, {5e9, 5e9, 5e9, 5e9}}
	online := [][]float64{{0.5, 1, 2, 2}, {0, 1, 3, 4}, {0.2, 0.4, 0.6, 0.8}}
	planned := []float64{0.7, 2.4, 6, 6.8}
	revenue := []float64{5e9, 15e9, 35e9, 70e9}
	r := model.Result{
		Scenario: model.Scenario{Version: 1, Preset: "base", AsOf: data.MustDate("2025-12-31"), PUE: 1.25, Utilisation: 0.8,
			RevenueStartUSD: 5e9, RevenueStartYear: 2025, RevenueCAGR: 1, ComputeShare: 0.5,
			BuildRateGWPerWeek: 0.05, CapacityGoalGW: 6},
	}
	cum, cumGap := 0.0, 0.0
	for i, y := range years {
		row := model.YearRow{Year: y, CapacityPlannedGW: planned[i], CapacityGoalGW: 6, RevenueUSD: revenue[i]}
		for d := range spend {
			row.SpendUSD += spend[d][i]
			row.CapacityGW += online[d][i]
		}
		row.SpendLowUSD, row.SpendHighUSD = 0.9*row.SpendUSD, 1.2*row.SpendUSD
		cum += row.SpendUSD
		row.CumulativeSpendUSD = cum
		if i > 0 {
			row.CapacityAddedGW = row.CapacityGW - r.Years[i-1].CapacityGW
		} else {
			row.CapacityAddedGW = row.CapacityGW
		}
		row.BuildRateGWPerWeek = row.CapacityAddedGW / weeksPerYear
		row.AcceleratorsCount = row.CapacityGW * 1e6 / 2
		row.EnergyTWh = row.CapacityGW * 0.8 * 8.76
		row.HomesEquivalent = row.EnergyTWh * 1e9 / 10500
		row.USElectricityShare = row.EnergyTWh / 4000
		row.ComputeSpendShare = row.SpendUSD / row.RevenueUSD
		row.FundingGapUSD = row.SpendUSD - 0.5*row.RevenueUSD
		cumGap += row.FundingGapUSD
		row.CumulativeGapUSD = cumGap
		r.Years = append(r.Years, row)
	}
	keys := []string{"Alpha Cloud", "Beta Chips", "Gamma JV (Alpha, OpenAI)"}
	for d, k := range keys {
		r.ByCounterparty = append(r.ByCounterparty, model.Breakdown{Key: k, SpendUSD: spend[d], CapacityGW: online[d], TotalUSD: sum(spend[d])})
	}
	r.ByKind = []model.Breakdown{
		{Key: "chip_purchase", SpendUSD: spend[1], CapacityGW: online[1], TotalUSD: 50e9},
		{Key: "cloud_purchase", SpendUSD: spend[0], CapacityGW: online[0], TotalUSD: 60e9},
		{Key: "joint_venture", SpendUSD: spend[2], CapacityGW: online[2], TotalUSD: 20e9},
	}
	r.ByChipFamily = []model.Breakdown{
		{Key: "nvidia_gb200", SpendUSD: addUp(spend[0], spend[2]), CapacityGW: addUp(online[0], online[2]), TotalUSD: 80e9},
		{Key: "amd_mi450", SpendUSD: spend[1], CapacityGW: online[1], TotalUSD: 50e9},
	}
	r.Deals = []model.DealLine{
		{ID: "alpha", Counterparty: "Alpha Cloud", Kind: data.KindCloudPurchase, Status: data.StatusDefinitive,
			Direction: data.DirectionOutflow, ChipFamily: "nvidia_gb200", ChipSupplier: "Nvidia", Counted: true, ValueUSD: 60e9, CapacityGW: 2},
		{ID: "beta", Counterparty: "Beta Chips", Kind: data.KindChipPurchase, Status: data.StatusLetterOfIntent,
			Direction: data.DirectionOutflow, ChipFamily: "amd_mi450", ChipSupplier: "AMD", Counted: true, ValueUSD: 50e9, Estimated: true, CapacityGW: 4},
		{ID: "gamma", Counterparty: "Gamma JV (Alpha, OpenAI)", Kind: data.KindJointVenture, Status: data.StatusLetterOfIntent,
			Direction: data.DirectionOutflow, ChipFamily: "nvidia_gb200", Counted: true, ValueUSD: 20e9, CapacityGW: 0.8},
		{ID: "delta", Counterparty: "Delta Sites", Kind: data.KindSiteLease, Status: data.StatusDefinitive,
			Direction: data.DirectionOutflow, Counted: false, Reason: "counted in gamma", ValueUSD: 5e9},
		{ID: "eta", Counterparty: "Eta Sites", Kind: data.KindSiteLease, Status: data.StatusLetterOfIntent,
			Direction: data.DirectionOutflow, Counted: true, Undisclosed: true, CapacityGW: 0.5},
		{ID: "nvidia_equity", Counterparty: "Nvidia (investment in OpenAI)", Kind: data.KindEquityInvestment,
			Status: data.StatusDefinitive, Direction: data.DirectionInflow, Reason: "inflow", ValueUSD: 30e9},
	}
	r.Totals = model.Totals{CommitmentsUSD: 130e9, CommitmentsLowUSD: 117e9, CommitmentsHighUSD: 156e9, DealsCounted: 4,
		DealsUndisclosed: 1, CapacityGW: 6.8, CapacityOnlineGW: 6.8, CapacityGoalGW: 6, GoalYear: 2028, ImpliedCapexUSD: 340e9,
		AcceleratorsCount: 3.4e6, EnergyTWh: 47.6544, HomesEquivalent: 4.5385e6, USElectricityShare: 0.0119,
		RevenueUSD: 125e9, CumulativeGapUSD: 67.5e9, PeakCumulativeGapUSD: 87.5e9, BreakEvenYear: 2028,
		CumulativeBreakEvenYear: 0, FirstYear: 2025, LastYear: 2028,
		Solution: model.Solution{Goal: model.Goal{Kind: model.GoalGap, Share: 0.5, Year: 2028}, Feasible: true, CAGR: 1.2,
			RevenueUSD: 5e9 * 2.2 * 2.2 * 2.2, SpendUSD: 15e9, Iterations: 34,
			Answer: "Revenue must grow 120.0% a year from $5.0B in 2025 for the cumulative funding gap to close by 2028 (with 50.0% of revenue going to compute)."}}
	return r
}

func addUp(a, b []float64) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = a[i] + b[i]
	}
	return out
}

// fixtureLedger returns a tiny ledger:
//
//	gamma   JV "Gamma JV (Alpha, OpenAI)", LOI, $20B, 2025-01-10, nvidia_gb200
//	alpha   cloud "Alpha Cloud", $60B, 2 GW, 2025-02-01, nvidia_gb200
//	beta    chips "Beta Chips", LOI, $50B, 4 GW, 2025-03-01, amd_mi450; cut to $40B on 2025-06-01
//	nvidia  equity inflow "Nvidia (investment in OpenAI)", $30B, 2025-04-01
//	delta   site lease inside gamma, $5B, 2025-05-01
//	gamma is signed on 2025-06-01 too.
//
// The headline total: 20, 80, 130, 130, 130, then 120 ($B).
func fixtureLedger() *data.Ledger {
	deal := func(id, cp string, kind data.Kind, st data.Status, dir data.Direction, ann string, usd float64) data.Deal {
		return data.Deal{ID: id, Counterparty: cp, Kind: kind, Status: st, Direction: dir, Announced: data.MustDate(ann),
			ValueUSD: f64(usd), Confidence: data.ConfidenceHigh}
	}
	gamma := deal("gamma", "Gamma JV (Alpha, OpenAI)", data.KindJointVenture, data.StatusLetterOfIntent, data.DirectionOutflow, "2025-01-10", 20e9)
	gamma.ChipFamily = "nvidia_gb200"
	alpha := deal("alpha", "Alpha Cloud", data.KindCloudPurchase, data.StatusDefinitive, data.DirectionOutflow, "2025-02-01", 60e9)
	alpha.CapacityGW, alpha.ChipFamily = f64(2), "nvidia_gb200"
	beta := deal("beta", "Beta Chips", data.KindChipPurchase, data.StatusLetterOfIntent, data.DirectionOutflow, "2025-03-01", 50e9)
	beta.CapacityGW, beta.ChipFamily = f64(4), "amd_mi450"
	nvidia := deal("nvidia_equity", "Nvidia (investment in OpenAI)", data.KindEquityInvestment, data.StatusDefinitive, data.DirectionInflow, "2025-04-01", 30e9)
	delta := deal("delta", "Delta Sites", data.KindSiteLease, data.StatusDefinitive, data.DirectionOutflow, "2025-05-01", 5e9)
	delta.CountedIn = "gamma"
	definitive := data.StatusDefinitive
	return &data.Ledger{
		Deals: []data.Deal{gamma, alpha, beta, nvidia, delta},
		Revisions: []data.Revision{
			{ID: "beta_cut", DealID: "beta", Date: data.MustDate("2025-06-01"), Summary: "Beta's deal is cut to $40B <per a report>.", ValueUSD: f64(40e9)},
			{ID: "gamma_signed", DealID: "gamma", Date: data.MustDate("2025-06-01"), Summary: "Gamma is signed.", Status: &definitive},
		},
	}
}

// fixtureAsOf is the date the fixtures' view is taken.
var fixtureAsOf = data.MustDate("2025-12-31")

// fixtureSwings returns a tornado of three assumptions, largest swing
// first, one of them lowering the metric at its high end.
func fixtureSwings() []model.Swing {
	return []model.Swing{
		{Param: "vals", Name: "deal values (all at the low or high end of their ranges)", LowInput: 0, HighInput: 1,
			LowOutput: 117e9, HighOutput: 156e9, BaseOutput: 130e9, Swing: 39e9},
		{Param: "share", Name: "compute share of revenue", LowInput: 0.4, HighInput: 0.6,
			LowOutput: 140e9, HighOutput: 120e9, BaseOutput: 130e9, Swing: 20e9},
		{Param: "pue", Name: "power usage effectiveness", LowInput: 1.1, HighInput: 1.4,
			LowOutput: 130e9, HighOutput: 130e9, BaseOutput: 130e9, Swing: 0},
	}
}

// fixtureDistribution returns a Monte Carlo outcome over 2025-2027.
func fixtureDistribution() model.Distribution {
	p := func(a, b, c float64) model.Percentiles { return model.Percentiles{P10: a, P50: b, P90: c} }
	return model.Distribution{Draws: 1000, Seed: 1, Years: []int{2025, 2026, 2027},
		SpendUSD:         []model.Percentiles{p(10e9, 12e9, 15e9), p(30e9, 40e9, 55e9), p(20e9, 25e9, 33e9)},
		CapacityGW:       []model.Percentiles{p(0.5, 0.7, 0.9), p(2, 2.4, 2.9), p(5, 5.6, 6.1)},
		FundingGapUSD:    []model.Percentiles{p(-5e9, 2e9, 9e9), p(20e9, 30e9, 45e9), p(-30e9, -10e9, 5e9)},
		CumulativeGapUSD: []model.Percentiles{p(-5e9, 2e9, 9e9), p(15e9, 32e9, 54e9), p(-15e9, 22e9, 59e9)},
		CommitmentsUSD:   p(110e9, 130e9, 150e9), PeakCumulativeGapUSD: p(20e9, 35e9, 60e9)}
}

// testOption is the part of an ECharts option the tests read.
type testOption struct {
	Title struct {
		Text    string `json:"text"`
		Subtext string `json:"subtext"`
	} `json:"title"`
	Legend struct {
		Show bool     `json:"show"`
		Type string   `json:"type"`
		Top  string   `json:"top"`
		Data []string `json:"data"`
	} `json:"legend"`
	Aria struct {
		Enabled bool `json:"enabled"`
		Label   struct {
			Description string `json:"description"`
		} `json:"label"`
	} `json:"aria"`
	Animation       *bool        `json:"animation"`
	BackgroundColor string       `json:"backgroundColor"`
	Color           []string     `json:"color"`
	Grid            []testGrid   `json:"grid"`
	XAxis           []testAxis   `json:"xAxis"`
	YAxis           []testAxis   `json:"yAxis"`
	Series          []testSeries `json:"series"`
}

type testGrid struct {
	Top          string `json:"top"`
	ContainLabel bool   `json:"containLabel"`
}

type testAxis struct {
	Type       string   `json:"type"`
	Data       []string `json:"data"`
	Max        any      `json:"max"`
	Min        any      `json:"min"`
	Inverse    bool     `json:"inverse"`
	StartValue *float64 `json:"startValue"`
	GridIndex  int      `json:"gridIndex"`
	Name       string   `json:"name"`
}

type testSeries struct {
	Name       string          `json:"name"`
	Type       string          `json:"type"`
	Stack      string          `json:"stack"`
	XAxisIndex int             `json:"xAxisIndex"`
	Data       json.RawMessage `json:"data"`
	// LineStyleRaw is the series' line style as given.
	LineStyleRaw json.RawMessage `json:"lineStyle"`
	Links        []struct {
		Source string  `json:"source"`
		Target string  `json:"target"`
		Value  float64 `json:"value"`
	} `json:"links"`
	MarkLine *struct {
		Data []struct {
			Name  string `json:"name"`
			XAxis any    `json:"xAxis"`
			YAxis any    `json:"yAxis"`
			Label *struct {
				Formatter string `json:"formatter"`
			} `json:"label"`
		} `json:"data"`
	} `json:"markLine"`
	MarkPoint *struct {
		Data []struct {
			Name  string  `json:"name"`
			Coord []any   `json:"coord"`
			Value float64 `json:"value"`
		} `json:"data"`
	} `json:"markPoint"`
	Tooltip *struct {
		Show *bool `json:"show"`
	} `json:"tooltip"`
}

// decode returns the option of c, failing the test when it is not valid
// JSON or holds NaN or an infinity.
func decode(t testing.TB, c Optioner) (testOption, string) {
	t.Helper()
	raw, err := OptionJSON(c)
	if err != nil {
		t.Fatalf("OptionJSON: %v", err)
	}
	text := string(raw)
	for _, bad := range []string{"NaN", "Inf"} {
		if strings.Contains(text, bad) {
			t.Errorf("option holds %q: %s", bad, text)
		}
	}
	var opt testOption
	if err := json.Unmarshal(raw, &opt); err != nil {
		t.Fatalf("option is not the expected JSON: %v\n%s", err, text)
	}
	return opt, text
}

// series returns the series named name; it fails the test when there is
// none.
func (o testOption) series(t testing.TB, name string) testSeries {
	t.Helper()
	for _, s := range o.Series {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no series %q among %v", name, o.seriesNames())
	return testSeries{}
}

// allSeries returns every series named name.
func (o testOption) allSeries(name string) []testSeries {
	var out []testSeries
	for _, s := range o.Series {
		if s.Name == name {
			out = append(out, s)
		}
	}
	return out
}

// plotted returns the series that draw something: all but the unnamed
// series that carry the axis tooltip's text.
func (o testOption) plotted() []testSeries {
	var out []testSeries
	for _, s := range o.Series {
		if s.Name != "" {
			out = append(out, s)
		}
	}
	return out
}

func (o testOption) seriesNames() []string {
	var names []string
	for _, s := range o.Series {
		names = append(names, s.Name)
	}
	return names
}

// numbers decodes series data of plain numbers and nulls; null is NaN.
func (s testSeries) numbers(t testing.TB) []float64 {
	t.Helper()
	var raw []*float64
	if err := json.Unmarshal(s.Data, &raw); err != nil {
		t.Fatalf("series %q data is not a list of numbers: %v", s.Name, err)
	}
	out := make([]float64, len(raw))
	for i, p := range raw {
		out[i] = math.NaN()
		if p != nil {
			out[i] = *p
		}
	}
	return out
}

// near reports whether a and b differ by at most tol.
func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func modelBreakdown(key string, spend []float64) model.Breakdown {
	return model.Breakdown{Key: key, SpendUSD: spend, CapacityGW: make([]float64, len(spend)), TotalUSD: sum(spend)}
}

func pickSpend(b model.Breakdown) []float64 { return b.SpendUSD }

func jsonUnmarshal(raw json.RawMessage, v any) error { return json.Unmarshal(raw, v) }
