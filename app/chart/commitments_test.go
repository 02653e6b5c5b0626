package chart

import (
	"encoding/json"
	"testing"
)

var sampleCommitments = []CounterpartyAmount{
	{Counterparty: "Oracle", DisclosedUSD: 300e9},
	{Counterparty: "AMD", EstimatedUSD: 90e9},
	{Counterparty: "AWS", DisclosedUSD: 38e9, EstimatedUSD: 0.04e9},
}

func TestCommitmentsByCounterparty_Golden(t *testing.T) {
	checkGolden(t, "commitments_by_counterparty", CommitmentsByCounterparty(sampleCommitments))
}

func TestCommitmentsByCounterparty_Option(t *testing.T) {
	raw, err := OptionJSON(CommitmentsByCounterparty(sampleCommitments))
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		YAxis []struct {
			Type string   `json:"type"`
			Data []string `json:"data"`
		} `json:"yAxis"`
		Series []struct {
			Name  string `json:"name"`
			Type  string `json:"type"`
			Stack string `json:"stack"`
			Data  []struct {
				Name  string  `json:"name"`
				Value float64 `json:"value"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(raw, &opt); err != nil {
		t.Fatalf("option is not the expected JSON: %v", err)
	}

	t.Run("the first row is drawn at the top of the category axis", func(t *testing.T) {
		got := opt.YAxis[0].Data
		want := []string{"AWS", "AMD", "Oracle"}
		if len(got) != len(want) {
			t.Fatalf("got categories %v, want %v", got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("got categories %v, want %v", got, want)
				break
			}
		}
	})

	t.Run("disclosed and estimated are stacked bars in billions", func(t *testing.T) {
		if len(opt.Series) != 2 {
			t.Fatalf("got %d series, want 2", len(opt.Series))
		}
		for _, s := range opt.Series {
			if s.Type != "bar" || s.Stack != "total" {
				t.Errorf("series %q: got type %q stack %q, want bar stacked on total", s.Name, s.Type, s.Stack)
			}
		}
		if got, want := opt.Series[0].Data[2].Value, 300.0; got != want {
			t.Errorf("Oracle disclosed: got %v, want %v", got, want)
		}
		if got, want := opt.Series[1].Data[1].Value, 90.0; got != want {
			t.Errorf("AMD estimated: got %v, want %v", got, want)
		}
	})

	t.Run("an empty ledger gives an empty chart, not an error", func(t *testing.T) {
		if _, err := OptionJSON(CommitmentsByCounterparty(nil)); err != nil {
			t.Errorf("got error %v, want none", err)
		}
	})
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

func BenchmarkCommitmentsByCounterparty(b *testing.B) {
	for b.Loop() {
		if _, err := OptionJSON(CommitmentsByCounterparty(sampleCommitments)); err != nil {
			b.Fatal(err)
		}
	}
}
