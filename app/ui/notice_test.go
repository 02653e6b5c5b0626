package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

func TestProblemNotices_ThousandsOfBadParametersGiveElevenLines(t *testing.T) {
	ps := make([]model.Problem, 3000)
	for i := range ps {
		ps[i] = model.Problem{Param: fmt.Sprintf("junk%d", i), Value: "x", Err: model.ErrUnknownParam}
	}
	got := ProblemNotices(ps)
	if len(got) != maxProblemNotices+1 || !strings.Contains(got[len(got)-1].Text, "2990 more parameters") {
		t.Errorf("got %d notices, last %q; want %d and a line for the other 2990", len(got), got[len(got)-1].Text, maxProblemNotices+1)
	}
}

func TestProblemNotice_NamesTheParameterInWords(t *testing.T) {
	n := ProblemNotice(model.Problem{Param: "rev0_y", Value: "abc", Err: model.ErrMalformed})
	if want := "Start year of the run rate: rev0_y = \"abc\""; !strings.HasPrefix(n.Text, want) {
		t.Errorf("got %q, want it to start with %q", n.Text, want)
	}
}
