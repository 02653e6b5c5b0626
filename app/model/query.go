package model

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// Query returns the scenario as URL query parameters: every field (empty
// lists written empty), so a link reproduces its numbers even after the
// ledger's defaults change.
// README.md documents each parameter; ParseQuery reads them back exactly.
func (s Scenario) Query() url.Values {
	q := url.Values{}
	q.Set("v", strconv.Itoa(s.Version))
	q.Set("preset", s.Preset)
	q.Set("as_of", s.AsOf.String())
	for i := range listParams {
		p := &listParams[i]
		q.Set(p.Key, p.get(&s))
	}
	for i := range wordParams {
		w := &wordParams[i]
		q.Set(w.Key, w.get(&s))
	}
	for i := range params {
		p := &params[i]
		q.Set(p.Key, p.Format(p.get(&s)))
	}
	for _, f := range s.KWPerAccelerator {
		q.Set("kw."+f.Family, formatNumber(f.KW))
	}
	for _, o := range s.Overrides {
		if o.ValueUSD != nil {
			q.Set("val."+o.DealID, formatNumber(*o.ValueUSD))
		}
		if o.StartYear != 0 {
			q.Set("start."+o.DealID, strconv.Itoa(o.StartYear))
		}
		if o.TermYears != 0 {
			q.Set("term."+o.DealID, strconv.Itoa(o.TermYears))
		}
		if o.CapacityGW != nil {
			q.Set("gw."+o.DealID, formatNumber(*o.CapacityGW))
		}
		if o.Profile != "" {
			q.Set("prof."+o.DealID, string(o.Profile))
		}
	}
	return q
}

// QueryFrom returns only the parameters of s that differ from base, plus
// v, preset and as_of: a short link for a scenario that starts from a
// preset (base is normally Preset(l, s.Preset, s.AsOf)).
func (s Scenario) QueryFrom(base Scenario) url.Values {
	full, ref := s.Query(), base.Query()
	q := url.Values{}
	for k, vs := range full {
		if k == "v" || k == "preset" || k == "as_of" || !slices.Equal(vs, ref[k]) {
			q[k] = vs
		}
	}
	// Parameters the base sets and s drops (a list emptied, an override
	// removed) are written empty, so reading the link clears them.
	for k := range ref {
		if _, ok := full[k]; !ok {
			q[k] = []string{""}
		}
	}
	return q
}

