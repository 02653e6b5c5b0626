package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// numParam describes one numeric scenario field: its query parameter, JSON
// field, unit, accepted range and where its default comes from.
type numParam struct {
	query, field, unit string
	min, max           float64
	integer            bool
	zeroOK             bool   // 0 is accepted as "not set" besides [min, max]
	source             string // where the default comes from
	get                func(*Scenario) float64
	set                func(*Scenario, float64)
}

// numParams lists the scalar numeric parameters in query order. README.md
// documents each one; a test checks that it does.
var numParams = []numParam{
	{query: "steep", field: "profile_steepness", unit: "1/term", min: 1, max: 20, source: "model choice (8: the S-curve spends 2% to 98% of its rise inside the term)",
		get: func(s *Scenario) float64 { return s.ProfileSteepness }, set: func(s *Scenario, v float64) { s.ProfileSteepness = v }},
	{query: "cost_gw", field: "cost_per_gw_usd", unit: "USD/GW", min: 1e9, max: 1e12, source: "assumption cost_per_gw_usd",
		get: func(s *Scenario) float64 { return s.CostPerGWUSD }, set: func(s *Scenario, v float64) { s.CostPerGWUSD = v }},
	{query: "chip_gw", field: "chip_cost_per_gw_usd", unit: "USD/GW", min: 1e9, max: 1e12, zeroOK: true, source: "assumption chip_cost_per_gw_usd (0: the ledger's estimated values as recorded)",
		get: func(s *Scenario) float64 { return s.ChipCostPerGWUSD }, set: func(s *Scenario, v float64) { s.ChipCostPerGWUSD = v }},
	{query: "pue", field: "pue", unit: "ratio", min: 1, max: 3, source: "assumption pue",
		get: func(s *Scenario) float64 { return s.PUE }, set: func(s *Scenario, v float64) { s.PUE = v }},
	{query: "util", field: "utilisation", unit: "ratio", min: 0.01, max: 1, source: "assumption utilisation",
		get: func(s *Scenario) float64 { return s.Utilisation }, set: func(s *Scenario, v float64) { s.Utilisation = v }},
	{query: "kw", field: "kw_per_accelerator_default", unit: "kW", min: 0.05, max: 50, source: "assumption kw_per_accelerator_default",
		get: func(s *Scenario) float64 { return s.KWPerAcceleratorDefault }, set: func(s *Scenario, v float64) { s.KWPerAcceleratorDefault = v }},
	{query: "rev0", field: "revenue_start_usd", unit: "USD/year", min: 1e6, max: 1e14, source: "assumption revenue_run_rate_usd_2025",
		get: func(s *Scenario) float64 { return s.RevenueStartUSD }, set: func(s *Scenario, v float64) { s.RevenueStartUSD = v }},
	{query: "rev0_y", field: "revenue_start_year", unit: "year", min: MinYear, max: MaxYear, integer: true, source: "the year of assumption revenue_run_rate_usd_2025",
		get: func(s *Scenario) float64 { return float64(s.RevenueStartYear) }, set: func(s *Scenario, v float64) { s.RevenueStartYear = int(v) }},
	{query: "g", field: "revenue_cagr", unit: "fraction/year", min: -0.9, max: 10, source: "growth implied by each target or projection in series openai_revenue_usd from rev0: the median (bear: lowest, bull: highest)",
		get: func(s *Scenario) float64 { return s.RevenueCAGR }, set: func(s *Scenario, v float64) { s.RevenueCAGR = v }},
	{query: "rev_cap", field: "revenue_ceiling_usd", unit: "USD/year", min: 1e6, max: 1e15, source: "model choice: 2 x the largest target or projection in series openai_revenue_usd",
		get: func(s *Scenario) float64 { return s.RevenueCeilingUSD }, set: func(s *Scenario, v float64) { s.RevenueCeilingUSD = v }},
	{query: "share", field: "compute_share", unit: "ratio", min: 0.01, max: 1, source: "assumption compute_share_of_revenue",
		get: func(s *Scenario) float64 { return s.ComputeShare }, set: func(s *Scenario, v float64) { s.ComputeShare = v }},
	{query: "cash", field: "cash_on_hand_usd", unit: "USD", min: 0, max: 1e13, source: "assumption cash_on_hand_usd",
		get: func(s *Scenario) float64 { return s.CashOnHandUSD }, set: func(s *Scenario, v float64) { s.CashOnHandUSD = v }},
	{query: "build", field: "build_rate_gw_per_week", unit: "GW/week", min: 0.001, max: 100, source: "assumption build_rate_gw_per_week",
		get: func(s *Scenario) float64 { return s.BuildRateGWPerWeek }, set: func(s *Scenario, v float64) { s.BuildRateGWPerWeek = v }},
	{query: "rent", field: "rental_usd_per_gw_year", unit: "USD/GW-year", min: 0, max: 1e12, source: "assumption rental_usd_per_gw_year",
		get: func(s *Scenario) float64 { return s.RentalUSDPerGWYear }, set: func(s *Scenario, v float64) { s.RentalUSDPerGWYear = v }},
	{query: "power", field: "power_usd_per_mwh", unit: "USD/MWh", min: 0, max: 10000, source: "assumption power_usd_per_mwh",
		get: func(s *Scenario) float64 { return s.PowerUSDPerMWh }, set: func(s *Scenario, v float64) { s.PowerUSDPerMWh = v }},
	{query: "goal", field: "capacity_goal_gw", unit: "GW", min: 0.1, max: 1000, source: "assumption capacity_goal_gw",
		get: func(s *Scenario) float64 { return s.CapacityGoalGW }, set: func(s *Scenario, v float64) { s.CapacityGoalGW = v }},
	{query: "solve_x", field: "solve.share", unit: "ratio", min: 0.01, max: 10, source: "assumption compute_share_of_revenue",
		get: func(s *Scenario) float64 { return s.Solve.Share }, set: func(s *Scenario, v float64) { s.Solve.Share = v }},
	{query: "solve_y", field: "solve.year", unit: "year", min: MinYear, max: MaxYear, integer: true, zeroOK: true, source: "model choice (0: the last year of the horizon)",
		get: func(s *Scenario) float64 { return float64(s.Solve.Year) }, set: func(s *Scenario, v float64) { s.Solve.Year = int(v) }},
}

