package model

import (
	"fmt"
	"strings"
)

// Problem is one bad value in a query string or a scenario: which
// parameter, what was given, what is accepted, and what the model used
// instead. The explorer shows problems as notices and keeps going; the
// command line refuses them.
type Problem struct {
	// Param is the query parameter (e.g. "pue", "val.aws").
	Param string `json:"param"`
	// Field is the scenario's JSON field (e.g. "pue", "overrides.value_usd").
	Field string `json:"field"`
	// Value is the value as given.
	Value string `json:"value"`
	// Accepted describes the accepted range or words.
	Accepted string `json:"accepted"`
	// Used is the value used instead ("ignored" when the parameter is dropped).
	Used string `json:"used"`
	// Err is ErrUnknownParam, ErrMalformed, ErrOutOfRange, ErrUnknownPreset
	// or ErrUnknownDeal.
	Err error `json:"-"`
}

// Error returns the problem as one sentence naming the parameter.
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.Param)
	if p.Value != "" {
		fmt.Fprintf(&b, "=%q", p.Value)
	}
	if p.Field != "" && p.Field != p.Param {
		fmt.Fprintf(&b, " (field %s)", p.Field)
	}
	fmt.Fprintf(&b, ": %v", p.Err)
	if p.Accepted != "" {
		fmt.Fprintf(&b, "; accepted: %s", p.Accepted)
	}
	switch p.Used {
	case "":
	case "ignored":
		b.WriteString("; ignored")
	default:
		fmt.Fprintf(&b, "; using %s", p.Used)
	}
	return b.String()
}

// Unwrap returns the sentinel error of the problem.
func (p Problem) Unwrap() error { return p.Err }

// Problems is a list of problems that is also an error.
type Problems []Problem

// Error returns the problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems as errors, for errors.Is and errors.As.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}
