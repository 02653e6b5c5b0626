package chart

import (
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

// fixtureWaterfall is a small dollar waterfall: $150B of disclosed values,
// $60B estimated, $30B of overlap, a $200B claim.
var fixtureWaterfall = data.Waterfall{Unit: "USD", Claim: 200e9, Ledger: 180e9, Steps: []data.ClaimStep{
	{Key: "disclosed", Kind: data.StepLedger, Label: "Disclosed values", Value: 150e9, DealIDs: []string{"alpha"}},
	{Key: "estimated:x", Kind: data.StepLedger, Label: "Estimated: 3 GW x $20B per GW", Value: 60e9, DealIDs: []string{"beta"}},
	{Key: "overlap", Kind: data.StepLedger, Label: "Overlaps removed", Value: -30e9, DealIDs: []string{"gamma"}},
	{Key: "undisclosed", Kind: data.StepResidual, Label: "Undisclosed values", Value: 20e9, DealIDs: []string{"delta"}},
}}

func TestWaterfall_BarsFloatFromStepToStep(t *testing.T) {
	opt, _ := decode(t, Waterfall("From the deals to the claim", fixtureWaterfall))
	wantNames := []string{"Claim", "Disclosed values", "Estimated: 3 GW x $20B per GW", "Overlaps removed", "Ledger total", "Undisclosed values"}
	if got := opt.XAxis[0].Data; !slices.Equal(got, wantNames) {
		t.Fatalf("got bars %v, want %v", got, wantNames)
	}
	base := opt.series(t, "base").numbers(t)
	wantBase := []float64{0, 0, 150, 180, 0, 180}
	if !slices.Equal(base, wantBase) {
		t.Errorf("got bases %v, want %v: each step starts where the last ended", base, wantBase)
	}
	raw, _ := OptionJSON(Waterfall("From the deals to the claim", fixtureWaterfall))
	for _, want := range []string{`"formatter":"−$30.0B"`, `"formatter":"+$20.0B"`, `"formatter":"$180.0B"`, `"color":"transparent"`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("option lacks %s", want)
		}
	}
}

func TestWaterfallSummary_SaysEachStep(t *testing.T) {
	got := WaterfallSummary(fixtureWaterfall)
	for _, want := range []string{"The claim is $200.0B", "Overlaps removed: −$30.0B", "Undisclosed values: +$20.0B"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary %q lacks %q", got, want)
		}
	}
}
