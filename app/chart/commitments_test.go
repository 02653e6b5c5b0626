package chart

import (
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

var sampleCommitments = []CounterpartyAmount{
	{Counterparty: "Oracle", DisclosedUSD: 300e9},
	{Counterparty: "AMD", EstimatedUSD: 90e9},
	{Counterparty: "AWS", DisclosedUSD: 38e9, EstimatedUSD: 0.04e9},
}

func TestCommitmentsByCounterparty_Option(t *testing.T) {
	opt, _ := decode(t, CommitmentsByCounterparty(sampleCommitments))

	t.Run("the first row is drawn at the top of the category axis", func(t *testing.T) {
		got := opt.YAxis[0].Data
		want := []string{"Oracle", "AMD", "AWS"}
		if !slices.Equal(got, want) || !opt.YAxis[0].Inverse {
			t.Errorf("got categories %v (inverse %v), want %v drawn top down", got, opt.YAxis[0].Inverse, want)
		}
	})

	t.Run("disclosed and estimated are stacked bars in billions", func(t *testing.T) {
		plotted := opt.plotted()
		if len(plotted) != 2 {
			t.Fatalf("got %d series, want 2", len(plotted))
		}
		for _, s := range plotted {
			if s.Type != "bar" || s.Stack != "total" {
				t.Errorf("series %q: got type %q stack %q, want bar stacked on total", s.Name, s.Type, s.Stack)
			}
		}
		if got, want := plotted[0].numbers(t)[0], 300.0; got != want {
			t.Errorf("Oracle disclosed: got %v, want %v", got, want)
		}
		if got, want := plotted[1].numbers(t)[1], 90.0; got != want {
			t.Errorf("AMD estimated: got %v, want %v", got, want)
		}
	})

	t.Run("an empty ledger gives an empty chart, not an error", func(t *testing.T) {
		if _, err := OptionJSON(CommitmentsByCounterparty(nil)); err != nil {
			t.Errorf("got error %v, want none", err)
		}
	})
}

func TestCounterpartyAmounts(t *testing.T) {
	r := fixtureResult()
	r.Deals = append(r.Deals, model.DealLine{ID: "alpha2", Counterparty: "Alpha Cloud", Counted: true, ValueUSD: 5e9, Estimated: true})
	got := CounterpartyAmounts(r)
	want := []CounterpartyAmount{
		{Counterparty: "Alpha Cloud", DisclosedUSD: 60e9, EstimatedUSD: 5e9},
		{Counterparty: "Beta Chips", EstimatedUSD: 50e9},
		{Counterparty: "Gamma JV (Alpha, OpenAI)", DisclosedUSD: 20e9},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v, want %+v (counted deals with a value, by counterparty, largest first)", got, want)
	}
}

func TestCommitmentsSummary(t *testing.T) {
	got := CommitmentsSummary(sampleCommitments)
	total := 0.0
	disclosed := 0.0
	for _, r := range sampleCommitments {
		total += r.DisclosedUSD + r.EstimatedUSD
		disclosed += r.DisclosedUSD
	}
	for _, want := range []string{FormatUSD(total), FormatUSD(disclosed), FormatUSD(total - disclosed), "3 counterparties", "Oracle", FormatUSD(300e9)} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
}

func TestBillionsUSD(t *testing.T) {
	tests := []struct {
		usd  float64
		want float64
	}{
		{38e9, 38},
		{1.4e12, 1400},
		{22.4e9, 22.4},
		{349e6, 0.3},
		{0, 0},
	}
	for _, tt := range tests {
		if got := BillionsUSD(tt.usd); got != tt.want {
			t.Errorf("BillionsUSD(%v): got %v, want %v", tt.usd, got, tt.want)
		}
	}
}
