package data

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// publicationsFile is the embedded file of published analyses.
const publicationsFile = "publications.json"

//go:embed publications.json
var publicationsJSON []byte

// Publication is a published analysis of OpenAI's compute plan that the
// models reproduce: the assumptions it states (as scenario parameters, each
// with its quote) and the figures it publishes (each with its quote).
type Publication struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	// Label names the publication in a list of presets ("HSBC, Nov
	// 2025").
	Label string `json:"label,omitempty"`
	// Date is when the analysis was published; AsOf the ledger date its
	// reproduction uses (the deals known then).
	Date    Date          `json:"date"`
	AsOf    Date          `json:"as_of"`
	URL     string        `json:"url"`
	Quality SourceQuality `json:"quality"`
	Notes   string        `json:"notes,omitempty"`
	// Params are the scenario parameters the publication states; every
	// other parameter takes the base preset's value.
	Params []StatedParam `json:"params"`
	// Figures are the published figures to reproduce.
	Figures []PublishedFigure `json:"figures"`
}

// StatedParam is one scenario parameter (a query key and value of a shared
// link) that a publication states, with the quote that states it.
type StatedParam struct {
	Param string `json:"param"`
	Value string `json:"value"`
	Quote string `json:"quote"`
	URL   string `json:"url"`
	// Note says how the quote gives the value (a division, a reading).
	Note string `json:"note,omitempty"`
}

// PublishedFigure is one figure a publication gives, to set beside the
// model's figure under the publication's assumptions.
type PublishedFigure struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Metric names the model figure it is compared with (app/model lists
	// the metrics); Year picks one year of it, ThroughYear sums it up to
	// and including that year, neither takes the scenario's total.
	Metric      string  `json:"metric"`
	Value       float64 `json:"value"`
	Unit        string  `json:"unit"`
	Year        int     `json:"year,omitempty"`
	ThroughYear int     `json:"through_year,omitempty"`
	Quote       string  `json:"quote"`
	URL         string  `json:"url"`
	// Unstated lists the parameters the publication does not state that
	// explain a miss, and Why says how; both are empty for a figure the
	// reproduction is expected to meet.
	Unstated []string `json:"unstated,omitempty"`
	Why      string   `json:"why,omitempty"`
}

// Param returns the stated parameter with the given query key.
func (p Publication) Param(key string) (StatedParam, bool) {
	for _, s := range p.Params {
		if s.Param == key {
			return s, true
		}
	}
	return StatedParam{}, false
}

var publications struct {
	once sync.Once
	list []Publication
	err  error
}

// Publications returns the embedded published analyses, parsed and
// validated once; callers must not change the returned records.
func Publications() ([]Publication, error) {
	publications.once.Do(func() {
		publications.list, publications.err = ParsePublications(publicationsFile, publicationsJSON)
	})
	return publications.list, publications.err
}

// PublicationByID returns the embedded publication with the given id.
func PublicationByID(id string) (Publication, bool) {
	list, err := Publications()
	if err != nil {
		return Publication{}, false
	}
	for _, p := range list {
		if p.ID == id {
			return p, true
		}
	}
	return Publication{}, false
}

// ParsePublications reads and validates a JSON array of publications.
// Errors are RecordErrors naming the file, the publication and the field.
func ParsePublications(file string, raw []byte) ([]Publication, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var list []Publication
	if err := dec.Decode(&list); err != nil {
		return nil, &RecordError{File: file, Problem: err.Error(), Expected: "a JSON array of publication objects", Err: ErrSyntax}
	}
	seen := map[string]bool{}
	for i, p := range list {
		if err := p.validate(file, i); err != nil {
			return nil, err
		}
		if seen[p.ID] {
			return nil, &RecordError{File: file, Record: fmt.Sprintf("publication %q", p.ID), Field: "id", Problem: "a second publication with this id", Expected: "unique ids", Err: ErrDuplicateID}
		}
		seen[p.ID] = true
	}
	return list, nil
}

