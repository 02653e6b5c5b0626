package ui

import (
	"errors"
	"fmt"

	"github.com/computeledger/computeledger/app/model"
)

// Notice is one message the explorer shows above a view: a bad link
// parameter and the value used instead, a link made with other data, a
// store that had to be reset, or the outcome of an import.
type Notice struct {
	// Param is the query parameter the notice is about ("pue",
	// "ui.group"); "" for a notice about no single parameter.
	Param string
	// Text is the notice in one sentence.
	Text string
}

// ProblemNotice returns the notice for one problem found in a link: it
// names the parameter in words and by its key, what was given, what is
// accepted and the value used instead, such as `Power usage effectiveness
// (PUE): pue = "abc" cannot be read (accepted: 1 to 3 ratio); using 1.2
// instead.`
func ProblemNotice(p model.Problem) Notice {
	text := p.Param
	// The parameter's name in words first; the key after it is what the
	// link says, for whoever edits the link.
	if l := model.ParamLabel(p.Param); l != p.Param {
		text = l + ": " + text
	}
	if p.Value != "" {
		text += ` = "` + clip(p.Value, 60) + `"`
	}
	switch {
	case errors.Is(p.Err, model.ErrUnknownParam):
		text += " is not a parameter the explorer knows"
	case errors.Is(p.Err, model.ErrUnknownPreset):
		text += " is not a preset"
	case errors.Is(p.Err, model.ErrUnknownDeal):
		text += " names a deal the ledger does not hold"
	case errors.Is(p.Err, model.ErrOutOfRange):
		text += " is out of range"
	case errors.Is(p.Err, model.ErrMalformed):
		text += " cannot be read"
	case p.Err != nil:
		text += ": " + p.Err.Error()
	default:
		text += " is not accepted"
	}
	if p.Accepted != "" {
		text += " (accepted: " + p.Accepted + ")"
	}
	if p.Used == "" || p.Used == "ignored" {
		text += "; ignored."
	} else {
		text += "; using " + clip(p.Used, 80) + " instead."
	}
	return Notice{Param: p.Param, Text: text}
}

// ProblemNotices returns one notice per problem, in order.
func ProblemNotices(ps []model.Problem) []Notice {
	n := min(len(ps), maxProblemNotices)
	out := make([]Notice, n, n+1)
	for i, p := range ps[:n] {
		out[i] = ProblemNotice(p)
	}
	if more := len(ps) - n; more > 0 {
		out = append(out, Notice{Text: fmt.Sprintf("… and %d more parameters of the address could not be used; they were ignored.", more)})
	}
	return out
}

// maxProblemNotices is how many notices about the address's parameters
// are listed one by one; a link with thousands of bad ones gets one line
// for the rest.
const maxProblemNotices = 10

// clip shortens s to at most n runes, ending with an ellipsis when cut, so
// that a very long bad value cannot flood the page.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
