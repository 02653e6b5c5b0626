package chart

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// unitPattern matches a number written with its unit, as the tooltips
// and axis names write them: "$38.0B", "$0", "4.5 GW", "239 TWh", "5.8%",
// "15.0 million", "350,000 accelerators", the flows' template "${c}B", or
// a unit named in words.
var unitPattern = regexp.MustCompile(`\$[0-9]|[0-9] ?(GW|TWh|%|million|accelerators|homes)|\$\{c\}B|US\$ billion|GW|TWh|%|millions`)

// optionMap returns c's option as plain JSON values.
func optionMap(t testing.TB, c Optioner) map[string]any {
	t.Helper()
	raw, err := OptionJSON(c)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// asList returns v as a list ([] for anything else).
func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// object returns v as an object (nil for anything else).
func object(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// axesOf returns the x and y axes of an option.
func axesOf(m map[string]any) []map[string]any {
	var out []map[string]any
	for _, key := range []string{"xAxis", "yAxis"} {
		for _, a := range asList(m[key]) {
			out = append(out, object(a))
		}
	}
	return out
}

func TestBuilders_ValueAxesNameTheirUnit(t *testing.T) {
	for _, b := range builders() {
		t.Run("every value axis of "+b.name+" is named with its unit", func(t *testing.T) {
			for i, a := range axesOf(optionMap(t, b.build())) {
				if a["type"] != "value" {
					continue
				}
				name, _ := a["name"].(string)
				if name == "" || !unitPattern.MatchString(name) {
					t.Errorf("axis %d: got name %q, want one that names the unit", i, name)
				}
			}
		})
	}
}

// tooltipTexts returns what the tooltips of an option show: for an axis
// tooltip the texts of the tooltip series (checking that each grid's first
// series is one), else every item or series tooltip formatter.
func tooltipTexts(t *testing.T, m map[string]any) []string {
	t.Helper()
	var texts []string
	tt := object(m["tooltip"])
	if tt["trigger"] == "axis" {
		if tt["formatter"] != tipFormatter {
			t.Fatalf("got axis tooltip formatter %v, want %q", tt["formatter"], tipFormatter)
		}
		first := map[float64]map[string]any{}
		for _, s := range asList(m["series"]) {
			so := object(s)
			grid, _ := so["xAxisIndex"].(float64)
			if _, ok := first[grid]; !ok {
				first[grid] = so
			}
		}
		for grid, so := range first {
			if so["name"] != nil {
				t.Errorf("grid %v: the first series is %q, want the tooltip series", grid, so["name"])
			}
			for _, d := range asList(so["data"]) {
				name, _ := object(d)["name"].(string)
				texts = append(texts, name)
			}
		}
		return texts
	}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if tip := object(x["tooltip"]); tip != nil && tip["show"] != false {
				if f, ok := tip["formatter"].(string); ok {
					texts = append(texts, f)
				}
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(m["series"])
	return texts
}

func TestBuilders_TooltipsCarryUnits(t *testing.T) {
	for _, b := range builders() {
		t.Run("every tooltip line of "+b.name+" gives its value with a unit", func(t *testing.T) {
			texts := tooltipTexts(t, optionMap(t, b.build()))
			if len(texts) == 0 {
				t.Fatal("got no tooltip text")
			}
			for _, text := range texts {
				lines := strings.Split(strings.ReplaceAll(text, "<br/>", "\n"), "\n")
				if len(lines) > 1 {
					// The first line names the year, the row or the date.
					lines = lines[1:]
				}
				for _, l := range lines {
					if strings.HasPrefix(l, "<b>") {
						continue // an event's name and summary (timeline)
					}
					if !unitPattern.MatchString(l) {
						t.Errorf("tooltip line %q (of %q) has no unit", l, text)
					}
				}
			}
		})
	}
}

// visibleKeys are the option keys whose strings a reader sees: titles,
// names, category and legend data, label and tooltip texts, the aria
// description and the sankey's link ends.
var visibleKeys = map[string]bool{"text": true, "subtext": true, "name": true, "data": true, "formatter": true,
	"description": true, "source": true, "target": true}

// visibleStrings returns every string of an option a reader sees.
func visibleStrings(v any, key string, out *[]string) {
	switch x := v.(type) {
	case string:
		if visibleKeys[key] {
			*out = append(*out, x)
		}
	case map[string]any:
		for k, y := range x {
			visibleStrings(y, k, out)
		}
	case []any:
		for _, y := range x {
			visibleStrings(y, key, out)
		}
	}
}

// snakeCase matches an identifier written with underscores ("amd_mi450",
// "cumulative_gap").
var snakeCase = regexp.MustCompile(`\b[a-z][a-z0-9]*_[a-z0-9_]+\b`)

// knownIDs returns the identifiers of l a reader must never see: deal
// ids, chip families, metrics and the model's word choices that are not
// words ("cagr"); each matched as a whole lower-case word.
func knownIDs(l *data.Ledger) *regexp.Regexp {
	ids := map[string]bool{"cagr": true}
	for _, d := range l.Deals {
		ids[d.ID] = true
		if d.ChipFamily != "" {
			ids[d.ChipFamily] = true
		}
	}
	for _, m := range model.Metrics {
		ids[string(m)] = true
	}
	for _, p := range model.Params() {
		if strings.ContainsAny(p.Key, "_0123456789") {
			ids[p.Key] = true
		}
	}
	var quoted []string
	for id := range ids {
		quoted = append(quoted, regexp.QuoteMeta(id))
	}
	return regexp.MustCompile(`\b(` + strings.Join(quoted, "|") + `)\b`)
}

func TestBuilders_RealLedgerShowsNoIdentifiers(t *testing.T) {
	l := realLedger(t)
	ids := knownIDs(l)
	asOf := model.DefaultAsOf(l)
	v := l.AsOf(asOf)
	base, err := model.Preset(l, model.PresetBase, asOf)
	if err != nil {
		t.Fatal(err)
	}
	baseRun, err := model.Run(l, base)
	if err != nil {
		t.Fatal(err)
	}
	claim, err := l.ReconcileClaim(l.AsOf(data.MustDate("2025-11-06")))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range model.AllPresetNames() {
		s, err := model.Preset(l, name, asOf)
		if err != nil {
			t.Fatal(err)
		}
		r, err := model.Run(l, s)
		if err != nil {
			t.Fatal(err)
		}
		d, err := model.MonteCarlo(l, s, 100, 7)
		if err != nil {
			t.Fatal(err)
		}
		all := map[string]Optioner{
			"commitments":     CommitmentsByCounterparty(CounterpartyAmounts(r)),
			"power":           PowerAndChips(r),
			"funding":         Funding(r),
			"flows":           Flows(v, r),
			"timeline":        Timeline(l, asOf),
			"compare":         Compare(baseRun, r, "A: "+model.PresetLabel(model.PresetBase), "B: "+model.PresetLabel(name)),
			"usd waterfall":   Waterfall("From the deals to the claim", claim.Commitments),
			"gw waterfall":    Waterfall("From the deals to the claim", claim.Capacity),
			"spend by events": SpendByYear(r, GroupCounterparty, EventsFromView(v)),
		}
		for _, g := range Groups {
			all["spend by "+string(g)] = SpendByYear(r, g, nil)
			all["capacity by "+string(g)] = CapacityByYear(r, g)
		}
		for _, q := range FanQuantities {
			all["fan of "+string(q)] = Fan(d, q)
		}
		for _, m := range model.Metrics {
			swings, err := model.Sensitivity(l, s, m)
			if err != nil {
				t.Fatal(err)
			}
			all["tornado of "+string(m)] = Tornado(swings, m)
		}
		for chart, c := range all {
			t.Run("the "+chart+" chart of "+name+" shows words, not identifiers", func(t *testing.T) {
				var strs []string
				visibleStrings(optionMap(t, c), "", &strs)
				for _, s := range strs {
					if m := snakeCase.FindString(s); m != "" {
						t.Errorf("shows %q in %q", m, s)
					}
					if m := ids.FindString(s); m != "" {
						t.Errorf("shows the identifier %q in %q", m, s)
					}
				}
			})
		}
	}
}
