package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/computeledger/computeledger/data"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// timelineEvent is one announcement or revision with its details.
type timelineEvent struct {
	Event
	// detail is the revision's summary; empty for an announcement.
	detail string
}

// timelineStep is one date of the ledger with events: the headline total
// after that date's events and its change from the date before.
type timelineStep struct {
	date      data.Date
	totalUSD  float64
	changeUSD float64
	events    []timelineEvent
}

// timelineCache keeps the steps of the last ledger seen: replaying the
// ledger takes one as-of view per date, and the steps do not depend on the
// date drawn up to. Like the models' cache, it relies on a ledger never
// changing once passed in.
var timelineCache struct {
	sync.Mutex
	ledger *data.Ledger
	steps  []timelineStep
}

// ledgerSteps returns every date of l with an announcement or a revision,
// in order, with the headline total (l.AsOf(date).Totals.CommitmentsUSD)
// after it.
func ledgerSteps(l *data.Ledger) []timelineStep {
	if l == nil {
		return nil
	}
	timelineCache.Lock()
	defer timelineCache.Unlock()
	if timelineCache.ledger == l {
		return timelineCache.steps
	}
	var events []timelineEvent
	byID := make(map[string]data.Deal, len(l.Deals))
	for _, d := range l.Deals {
		byID[d.ID] = d
		events = append(events, timelineEvent{Event: Event{Date: d.Announced, Kind: EventAnnouncement,
			Label: announcementLabel(d, true, true)}})
	}
	for _, r := range l.Revisions {
		events = append(events, timelineEvent{Event: Event{Date: r.Date, Kind: EventRevision,
			Label: revisionLabel(byID[r.DealID], r)}, detail: r.Summary})
	}
	slices.SortStableFunc(events, func(a, b timelineEvent) int {
		if c := a.Date.Compare(b.Date.Time); c != 0 {
			return c
		}
		return kindRank(a.Kind) - kindRank(b.Kind)
	})
	var steps []timelineStep
	prev := 0.0
	for _, e := range events {
		if e.Date.IsZero() {
			continue
		}
		if n := len(steps); n > 0 && steps[n-1].date.Equal(e.Date.Time) {
			steps[n-1].events = append(steps[n-1].events, e)
			continue
		}
		total := finite(l.AsOf(e.Date).Totals.CommitmentsUSD)
		steps = append(steps, timelineStep{date: e.Date, totalUSD: total, changeUSD: total - prev, events: []timelineEvent{e}})
		prev = total
	}
	timelineCache.ledger, timelineCache.steps = l, steps
	return steps
}

// stepsUpTo returns the steps of l dated on or before upTo.
func stepsUpTo(l *data.Ledger, upTo data.Date) []timelineStep {
	steps := ledgerSteps(l)
	n := 0
	for n < len(steps) && !steps[n].date.After(upTo) {
		n++
	}
	return steps[:n]
}

// timelineLabels is how many of the largest changes are labelled on the
// chart; the others are in their tooltips.
const timelineLabels = 6

// The names of the timeline's series.
const (
	seriesHeadline      = "Headline total"
	seriesAnnouncements = "Announcements"
	seriesRevisions     = "Revisions"
)

// timePoint is one point of a series on a time axis, with its own tooltip
// and, for the largest changes, a label.
type timePoint struct {
	Value   [2]any       `json:"value"`
	Tooltip *itemTooltip `json:"tooltip,omitempty"`
	Label   *opts.Label  `json:"label,omitempty"`
}

