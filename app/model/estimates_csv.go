package model

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// EstimateColumns are the CSV columns of WriteEstimatesCSV, named as the
// JSON fields of Estimate and EstimateRow.
var EstimateColumns = []string{"publication", "publisher", "date", "as_of", "url", "figure", "name", "metric", "unit",
	"year", "through_year", "published", "model", "base", "difference", "difference_pct", "base_difference",
	"base_difference_pct", "within_tolerance", "unstated", "why", "quote", "quote_url"}

// WriteEstimatesCSV writes one row per published figure, with a header.
func WriteEstimatesCSV(w io.Writer, es []Estimate) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(EstimateColumns); err != nil {
		return err
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	year := func(y int) string {
		if y == 0 {
			return ""
		}
		return strconv.Itoa(y)
	}
	txt := data.SpreadsheetCell
	for _, e := range es {
		for _, r := range e.Rows {
			row := []string{e.ID, txt(e.Publisher), e.Date.String(), e.AsOf.String(), txt(e.URL), r.Figure, txt(r.Name), r.Metric, txt(r.Unit),
				year(r.Year), year(r.ThroughYear), num(r.PublishedValue), num(r.ModelValue), num(r.BaseValue),
				num(r.Difference), num(r.DifferencePct), num(r.BaseDifference), num(r.BaseDifferencePct),
				strconv.FormatBool(r.Within), strings.Join(r.Unstated, ";"), txt(r.Why), txt(r.Quote), txt(r.URL)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