// Ranges of the per-family and per-deal parameters.
var (
	kwParam    = numParam{query: "kw.<family>", field: "kw_per_accelerator.kw", unit: "kW", min: 0.05, max: 50}
	valueParam = numParam{query: "val.<deal>", field: "overrides.value_usd", unit: "USD", min: 0, max: 1e14}
	startParam = numParam{query: "start.<deal>", field: "overrides.start_year", unit: "year", min: MinYear, max: MaxYear, integer: true}
	termParam  = numParam{query: "term.<deal>", field: "overrides.term_years", unit: "years", min: 1, max: 50, integer: true}
	gwParam    = numParam{query: "gw.<deal>", field: "overrides.capacity_gw", unit: "GW", min: 0, max: 1000}
	shareParam = numParam{query: "shares", field: "custom_shares", unit: "relative weight", min: 0, max: 1e6}
	targetYear = numParam{query: "rev_pts", field: "revenue_targets.year", unit: "year", min: MinYear, max: MaxYear, integer: true}
	targetUSD  = numParam{query: "rev_pts", field: "revenue_targets.value_usd", unit: "USD/year", min: 1e6, max: 1e15}
)

// Limits on list lengths.
const (
	maxCustomShares   = 50
	maxRevenueTargets = 20
)

// accepted describes the range of p.
func (p numParam) accepted() string {
	r := fmt.Sprintf("%s to %s %s", formatNumber(p.min), formatNumber(p.max), p.unit)
	if p.integer {
		r = "a whole number from " + r
	}
	if p.zeroOK {
		r = "0 (not set) or " + r
	}
	return r
}

// check returns the problem with v, or nil.
func (p numParam) check(v float64) error {
	if p.zeroOK && v == 0 {
		return nil
	}
	if !(v >= p.min && v <= p.max) {
		return ErrOutOfRange
	}
	if p.integer && v != math.Trunc(v) {
		return ErrMalformed
	}
	return nil
}

// parse reads a value of p from a query string: a number, optionally with
// a suffix k, M, B or T (thousand, million, billion, trillion) or % (a
// hundredth); whole numbers for integer parameters.
func (p numParam) parse(s string) (float64, error) {
	if p.integer {
		n, err := strconv.Atoi(s)
		if err != nil || len(s) > 12 {
			return 0, ErrMalformed
		}
		return float64(n), p.check(float64(n))
	}
	v, err := parseNumber(s)
	if err != nil {
		return 0, err
	}
	return v, p.check(v)
}

// problem returns the Problem for the bad value raw of p.
func (p numParam) problem(param, raw string, err error, used string) Problem {
	return Problem{Param: param, Field: p.field, Value: raw, Accepted: p.accepted(), Used: used, Err: err}
}

