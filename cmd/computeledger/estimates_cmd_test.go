//go:build !wasm

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

// estimatesOutput is the JSON contract of `computeledger estimates`.
type estimatesOutput []struct {
	ID        *string  `json:"id"`
	URL       *string  `json:"url"`
	AsOf      *string  `json:"as_of"`
	Query     *string  `json:"query"`
	NotStated []string `json:"not_stated"`
	Stated    []struct {
		Param, Value, Quote, URL string
	} `json:"stated"`
	Rows []struct {
		Figure        *string  `json:"figure"`
		Published     *float64 `json:"published"`
		Model         *float64 `json:"model"`
		Base          *float64 `json:"base"`
		Difference    *float64 `json:"difference"`
		DifferencePct *float64 `json:"difference_pct"`
		Within        *bool    `json:"within_tolerance"`
		Why           *string  `json:"why"`
		Quote         *string  `json:"quote"`
	} `json:"rows"`
}

func TestRunEstimates_JSONHasEveryPublicationWithItsRows(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runEstimates([]string{"-format", "json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var es estimatesOutput
	if err := json.Unmarshal(out.Bytes(), &es); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range es {
		if e.ID == nil || e.URL == nil || e.AsOf == nil || e.Query == nil || len(e.Rows) == 0 || len(e.Stated) == 0 {
			t.Fatalf("a publication lacks a contract field: %+v", e)
		}
		ids[*e.ID] = true
		for _, r := range e.Rows {
			if r.Figure == nil || r.Published == nil || r.Model == nil || r.Base == nil || r.Difference == nil || r.DifferencePct == nil || r.Within == nil || r.Why == nil || r.Quote == nil {
				t.Fatalf("%s: a row lacks a contract field", *e.ID)
			}
			if !*r.Within && *r.Why == "" {
				t.Errorf("%s %s misses without a why", *e.ID, *r.Figure)
			}
		}
	}
	for _, id := range []string{"hsbc_2025_11", "openai_plan_2026_02", "theinformation_2025_09"} {
		if !ids[id] {
			t.Errorf("no publication %s", id)
		}
	}
}

func TestRunEstimates_CSVHasAHeaderAndOneRowPerFigure(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runEstimates([]string{"-format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	runEstimates(nil, &js, &errOut)
	var es estimatesOutput
	if err := json.Unmarshal(js.Bytes(), &es); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		n += len(e.Rows)
	}
	if len(rows) != n+1 || len(rows[0]) != len(model.EstimateColumns) {
		t.Fatalf("got %d rows of %d columns, want a header and %d rows of %d", len(rows), len(rows[0]), n, len(model.EstimateColumns))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	got, err := strconv.ParseFloat(rows[1][col["model"]], 64)
	if err != nil || got != *es[0].Rows[0].Model {
		t.Errorf("first row's model %q, want the JSON's %v", rows[1][col["model"]], *es[0].Rows[0].Model)
	}
}

func TestRunModel_APublicationsPresetCarriesItsComparison(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runModel([]string{"-scenario", "hsbc_2025_11"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var m struct {
		Scenario    model.Scenario  `json:"scenario"`
		Publication *model.Estimate `json:"publication"`
	}
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m.Scenario.Preset != "hsbc_2025_11" || m.Scenario.AsOf.String() != "2025-11-26" {
		t.Errorf("scenario %s as of %v, want hsbc_2025_11 as of 2025-11-26", m.Scenario.Preset, m.Scenario.AsOf)
	}
	if m.Publication == nil || m.Publication.ID != "hsbc_2025_11" || len(m.Publication.Rows) == 0 {
		t.Fatalf("no publication block: %+v", m.Publication)
	}
	out.Reset()
	runModel([]string{"-scenario", "base"}, &out, &errOut)
	if bytes.Contains(out.Bytes(), []byte(`"publication"`)) {
		t.Error("base carries a publication block")
	}
}
