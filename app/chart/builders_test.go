package chart

import (
	"math"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// builders returns every chart builder applied to the fixtures, by golden
// file name.
func builders() []struct {
	name  string
	build func() Optioner
} {
	r := fixtureResult()
	l := fixtureLedger()
	v := l.AsOf(fixtureAsOf)
	b := fixtureResult()
	for i := range b.Years {
		b.Years[i].SpendUSD *= 1.1
		b.Years[i].CumulativeGapUSD -= 10e9
	}
	b.Totals.CommitmentsUSD = 143e9
	return []struct {
		name  string
		build func() Optioner
	}{
		{"commitments_by_counterparty", func() Optioner { return CommitmentsByCounterparty(sampleCommitments) }},
		{"spend_by_counterparty", func() Optioner { return SpendByYear(r, GroupCounterparty, EventsFromView(v)) }},
		{"spend_by_kind", func() Optioner { return SpendByYear(r, GroupKind, nil) }},
		{"capacity_by_chip_family", func() Optioner { return CapacityByYear(r, GroupChipFamily) }},
		{"power_and_chips", func() Optioner { return PowerAndChips(r) }},
		{"funding", func() Optioner { return Funding(r) }},
		{"flows", func() Optioner { return Flows(v, r) }},
		{"timeline", func() Optioner { return Timeline(l, fixtureAsOf) }},
		{"tornado", func() Optioner { return Tornado(fixtureSwings(), model.MetricCommitmentsUSD) }},
		{"fan_cumulative_gap", func() Optioner { return Fan(fixtureDistribution(), FanCumulativeGap) }},
		{"compare", func() Optioner { return Compare(r, b, "Base", "Bull") }},
		{"waterfall_commitments", func() Optioner { return Waterfall("From the deals to the claim", fixtureWaterfall) }},
	}
}

func TestBuilders_Golden(t *testing.T) {
	for _, b := range builders() {
		t.Run(b.name, func(t *testing.T) {
			checkGolden(t, b.name, b.build())
		})
	}
}

func TestBuilders_Conventions(t *testing.T) {
	for _, b := range builders() {
		t.Run(b.name+" has a title, a subtitle, aria, no animation and a transparent background", func(t *testing.T) {
			opt, _ := decode(t, b.build())
			if opt.Title.Text == "" || opt.Title.Subtext == "" {
				t.Errorf("got title %q subtitle %q, want both", opt.Title.Text, opt.Title.Subtext)
			}
			if !opt.Aria.Enabled || opt.Aria.Label.Description == "" {
				t.Errorf("got aria enabled %v with description %q, want enabled with a summary", opt.Aria.Enabled, opt.Aria.Label.Description)
			}
			if opt.Animation == nil || *opt.Animation {
				t.Errorf("got animation %v, want false", opt.Animation)
			}
			if opt.BackgroundColor != "transparent" {
				t.Errorf("got background %q, want transparent", opt.BackgroundColor)
			}
			if len(opt.Color) != len(Palette) || opt.Color[0] != Palette[0] {
				t.Errorf("got colours %v, want the palette", opt.Color)
			}
			for _, g := range opt.Grid {
				if !g.ContainLabel {
					t.Errorf("a grid does not contain its labels: %+v", g)
				}
			}
		})
		t.Run(b.name+" sets no text colour the dark theme does not swap", func(t *testing.T) {
			_, text := decode(t, b.build())
			for _, key := range []string{`"textStyle"`, `"nameTextStyle":{"color"`} {
				if strings.Contains(text, key) {
					t.Errorf("option sets %s; text colours come from the theme", key)
				}
			}
			// The subtitle is the page's muted colour, which ThemedOption
			// swaps for the dark one (ECharts' light theme is too faint).
			if n, m := strings.Count(text, `"subtextStyle":{`), strings.Count(text, `"color":"`+MutedTextColor+`"`); n != m {
				t.Errorf("%d subtitles, %d in %s", n, m, MutedTextColor)
			}
		})
	}
}

// emptyResult is a result with nothing in it.
func emptyResult() model.Result { return model.Result{} }

// nanResult is a one-year result whose every figure is NaN or infinite.
func nanResult() model.Result {
	nan, inf := math.NaN(), math.Inf(1)
	return model.Result{
		Scenario: model.Scenario{BuildRateGWPerWeek: nan, CapacityGoalGW: inf, RevenueStartUSD: nan, RevenueStartYear: 2025,
			Utilisation: nan, PUE: inf},
		Years: []model.YearRow{{Year: 2026, SpendUSD: nan, SpendLowUSD: inf, SpendHighUSD: -inf, CapacityGW: nan,
			CapacityPlannedGW: inf, CapacityGoalGW: nan, AcceleratorsCount: inf, EnergyTWh: nan, HomesEquivalent: inf,
			USElectricityShare: nan, RevenueUSD: inf, FundingGapUSD: nan, CumulativeGapUSD: -inf, CapacityAddedGW: nan}},
		ByCounterparty: []model.Breakdown{{Key: "X", SpendUSD: []float64{nan}, CapacityGW: []float64{inf}}},
		Deals:          []model.DealLine{{ID: "x", Counterparty: "X", Counted: true, ValueUSD: inf}},
		Totals: model.Totals{CommitmentsUSD: nan, CapacityOnlineGW: inf, PeakCumulativeGapUSD: nan, BreakEvenYear: 2026,
			Solution: model.Solution{Feasible: true, CAGR: inf, Goal: model.Goal{Year: 2026}}},
	}
}

func TestBuilders_EmptyAndBrokenInputs(t *testing.T) {
	nan := math.NaN()
	one := fixtureResult()
	one.Years = one.Years[:1]
	zero := fixtureResult()
	for i := range zero.Years {
		zero.Years[i] = model.YearRow{Year: zero.Years[i].Year}
	}
	for i := range zero.ByCounterparty {
		zero.ByCounterparty[i].SpendUSD = make([]float64, 4)
		zero.ByCounterparty[i].CapacityGW = make([]float64, 4)
	}
	zero.Totals = model.Totals{}
	infeasible := fixtureResult()
	infeasible.Totals.Solution = model.Solution{Goal: model.Goal{Kind: model.GoalGap, Year: 2028}}
	results := map[string]model.Result{"empty": emptyResult(), "one year": one, "all zeros": zero,
		"NaN and Inf": nanResult(), "infeasible solver": infeasible}
	emptyLedger := &data.Ledger{}
	nanSwings := []model.Swing{{Param: "g", Name: "growth", LowOutput: nan, HighOutput: math.Inf(1), BaseOutput: nan}}
	nanDist := model.Distribution{Years: []int{2025}, SpendUSD: []model.Percentiles{{P10: nan, P50: math.Inf(1), P90: nan}},
		CapacityGW: []model.Percentiles{{}}, FundingGapUSD: []model.Percentiles{{}}}
	for name, r := range results {
		charts := map[string]Optioner{
			"spend":       SpendByYear(r, GroupChipFamily, []Event{{Date: data.MustDate("2026-03-01"), Label: "{x}", Kind: EventRevision}}),
			"capacity":    CapacityByYear(r, GroupKind),
			"power":       PowerAndChips(r),
			"funding":     Funding(r),
			"flows":       Flows(data.View{}, r),
			"compare":     Compare(r, emptyResult(), "", ""),
			"commitments": CommitmentsByCounterparty(CounterpartyAmounts(r)),
		}
		for chart, c := range charts {
			t.Run(chart+" of a result that is "+name+" is valid JSON", func(t *testing.T) {
				decode(t, c)
			})
		}
	}
	others := map[string]Optioner{
		"timeline of an empty ledger":       Timeline(emptyLedger, fixtureAsOf),
		"timeline of no ledger":             Timeline(nil, fixtureAsOf),
		"timeline before the first event":   Timeline(fixtureLedger(), data.MustDate("2024-01-01")),
		"tornado without swings":            Tornado(nil, model.MetricRequiredCAGR),
		"tornado of NaN":                    Tornado(nanSwings, model.Metric("unknown")),
		"fan without draws":                 Fan(model.Distribution{}, FanGap),
		"fan of NaN":                        Fan(nanDist, FanSpend),
		"fan with fewer percentiles":        Fan(model.Distribution{Years: []int{2025, 2026}}, FanCapacity),
		"flows of an empty view and result": Flows(data.View{}, emptyResult()),
	}
	for name, c := range others {
		t.Run(name+" is valid JSON", func(t *testing.T) {
			decode(t, c)
		})
	}
}

func TestSummaries_EmptyInputs(t *testing.T) {
	summaries := map[string]string{
		"commitments": CommitmentsSummary(nil),
		"spend":       SpendSummary(emptyResult(), GroupCounterparty),
		"capacity":    CapacitySummary(emptyResult()),
		"power":       PowerSummary(emptyResult()),
		"funding":     FundingSummary(emptyResult()),
		"flows":       FlowsSummary(data.View{}, emptyResult()),
		"timeline":    TimelineSummary(&data.Ledger{}, fixtureAsOf),
		"tornado":     TornadoSummary(nil, model.MetricCommitmentsUSD),
		"fan":         FanSummary(model.Distribution{}, FanSpend),
		"compare":     CompareSummary(emptyResult(), emptyResult(), "A", "B"),
		"NaN spend":   SpendSummary(nanResult(), GroupCounterparty),
		"NaN power":   PowerSummary(nanResult()),
	}
	for name, s := range summaries {
		t.Run("the "+name+" summary of nothing is a sentence", func(t *testing.T) {
			if s == "" || !strings.HasSuffix(s, ".") {
				t.Errorf("got %q, want a sentence", s)
			}
			if strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
				t.Errorf("got %q, want no NaN or Inf", s)
			}
		})
	}
}

