package model

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestScenarioJSON_RoundTrips(t *testing.T) {
	l := fixtureLedger(t)
	for _, s := range []Scenario{mustPreset(t, l, PresetBase, fixtureAsOf), edited(t, l)} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseScenarioJSON(b)
		if err != nil {
			t.Fatalf("ParseScenarioJSON(%s): %v", b, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Errorf("got %+v, want %+v", got, s)
		}
	}
}

func TestScenarioJSON_FieldsAreSnakeCase(t *testing.T) {
	l := fixtureLedger(t)
	b, _ := json.Marshal(edited(t, l))
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for k := range m {
		if strings.ToLower(k) != k || strings.Contains(k, "-") {
			t.Errorf("field %q: want snake_case", k)
		}
	}
	for _, k := range []string{"v", "as_of", "cost_per_gw_usd", "pue", "revenue_cagr", "overrides", "solve"} {
		if _, ok := m[k]; !ok {
			t.Errorf("field %q missing from %s", k, b)
		}
	}
}

func TestParseScenarioJSON_NamesTheBadField(t *testing.T) {
	l := fixtureLedger(t)
	good, _ := json.Marshal(mustPreset(t, l, PresetBase, fixtureAsOf))
	replace := func(old, new string) string { return strings.Replace(string(good), old, new, 1) }
	tests := []struct {
		name, json, field string
	}{
		{"a string for a number", replace(`"pue":1.25`, `"pue":"high"`), "pue"},
		{"a nested field of the wrong type", replace(`"year":0`, `"year":"soon"`), "solve.year"},
		{"an unknown field", replace(`"pue":1.25`, `"pue":1.25,"colour":"red"`), "colour"},
		{"a bad date", replace(`"as_of":"2026-06-30"`, `"as_of":"30/06/2026"`), "as_of"},
		{"a value out of range", replace(`"utilisation":0.8`, `"utilisation":7`), "utilisation"},
		{"truncated JSON", string(good[:40]), "JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseScenarioJSON([]byte(tt.json))
			if !errors.Is(err, ErrBadScenario) || !strings.Contains(err.Error(), tt.field) {
				t.Errorf("got %v, want ErrBadScenario naming %s", err, tt.field)
			}
		})
	}
}