var suffixExponent = map[byte]string{'k': "e3", 'M': "e6", 'B': "e9", 'T': "e12", '%': "e-2"}

// parseNumber reads a finite decimal number with an optional suffix k, M,
// B, T or %.
func parseNumber(s string) (float64, error) {
	if s == "" {
		return 0, ErrMalformed
	}
	if exp, ok := suffixExponent[s[len(s)-1]]; ok {
		mant := s[:len(s)-1]
		if mant == "" || strings.ContainsAny(mant, "eEpPxX_") {
			return 0, ErrMalformed
		}
		s = mant + exp
	}
	if strings.ContainsAny(s, "xX_") {
		return 0, ErrMalformed
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, ErrMalformed
	}
	return v, nil
}

// formatNumber writes v in the shortest form that reads back exactly, with
// no '+' (which a URL would turn into a space).
func formatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'g', -1, 64)
	mant, exp, ok := strings.Cut(s, "e")
	if !ok {
		return s
	}
	sign := ""
	if exp[0] == '-' {
		sign = "-"
	}
	return mant + "e" + sign + strings.TrimLeft(exp[1:], "0")
}

// enumAccepted lists the accepted words of an enumeration.
func enumAccepted[T ~string](values []T) string {
	words := make([]string, len(values))
	for i, v := range values {
		words[i] = string(v)
	}
	return "one of " + strings.Join(words, ", ")
}

