package chart

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

func TestCompare(t *testing.T) {
	a := fixtureResult()
	b := fixtureResult()
	b.Years = append(b.Years[1:], model.YearRow{Year: 2029, SpendUSD: 5e9, CapacityGW: 7, CumulativeGapUSD: 40e9})
	for i := range b.Years {
		b.Years[i].SpendUSD += 3e9
	}
	opt, _ := decode(t, Compare(a, b, "Base", "Bear"))

	t.Run("the years are both horizons together", func(t *testing.T) {
		want := []string{"2025", "2026", "2027", "2028", "2029"}
		for i, x := range opt.XAxis {
			if !slices.Equal(x.Data, want) || x.GridIndex != i {
				t.Errorf("x axis %d: got %v on grid %d, want %v", i, x.Data, x.GridIndex, want)
			}
		}
	})

	t.Run("each quantity has its grid with both scenarios and their difference", func(t *testing.T) {
		if len(opt.Grid) != 3 {
			t.Fatalf("got %d grids, want 3", len(opt.Grid))
		}
		as, bs, ds := opt.allSeries("Base"), opt.allSeries("Bear"), opt.allSeries(seriesDifference)
		if len(as) != 3 || len(bs) != 3 || len(ds) != 3 {
			t.Fatalf("got %d, %d, %d series, want 3 of each", len(as), len(bs), len(ds))
		}
		for g := range 3 {
			va, vb, vd := as[g].numbers(t), bs[g].numbers(t), ds[g].numbers(t)
			for i := range va {
				switch {
				case math.IsNaN(va[i]) || math.IsNaN(vb[i]):
					if !math.IsNaN(vd[i]) {
						t.Errorf("grid %d, point %d: got a difference %v where a scenario has no year", g, i, vd[i])
					}
				case !near(vd[i], vb[i]-va[i], 0.011):
					t.Errorf("grid %d, point %d: got difference %v, want %v", g, i, vd[i], vb[i]-va[i])
				}
			}
		}
		if got := bs[0].numbers(t); !math.IsNaN(got[0]) || got[1] != 43 {
			t.Errorf("got Bear spend %v, want none in 2025 and 43 in 2026", got)
		}
	})

	t.Run("equal labels stay apart", func(t *testing.T) {
		o, _ := decode(t, Compare(a, b, "Base", "Base"))
		if got := o.Legend.Data; got[0] == got[1] {
			t.Errorf("got legend %v, want two names", got)
		}
	})
}

func TestCompareSummary(t *testing.T) {
	a := fixtureResult()
	b := fixtureResult()
	b.Totals.CommitmentsUSD, b.Totals.CapacityOnlineGW, b.Totals.PeakCumulativeGapUSD = 100e9, 5.5, 95e9
	got := CompareSummary(a, b, "Base", "Bear")
	for _, want := range []string{"Bear", "Base", FormatUSD(100e9), FormatUSD(130e9), "-$30.0B", FormatGW(5.5), FormatGW(6.8),
		"-1.3 GW", FormatUSD(95e9), FormatUSD(87.5e9), "+$7.5B"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
}
