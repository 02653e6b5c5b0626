package chart

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

// timelinePoint is one decoded point of the timeline.
type timelinePoint struct {
	Value   [2]any `json:"value"`
	Tooltip *struct {
		Formatter string `json:"formatter"`
	} `json:"tooltip"`
	Label *struct {
		Formatter string `json:"formatter"`
	} `json:"label"`
}

func TestTimeline(t *testing.T) {
	l := fixtureLedger()
	opt, _ := decode(t, Timeline(l, fixtureAsOf))

	var line [][2]any
	if err := json.Unmarshal(opt.series(t, seriesHeadline).Data, &line); err != nil {
		t.Fatal(err)
	}

	t.Run("the step line is the headline total after each event date", func(t *testing.T) {
		dates := []string{"2025-01-10", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"}
		if len(line) != len(dates)+1 {
			t.Fatalf("got %d points, want %d (and one at the as-of date)", len(line), len(dates)+1)
		}
		for i, d := range dates {
			want := BillionsUSD(l.AsOf(data.MustDate(d)).Totals.CommitmentsUSD)
			if line[i][0] != d || line[i][1] != want {
				t.Errorf("point %d: got %v, want [%s %v]", i, line[i], d, want)
			}
		}
		if end := line[len(line)-1]; end[0] != fixtureAsOf.String() || end[1] != 120.0 {
			t.Errorf("got the last point %v, want the total carried to the as-of date", end)
		}
	})

	var announced, revised []timelinePoint
	if err := json.Unmarshal(opt.series(t, seriesAnnouncements).Data, &announced); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(opt.series(t, seriesRevisions).Data, &revised); err != nil {
		t.Fatal(err)
	}

	t.Run("every announcement and revision is a point", func(t *testing.T) {
		if len(announced) != 5 || len(revised) != 1 {
			t.Errorf("got %d announcement and %d revision dates, want 5 and 1", len(announced), len(revised))
		}
	})

	t.Run("the tooltip says how the total changed", func(t *testing.T) {
		tip := revised[0].Tooltip.Formatter
		for _, want := range []string{"2025-06-01", "Beta Chips → $40B", "Gamma JV signed", "Total $120.0B (-$10.0B)", "&lt;per a report&gt;"} {
			if !strings.Contains(tip, want) {
				t.Errorf("got tooltip %q, want it to hold %q", tip, want)
			}
		}
		if tip := announced[1].Tooltip.Formatter; !strings.Contains(tip, "Total $80.0B (+$60.0B)") {
			t.Errorf("got tooltip %q, want the change from the date before", tip)
		}
	})

	t.Run("the largest changes are labelled", func(t *testing.T) {
		if announced[1].Label == nil || announced[1].Label.Formatter != "Alpha Cloud $60B" {
			t.Errorf("got label %+v, want the largest change labelled", announced[1].Label)
		}
		if announced[3].Label != nil {
			t.Errorf("got a label on a date that did not change the total: %+v", announced[3].Label)
		}
	})

	t.Run("only the events up to the date are drawn", func(t *testing.T) {
		o, _ := decode(t, Timeline(l, data.MustDate("2025-02-15")))
		var pts [][2]any
		if err := json.Unmarshal(o.series(t, seriesHeadline).Data, &pts); err != nil {
			t.Fatal(err)
		}
		if len(pts) != 3 || pts[2][0] != "2025-02-15" {
			t.Errorf("got %v, want two dates and the as-of date", pts)
		}
	})
}

func TestTimelineSummary(t *testing.T) {
	l := fixtureLedger()
	got := TimelineSummary(l, fixtureAsOf)
	for _, want := range []string{"2025-01-10", "2025-06-01", "5 announcements and 2 revisions", FormatUSD(20e9), FormatUSD(120e9),
		"+$60.0B on 2025-02-01", "Alpha Cloud $60B"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
	if got := TimelineSummary(l, data.MustDate("2024-12-31")); !strings.Contains(got, "No deal") {
		t.Errorf("got %q before the first deal, want it to say there is none", got)
	}
}

func TestLedgerSteps_AreComputedOncePerLedger(t *testing.T) {
	l := fixtureLedger()
	a := ledgerSteps(l)
	b := ledgerSteps(l)
	if len(a) == 0 || &a[0] != &b[0] {
		t.Errorf("got the steps recomputed for the same ledger")
	}
	other := ledgerSteps(fixtureLedger())
	if &other[0] == &a[0] {
		t.Errorf("got another ledger's steps")
	}
}
