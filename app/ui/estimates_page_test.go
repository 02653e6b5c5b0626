package ui

import (
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

func TestEstimatesView_ShowsEveryPublishedFigureBesideTheModel(t *testing.T) {
	e := &Explorer{Path: pathEstimates}
	html := render(t, e)
	if e.err != nil {
		t.Fatal(e.err)
	}
	es, err := model.Estimates(data.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	for _, est := range es {
		if !strings.Contains(html, `href="`+escapeHTML(est.URL)+`"`) {
			t.Errorf("%s: no link to its source %s", est.ID, est.URL)
		}
		if !strings.Contains(html, `href="/funding?preset=`+est.ID+`"`) {
			t.Errorf("%s: no link opening its preset in the other views", est.ID)
		}
		for _, r := range est.Rows {
			c := FormatEstimate(r)
			for _, cell := range []string{c.Published, c.Model, c.Base, c.DifferencePct} {
				if !strings.Contains(html, ">"+escapeHTML(cell)+"</td>") {
					t.Errorf("%s %s: no cell %q", est.ID, r.Figure, cell)
				}
			}
			if !strings.Contains(html, escapeHTML(r.Why)) {
				t.Errorf("%s %s: the why is not shown", est.ID, r.Figure)
			}
		}
	}
}

func TestFormatEstimate_UsesTheExplorersFormats(t *testing.T) {
	r := model.EstimateRow{Name: "Funding need", Unit: "USD", Year: 2030, PublishedValue: 207e9, ModelValue: 594.5e9, BaseValue: 373.6e9,
		Difference: 387.5e9, DifferencePct: 1.872}
	got := FormatEstimate(r)
	want := EstimateCells{Figure: "Funding need, 2030", Published: "$207.0B", Model: "$594.5B", Base: "$373.6B", Difference: "+$387.5B", DifferencePct: "+187.2%"}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