func boolParam(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// ViewParamPrefix starts the query parameters that carry the explorer's
// view state (page, chart, selection) rather than model assumptions; the
// model ignores them, so a shared link with view state still runs headless.
const ViewParamPrefix = "ui."

// perDeal are the query prefixes of per-deal overrides.
var perDeal = []string{"val", "start", "term", "gw", "prof"}

// DealParamKeys returns the query keys of one deal's overrides
// ("val.<id>", "start.<id>", ...); each set empty clears its override.
func DealParamKeys(id string) []string {
	keys := make([]string, len(perDeal))
	for i, p := range perDeal {
		keys[i] = p + "." + id
	}
	return keys
}

// ParseQuery reads a scenario from URL query parameters (a shared link).
// It starts from the preset named by "preset" (default base) as of "as_of"
// (default the ledger's latest date) and applies every other parameter.
// Each unknown parameter or bad value becomes a Problem naming it, the
// accepted range and the value used instead, and the rest still applies:
// the result is always a valid scenario. An empty value for a list or an
// override clears it. Only a ledger lacking a model input leaves no
// scenario: the zero Scenario and one problem wrapping ErrLedger.
func ParseQuery(l *data.Ledger, q url.Values) (Scenario, []Problem) {
	var ps Problems
	get := func(k string) (string, bool) {
		vs, ok := q[k]
		if !ok || len(vs) == 0 {
			return "", false
		}
		return vs[len(vs)-1], true
	}

	if raw, ok := get("v"); ok {
		v, err := strconv.Atoi(raw)
		switch {
		case err != nil:
			ps = append(ps, Problem{Param: "v", Field: "v", Value: raw, Accepted: "a whole number", Used: strconv.Itoa(ScenarioVersion), Err: ErrMalformed})
		case v < 1 || v > ScenarioVersion:
			ps = append(ps, Problem{Param: "v", Field: "v", Value: raw, Accepted: fmt.Sprintf("1 to %d", ScenarioVersion), Used: strconv.Itoa(ScenarioVersion), Err: ErrOutOfRange})
		default:
			q = migrate(q, v)
		}
	}
	name := DefaultPreset
	if raw, ok := get("preset"); ok {
		if IsPreset(raw) {
			name = raw
		} else {
			ps = append(ps, Problem{Param: "preset", Field: "preset", Value: raw, Accepted: enumAccepted(AllPresetNames()), Used: name, Err: ErrUnknownPreset})
		}
	}
	asOf := DefaultAsOf(l)
	if pub, ok := data.PublicationByID(name); ok {
		asOf = pub.AsOf // a publication's preset reads the ledger as its authors knew it
	}
	if raw, ok := get("as_of"); ok {
		d, err := data.ParseDate(raw)
		switch {
		case err != nil && !errors.Is(err, data.ErrDateOutOfRange):
			ps = append(ps, Problem{Param: "as_of", Field: "as_of", Value: raw, Accepted: "a date YYYY-MM-DD", Used: asOf.String(), Err: ErrMalformed})
		case err != nil || d.Year() < MinYear || d.Year() > MaxYear:
			ps = append(ps, Problem{Param: "as_of", Field: "as_of", Value: raw, Accepted: fmt.Sprintf("a date from %d to %d", MinYear, MaxYear), Used: asOf.String(), Err: ErrOutOfRange})
		default:
			asOf = d
		}
	}
	s, err := Preset(l, name, asOf)
	var v *view
	if err == nil {
		v, err = prepare(l, asOf)
	}
	if err != nil {
		return Scenario{}, append(ps, Problem{Param: "preset", Field: "preset", Value: name, Accepted: "a ledger with every model input", Used: "none", Err: err})
	}

	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		raw, _ := get(k)
		if p := applyParam(&s, v, k, raw); p != nil {
			ps = append(ps, *p)
		}
	}
	s.canonical()
	ps = append(ps, fixCrossFields(&s, l, q)...)
	return s, ps
}

// SetParam returns s with the one query parameter key set to raw, exactly
// as a link with s's parameters and key=raw would give it (the explorer's
// controls set parameters this way): the same parsing, range and
// cross-field repair. A bad value leaves s as it was, with the Problem a
// link would get (Used names the value kept); a repair the change needs
// comes with its Problem when it concerns key. Setting v, preset or as_of
// reads the whole link again.
func SetParam(l *data.Ledger, s Scenario, key, raw string) (Scenario, []Problem) {
	return SetParams(l, s, [][2]string{{key, raw}})
}

// SetParams is SetParam for several parameters set together (key, raw
// pairs, applied in order): each bad value is left out with its Problem,
// and the cross-field repair runs once, after the last, as for a link
// that carries them all.
func SetParams(l *data.Ledger, s Scenario, pairs [][2]string) (Scenario, []Problem) {
	given := url.Values{}
	for _, p := range pairs {
		given.Set(p[0], p[1])
		switch p[0] {
		case "v", "preset", "as_of":
			q := s.Query()
			for _, p := range pairs {
				q.Set(p[0], p[1])
			}
			return ParseQuery(l, q)
		}
	}
	v, err := prepare(l, s.AsOf)
	if err != nil {
		return s, []Problem{{Param: pairs[0][0], Value: pairs[0][1], Accepted: "a ledger with every model input", Used: "none", Err: err}}
	}
	out := s.Clone()
	var ps []Problem
	for _, p := range pairs {
		if prob := applyParam(&out, v, p[0], p[1]); prob != nil {
			ps = append(ps, *prob)
			given.Del(p[0])
		}
	}
	if len(ps) == len(pairs) {
		return s, ps
	}
	out.canonical()
	return out, append(ps, fixCrossFields(&out, l, given)...)
}