// Timeline returns every announcement and revision of l up to upTo on a
// time axis, and the headline total (l.AsOf(date).Totals.CommitmentsUSD,
// in billions of US dollars) as a step line that changes after each event
// and runs on to upTo. Each event's tooltip says what happened and how the
// total changed from the date before; the largest changes are labelled.
// The totals are computed once per ledger (l must not change afterwards).
func Timeline(l *data.Ledger, upTo data.Date) Optioner {
	steps := stepsUpTo(l, upTo)
	line := make([][2]any, 0, len(steps)+1)
	var announced, revised []timePoint
	labelled := largestChanges(steps, timelineLabels)
	for i, st := range steps {
		date := st.date.String()
		total := BillionsUSD(st.totalUSD)
		line = append(line, [2]any{date, total})
		textA, firstA := stepText(st, EventAnnouncement)
		textR, firstR := stepText(st, EventRevision)
		if textA != "" {
			p := timePoint{Value: [2]any{date, total}, Tooltip: &itemTooltip{Formatter: textA}}
			if labelled[i] {
				p.Label = &opts.Label{Show: opts.Bool(true), Formatter: plainText(firstA)}
			}
			announced = append(announced, p)
		}
		if textR != "" {
			p := timePoint{Value: [2]any{date, total}, Tooltip: &itemTooltip{Formatter: textR}}
			if labelled[i] && textA == "" {
				p.Label = &opts.Label{Show: opts.Bool(true), Formatter: plainText(firstR)}
			}
			revised = append(revised, p)
		}
	}
	if n := len(steps); n > 0 && upTo.After(steps[n-1].date) {
		line = append(line, [2]any{upTo.String(), BillionsUSD(steps[n-1].totalUSD)})
	}
	stepLine := series{Name: seriesHeadline, Type: "line", Step: "end", Symbol: "none", Data: line,
		ItemStyle: colored(0), LineStyle: &opts.LineStyle{Width: 2}, AreaStyle: &opts.AreaStyle{Opacity: opts.Float(0.08)},
		Tooltip: noTooltip, MarkLine: claimLines(l, upTo)}
	eventLabel := &opts.Label{Position: "top", FontSize: 10}
	points := []series{
		{Name: seriesAnnouncements, Type: "scatter", Symbol: "circle", SymbolSize: 9, Data: announced,
			ItemStyle: colored(1), Label: eventLabel, LabelLayout: &opts.LabelLayout{HideOverlap: opts.Bool(true)}},
		{Name: seriesRevisions, Type: "scatter", Symbol: "diamond", SymbolSize: 11, Data: revised,
			ItemStyle: colored(4), Label: eventLabel, LabelLayout: &opts.LabelLayout{HideOverlap: opts.Bool(true)}},
	}
	ss := append([]series{stepLine}, points...)
	for i := range ss {
		if ss[i].Data == nil {
			ss[i].Data = []timePoint{}
		}
	}
	h := header{
		title: "How the headline total changed",
		subtitle: []string{"US$ billion committed, overlaps removed", "up to " + upTo.String(),
			emptyNote(len(steps) == 0, "no events yet")},
		summary: TimelineSummary(l, upTo),
		legend:  []string{seriesHeadline, seriesAnnouncements, seriesRevisions},
	}
	x := axis{XAxis: opts.XAxis{Type: "time"}}
	if len(steps) > 0 {
		// Room before the first event for its label.
		first := steps[0].date.Time
		span := max(upTo.Sub(first), 0)
		x.Min = data.Date{Time: first.Add(-max(span/30, 7*24*time.Hour))}.String()
	}
	x.AxisLabel = &axisLabel{HideOverlap: true}
	tt := itemTooltipOpts()
	tt.ExtraCSSText = "max-width:320px;white-space:normal"
	sp := &spec{series: ss, tooltip: tt, xAxis: []axis{x}, yAxis: []axis{namedValueAxis("${value}B", "US$ billion committed")}}
	return newRectChart(h, sp, singleGrid(h.contentTop()+16+axisNamePX))
}