// Validate reports every field of s outside its accepted range, naming
// the JSON field and the query parameter; nil when s is valid. It does not
// check deal ids and chip families against a ledger (Run does).
func (s Scenario) Validate() error {
	var ps Problems
	add := func(p numParam, param string, v float64, err error) {
		ps = append(ps, Problem{Param: param, Field: p.field, Value: formatNumber(v), Accepted: p.accepted(), Err: err})
	}
	if s.Version != ScenarioVersion {
		ps = append(ps, Problem{Param: "v", Field: "v", Value: strconv.Itoa(s.Version), Accepted: strconv.Itoa(ScenarioVersion), Err: ErrOutOfRange})
	}
	if s.Preset != "" && !IsPreset(s.Preset) {
		ps = append(ps, Problem{Param: "preset", Field: "preset", Value: s.Preset, Accepted: enumAccepted(AllPresetNames()), Err: ErrUnknownPreset})
	}
	if s.AsOf.IsZero() || s.AsOf.Year() < MinYear || s.AsOf.Year() > MaxYear {
		ps = append(ps, Problem{Param: "as_of", Field: "as_of", Value: s.AsOf.String(), Accepted: fmt.Sprintf("a date YYYY-MM-DD from %d to %d", MinYear, MaxYear), Err: ErrOutOfRange})
	}
	for i := range numParams {
		p := &numParams[i]
		if v := p.get(&s); p.check(v) != nil {
			add(*p, p.query, v, p.check(v))
		}
	}
	if !slices.Contains(PaymentTimings, s.Payments) {
		ps = append(ps, Problem{Param: "pay", Field: "payments", Value: string(s.Payments), Accepted: enumAccepted(PaymentTimings), Err: ErrMalformed})
	}
	if !slices.Contains(Profiles, s.Profile) {
		ps = append(ps, Problem{Param: "profile", Field: "profile", Value: string(s.Profile), Accepted: enumAccepted(Profiles), Err: ErrMalformed})
	}
	if !slices.Contains(RevenuePaths, s.RevenuePath) {
		ps = append(ps, Problem{Param: "rev", Field: "revenue_path", Value: string(s.RevenuePath), Accepted: enumAccepted(RevenuePaths), Err: ErrMalformed})
	}
	if !slices.Contains(ValuePoints, s.DealValues) {
		ps = append(ps, Problem{Param: "vals", Field: "deal_values", Value: string(s.DealValues), Accepted: enumAccepted(ValuePoints), Err: ErrMalformed})
	}
	if !slices.Contains(GoalKinds, s.Solve.Kind) {
		ps = append(ps, Problem{Param: "solve", Field: "solve.kind", Value: string(s.Solve.Kind), Accepted: enumAccepted(GoalKinds), Err: ErrMalformed})
	}
	if err := checkShares(s.CustomShares); err != nil {
		ps = append(ps, Problem{Param: "shares", Field: "custom_shares", Value: formatList(s.CustomShares), Accepted: sharesAccepted, Err: err})
	}
	if s.Profile == ProfileCustom && len(s.CustomShares) == 0 {
		ps = append(ps, Problem{Param: "shares", Field: "custom_shares", Accepted: sharesAccepted + " (required by profile=custom)", Err: ErrMalformed})
	}
	if s.RevenueCeilingUSD <= s.RevenueStartUSD {
		ps = append(ps, Problem{Param: "rev_cap", Field: "revenue_ceiling_usd", Value: formatNumber(s.RevenueCeilingUSD), Accepted: "more than rev0 (" + formatNumber(s.RevenueStartUSD) + ")", Err: ErrOutOfRange})
	}
	if err := checkTargets(s.RevenueTargets, s.RevenueStartYear); err != nil {
		ps = append(ps, Problem{Param: "rev_pts", Field: "revenue_targets", Value: formatTargets(s.RevenueTargets), Accepted: targetsAccepted(s.RevenueStartYear), Err: err})
	}
	if s.RevenuePath == RevenueTargets && len(s.RevenueTargets) == 0 {
		ps = append(ps, Problem{Param: "rev_pts", Field: "revenue_targets", Accepted: targetsAccepted(s.RevenueStartYear) + " (required by rev=targets)", Err: ErrMalformed})
	}
	for _, f := range s.KWPerAccelerator {
		if err := kwParam.check(f.KW); err != nil || f.Family == "" {
			ps = append(ps, Problem{Param: "kw." + f.Family, Field: kwParam.field, Value: formatNumber(f.KW), Accepted: kwParam.accepted(), Err: ErrOutOfRange})
		}
	}
	for _, o := range s.Overrides {
		if o.ValueUSD != nil && valueParam.check(*o.ValueUSD) != nil {
			add(valueParam, "val."+o.DealID, *o.ValueUSD, ErrOutOfRange)
		}
		if o.StartYear != 0 && startParam.check(float64(o.StartYear)) != nil {
			add(startParam, "start."+o.DealID, float64(o.StartYear), ErrOutOfRange)
		}
		if o.TermYears != 0 && termParam.check(float64(o.TermYears)) != nil {
			add(termParam, "term."+o.DealID, float64(o.TermYears), ErrOutOfRange)
		}
		if o.CapacityGW != nil && gwParam.check(*o.CapacityGW) != nil {
			add(gwParam, "gw."+o.DealID, *o.CapacityGW, ErrOutOfRange)
		}
		if o.Profile != "" && !slices.Contains(Profiles, o.Profile) {
			ps = append(ps, Problem{Param: "prof." + o.DealID, Field: "overrides.profile", Value: string(o.Profile), Accepted: enumAccepted(Profiles), Err: ErrMalformed})
		}
		if o.Profile == ProfileCustom && len(s.CustomShares) == 0 {
			ps = append(ps, Problem{Param: "prof." + o.DealID, Field: "overrides.profile", Value: string(o.Profile), Accepted: "custom only with shares set", Err: ErrMalformed})
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return ps
}

const sharesAccepted = "1 to 50 comma-separated weights from 0 to 1e6, not all 0"

// checkShares reports whether custom shares are acceptable (an empty list is).
func checkShares(shares []float64) error {
	if len(shares) == 0 {
		return nil
	}
	if len(shares) > maxCustomShares {
		return ErrOutOfRange
	}
	sum := 0.0
	for _, v := range shares {
		if shareParam.check(v) != nil {
			return ErrOutOfRange
		}
		sum += v
	}
	if sum <= 0 {
		return ErrOutOfRange
	}
	return nil
}

func targetsAccepted(startYear int) string {
	return fmt.Sprintf("up to %d points YEAR:USD with years rising from %d to %d and values from %s to %s USD/year",
		maxRevenueTargets, startYear+1, MaxYear, formatNumber(targetUSD.min), formatNumber(targetUSD.max))
}

// checkTargets reports whether revenue targets are acceptable (an empty
// list is): years rising, after the start year.
func checkTargets(ts []YearValue, startYear int) error {
	if len(ts) > maxRevenueTargets {
		return ErrOutOfRange
	}
	prev := startYear
	for _, t := range ts {
		if t.Year <= prev || targetYear.check(float64(t.Year)) != nil || targetUSD.check(t.ValueUSD) != nil {
			return ErrOutOfRange
		}
		prev = t.Year
	}
	return nil
}

func formatList(vs []float64) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = formatNumber(v)
	}
	return strings.Join(parts, ",")
}

func formatTargets(ts []YearValue) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = strconv.Itoa(t.Year) + ":" + formatNumber(t.ValueUSD)
	}
	return strings.Join(parts, ",")
}
