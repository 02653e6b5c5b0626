//go:build !wasm

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"github.com/computeledger/computeledger/app/model"
)

func TestRunReconcile_OpensOnTheClaimDateAndItsStepsAddUp(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runReconcile(nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var c model.Reconciliation
	if err := json.Unmarshal(out.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	if c.AsOf.String() != "2025-11-06" || c.Scenario != "base" {
		t.Errorf("got as of %s, scenario %s; want 2025-11-06, base", c.AsOf, c.Scenario)
	}
	sum := 0.0
	for _, s := range c.Commitments.Steps {
		if s.Kind == "ledger" {
			sum += s.Value
		}
	}
	if sum != c.Commitments.Ledger || c.Commitments.Ledger != c.LedgerCommitmentsUSD {
		t.Errorf("steps add up to %v, ledger %v, commitments %v", sum, c.Commitments.Ledger, c.LedgerCommitmentsUSD)
	}
	if !(c.OpenAIObligationsUSD > 0 && c.OpenAIObligationsUSD < c.LedgerCommitmentsUSD+c.BuiltByOthersUSD) {
		t.Errorf("got obligations %v beside commitments %v", c.OpenAIObligationsUSD, c.LedgerCommitmentsUSD)
	}
}

func TestRunReconcile_CSVHasEveryStep(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runReconcile([]string{"-as-of", "2026-04-27", "-format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, r := range rows[1:] {
		if r[0] != "2026-04-27" {
			t.Errorf("row %v: want as_of 2026-04-27", r)
		}
		keys[r[1]+"/"+r[2]] = true
	}
	for _, k := range []string{"commitments/disclosed", "commitments/overlap", "commitments/undisclosed", "capacity/chips_in_sites", "homes/computed_homes", "obligations/openai_obligations_usd"} {
		if !keys[k] {
			t.Errorf("no row %s", k)
		}
	}
}

func TestRunReconcile_BadFlags(t *testing.T) {
	for _, args := range [][]string{{"-as-of", "2025-13-01"}, {"-format", "xml"}, {"-scenario", "nope"}} {
		var out, errOut bytes.Buffer
		if code := runReconcile(args, &out, &errOut); code != 2 {
			t.Errorf("%v: got exit %d, want 2", args, code)
		}
	}
}
