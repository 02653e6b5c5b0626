package chart

import (
	"math"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

func TestFunding(t *testing.T) {
	r := fixtureResult()
	opt, _ := decode(t, Funding(r))

	t.Run("the gap bars are above zero and the surplus below", func(t *testing.T) {
		gap, surplus := opt.series(t, seriesGap).numbers(t), opt.series(t, seriesSurplus).numbers(t)
		for i, y := range r.Years {
			want := y.FundingGapUSD / 1e9
			got := gap[i]
			if want < 0 {
				got = surplus[i]
			}
			if !near(got, want, 0.05) {
				t.Errorf("%d: got %v, want %v", y.Year, got, want)
			}
		}
	})

	t.Run("the break-even marker is at the break-even year", func(t *testing.T) {
		ml := opt.series(t, seriesGap).MarkLine
		if ml == nil || len(ml.Data) != 1 {
			t.Fatalf("got mark lines %+v, want one", ml)
		}
		if got, want := ml.Data[0].XAxis, "2028"; got != want {
			t.Errorf("got the break-even line at %v, want %v", got, want)
		}
	})

	t.Run("a cumulative gap that never closes is said in the subtitle", func(t *testing.T) {
		if !strings.Contains(opt.Title.Subtext, "gap not closed by 2028") {
			t.Errorf("got subtitle %q, want it to say the gap is not closed by 2028", opt.Title.Subtext)
		}
	})

	t.Run("the solver's revenue path grows at its CAGR and reaches its revenue in the goal year", func(t *testing.T) {
		got := opt.series(t, seriesNeeded).numbers(t)
		if !near(got[0], r.Years[0].RevenueUSD/1e9, 0.05) {
			t.Errorf("2025: got %v, want the actual %v", got[0], r.Years[0].RevenueUSD/1e9)
		}
		if want := r.Totals.Solution.RevenueUSD / 1e9; !near(got[3], want, 0.05) {
			t.Errorf("2028: got %v, want the solver's %v", got[3], want)
		}
		mp := opt.series(t, seriesNeeded).MarkPoint
		if mp == nil || len(mp.Data) != 1 || mp.Data[0].Coord[0] != "2028" {
			t.Errorf("got mark point %+v, want the goal year 2028 marked", mp)
		}
		if !strings.Contains(opt.Title.Subtext, "needs 120.0% a year") {
			t.Errorf("got subtitle %q, want the growth needed", opt.Title.Subtext)
		}
	})

	t.Run("no break-even is said in words, with no marker", func(t *testing.T) {
		never := fixtureResult()
		never.Totals.BreakEvenYear = 0
		o, _ := decode(t, Funding(never))
		if ml := o.series(t, seriesGap).MarkLine; ml != nil {
			t.Errorf("got mark lines %+v, want none", ml)
		}
		if !strings.Contains(o.Title.Subtext, "no break-even by 2028") {
			t.Errorf("got subtitle %q, want it to say there is no break-even by 2028", o.Title.Subtext)
		}
	})

	t.Run("both break-even years in one year share one marker", func(t *testing.T) {
		both := fixtureResult()
		both.Totals.CumulativeBreakEvenYear = 2028
		o, _ := decode(t, Funding(both))
		ml := o.series(t, seriesGap).MarkLine
		if ml == nil || len(ml.Data) != 1 || !strings.Contains(ml.Data[0].Label.Formatter, "Gap closed") {
			t.Errorf("got %+v, want one marker naming both", ml)
		}
	})

	t.Run("an infeasible solver is said in words and draws no path", func(t *testing.T) {
		no := fixtureResult()
		no.Totals.Solution = model.Solution{Goal: model.Goal{Kind: model.GoalGap, Year: 2028},
			Answer: "No revenue growth up to 1000.0% a year is enough for the cumulative funding gap to close by 2028."}
		o, _ := decode(t, Funding(no))
		if !strings.Contains(o.Title.Subtext, "no growth rate is enough") {
			t.Errorf("got subtitle %q, want it to say no growth rate is enough", o.Title.Subtext)
		}
		if !strings.Contains(o.Aria.Label.Description, no.Totals.Solution.Answer) {
			t.Errorf("got summary %q, want the solver's answer", o.Aria.Label.Description)
		}
		for _, s := range o.Series {
			if s.Name == seriesNeeded {
				t.Errorf("got a revenue path for an infeasible goal")
			}
		}
	})

	t.Run("a path that would dwarf the chart leaves it at the top", func(t *testing.T) {
		steep := fixtureResult()
		steep.Totals.Solution.CAGR = 9
		o, _ := decode(t, Funding(steep))
		got, ok := o.YAxis[0].Max.(float64)
		if !ok || got < 70 || got > 100 {
			t.Errorf("got axis max %v, want a round number just above the other series (revenue 70)", o.YAxis[0].Max)
		}
		if lo, ok := o.YAxis[0].Min.(float64); !ok || lo > -20 {
			t.Errorf("got axis min %v, want room for the -$20B surplus", o.YAxis[0].Min)
		}
	})
}

func TestFundingSummary(t *testing.T) {
	r := fixtureResult()
	got := FundingSummary(r)
	for _, want := range []string{"from 2028", FormatUSD(r.Totals.PeakCumulativeGapUSD), FormatUSD(r.Years[3].CumulativeGapUSD),
		r.Totals.Solution.Answer} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
}

func TestNeededRevenue(t *testing.T) {
	r := fixtureResult()
	got := neededRevenue(r)
	for i, y := range r.Years {
		want := r.Scenario.RevenueStartUSD * math.Pow(1+r.Totals.Solution.CAGR, float64(y.Year-2025))
		if !near(got[i], want, 1) {
			t.Errorf("%d: got %v, want %v", y.Year, got[i], want)
		}
	}
}
