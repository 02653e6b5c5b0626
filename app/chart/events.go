package chart

import (
	"slices"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// Event is a dated annotation on a time axis: an announcement or a revision.
type Event struct {
	Date  data.Date
	Label string // short, e.g. "AWS $38B" or "Nvidia LOI → $30B stake"
	Kind  string // "announcement" or "revision"
}

// The kinds of Event.
const (
	EventAnnouncement = "announcement"
	EventRevision     = "revision"
)

// EventsFromView returns the announcements of the view's deals and its
// applied revisions, in date order (announcements first within a day). An
// announcement's label gives the figure first announced; a figure a later
// revision changed is left out, since the view holds only the revised
// one.
func EventsFromView(v data.View) []Event {
	valueRevised := map[string]bool{}
	capacityRevised := map[string]bool{}
	for _, r := range v.Applied {
		if r.ValueUSD != nil {
			valueRevised[r.DealID] = true
		}
		if r.CapacityGW != nil {
			capacityRevised[r.DealID] = true
		}
	}
	events := make([]Event, 0, len(v.Deals)+len(v.Applied))
	byID := make(map[string]data.Deal, len(v.Deals))
	for _, d := range v.Deals {
		byID[d.ID] = d
		events = append(events, Event{Date: d.Announced, Kind: EventAnnouncement,
			Label: announcementLabel(d, !valueRevised[d.ID], !capacityRevised[d.ID])})
	}
	for _, r := range v.Applied {
		events = append(events, Event{Date: r.Date, Kind: EventRevision, Label: revisionLabel(byID[r.DealID], r)})
	}
	sortEvents(events)
	return events
}

// sortEvents orders events by date, announcements before revisions on the
// same day, otherwise keeping their order.
func sortEvents(events []Event) {
	slices.SortStableFunc(events, func(a, b Event) int {
		if c := a.Date.Compare(b.Date.Time); c != 0 {
			return c
		}
		return kindRank(a.Kind) - kindRank(b.Kind)
	})
}

func kindRank(kind string) int {
	if kind == EventAnnouncement {
		return 0
	}
	return 1
}

// dealName returns the short name of a deal's counterparty, with "stake"
// for money into OpenAI: "AWS", "Nvidia stake".
func dealName(d data.Deal) string {
	name := ShortLabel(d.Counterparty)
	if name == "" {
		name = d.ID
	}
	if d.Direction == data.DirectionInflow {
		name += " stake"
	}
	return name
}

// announcementLabel labels a deal's announcement with its headline figure:
// the published value, else the capacity, else an estimated value ("~").
// valueKnown and capacityKnown say whether the deal's figures are still
// the ones announced.
func announcementLabel(d data.Deal, valueKnown, capacityKnown bool) string {
	fig := ""
	switch {
	case valueKnown && d.ValueUSD != nil && !d.Estimated && *d.ValueUSD > 0:
		fig = shortUSD(*d.ValueUSD)
	case capacityKnown && d.CapacityGW != nil && *d.CapacityGW > 0:
		fig = gwLabel(*d.CapacityGW)
	case valueKnown && d.ValueUSD != nil && *d.ValueUSD > 0:
		fig = "~" + shortUSD(*d.ValueUSD)
	}
	if fig == "" {
		return dealName(d)
	}
	return dealName(d) + " " + fig
}

// revisionLabel labels a revision with what it changed: "Oracle → $300B",
// "Nvidia superseded", "Microsoft amended".
func revisionLabel(d data.Deal, r data.Revision) string {
	if d.ID == "" {
		d.ID = r.DealID
	}
	var parts []string
	switch {
	case r.ValueUSD != nil:
		parts = append(parts, "→ "+shortUSD(*r.ValueUSD))
	case r.CapacityGW != nil:
		parts = append(parts, "→ "+gwLabel(*r.CapacityGW))
	}
	if r.Status != nil && (len(parts) == 0 || !r.Status.Active()) {
		parts = append(parts, statusWord(*r.Status))
	}
	if len(parts) == 0 {
		parts = append(parts, "revised")
	}
	return dealName(d) + " " + strings.Join(parts, " ")
}

// statusWord says a status in one short word.
func statusWord(s data.Status) string {
	switch s {
	case data.StatusLetterOfIntent:
		return "LOI"
	case data.StatusDefinitive:
		return "signed"
	}
	return string(s)
}

// gwLabel writes a capacity without trailing zeros: "10 GW", "0.23 GW".
func gwLabel(gw float64) string {
	return strconv.FormatFloat(round(gw, 2), 'f', -1, 64) + " GW"
}

// yearEvents is the events of one year, for a year axis.
type yearEvents struct {
	year          int
	labels        []string
	announcements int
	revisions     int
}

// label returns the year's marker text: the event itself when there is
// one, else the counts.
func (y yearEvents) label() string {
	if len(y.labels) == 1 {
		return y.labels[0]
	}
	var parts []string
	if y.announcements > 0 {
		parts = append(parts, strconv.Itoa(y.announcements)+" announced")
	}
	if y.revisions > 0 {
		parts = append(parts, strconv.Itoa(y.revisions)+" revised")
	}
	return strings.Join(parts, ", ")
}

// eventsByYear groups events by calendar year, in year order, keeping only
// the years in [first, last].
func eventsByYear(events []Event, first, last int) []yearEvents {
	var out []yearEvents
	for _, e := range events {
		y := e.Date.Year()
		if e.Date.IsZero() || y < first || y > last {
			continue
		}
		i := slices.IndexFunc(out, func(g yearEvents) bool { return g.year == y })
		if i < 0 {
			out = append(out, yearEvents{year: y})
			i = len(out) - 1
		}
		out[i].labels = append(out[i].labels, e.Label)
		if e.Kind == EventRevision {
			out[i].revisions++
		} else {
			out[i].announcements++
		}
	}
	slices.SortStableFunc(out, func(a, b yearEvents) int { return a.year - b.year })
	return out
}
