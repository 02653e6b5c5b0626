package chart

import (
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

// TestTimeline_MarksTheClaimDatesAndTheClaimedTotal: drawn up to a date
// after both claims, the headline line carries a vertical line on 28 Oct
// and 6 Nov 2025 and a horizontal one at the claimed $1.4T; drawn up to a
// date between them, only the first date; before both, neither date.
func TestTimeline_MarksTheClaimDatesAndTheClaimedTotal(t *testing.T) {
	l := realLedger(t)
	claim, err := l.Assumption("headline_commitments_usd")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		upTo  string
		dates []string
	}{
		{"2026-06-01", []string{"2025-10-28", "2025-11-06"}},
		{"2025-11-01", []string{"2025-10-28"}},
		{"2025-10-01", nil},
	} {
		t.Run("up to "+c.upTo, func(t *testing.T) {
			opt, _ := decode(t, Timeline(l, data.MustDate(c.upTo)))
			s := opt.series(t, seriesHeadline)
			if s.MarkLine == nil {
				t.Fatal("no reference lines")
			}
			var dates []string
			claimed := false
			for _, d := range s.MarkLine.Data {
				if x, ok := d.XAxis.(string); ok {
					dates = append(dates, x)
					if d.Label == nil || !strings.Contains(d.Label.Formatter, "Altman") {
						t.Errorf("the line on %s is not labelled with the claim", x)
					}
				}
				if y, ok := d.YAxis.(float64); ok {
					claimed = near(y, claim.Value/1e9, 0.5)
				}
			}
			if strings.Join(dates, ",") != strings.Join(c.dates, ",") {
				t.Errorf("claim dates %v, want %v", dates, c.dates)
			}
			if !claimed {
				t.Errorf("no line at the claimed %v billion", claim.Value/1e9)
			}
		})
	}
}
