package model

import (
	"fmt"
	"slices"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// PublicationPresetNames lists the presets built from published analyses
// (data/publications.json), in the file's order: each takes the base
// preset as of the publication's date and changes only the parameters the
// publication states.
func PublicationPresetNames() []string {
	list, err := data.Publications()
	if err != nil {
		return nil
	}
	out := make([]string, len(list))
	for i, p := range list {
		out[i] = p.ID
	}
	return out
}

// AllPresetNames lists the model's presets (PresetNames) followed by the
// publications' presets.
func AllPresetNames() []string {
	return append(slices.Clone(PresetNames), PublicationPresetNames()...)
}

// IsPreset reports whether name is a preset or a publication's preset.
func IsPreset(name string) bool {
	if slices.Contains(PresetNames, name) {
		return true
	}
	_, ok := data.PublicationByID(name)
	return ok
}

// PresetDescription returns the one-sentence description of a preset, or
// for a publication's preset its title and publisher.
func PresetDescription(name string) string {
	if d, ok := PresetDescriptions[name]; ok {
		return d
	}
	if p, ok := data.PublicationByID(name); ok {
		return "The base case as of " + p.AsOf.String() + " with only the assumptions " + p.Publisher + " states in “" + p.Title + "” (" + p.Date.String() + ")."
	}
	return ""
}

// applyStated sets the parameters a publication states on s (the base
// preset as of the publication's date) and names the preset after it.
func (s *Scenario) applyStated(l *data.Ledger, pub data.Publication) error {
	v, err := prepare(l, s.AsOf)
	if err != nil {
		return err
	}
	s.Preset = pub.ID
	for _, p := range pub.Params {
		if pr := applyParam(s, v, p.Param, p.Value); pr != nil {
			return fmt.Errorf("%w: publication %s states %s=%s: %w", ErrLedger, pub.ID, p.Param, p.Value, pr)
		}
	}
	return nil
}

// EstimateTolerance is how far (as a fraction of the published figure) a
// reproduction may land from it before the comparison names the
// unstated assumption that explains the miss.
const EstimateTolerance = 0.15

// The metrics a published figure can be compared with. A flow (spend,
// revenue, gap) takes one year with Year, the sum up to and including
// ThroughYear, or the whole horizon; a stock (funding need, capacity
// online) needs a Year; a total takes neither.
const (
	FigureCapacityContractedGW  = "capacity_contracted_gw"    // Totals.CapacityGW
	FigureCommitmentsUSD        = "commitments_usd"           // Totals.CommitmentsUSD
	FigureRentAtFullCapacityUSD = "rent_at_full_capacity_usd" // Totals.CapacityGW x the scenario's rent per GW-year
	FigureSpendUSD              = "spend_usd"                 // YearRow.SpendUSD
	FigureRevenueUSD            = "revenue_usd"               // YearRow.RevenueUSD
	FigureFundingGapUSD         = "funding_gap_usd"           // YearRow.FundingGapUSD
	FigureFundingNeedUSD        = "funding_need_usd"          // YearRow.FundingNeedUSD
	FigureCapacityOnlineGW      = "capacity_gw"               // YearRow.CapacityGW
	metricNeedsAYear            = "needs a year"
	metricTakesNoYear           = "takes no year"
)

// FigureMetrics lists the metrics a published figure may name.
var FigureMetrics = []string{FigureCapacityContractedGW, FigureCommitmentsUSD, FigureRentAtFullCapacityUSD,
	FigureSpendUSD, FigureRevenueUSD, FigureFundingGapUSD, FigureFundingNeedUSD, FigureCapacityOnlineGW}

// Estimate is one publication reproduced: its stated assumptions, the
// parameters it leaves at base, and one row per published figure.
type Estimate struct {
	ID        string             `json:"id"`
	Title     string             `json:"title"`
	Publisher string             `json:"publisher"`
	Date      data.Date          `json:"date"`
	AsOf      data.Date          `json:"as_of"`
	URL       string             `json:"url"`
	Quality   data.SourceQuality `json:"quality"`
	Notes     string             `json:"notes,omitempty"`
	// Query is the link query of the publication's preset (preset=ID):
	// every view opens it.
	Query string `json:"query"`
	// Stated are the parameters the publication states; NotStated the
	// model's other parameters, which take the base preset's value (per-deal
	// overrides and per-family kW stay the ledger's too).
	Stated    []data.StatedParam `json:"stated"`
	NotStated []string           `json:"not_stated"`
	Rows      []EstimateRow      `json:"rows"`
}

// EstimateRow compares one published figure with the model under the
// publication's assumptions and under base, both as of the publication's
// ledger date.
type EstimateRow struct {
	Publication string `json:"publication"`
	Figure      string `json:"figure"`
	Name        string `json:"name"`
	Metric      string `json:"metric"`
	Unit        string `json:"unit"`
	Year        int    `json:"year,omitempty"`
	ThroughYear int    `json:"through_year,omitempty"`
	// PublishedValue is the publication's figure; ModelValue the model's
	// under its assumptions; BaseValue the model's under base.
	PublishedValue float64 `json:"published"`
	ModelValue     float64 `json:"model"`
	BaseValue      float64 `json:"base"`
	// Difference is ModelValue - PublishedValue, DifferencePct that as a
	// fraction of PublishedValue; BaseDifference(Pct) the same for base.
	Difference        float64 `json:"difference"`
	DifferencePct     float64 `json:"difference_pct"`
	BaseDifference    float64 `json:"base_difference"`
	BaseDifferencePct float64 `json:"base_difference_pct"`
	// Within reports |DifferencePct| <= EstimateTolerance.
	Within bool `json:"within_tolerance"`
	// Unstated and Why name the assumptions the publication does not state
	// that explain a miss (empty when Within).
	Unstated []string `json:"unstated,omitempty"`
	Why      string   `json:"why"`
	Quote    string   `json:"quote"`
	URL      string   `json:"url"`
}

// Estimates reproduces every embedded publication on ledger l.
func Estimates(l *data.Ledger) ([]Estimate, error) {
	list, err := data.Publications()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLedger, err)
	}
	out := make([]Estimate, 0, len(list))
	for _, p := range list {
		e, err := estimate(l, p)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// EstimateFor reproduces the publication with the given id; ok is false
// when no publication has it.
func EstimateFor(l *data.Ledger, id string) (e Estimate, ok bool, err error) {
	p, ok := data.PublicationByID(id)
	if !ok {
		return Estimate{}, false, nil
	}
	e, err = estimate(l, p)
	return e, true, err
}

func estimate(l *data.Ledger, p data.Publication) (Estimate, error) {
	s, err := Preset(l, p.ID, p.AsOf)
	if err != nil {
		return Estimate{}, err
	}
	b, err := Preset(l, PresetBase, p.AsOf)
	if err != nil {
		return Estimate{}, err
	}
	rs, err := Run(l, s)
	if err != nil {
		return Estimate{}, fmt.Errorf("publication %s: %w", p.ID, err)
	}
	rb, err := Run(l, b)
	if err != nil {
		return Estimate{}, fmt.Errorf("publication %s, base: %w", p.ID, err)
	}
	e := Estimate{ID: p.ID, Title: p.Title, Publisher: p.Publisher, Date: p.Date, AsOf: p.AsOf, URL: p.URL,
		Quality: p.Quality, Notes: p.Notes, Query: "preset=" + p.ID, Stated: p.Params}
	for k := range b.Query() {
		if _, stated := p.Param(k); !stated && k != "v" && k != "preset" && k != "as_of" && !strings.Contains(k, ".") {
			e.NotStated = append(e.NotStated, k)
		}
	}
	slices.Sort(e.NotStated)
	for _, f := range p.Figures {
		mv, err := MetricValue(rs, f.Metric, f.Year, f.ThroughYear)
		if err != nil {
			return Estimate{}, fmt.Errorf("%w: publication %s, figure %s: %w", ErrLedger, p.ID, f.ID, err)
		}
		bv, err := MetricValue(rb, f.Metric, f.Year, f.ThroughYear)
		if err != nil {
			return Estimate{}, fmt.Errorf("%w: publication %s, figure %s: %w", ErrLedger, p.ID, f.ID, err)
		}
		row := EstimateRow{Publication: p.ID, Figure: f.ID, Name: f.Name, Metric: f.Metric, Unit: f.Unit,
			Year: f.Year, ThroughYear: f.ThroughYear, PublishedValue: f.Value, ModelValue: mv, BaseValue: bv,
			Difference: mv - f.Value, DifferencePct: (mv - f.Value) / f.Value,
			BaseDifference: bv - f.Value, BaseDifferencePct: (bv - f.Value) / f.Value,
			Quote: f.Quote, URL: f.URL}
		row.Within = row.DifferencePct <= EstimateTolerance && row.DifferencePct >= -EstimateTolerance
		switch {
		case row.Within:
			row.Why = fmt.Sprintf("Reproduced within %.0f%% of the published figure.", EstimateTolerance*100)
		case f.Why != "":
			row.Unstated, row.Why = f.Unstated, "Not stated: "+strings.Join(ParamLabels(f.Unstated), ", ")+". "+f.Why
		default:
			row.Why = "Misses by more than 15%, and no unstated assumption is recorded for this figure."
		}
		e.Rows = append(e.Rows, row)
	}
	return e, nil
}

// MetricValue returns a metric of r (one of FigureMetrics): for a flow
// the value in year, or its sum up to and including through, or over the
// whole horizon; for a stock the value in year; for a total the total.
func MetricValue(r Result, metric string, year, through int) (float64, error) {
	t := r.Totals
	switch metric {
	case FigureCapacityContractedGW, FigureCommitmentsUSD, FigureRentAtFullCapacityUSD:
		if year != 0 || through != 0 {
			return 0, fmt.Errorf("metric %s %s", metric, metricTakesNoYear)
		}
		switch metric {
		case FigureCapacityContractedGW:
			return t.CapacityGW, nil
		case FigureCommitmentsUSD:
			return t.CommitmentsUSD, nil
		}
		return t.CapacityGW * r.Scenario.RentalUSDPerGWYear, nil
	}
	var field func(YearRow) float64
	stock := false
	switch metric {
	case FigureSpendUSD:
		field = func(y YearRow) float64 { return y.SpendUSD }
	case FigureRevenueUSD:
		field = func(y YearRow) float64 { return y.RevenueUSD }
	case FigureFundingGapUSD:
		field = func(y YearRow) float64 { return y.FundingGapUSD }
	case FigureFundingNeedUSD:
		field, stock = func(y YearRow) float64 { return y.FundingNeedUSD }, true
	case FigureCapacityOnlineGW:
		field, stock = func(y YearRow) float64 { return y.CapacityGW }, true
	default:
		return 0, fmt.Errorf("unknown metric %q: accepted: %s", metric, strings.Join(FigureMetrics, ", "))
	}
	if stock && year == 0 {
		return 0, fmt.Errorf("metric %s %s", metric, metricNeedsAYear)
	}
	last := t.LastYear
	if year != 0 || through != 0 {
		last = max(year, through)
	}
	if last > t.LastYear || (year != 0 && year < t.FirstYear) {
		return 0, fmt.Errorf("metric %s: year %d is outside the horizon %d-%d", metric, last, t.FirstYear, t.LastYear)
	}
	var sum float64
	for _, y := range r.Years {
		switch {
		case year != 0 && y.Year == year:
			return field(y), nil
		case year == 0 && y.Year <= last:
			sum += field(y)
		}
	}
	return sum, nil
}

// presetLabels names the model's presets in words.
var presetLabels = map[string]string{
	PresetAnnounced: "As announced",
	PresetBase:      "Base case",
	PresetBull:      "Bull case",
	PresetBear:      "Bear case",
	PresetBinding:   "Binding deals only",
}

// PresetLabel returns a preset's name in words ("base" is "Base case"), for
// a publication's preset its label ("HSBC, Nov 2025"); an unknown name is
// returned with spaces for underscores.
func PresetLabel(name string) string {
	if l, ok := presetLabels[name]; ok {
		return l
	}
	if p, ok := data.PublicationByID(name); ok {
		if p.Label != "" {
			return p.Label
		}
		return p.Publisher + ", " + p.Date.String()
	}
	return strings.ReplaceAll(name, "_", " ")
}
