package model

import (
	"regexp"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestParamLabel_NamesEveryParameterAPublicationCanState(t *testing.T) {
	snake := regexp.MustCompile(`^[a-z0-9_.]+$`)
	keys := []string{"inc", "exc"}
	for _, p := range Params() {
		keys = append(keys, p.Key)
	}
	for _, w := range WordParams() {
		keys = append(keys, w.Key)
	}
	for _, k := range keys {
		t.Run(k+" is named in words", func(t *testing.T) {
			if got := ParamLabel(k); got == "" || snake.MatchString(got) {
				t.Errorf("ParamLabel(%q): got %q, want words", k, got)
			}
		})
	}
}

func TestStatedValue(t *testing.T) {
	l := &data.Ledger{Deals: []data.Deal{{ID: "nvidia_equity", Counterparty: "Nvidia (investment in OpenAI)"}}}
	cases := []struct {
		name, key, value, want string
	}{
		{"a number reads in the control's unit", "rent", "17.22B", "17.22 $B/GW-yr"},
		{"a share reads in percent", "share", "0.5", "50%"},
		{"a word reads by its label", "rev", "targets", "Through target points"},
		{"deal ids read as counterparties", "exc", "nvidia_equity", "Nvidia (investment in OpenAI)"},
		{"revenue targets read as amounts by year", "rev_pts", "2030:213B", "$213.0B in 2030"},
		{"a value that does not parse stays as it is", "rent", "lots", "lots"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := StatedValue(l, c.key, c.value); got != c.want {
				t.Errorf("StatedValue(%q, %q): got %q, want %q", c.key, c.value, got, c.want)
			}
		})
	}
}
