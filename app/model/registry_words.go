package model

import (
	"slices"
	"strings"
)

// WordParam is one scenario parameter that takes a word from a list (a
// choice) or 1/0 (a switch), with its rules in one place like Param's:
// query key, JSON field, accepted words, where the default comes from, and
// how the explorer labels it.
type WordParam struct {
	// Key is the query parameter; Field the JSON field.
	Key, Field string
	// Words are the accepted words, in display order.
	Words []string
	// Source says where the default comes from.
	Source string
	// Label and Help name and explain the parameter in the explorer; Group
	// is the section of the controls panel that shows it.
	Label, Help, Group string
	// Switch: the parameter is on (1) or off (0), shown as a check box.
	Switch bool
	// WordLabels names each word in the explorer's select ("cagr" is
	// "Constant growth").
	WordLabels map[string]string

	get func(*Scenario) string
	set func(*Scenario, string)
}

// GroupDeals is the section of the controls panel about which deals count
// and how they are read.
const GroupDeals = "Deals"

// switchAliases are the other spellings a switch reads.
var switchAliases = map[string]string{"true": "1", "false": "0", "": "0"}

var switchWords = []string{"0", "1"}

// wordParams is the registry of the word parameters.
var wordParams = []WordParam{
	{Key: "binding", Field: "binding_only", Words: switchWords, Switch: true, Source: "model choice (1 in preset binding)",
		Label: "Binding deals only (leave out letters of intent)", Group: GroupDeals,
		get: func(s *Scenario) string { return boolParam(s.BindingOnly) }, set: func(s *Scenario, w string) { s.BindingOnly = w == "1" }},
	{Key: "renew", Field: "renew", Words: switchWords, Switch: true, Source: "model choice (0 in preset announced)",
		Label: "Renew contracts when they end (else the capacity goes offline)", Group: GroupDeals,
		get: func(s *Scenario) string { return boolParam(s.Renew) }, set: func(s *Scenario, w string) { s.Renew = w == "1" }},
	{Key: "vals", Field: "deal_values", Words: words(ValuePoints), Source: "model choice (bear: low, bull: high)",
		Label: "Deal values", Group: GroupDeals, Help: "Use each deal's headline value, or the low or high end of its sourced range.",
		WordLabels: map[string]string{string(ValueCentral): "Headline value", string(ValueLow): "Low end of the range", string(ValueHigh): "High end of the range"},
		get:        func(s *Scenario) string { return string(s.DealValues) }, set: func(s *Scenario, w string) { s.DealValues = ValuePoint(w) }},
	{Key: "pay", Field: "payments", Words: words(PaymentTimings), Source: "model choice (announced: term)",
		Label: "Payments", Group: GroupDeals, Help: "As capacity arrives: each deal is paid as its capacity comes online (chips on delivery, cloud as used); over the term: spread over the whole term from its start.",
		WordLabels: map[string]string{string(PayDelivery): "As capacity arrives", string(PayTerm): "Over the term"},
		get:        func(s *Scenario) string { return string(s.Payments) }, set: func(s *Scenario, w string) { s.Payments = PaymentTiming(w) }},
	{Key: "profile", Field: "profile", Words: words(Profiles), Source: "model choice (announced: even)",
		Label: "Spend profile", Group: GroupSpend, Help: "How each deal's value is spread over the years of its term.",
		WordLabels: ProfileLabels,
		get:        func(s *Scenario) string { return string(s.Profile) }, set: func(s *Scenario, w string) { s.Profile = Profile(w) }},
	{Key: "rev", Field: "revenue_path", Words: words(RevenuePaths), Source: "model choice",
		Label: "Revenue path", Group: GroupRevenue, Help: "Constant growth, an S-curve towards a ceiling, or through target points.",
		WordLabels: map[string]string{string(RevenueCAGR): "Constant growth", string(RevenueSCurve): "S-curve to a ceiling", string(RevenueTargets): "Through target points"},
		get:        func(s *Scenario) string { return string(s.RevenuePath) }, set: func(s *Scenario, w string) { s.RevenuePath = RevenuePath(w) }},
	{Key: "solve", Field: "solve.kind", Words: words(GoalKinds), Source: "model choice",
		Label: "Goal", Group: GroupSolver, Help: "Close the funding gap: the cumulative funding gap closes by the goal year; reach a compute share: compute falls to the target share of revenue in that year.",
		WordLabels: map[string]string{string(GoalGap): "Close the funding gap", string(GoalShare): "Reach a compute share of revenue"},
		get:        func(s *Scenario) string { return string(s.Solve.Kind) }, set: func(s *Scenario, w string) { s.Solve.Kind = GoalKind(w) }},
}

// WordParams returns the word parameters.
func WordParams() []WordParam { return wordParams }

// WordParamByKey returns the word parameter of a query key.
func WordParamByKey(key string) (WordParam, bool) {
	for _, w := range wordParams {
		if w.Key == key {
			return w, true
		}
	}
	return WordParam{}, false
}

// ProfileLabels names the spend profiles in words.
var ProfileLabels = map[string]string{
	string(ProfileEven): "Even", string(ProfileFront): "Front-loaded", string(ProfileBack): "Back-loaded",
	string(ProfileSCurve): "S-curve", string(ProfileCustom): "Custom shares",
}

// WordLabel returns a word of the parameter in words: its label, or the
// word with spaces for underscores when it has none.
func (w WordParam) WordLabel(word string) string {
	if l, ok := w.WordLabels[word]; ok {
		return l
	}
	return strings.ReplaceAll(word, "_", " ")
}

// Get returns the parameter's word in s.
func (w WordParam) Get(s Scenario) string { return w.get(&s) }

// accepted describes the accepted words, as notices quote it.
func (w WordParam) accepted() string {
	if w.Switch {
		return "1 or 0"
	}
	return enumAccepted(w.Words)
}

// apply sets the word raw on s; the Problem when raw is not accepted.
func (w WordParam) apply(s *Scenario, raw string) *Problem {
	word := raw
	if a, ok := switchAliases[raw]; ok && w.Switch {
		word = a
	}
	if !slices.Contains(w.Words, word) {
		return &Problem{Param: w.Key, Field: w.Field, Value: raw, Accepted: w.accepted(), Used: w.get(s), Err: ErrMalformed}
	}
	w.set(s, word)
	return nil
}

// check returns the Problem of the word in s, or nil.
func (w WordParam) check(s *Scenario) *Problem {
	if v := w.get(s); !slices.Contains(w.Words, v) {
		return &Problem{Param: w.Key, Field: w.Field, Value: v, Accepted: w.accepted(), Err: ErrMalformed}
	}
	return nil
}

// words returns the words of an enumeration.
func words[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
