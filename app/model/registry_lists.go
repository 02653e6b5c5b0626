package model

import (
	"strconv"
	"strings"
)

// ListParam is one scenario parameter that takes a comma-separated list,
// with its rules in one place like Param's: query key, JSON field, how a
// link writes and reads it, and how the explorer labels and shows it.
type ListParam struct {
	// Key is the query parameter; Field the JSON field.
	Key, Field string
	// Source says where the default comes from.
	Source string
	// Label, Help and Example (a placeholder) describe it in the
	// explorer; Group is the section of the controls panel that shows it
	// ("" for the deal lists, which the deal check boxes set).
	Label, Help, Example, Group string

	// get writes the list as a link carries it; show as the explorer's
	// field shows it.
	get, show func(*Scenario) string
	// apply reads raw onto s; the Problem when it cannot.
	apply func(s *Scenario, v *view, raw string) *Problem
}

// listParams is the registry of the list parameters.
var listParams = []ListParam{
	{Key: "inc", Field: "include", Source: "none",
		get: func(s *Scenario) string { return strings.Join(s.Include, ",") }, apply: dealList("inc", "include", func(s *Scenario) *[]string { return &s.Include })},
	{Key: "exc", Field: "exclude", Source: "none",
		get: func(s *Scenario) string { return strings.Join(s.Exclude, ",") }, apply: dealList("exc", "exclude", func(s *Scenario) *[]string { return &s.Exclude })},
	{Key: "shares", Field: "custom_shares", Source: "none", Group: GroupSpend,
		Label: "Custom yearly shares", Example: "e.g. 1,2,4,2,1",
		Help: "Relative weights for the custom profile, stretched over each term; choose the custom profile to use them.",
		get:  func(s *Scenario) string { return formatList(s.CustomShares) },
		apply: func(s *Scenario, _ *view, raw string) *Problem {
			shares, err := parseShares(raw)
			if err != nil {
				return &Problem{Param: "shares", Field: "custom_shares", Value: raw, Accepted: sharesAccepted, Used: usedOrNone(formatList(s.CustomShares)), Err: err}
			}
			s.CustomShares = shares
			return nil
		}},
	{Key: "rev_pts", Field: "revenue_targets", Source: "the targets (else projections) of series openai_revenue_usd after the start year", Group: GroupRevenue,
		Label: "Revenue targets", Example: "e.g. 2027:100B,2030:280B",
		Help: "Points YEAR:USD the targets path goes through (suffixes k, M, B, T).",
		get:  func(s *Scenario) string { return formatTargets(s.RevenueTargets) },
		show: func(s *Scenario) string { return showTargets(s.RevenueTargets) },
		apply: func(s *Scenario, _ *view, raw string) *Problem {
			ts, err := parseTargets(raw, s.RevenueStartYear)
			if err != nil {
				return &Problem{Param: "rev_pts", Field: "revenue_targets", Value: raw, Accepted: targetsAccepted(s.RevenueStartYear), Used: usedOrNone(formatTargets(s.RevenueTargets)), Err: err}
			}
			s.RevenueTargets = ts
			return nil
		}},
}

// dealList reads a comma-separated list of deal ids into the list of s
// that list returns; unknown ids are left out with a Problem.
func dealList(key, field string, list func(*Scenario) *[]string) func(*Scenario, *view, string) *Problem {
	return func(s *Scenario, v *view, raw string) *Problem {
		ids, bad := splitIDs(raw, v)
		*list(s) = ids
		if len(bad) > 0 {
			return &Problem{Param: key, Field: field, Value: strings.Join(bad, ","), Accepted: "comma-separated ids of deals in the ledger", Used: "the others", Err: ErrUnknownDeal}
		}
		return nil
	}
}

// ListParamByKey returns the list parameter of a query key.
func ListParamByKey(key string) (ListParam, bool) {
	for _, p := range listParams {
		if p.Key == key {
			return p, true
		}
	}
	return ListParam{}, false
}

// Shown returns the list in s as the explorer's field shows it.
func (p ListParam) Shown(s Scenario) string {
	if p.show != nil {
		return p.show(&s)
	}
	return p.get(&s)
}

// showTargets writes revenue targets as YEAR:USD points in billions with
// a B suffix ("2027:100B,2030:280B").
func showTargets(ts []YearValue) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = strconv.Itoa(t.Year) + ":" + formatNumber(shift10(t.ValueUSD, -exp10Billion)) + "B"
	}
	return strings.Join(parts, ",")
}
