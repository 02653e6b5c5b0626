package chart

import (
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

func TestTornado(t *testing.T) {
	swings := fixtureSwings()
	opt, _ := decode(t, Tornado(swings, model.MetricCommitmentsUSD))

	t.Run("the rows keep the given order, the first on top", func(t *testing.T) {
		if got, want := opt.YAxis[0].Data, []string{"Deal values", "Compute share", "PUE"}; !slices.Equal(got, want) {
			t.Errorf("got rows %v, want %v", got, want)
		}
		if !opt.YAxis[0].Inverse {
			t.Errorf("got the category axis drawn bottom up, want top down")
		}
	})

	t.Run("the bars start at the base and end at each output", func(t *testing.T) {
		if sv := opt.XAxis[0].StartValue; sv == nil || *sv != 130 {
			t.Errorf("got bars starting at %v, want the base 130", sv)
		}
		low, high := opt.series(t, seriesLowInput).numbers(t), opt.series(t, seriesHighInput).numbers(t)
		for i, s := range swings {
			if low[i] != s.LowOutput/1e9 || high[i] != s.HighOutput/1e9 {
				t.Errorf("%s: got %v to %v, want %v to %v", s.Param, low[i], high[i], s.LowOutput/1e9, s.HighOutput/1e9)
			}
		}
	})

	t.Run("the unit comes from the metric", func(t *testing.T) {
		o, _ := decode(t, Tornado([]model.Swing{{Param: "g", LowOutput: 0.45, HighOutput: 0.5, BaseOutput: 0.47}}, model.MetricRequiredCAGR))
		if got := o.series(t, seriesHighInput).numbers(t)[0]; got != 50 {
			t.Errorf("got %v, want 50 (percent)", got)
		}
		if !strings.Contains(o.Title.Subtext, "% revenue growth per year") {
			t.Errorf("got subtitle %q, want the unit", o.Title.Subtext)
		}
	})
}

func TestTornado_SortedByTheModelLargestFirst(t *testing.T) {
	l := realLedger(t)
	s, err := model.Preset(l, model.PresetBase, model.DefaultAsOf(l))
	if err != nil {
		t.Fatal(err)
	}
	swings, err := model.Sensitivity(l, s, model.MetricPeakCumulativeGapUSD)
	if err != nil {
		t.Fatal(err)
	}
	opt, _ := decode(t, Tornado(swings, model.MetricPeakCumulativeGapUSD))
	low, high := opt.series(t, seriesLowInput).numbers(t), opt.series(t, seriesHighInput).numbers(t)
	for i := 1; i < len(low); i++ {
		prev, cur := abs(high[i-1]-low[i-1]), abs(high[i]-low[i])
		if cur > prev+0.2 {
			t.Errorf("row %d swings %v, more than row %d above it (%v)", i, cur, i-1, prev)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestTornadoSummary(t *testing.T) {
	got := TornadoSummary(fixtureSwings(), model.MetricCommitmentsUSD)
	for _, want := range []string{"Commitments", FormatUSD(130e9), "deal values", FormatUSD(117e9), FormatUSD(156e9),
		"compute share", FormatUSD(120e9), FormatUSD(140e9)} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
}
