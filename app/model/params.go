package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Limits on list lengths.
const (
	maxCustomShares   = 50
	maxRevenueTargets = 20
)

// accepted describes the range of p.
func (p Param) accepted() string {
	r := fmt.Sprintf("%s to %s %s", formatNumber(p.Min), formatNumber(p.Max), p.Unit)
	if p.Integer {
		r = "a whole number from " + r
	}
	if p.ZeroOK {
		r = "0 (not set) or " + r
	}
	return r
}

// check returns the problem with v, or nil.
func (p Param) check(v float64) error {
	if p.ZeroOK && v == 0 {
		return nil
	}
	if !(v >= p.Min && v <= p.Max) {
		return ErrOutOfRange
	}
	if p.Integer && v != math.Trunc(v) {
		return ErrMalformed
	}
	return nil
}

// parse reads a value of p from a query string: a number, optionally with
// a suffix k, M, B or T (thousand, million, billion, trillion) or % (a
// hundredth); whole numbers for integer parameters.
func (p Param) parse(s string) (float64, error) {
	if p.Integer {
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
func (p Param) problem(param, raw string, err error, used string) Problem {
	return Problem{Param: param, Field: p.Field, Value: raw, Accepted: p.accepted(), Used: used, Err: err}
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
	add := func(p Param, param string, v float64, err error) {
		ps = append(ps, Problem{Param: param, Field: p.Field, Value: formatNumber(v), Accepted: p.accepted(), Err: err})
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
	for i := range params {
		p := &params[i]
		if v := p.get(&s); p.check(v) != nil {
			add(*p, p.Key, v, p.check(v))
		} else if p.cross != nil && !p.cross.ok(&s) {
			ps = append(ps, Problem{Param: p.Key, Field: p.Field, Value: formatNumber(v), Accepted: p.cross.accepted(&s), Err: ErrOutOfRange})
		}
	}
	for i := range wordParams {
		if p := wordParams[i].check(&s); p != nil {
			ps = append(ps, *p)
		}
	}
	if err := checkShares(s.CustomShares); err != nil {
		ps = append(ps, Problem{Param: "shares", Field: "custom_shares", Value: formatList(s.CustomShares), Accepted: sharesAccepted, Err: err})
	}
	if s.Profile == ProfileCustom && len(s.CustomShares) == 0 {
		ps = append(ps, Problem{Param: "shares", Field: "custom_shares", Accepted: sharesAccepted + " (required by profile=custom)", Err: ErrMalformed})
	}
	if err := checkTargets(s.RevenueTargets, s.RevenueStartYear); err != nil {
		ps = append(ps, Problem{Param: "rev_pts", Field: "revenue_targets", Value: formatTargets(s.RevenueTargets), Accepted: targetsAccepted(s.RevenueStartYear), Err: err})
	}
	if s.RevenuePath == RevenueTargets && len(s.RevenueTargets) == 0 {
		ps = append(ps, Problem{Param: "rev_pts", Field: "revenue_targets", Accepted: targetsAccepted(s.RevenueStartYear) + " (required by rev=targets)", Err: ErrMalformed})
	}
	for _, f := range s.KWPerAccelerator {
		if err := kwParam.check(f.KW); err != nil || f.Family == "" {
			ps = append(ps, Problem{Param: "kw." + f.Family, Field: kwParam.Field, Value: formatNumber(f.KW), Accepted: kwParam.accepted(), Err: ErrOutOfRange})
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
		maxRevenueTargets, startYear+1, MaxYear, formatNumber(targetUSD.Min), formatNumber(targetUSD.Max))
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
