package data

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// viewJSON is the JSON form of a View: the contract of
// `computeledger ledger -format json`.
type viewJSON struct {
	AsOf           Date            `json:"as_of"`
	Deals          []dealJSON      `json:"deals"`
	Totals         Totals          `json:"totals"`
	Reconciliation *Reconciliation `json:"reconciliation"`
	Applied        []Revision      `json:"applied"`
}

// WriteJSON writes the view as one indented JSON object with the keys
// as_of, deals, totals, reconciliation and applied (see data/README.md).
func (v View) WriteJSON(w io.Writer) error {
	out := viewJSON{AsOf: v.AsOf, Deals: make([]dealJSON, len(v.Deals)), Totals: v.Totals, Reconciliation: v.Reconciliation, Applied: v.Applied}
	for i, d := range v.Deals {
		out.Deals[i] = toDealJSON(d, ptr(i < len(v.inTotals) && v.inTotals[i]))
	}
	if out.Applied == nil {
		out.Applied = []Revision{}
	}
	if out.Totals.Undisclosed == nil {
		out.Totals.Undisclosed = []string{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteCSV writes one row per deal, after a header row of the columns
// ParseDealsCSV reads (plus the output-only in_totals and as_of).
func (v View) WriteCSV(w io.Writer) error {
	maxSources := 1
	for _, d := range v.Deals {
		maxSources = max(maxSources, len(d.Sources))
	}
	header := append([]string(nil), dealColumns...)
	header = append(header, "in_totals", "as_of")
	header = append(header, sourceHeader(maxSources)...)
	header = append(header, dealLaterColumns...)
	header = append(header, qualityHeader(maxSources)...)
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for i, d := range v.Deals {
		row := dealRow(d)
		row = append(row, strconv.FormatBool(i < len(v.inTotals) && v.inTotals[i]), v.AsOf.String())
		for k := 0; k < maxSources; k++ {
			if k < len(d.Sources) {
				s := d.Sources[k]
				row = append(row, s.URL, s.Publisher, s.Date.String(), s.Supports, formatList(s.Fields))
			} else {
				row = append(row, "", "", "", "", "")
			}
		}
		row = append(row, d.SourcingNote)
		row = append(row, chipSupplierCells(d)...)
		for k := 0; k < maxSources; k++ {
			if k < len(d.Sources) {
				row = append(row, string(d.Sources[k].Quality))
			} else {
				row = append(row, "")
			}
		}
		for k := range row {
			row[k] = spreadsheetCell(row[k])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Summary writes the totals on two lines of text: the commitments with the
// estimated share, and their split by source quality (the CLI prints it
// beside a CSV export, which has no room for totals).
func (t Totals) Summary() string {
	q := t.BySourceQualityUSD
	s := fmt.Sprintf("totals: commitments_usd=%s disclosed_usd=%s estimated_usd=%s estimated_share=%s capacity_gw=%s\n"+
		"totals.by_source_quality_usd: primary=%s press=%s secondary=%s",
		formatOptional(&t.CommitmentsUSD), formatOptional(&t.DisclosedUSD), formatOptional(&t.EstimatedUSD),
		strconv.FormatFloat(t.EstimatedShare, 'f', 4, 64), formatOptional(&t.CapacityGW),
		formatOptional(&q.Primary), formatOptional(&q.Press), formatOptional(&q.Secondary))
	if q.Ungraded != 0 {
		s += " ungraded=" + formatOptional(&q.Ungraded)
	}
	return s + "\n"
}

// sourceHeader returns the source column groups: source_url, ...,
// source2_url, ...
func sourceHeader(n int) []string {
	var h []string
	for k := 1; k <= n; k++ {
		prefix := "source"
		if k > 1 {
			prefix += strconv.Itoa(k)
		}
		for _, f := range sourceColumnFields {
			h = append(h, prefix+"_"+f)
		}
	}
	return h
}

// qualityHeader returns the quality column of each source group:
// source_quality, source2_quality, ...
func qualityHeader(n int) []string {
	var h []string
	for k := 1; k <= n; k++ {
		prefix := "source"
		if k > 1 {
			prefix += strconv.Itoa(k)
		}
		h = append(h, prefix+"_quality")
	}
	return h
}

// dealRow writes a deal's cells in dealColumns order.
func dealRow(d Deal) []string {
	var src Source
	date := ""
	if d.CapexCarrierSource != nil {
		src = *d.CapexCarrierSource
		date = src.Date.String()
	}
	return []string{
		d.ID, d.Counterparty, string(d.Kind), string(d.Status), string(d.Direction), d.Announced.String(),
		formatOptional(d.ValueUSD), formatOptional(d.ValueLowUSD), formatOptional(d.ValueHighUSD),
		strconv.FormatBool(d.Estimated), d.EstimateMethod, d.EstimateAssumption,
		formatYear(d.StartYear), formatYear(d.EndYear), formatOptional(d.CapacityGW),
		d.ChipFamily, formatList(d.Sites), formatYear(d.FirstCapacityYear), d.CountedIn,
		string(d.CapexCarrier), src.URL, src.Publisher, date, src.Supports,
		string(d.Confidence), d.Notes,
	}
}

// chipSupplierCells writes a deal's chip_supplier columns (see
// dealLaterColumns).
func chipSupplierCells(d Deal) []string {
	if d.ChipSupplierSource == nil {
		return []string{d.ChipSupplier, "", "", "", ""}
	}
	s := *d.ChipSupplierSource
	return []string{d.ChipSupplier, s.URL, s.Publisher, s.Date.String(), s.Supports}
}

func formatOptional(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func formatYear(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}
