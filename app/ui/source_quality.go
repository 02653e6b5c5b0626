package ui

import (
	"strings"

	"github.com/computeledger/computeledger/data"
)

// sourceLabel writes a source's date, quality and the figures it supports,
// e.g. "2025-11-04, press; value_usd, end_year".
func sourceLabel(s data.Source) string {
	label := s.Date.String()
	if s.Quality != "" {
		label += ", " + string(s.Quality)
	}
	if len(s.Fields) > 0 {
		label += "; " + strings.Join(s.Fields, ", ")
	}
	return label
}

// sourceQualityTile shows how much of the commitments rests on primary,
// press and secondary sources, and the share estimated.
func sourceQualityTile(t data.Totals) Tile {
	q := t.BySourceQualityUSD
	note := formatUSD(q.Primary) + " primary, " + formatUSD(q.Press) + " press, " + formatUSD(q.Secondary) + " secondary"
	if q.Ungraded != 0 {
		note += ", " + formatUSD(q.Ungraded) + " ungraded"
	}
	return Tile{Label: "Sourcing of the dollars", Value: formatPercent(t.EstimatedShare) + " estimated", Note: note}
}