// ParseQueryStrict is ParseQuery for callers that refuse any problem (the
// command line): the error is the list of problems (Problems), each naming
// its parameter.
func ParseQueryStrict(l *data.Ledger, q url.Values) (Scenario, error) {
	s, ps := ParseQuery(l, q)
	if len(ps) > 0 {
		return Scenario{}, Problems(ps)
	}
	return s, nil
}

// migrate turns the parameters of an older version into the current ones.
// Version 1 had no payment timing, renewals or running costs: its links
// keep their spend with pay=term, renew=0 and power=0 unless they say
// otherwise.
func migrate(q url.Values, from int) url.Values {
	if from >= 2 {
		return q
	}
	out := url.Values{}
	for k, vs := range q {
		out[k] = vs
	}
	for k, v := range map[string]string{"pay": string(PayTerm), "renew": "0", "power": "0"} {
		if !out.Has(k) {
			out.Set(k, v)
		}
	}
	out.Set("v", strconv.Itoa(ScenarioVersion))
	return out
}

// applyParam sets one query parameter on s; nil when it applied.
func applyParam(s *Scenario, v *view, k, raw string) *Problem {
	if strings.HasPrefix(k, ViewParamPrefix) {
		return nil
	}
	switch k {
	case "v", "preset", "as_of":
		return nil
	}
	if w, ok := WordParamByKey(k); ok {
		return w.apply(s, raw)
	}
	if p, ok := ListParamByKey(k); ok {
		return p.apply(s, v, raw)
	}
	for i := range params {
		p := &params[i]
		if p.Key != k {
			continue
		}
		x, err := p.parse(raw)
		if err != nil {
			return ptr(p.problem(k, raw, err, formatNumber(p.get(s))))
		}
		p.set(s, x)
		return nil
	}
	prefix, id, ok := strings.Cut(k, ".")
	if !ok || id == "" {
		return unknownParam(k, raw)
	}
	if prefix == "kw" {
		if !v.families[id] {
			return &Problem{Param: k, Field: "kw_per_accelerator.family", Value: raw, Accepted: "kw.<family> for a chip family of the ledger", Used: "ignored", Err: ErrUnknownParam}
		}
		x, err := kwParam.parse(raw)
		if err != nil {
			return ptr(kwParam.problem(k, raw, err, formatNumber(s.KW(id))))
		}
		s.SetKW(id, x)
		return nil
	}
	if !slices.Contains(perDeal, prefix) {
		return unknownParam(k, raw)
	}
	if !v.ledger[id] {
		return &Problem{Param: k, Field: "overrides.deal_id", Value: raw, Accepted: prefix + ".<deal> for a deal id of the ledger", Used: "ignored", Err: ErrUnknownDeal}
	}
	o, _ := s.Override(id)
	o.DealID = id
	if prob := applyOverride(&o, prefix, k, raw); prob != nil {
		return prob
	}
	s.SetOverride(o)
	return nil
}

// applyOverride sets one per-deal parameter on o; an empty value clears it.
func applyOverride(o *Override, prefix, k, raw string) *Problem {
	if prefix == "prof" {
		if raw == "" {
			o.Profile = ""
			return nil
		}
		if !slices.Contains(Profiles, Profile(raw)) {
			return &Problem{Param: k, Field: "overrides.profile", Value: raw, Accepted: enumAccepted(Profiles), Used: usedOrNone(string(o.Profile)), Err: ErrMalformed}
		}
		o.Profile = Profile(raw)
		return nil
	}
	if raw == "" {
		o.clearNumber(prefix)
		return nil
	}
	p := dealParams[prefix]
	x, err := p.parse(raw)
	if err != nil {
		return ptr(p.problem(k, raw, err, "the ledger's figure"))
	}
	o.setNumber(prefix, x)
	return nil
}