func TestBuilders_EmptyChartsSayWhy(t *testing.T) {
	charts := map[string]Optioner{
		"no spend in this scenario":    SpendByYear(emptyResult(), GroupCounterparty, nil),
		"no capacity in this scenario": CapacityByYear(emptyResult(), GroupCounterparty),
		"no flows in this view":        Flows(data.View{}, emptyResult()),
		"no events yet":                Timeline(&data.Ledger{}, fixtureAsOf),
		"no assumption with a range":   Tornado(nil, model.MetricCommitmentsUSD),
		"no outcome to show":           Fan(model.Distribution{}, FanSpend),
		"no years in either scenario":  Compare(emptyResult(), emptyResult(), "A", "B"),
		"no years in this scenario":    Funding(emptyResult()),
	}
	for why, c := range charts {
		t.Run("an empty chart says "+why, func(t *testing.T) {
			opt, _ := decode(t, c)
			if !strings.Contains(opt.Title.Subtext, why) {
				t.Errorf("got subtitle %q, want it to say %q", opt.Title.Subtext, why)
			}
		})
	}
	opt, _ := decode(t, SpendByYear(fixtureResult(), GroupCounterparty, nil))
	if strings.Contains(opt.Title.Subtext, "no spend") {
		t.Errorf("got subtitle %q for a chart with spend", opt.Title.Subtext)
	}
}
