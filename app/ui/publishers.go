package ui

import (
	"slices"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// PublisherDate is one publisher behind a view's figures: its name, the
// date of its latest source there, the best grade of its sources and how
// many of them the view cites.
type PublisherDate struct {
	Publisher string
	Date      data.Date
	Quality   data.SourceQuality
	Sources   int
}

// Publishers returns the publishers of the sources of the view's deals and
// of the revisions applied to them, dated on or before the view's date,
// each once: the companies themselves and filings first, then the press,
// then other sites (data.SourceQuality), within each the most often cited
// first, ties by name. The export footers and the embed pages name them in
// this order.
func Publishers(v data.View) []PublisherDate {
	byName := map[string]*PublisherDate{}
	add := func(ss []data.Source) {
		for _, s := range ss {
			name := strings.TrimSpace(s.Publisher)
			if name == "" || !v.AsOf.IsZero() && s.Date.After(v.AsOf) {
				continue
			}
			p := byName[name]
			if p == nil {
				p = &PublisherDate{Publisher: name, Date: s.Date, Quality: s.Quality}
				byName[name] = p
			}
			p.Sources++
			if s.Date.After(p.Date) {
				p.Date = s.Date
			}
			if qualityRank(s.Quality) < qualityRank(p.Quality) {
				p.Quality = s.Quality
			}
		}
	}
	for _, d := range v.Deals {
		add(d.Sources)
	}
	for _, r := range v.Applied {
		add(r.Sources)
	}
	out := make([]PublisherDate, 0, len(byName))
	for _, p := range byName {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b PublisherDate) int {
		switch ra, rb := qualityRank(a.Quality), qualityRank(b.Quality); {
		case ra != rb:
			return ra - rb
		case a.Sources != b.Sources:
			return b.Sources - a.Sources
		}
		return strings.Compare(a.Publisher, b.Publisher)
	})
	return out
}

// qualityRank orders the grades of sources, the best first; an ungraded
// source comes last.
func qualityRank(q data.SourceQuality) int {
	if i := slices.Index(data.SourceQualities, q); i >= 0 {
		return i
	}
	return len(data.SourceQualities)
}
