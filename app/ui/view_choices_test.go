package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/chart"
	"github.com/computeledger/computeledger/app/model"
)

// TestViewChoices_EveryWordHasALabelAndTheLinkTakesIt checks the one list
// per choice: every tornado metric of the model is offered, labels are
// words (no identifier), and the link's parser takes each word and only
// those.
func TestViewChoices_EveryWordHasALabelAndTheLinkTakesIt(t *testing.T) {
	if got, want := choiceWords(metricChoices), enumStrings(model.Metrics); !slices.Equal(got, want) {
		t.Errorf("metric choices %v, want the model's metrics %v", got, want)
	}
	s := newTestSession(t)
	for param, cs := range map[string][]choice{paramGroup: groupChoices, paramMetric: metricChoices, paramFan: fanChoices} {
		for _, c := range cs {
			if c.label == "" || strings.Contains(c.label, "_") || c.label == c.value {
				t.Errorf("%s=%s: label %q is not words", param, c.value, c.label)
			}
			if u := s.Apply(Set(param, c.value)); u.Err != nil || len(u.Notices) > 0 {
				t.Errorf("%s=%s refused: %v", param, c.value, u.Notices)
			}
		}
		if u := s.Apply(Set(param, "nonsense")); len(u.Notices) != 1 || !strings.Contains(u.Notices[0].Text, choiceWords(cs)[0]) {
			t.Errorf("%s=nonsense: notices %v, want one listing the words", param, u.Notices)
		}
	}
	if choiceLabel(fanChoices, string(chart.FanSpend)) != "Spend" {
		t.Error("a fan quantity's label")
	}
}
