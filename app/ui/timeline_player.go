package ui

import (
	"slices"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// playStep is how long the timeline player shows each date.
const playStep = 900 * time.Millisecond

// TimelinePlayer plays the ledger's dates one after the other: Play
// starts from the date after the one shown (from the first when the last
// is shown) and asks for each next date through OnStep until the last, or
// until Pause. It stops by itself when the view is left.
type TimelinePlayer struct {
	app.Compo

	// Dates are the dates to step through, in order (YYYY-MM-DD).
	Dates []string
	// Current is the date shown.
	Current string
	// OnStep is told the date to show next.
	OnStep func(ctx app.Context, date string)

	playing bool
	seq     int
}

// Render returns the play or pause button and where the player is.
func (p *TimelinePlayer) Render() app.UI {
	label, aria := "▶ Play", "Play the ledger's dates from "+p.startDate()
	if p.playing {
		label, aria = "⏸ Pause", "Pause at "+p.Current
	}
	i := slices.Index(p.Dates, p.Current)
	where := "Showing the ledger as of " + p.Current
	if i >= 0 {
		where += " (date " + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(p.Dates)) + ")"
	}
	return app.Div().Class("player").Body(
		app.Button().Type("button").ID("timeline-play").Class("secondary").
			Aria("pressed", p.playing).Aria("label", aria).Text(label).
			OnClick(p.toggle),
		app.Span().ID("timeline-where").Class("player-where").Aria("live", "polite").Text(where),
	)
}

// startDate returns the date Play shows first.
func (p *TimelinePlayer) startDate() string { return nextDate(p.Dates, p.Current) }

// toggle starts or pauses the player.
func (p *TimelinePlayer) toggle(ctx app.Context, _ app.Event) {
	p.seq++
	p.playing = !p.playing
	if p.playing {
		p.step(ctx, p.seq, p.startDate())
	}
}

// step shows date and schedules the one after, unless the player was
// paused or started again since (seq is the run's number).
func (p *TimelinePlayer) step(ctx app.Context, seq int, date string) {
	if seq != p.seq || !p.playing || date == "" {
		return
	}
	p.Current = date
	if p.OnStep != nil {
		p.OnStep(ctx, date)
	}
	if slices.Index(p.Dates, date) == len(p.Dates)-1 {
		p.playing = false
		return
	}
	ctx.After(playStep, func(ctx app.Context) { p.step(ctx, seq, nextDate(p.Dates, date)) })
}

// nextDate returns the first of dates after current, or the first of all
// when none is after it ("" when there are no dates).
func nextDate(dates []string, current string) string {
	for _, d := range dates {
		if d > current {
			return d
		}
	}
	if len(dates) > 0 {
		return dates[0]
	}
	return ""
}