// validate checks one publication: ids, dates, a web address and a quote
// for every figure and parameter, no parameter stated twice, and every
// unstated parameter named by a figure really not stated.
func (p Publication) validate(file string, i int) error {
	rec := fmt.Sprintf("publication #%d", i+1)
	if p.ID != "" {
		rec = fmt.Sprintf("publication %q", p.ID)
	}
	bad := func(field string, sentinel error, problem, expected string) error {
		return &RecordError{File: file, Record: rec, Field: field, Problem: problem, Expected: expected, Err: sentinel}
	}
	var idErr error
	checkID(p.ID, func(field string, sentinel error, problem, expected string) {
		idErr = bad(field, sentinel, problem, expected)
	})
	switch {
	case idErr != nil:
		return idErr
	case strings.TrimSpace(p.Title) == "":
		return bad("title", ErrMissingField, "title is empty", "the publication's title")
	case strings.TrimSpace(p.Publisher) == "":
		return bad("publisher", ErrMissingField, "publisher is empty", "who published the analysis")
	case p.Date.IsZero():
		return bad("date", ErrBadDate, "date is missing", "the publication date as YYYY-MM-DD")
	case p.AsOf.IsZero():
		return bad("as_of", ErrBadDate, "as_of is missing", "the ledger date of the reproduction as YYYY-MM-DD")
	case !webAddress(p.URL):
		return bad("url", ErrMissingSource, fmt.Sprintf("%q is not a web address", p.URL), "an http or https URL")
	case p.Quality.rank() == 0:
		return bad("quality", ErrBadValue, fmt.Sprintf("%q is not a source quality", p.Quality), "primary, press or secondary")
	case len(p.Figures) == 0:
		return bad("figures", ErrMissingField, "no published figure", "at least one figure to reproduce")
	}
	stated := map[string]bool{}
	for j, s := range p.Params {
		field := fmt.Sprintf("params[%d]", j)
		switch {
		case strings.TrimSpace(s.Param) == "":
			return bad(field+".param", ErrMissingField, "param is empty", "a query parameter of the model")
		case stated[s.Param]:
			return bad(field+".param", ErrDuplicateID, fmt.Sprintf("%q is stated twice", s.Param), "each parameter once")
		case strings.TrimSpace(s.Value) == "":
			return bad(field+".value", ErrMissingField, "value is empty", "the value the publication states")
		case strings.TrimSpace(s.Quote) == "":
			return bad(field+".quote", ErrMissingSource, "quote is empty", "the words that state the value")
		case !webAddress(s.URL):
			return bad(field+".url", ErrMissingSource, fmt.Sprintf("%q is not a web address", s.URL), "the page the quote is from")
		}
		stated[s.Param] = true
	}
	figIDs := map[string]bool{}
	for j, f := range p.Figures {
		field := fmt.Sprintf("figures[%d]", j)
		var idErr error
		checkID(f.ID, func(sub string, sentinel error, problem, expected string) {
			idErr = bad(field+"."+sub, sentinel, problem, expected)
		})
		switch {
		case idErr != nil:
			return idErr
		case figIDs[f.ID]:
			return bad(field+".id", ErrDuplicateID, fmt.Sprintf("%q is used twice", f.ID), "unique figure ids")
		case strings.TrimSpace(f.Name) == "":
			return bad(field+".name", ErrMissingField, "name is empty", "what the figure is")
		case strings.TrimSpace(f.Metric) == "":
			return bad(field+".metric", ErrMissingField, "metric is empty", "the model figure to compare with")
		case math.IsNaN(f.Value) || math.IsInf(f.Value, 0) || f.Value == 0:
			return bad(field+".value", ErrBadValue, fmt.Sprintf("%v is not a published figure", f.Value), "a finite, non-zero number")
		case strings.TrimSpace(f.Unit) == "":
			return bad(field+".unit", ErrMissingField, "unit is empty", "USD, USD/year, GW, ...")
		case f.Year != 0 && f.ThroughYear != 0:
			return bad(field+".year", ErrBadRange, "both year and through_year are set", "one of them, or neither for a total")
		case strings.TrimSpace(f.Quote) == "":
			return bad(field+".quote", ErrMissingSource, "quote is empty", "the words that give the figure")
		case !webAddress(f.URL):
			return bad(field+".url", ErrMissingSource, fmt.Sprintf("%q is not a web address", f.URL), "the page the quote is from")
		case len(f.Unstated) > 0 && strings.TrimSpace(f.Why) == "":
			return bad(field+".why", ErrMissingField, "unstated parameters without a why", "how the unstated parameters explain a miss")
		case len(f.Unstated) == 0 && f.Why != "":
			return bad(field+".unstated", ErrMissingField, "a why without unstated parameters", "the parameters the publication does not state")
		}
		for _, u := range f.Unstated {
			if stated[u] {
				return bad(field+".unstated", ErrBadValue, fmt.Sprintf("%q is stated by the publication", u), "parameters the publication does not state")
			}
		}
		if slices.Contains(f.Unstated, "") {
			return bad(field+".unstated", ErrMissingField, "an empty parameter name", "query parameters of the model")
		}
		figIDs[f.ID] = true
	}
	return nil
}

// webAddress reports whether s is an http or https URL with a host.
func webAddress(s string) bool {
	u, err := url.Parse(s)
	return s != "" && err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// SpreadsheetCell returns s as a CSV text cell that a spreadsheet shows as
// text and never runs as a formula (the rule of the ledger's own CSV).
func SpreadsheetCell(s string) string { return spreadsheetCell(s) }