// claimLines returns the reference lines of the headline claim: a
// vertical line on each date it was made (data.ClaimEvents) up to upTo,
// and a horizontal one at the claimed total (the headline_commitments_usd
// assumption), so that the ledger's total reads against it; nil when
// there is neither.
func claimLines(l *data.Ledger, upTo data.Date) *markLine {
	var items []markLineItem
	for _, c := range data.ClaimEvents {
		if c.Date.After(upTo) {
			continue
		}
		items = append(items, markLineItem{Name: c.Label, XAxis: c.Date.String(),
			// Along the line from its foot: the events' labels are at the
			// top, by the headline line.
			Label: &opts.Label{Show: opts.Bool(true), Position: "insideStartTop", Formatter: plainText(c.Date.Format("2 Jan") + ": " + c.Label), FontSize: 10}})
	}
	if l != nil {
		if a, err := l.Assumption("headline_commitments_usd"); err == nil && a.Value > 0 {
			items = append(items, markLineItem{Name: "The claim", YAxis: BillionsUSD(a.Value),
				Label: &opts.Label{Show: opts.Bool(true), Position: "insideStartTop", Formatter: plainText("Claimed ~" + FormatUSD(a.Value))}})
		}
	}
	if len(items) == 0 {
		return nil
	}
	return &markLine{Symbol: []string{"none", "none"}, Silent: true, LineStyle: greyDashed(), Data: items}
}

// largestChanges marks the n steps whose total changed most.
func largestChanges(steps []timelineStep, n int) map[int]bool {
	idx := make([]int, len(steps))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Compare(math.Abs(steps[b].changeUSD), math.Abs(steps[a].changeUSD))
	})
	out := map[int]bool{}
	for _, i := range idx[:min(n, len(idx))] {
		if steps[i].changeUSD != 0 {
			out[i] = true
		}
	}
	return out
}

// stepText returns the tooltip of a step's events of one kind (HTML
// escaped, lines joined with <br/>) and the first event's label; "" when
// the step has no event of that kind.
func stepText(st timelineStep, kind string) (string, string) {
	var lines []string
	first := ""
	for _, e := range st.events {
		if e.Kind != kind {
			continue
		}
		if first == "" {
			first = e.Label
		}
		line := "<b>" + tooltipText(e.Label) + "</b>"
		if e.detail != "" {
			line += ": " + tooltipText(e.detail)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return "", ""
	}
	head := st.date.String()
	foot := fmt.Sprintf("Total %s (%s)", FormatUSD(st.totalUSD), signedUSD(st.changeUSD))
	return head + "<br/>" + strings.Join(lines, "<br/>") + "<br/>" + foot, first
}

// TimelineSummary returns the timeline in words: how many events up to
// upTo, how the headline total moved and the largest single change.
func TimelineSummary(l *data.Ledger, upTo data.Date) string {
	steps := stepsUpTo(l, upTo)
	if len(steps) == 0 {
		return fmt.Sprintf("No deal was announced by %s.", upTo)
	}
	ann, rev := 0, 0
	for _, st := range steps {
		for _, e := range st.events {
			if e.Kind == EventAnnouncement {
				ann++
			} else {
				rev++
			}
		}
	}
	first, lastStep := steps[0], steps[len(steps)-1]
	s := fmt.Sprintf("From %s to %s, %d announcements and %d revisions took the headline total from %s to %s.",
		first.date, lastStep.date, ann, rev, FormatUSD(first.totalUSD), FormatUSD(lastStep.totalUSD))
	big := steps[0]
	for _, st := range steps[1:] {
		if math.Abs(st.changeUSD) > math.Abs(big.changeUSD) {
			big = st
		}
	}
	labels := make([]string, len(big.events))
	for i, e := range big.events {
		labels[i] = e.Label
	}
	s += fmt.Sprintf(" The largest change was %s on %s (%s).", signedUSD(big.changeUSD), big.date, strings.Join(labels, ", "))
	return s
}

// TimelineDates returns every date of l with an announcement or a
// revision, in order: the dates the timeline steps through.
func TimelineDates(l *data.Ledger) []data.Date {
	steps := ledgerSteps(l)
	out := make([]data.Date, len(steps))
	for i, st := range steps {
		out[i] = st.date
	}
	return out
}
