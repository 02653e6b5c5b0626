package chart

import (
	"slices"
	"strings"
	"testing"
)

func TestFan(t *testing.T) {
	d := fixtureDistribution()
	for _, q := range FanQuantities {
		opt, _ := decode(t, Fan(d, q))
		t.Run("the "+string(q)+" fan keeps P10 <= P50 <= P90", func(t *testing.T) {
			band := opt.allSeries(seriesP10P90)
			if len(band) != 2 {
				t.Fatalf("got %d band series, want 2", len(band))
			}
			p10, spread := band[0].numbers(t), band[1].numbers(t)
			p50 := opt.series(t, seriesMedian).numbers(t)
			for i := range p50 {
				p90 := p10[i] + spread[i]
				if !(p10[i] <= p50[i] && p50[i] <= p90+1e-9) {
					t.Errorf("year %d: got P10 %v, P50 %v, P90 %v", i, p10[i], p50[i], p90)
				}
			}
			if got, want := opt.XAxis[0].Data, []string{"2025", "2026", "2027"}; !slices.Equal(got, want) {
				t.Errorf("got years %v, want %v", got, want)
			}
		})
	}

	t.Run("the tooltip lists P10 and P90 in the quantity's unit", func(t *testing.T) {
		opt, _ := decode(t, Fan(d, FanCapacity))
		if got := opt.series(t, seriesP90).numbers(t); got[2] != 6.1 {
			t.Errorf("got P90 %v, want 6.1 GW in 2027", got)
		}
		if got := opt.series(t, seriesP10).numbers(t); got[0] != 0.5 {
			t.Errorf("got P10 %v, want 0.5 GW in 2025", got)
		}
	})

	t.Run("an unknown quantity draws spend", func(t *testing.T) {
		q, ok := ParseFanQuantity("nonsense")
		if ok || q != FanSpend {
			t.Errorf("got %q, %v; want spend, false", q, ok)
		}
	})
}

func TestFanSummary(t *testing.T) {
	d := fixtureDistribution()
	tests := []struct {
		q    FanQuantity
		want []string
	}{
		{FanSpend, []string{"Compute spend peaks", FormatUSD(40e9), "2026", FormatUSD(30e9), FormatUSD(55e9), "1,000 draws"}},
		{FanCapacity, []string{"reaches", FormatGW(5.6), "2027", FormatGW(5), FormatGW(6.1)}},
		{FanGap, []string{"peaks", FormatUSD(30e9), "2026"}},
		{FanCumulativeGap, []string{"reaches", FormatUSD(22e9), "2027", FormatUSD(-15e9), FormatUSD(59e9)}},
	}
	for _, tt := range tests {
		t.Run("the "+string(tt.q)+" summary holds its key numbers", func(t *testing.T) {
			got := FanSummary(d, tt.q)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want it to hold %q", got, w)
				}
			}
		})
	}
}
