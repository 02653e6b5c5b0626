package ui

import (
	"math"
	"sort"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// ScenarioChange is one way the scenario differs from its preset, as the
// "what you changed" list shows it: the parameter in words, its value and
// the preset's. Session.resetChange(Key) puts the preset's value back.
type ScenarioChange struct {
	// Key is the query parameter ("g", "val.oracle-2025").
	Key string
	// Label names the parameter in words.
	Label string
	// Value and Base are the scenario's value and the preset's, as the
	// controls show them ("40 %", "none").
	Value, Base string
}

// ScenarioChanges returns the parameters the scenario sets differently
// from its preset as of its date, in the order of the link (the same list
// Session.Query writes, without v, preset and as_of, which it shares with
// the preset).
func (s *Session) ScenarioChanges() []ScenarioChange {
	key := itoa(s.ScenarioRev) + "|" + s.DataVersion()
	if key != s.changesKey {
		s.changesKey, s.changes = key, s.scenarioChanges()
	}
	return s.changes
}

// scenarioChanges computes ScenarioChanges.
func (s *Session) scenarioChanges() []ScenarioChange {
	p := s.presetOf(s.Scenario)
	diff := s.Scenario.QueryFrom(p)
	full, ref := s.Scenario.Query(), p.Query()
	keys := make([]string, 0, len(diff))
	for k := range diff {
		switch k {
		case "v", "preset", "as_of":
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]ScenarioChange, 0, len(keys))
	for _, k := range keys {
		out = append(out, ScenarioChange{
			Key: k, Label: paramLabel(s.Ledger, k),
			Value: shownValue(s.Scenario, k, full.Get(k)), Base: shownValue(p, k, ref.Get(k)),
		})
	}
	return out
}

// resetChange returns the change that drops parameter key from the link,
// so that it takes the preset's value, keeping everything else.
func (s *Session) resetChange(key string) Change {
	q := s.Query()
	q.Del(key)
	return Change{Query: q}
}

// paramLabel names a query parameter in words: the registry's label, with
// the deal's counterparty for a per-deal one.
func paramLabel(l *data.Ledger, key string) string {
	if p, ok := model.ParamByKey(key); ok {
		if prefix, id, ok := strings.Cut(key, "."); ok && prefix != "kw" {
			if d, ok := l.DealByID(id); ok {
				return p.Label + ", " + d.Counterparty
			}
		}
		return p.Label
	}
	if p, ok := model.ListParamByKey(key); ok {
		return p.Label
	}
	if p, ok := model.WordParamByKey(key); ok {
		return p.Label
	}
	return key
}

// shownValue returns the value of parameter key in sc as the controls show
// it; raw is the link's value, used when the registry has no display.
func shownValue(sc model.Scenario, key, raw string) string {
	if p, ok := model.ParamByKey(key); ok {
		v := p.Shown(sc)
		if v == 0 && p.ZeroOK {
			return "not set"
		}
		return strings.TrimSpace(formatShownNumber(v) + " " + p.Show.Unit)
	}
	if p, ok := model.ListParamByKey(key); ok {
		if v := p.Shown(sc); v != "" {
			return v
		}
		return "none"
	}
	if p, ok := model.WordParamByKey(key); ok {
		v := p.Get(sc)
		if p.Switch {
			if v == "1" {
				return "on"
			}
			return "off"
		}
		return v
	}
	if raw == "" {
		return "none"
	}
	return raw
}

// formatShownNumber returns a control's value as the changes list shows
// it: to three significant figures ("96.6" rather than 96.564309029),
// whole numbers from 100 up.
func formatShownNumber(v float64) string {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return formatNumber(v)
	}
	if math.Abs(v) >= 100 {
		return formatNumber(math.Round(v))
	}
	digits := 2 - int(math.Floor(math.Log10(math.Abs(v))))
	f := math.Pow(10, float64(digits))
	return formatNumber(math.Round(v*f) / f)
}
