package chart

import (
	"slices"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestEventsFromView(t *testing.T) {
	got := EventsFromView(fixtureLedger().AsOf(fixtureAsOf))
	want := []Event{
		{data.MustDate("2025-01-10"), "Gamma JV $20B", EventAnnouncement},
		{data.MustDate("2025-02-01"), "Alpha Cloud $60B", EventAnnouncement},
		{data.MustDate("2025-03-01"), "Beta Chips 4 GW", EventAnnouncement},
		{data.MustDate("2025-04-01"), "Nvidia stake $30B", EventAnnouncement},
		{data.MustDate("2025-05-01"), "Delta Sites $5B", EventAnnouncement},
		{data.MustDate("2025-06-01"), "Beta Chips → $40B", EventRevision},
		{data.MustDate("2025-06-01"), "Gamma JV signed", EventRevision},
	}
	if !slices.EqualFunc(got, want, func(a, b Event) bool { return a.Date.Equal(b.Date.Time) && a.Label == b.Label && a.Kind == b.Kind }) {
		t.Errorf("got %v,\nwant %v (in date order; a revised value is not shown as announced)", got, want)
	}
}

func TestEventsFromView_OnlyUpToTheDate(t *testing.T) {
	got := EventsFromView(fixtureLedger().AsOf(data.MustDate("2025-03-01")))
	if len(got) != 3 || got[2].Label != "Beta Chips $50B" {
		t.Errorf("got %v, want three announcements with Beta's value as announced", got)
	}
}

func TestRevisionLabel(t *testing.T) {
	paused, amended := data.StatusPaused, data.StatusAmended
	d := data.Deal{ID: "x", Counterparty: "Nscale / Nvidia (Stargate UK)"}
	tests := []struct {
		name string
		r    data.Revision
		want string
	}{
		{"a status change", data.Revision{Status: &paused}, "Nscale / Nvidia paused"},
		{"a new value", data.Revision{ValueUSD: f64(138e9), Status: &amended}, "Nscale / Nvidia → $138B"},
		{"a new capacity", data.Revision{CapacityGW: f64(2)}, "Nscale / Nvidia → 2 GW"},
		{"anything else", data.Revision{}, "Nscale / Nvidia revised"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := revisionLabel(d, tt.r); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
