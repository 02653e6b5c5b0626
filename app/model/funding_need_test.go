package model

import (
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestFundingNeed_IsTheGapLessTheCapitalRaised(t *testing.T) {
	l := realLedger(t)
	s := mustPreset(t, l, PresetBase, DefaultAsOf(l))
	r := mustRun(t, l, s)
	want := s.CashOnHandUSD
	for _, d := range r.Deals {
		if d.Capital {
			if d.Direction != data.DirectionInflow {
				t.Errorf("%s: counted as capital but is not money into OpenAI", d.ID)
			}
			want += d.ValueUSD
		}
	}
	if !near(r.Totals.CapitalRaisedUSD, want) || want <= s.CashOnHandUSD {
		t.Errorf("capital raised %s, want the inflow deals plus cash, %s", FormatUSD(r.Totals.CapitalRaisedUSD), FormatUSD(want))
	}
	raised := 0.0
	for _, y := range r.Years {
		raised += y.CapitalRaisedUSD
		if !near(y.FundingNeedUSD, y.CumulativeGapUSD-raised) {
			t.Errorf("%d: need %s, want the cumulative gap %s less %s raised", y.Year, FormatUSD(y.FundingNeedUSD), FormatUSD(y.CumulativeGapUSD), FormatUSD(raised))
		}
	}
	if !(r.Totals.PeakFundingNeedUSD < r.Totals.PeakCumulativeGapUSD) {
		t.Errorf("peak need %s, want below the peak gap %s", FormatUSD(r.Totals.PeakFundingNeedUSD), FormatUSD(r.Totals.PeakCumulativeGapUSD))
	}

	without := s.Clone()
	without.Exclude = []string{"amazon_equity"}
	rw := mustRun(t, l, without)
	for i, y := range rw.Years {
		if d := y.FundingNeedUSD - r.Years[i].FundingNeedUSD; y.Year >= 2026 && !near(d, 50e9) {
			t.Errorf("%d: without Amazon's $50B the need rises by %s, want $50B", y.Year, FormatUSD(d))
		}
	}
}

func TestFundingNeed_CountsOnlyTheCapitalRaisedByTheDate(t *testing.T) {
	l := realLedger(t)
	before := mustRun(t, l, mustPreset(t, l, PresetBase, data.MustDate("2025-11-06")))
	for _, d := range before.Deals {
		if d.Capital && (d.ID == "amazon_equity" || d.ID == "softbank_equity_2026") {
			t.Errorf("as of 2025-11-06 %s, announced in 2026, counts as capital", d.ID)
		}
	}
}
