package chart

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestSpendByYear(t *testing.T) {
	r := fixtureResult()
	l := fixtureLedger()
	events := EventsFromView(l.AsOf(fixtureAsOf))
	for _, g := range Groups {
		opt, _ := decode(t, SpendByYear(r, g, events))
		t.Run("the stacked "+string(g)+" bars add up to the spend of each year", func(t *testing.T) {
			totals := make([]float64, len(r.Years))
			bars := 0
			for _, s := range opt.Series {
				if s.Stack != "spend" {
					continue
				}
				bars++
				for i, v := range s.numbers(t) {
					totals[i] += v
				}
			}
			if bars == 0 {
				t.Fatal("got no stacked bars")
			}
			for i, y := range r.Years {
				if got, want := totals[i], y.SpendUSD/1e9; !near(got, want, 0.05*float64(bars)) {
					t.Errorf("%d: got bars adding up to %v, want %v", y.Year, got, want)
				}
			}
		})
	}
	opt, _ := decode(t, SpendByYear(r, GroupCounterparty, events))

	t.Run("the years are the category axis", func(t *testing.T) {
		if got, want := opt.XAxis[0].Data, []string{"2025", "2026", "2027", "2028"}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})

	t.Run("the band runs from the low to the high spend", func(t *testing.T) {
		band := opt.allSeries(seriesRange)
		if len(band) != 2 {
			t.Fatalf("got %d band series, want 2", len(band))
		}
		base, spread := band[0].numbers(t), band[1].numbers(t)
		for i, y := range r.Years {
			if !near(base[i], y.SpendLowUSD/1e9, 0.05) || !near(base[i]+spread[i], y.SpendHighUSD/1e9, 0.1) {
				t.Errorf("%d: got band %v to %v, want %v to %v", y.Year, base[i], base[i]+spread[i], y.SpendLowUSD/1e9, y.SpendHighUSD/1e9)
			}
		}
		for _, s := range band {
			if s.Tooltip == nil || s.Tooltip.Show == nil || *s.Tooltip.Show {
				t.Errorf("the band's helper series is in the tooltip")
			}
		}
	})

	t.Run("the tooltip lists the total and the ends of the band", func(t *testing.T) {
		for name, pick := range map[string]func(int) float64{
			seriesTotal:   func(i int) float64 { return r.Years[i].SpendUSD },
			seriesLowEnd:  func(i int) float64 { return r.Years[i].SpendLowUSD },
			seriesHighEnd: func(i int) float64 { return r.Years[i].SpendHighUSD },
		} {
			for i, v := range opt.series(t, name).numbers(t) {
				if !near(v, pick(i)/1e9, 0.05) {
					t.Errorf("%s %d: got %v, want %v", name, r.Years[i].Year, v, pick(i)/1e9)
				}
			}
		}
	})

	t.Run("the events are grouped by year on the year axis", func(t *testing.T) {
		ev := opt.series(t, seriesEvents)
		if ev.MarkLine == nil || len(ev.MarkLine.Data) != 1 {
			t.Fatalf("got mark lines %+v, want one for 2025", ev.MarkLine)
		}
		m := ev.MarkLine.Data[0]
		if m.XAxis != "2025" {
			t.Errorf("got the events line at %v, want 2025", m.XAxis)
		}
		if got, want := m.Label.Formatter, "5 announced, 2 revised"; got != want {
			t.Errorf("got label %q, want %q", got, want)
		}
	})

	t.Run("a year with one event is labelled with it", func(t *testing.T) {
		o, _ := decode(t, SpendByYear(r, GroupKind, []Event{{Date: data.MustDate("2027-05-01"), Label: "Zeta $5B", Kind: EventAnnouncement}}))
		ml := o.series(t, seriesEvents).MarkLine
		if ml == nil || ml.Data[0].XAxis != "2027" || ml.Data[0].Label.Formatter != "Zeta $5B" {
			t.Errorf("got %+v, want one line at 2027 labelled Zeta $5B", ml)
		}
	})

	t.Run("events outside the years are left out", func(t *testing.T) {
		o, _ := decode(t, SpendByYear(r, GroupKind, []Event{{Date: data.MustDate("2040-01-01"), Label: "late"}}))
		for _, s := range o.Series {
			if s.Name == seriesEvents {
				t.Errorf("got an events series for an event after the last year")
			}
		}
	})

	t.Run("the legend holds the groups and the band but not the helpers", func(t *testing.T) {
		want := []string{"Alpha Cloud", "Beta Chips", "Gamma JV", seriesRange}
		if !slices.Equal(opt.Legend.Data, want) {
			t.Errorf("got legend %v, want %v", opt.Legend.Data, want)
		}
	})
}

func TestGroupedValues_OtherGathersTheSmallest(t *testing.T) {
	r := fixtureResult()
	var bs = r.ByCounterparty[:0:0]
	for i := range 10 {
		v := float64(10 - i)
		bs = append(bs, modelBreakdown(string(rune('A'+i)), []float64{v, v}))
	}
	got := groupedValues(GroupCounterparty, bs, 2, pickSpend, sum)
	if len(got) != maxGroupSeries {
		t.Fatalf("got %d groups, want %d", len(got), maxGroupSeries)
	}
	if got[len(got)-1].name != otherGroup {
		t.Errorf("got last group %q, want %q", got[len(got)-1].name, otherGroup)
	}
	total := 0.0
	for _, g := range got {
		total += sum(g.values)
	}
	if want := 2 * (10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 2 + 1.0); math.Abs(total-want) > 1e-9 {
		t.Errorf("got groups adding up to %v, want %v", total, want)
	}
}

func TestSpendSummary(t *testing.T) {
	r := fixtureResult()
	got := SpendSummary(r, GroupCounterparty)
	peak := r.Years[2]
	for _, want := range []string{FormatUSD(peak.SpendUSD), "2027", FormatUSD(peak.SpendLowUSD), FormatUSD(peak.SpendHighUSD),
		FormatUSD(r.Totals.CommitmentsUSD), "Alpha Cloud", FormatUSD(r.ByCounterparty[0].TotalUSD)} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
}