func unknownParam(k, raw string) *Problem {
	return &Problem{Param: k, Value: raw, Accepted: "the parameters listed in app/model/README.md", Used: "ignored", Err: ErrUnknownParam}
}

// splitIDs splits a comma-separated list of deal ids, returning the ids
// the ledger knows and the others.
func splitIDs(raw string, v *view) (ids, bad []string) {
	for _, id := range strings.Split(raw, ",") {
		switch {
		case id == "":
		case v.ledger[id]:
			ids = append(ids, id)
		default:
			bad = append(bad, id)
		}
	}
	return sortedSet(ids), bad
}

// parseShares reads comma-separated custom shares; "" clears them.
func parseShares(raw string) ([]float64, error) {
	if raw == "" {
		return nil, nil
	}
	parts := strings.Split(raw, ",")
	if len(parts) > maxCustomShares {
		return nil, ErrOutOfRange
	}
	out := make([]float64, len(parts))
	for i, part := range parts {
		x, err := shareParam.parse(part)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, checkShares(out)
}

// parseTargets reads comma-separated YEAR:USD points; "" clears them.
func parseTargets(raw string, startYear int) ([]YearValue, error) {
	if raw == "" {
		return nil, nil
	}
	parts := strings.Split(raw, ",")
	if len(parts) > maxRevenueTargets {
		return nil, ErrOutOfRange
	}
	out := make([]YearValue, len(parts))
	for i, part := range parts {
		ys, vs, ok := strings.Cut(part, ":")
		if !ok {
			return nil, ErrMalformed
		}
		y, err := targetYear.parse(ys)
		if err != nil {
			return nil, err
		}
		x, err := targetUSD.parse(vs)
		if err != nil {
			return nil, err
		}
		out[i] = YearValue{Year: int(y), ValueUSD: x}
	}
	return out, checkTargets(out, startYear)
}

// fixCrossFields checks the rules that tie fields together after every
// parameter applied, resetting what breaks them to the preset's value. A
// default the query did not set (a ceiling under a raised run rate,
// targets before a moved start year) is adjusted without a problem.
func fixCrossFields(s *Scenario, l *data.Ledger, q url.Values) []Problem {
	err := s.Validate()
	if err == nil {
		return nil
	}
	preset, perr := Preset(l, s.Preset, s.AsOf)
	if perr != nil {
		return nil
	}
	var out []Problem
	for _, p := range err.(Problems) {
		if np, ok := ParamByKey(p.Param); ok && np.cross != nil {
			np.cross.repair(s, preset)
			p.Used = np.Format(np.get(s))
		}
		switch p.Param {
		case "rev_pts":
			s.RevenueTargets = nil
			if checkTargets(preset.RevenueTargets, s.RevenueStartYear) == nil {
				s.RevenueTargets = preset.RevenueTargets
			}
			if s.RevenuePath == RevenueTargets && len(s.RevenueTargets) == 0 {
				s.RevenuePath = RevenueCAGR
			}
			p.Used = usedOrNone(formatTargets(s.RevenueTargets))
		case "shares":
			s.Profile = preset.Profile
			p.Used = "profile " + string(s.Profile)
		default:
			if strings.HasPrefix(p.Param, "prof.") {
				o, _ := s.Override(strings.TrimPrefix(p.Param, "prof."))
				o.Profile = ""
				s.SetOverride(o)
				p.Used = "the scenario's profile"
			}
		}
		if _, given := q[p.Param]; given || p.Param == "rev_pts" && q.Has("rev") || p.Param == "shares" || strings.HasPrefix(p.Param, "prof.") {
			out = append(out, p)
		}
	}
	return out
}

func usedOrNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func ptr[T any](v T) *T { return &v }
