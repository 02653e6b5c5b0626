package ui

import (
	"strings"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TimelineRow is one date of the timeline table: what happened and the
// ledger's total commitments after it, with the change from the date
// before.
type TimelineRow struct {
	Date      data.Date
	Events    []string
	TotalUSD  float64
	ChangeUSD float64
}

// TimelineRows returns, for every date up to upTo on which the ledger
// changed, the events of that date and the total commitments after them.
func TimelineRows(l *data.Ledger, upTo data.Date) []TimelineRow {
	events := chart.EventsFromView(l.AsOf(upTo))
	var rows []TimelineRow
	prev := 0.0
	for _, ev := range events {
		if n := len(rows); n > 0 && rows[n-1].Date.Equal(ev.Date.Time) {
			rows[n-1].Events = append(rows[n-1].Events, ev.Label)
			continue
		}
		total := l.AsOf(ev.Date).Totals.CommitmentsUSD
		rows = append(rows, TimelineRow{Date: ev.Date, Events: []string{ev.Label}, TotalUSD: total, ChangeUSD: total - prev})
		prev = total
	}
	return rows
}

// renderTimeline returns the timeline view: the chart of announcements and
// revisions with the headline total, and the same as a table.
func (e *Explorer) renderTimeline() app.UI {
	l, asOf := e.s.Ledger, e.s.Scenario.AsOf
	opt := e.timelineOption()
	timeline := e.derived.timeline(l, e.s.DataVersion(), asOf)
	rows := make([][]string, len(timeline))
	for i, r := range timeline {
		change := formatUSD(r.ChangeUSD)
		if r.ChangeUSD > 0 {
			change = "+" + change
		}
		rows[i] = []string{r.Date.String(), strings.Join(r.Events, "; "), formatUSD(r.TotalUSD), change}
	}
	var dates []string
	for _, d := range chart.TimelineDates(l) {
		dates = append(dates, d.String())
	}
	return app.Div().Body(
		&TimelinePlayer{Dates: dates, Current: asOf.String(), OnStep: func(ctx app.Context, date string) {
			e.apply(ctx, Set("as_of", date))
		}},
		e.chartCard("chart-timeline", "Announcements, revisions and the headline total", opt, chart.TimelineSummary(l, asOf), "chart-tall"),
		dataTable("timeline-caption", "How the ledger's total commitments changed, date by date",
			[]string{"Date", "What happened", "Total after", "Change"}, []bool{false, false, true, true}, rows, false),
	)
}
