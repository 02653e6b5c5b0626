package model

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/data"
)

// Reconciliation is the claim reconciled with the ledger as of a
// scenario's date (data.ClaimReconciliation), beside what the scenario
// counts as OpenAI's own obligations: the ledger's commitments include the
// joint venture's build-out, which its partners pay for.
type Reconciliation struct {
	data.ClaimReconciliation
	Scenario string `json:"scenario"`
	// LedgerCommitmentsUSD is the ledger's deduplicated commitments
	// (data.Totals.CommitmentsUSD); OpenAIObligationsUSD and
	// BuiltByOthersUSD are the scenario's Totals.
	LedgerCommitmentsUSD float64 `json:"ledger_commitments_usd"`
	OpenAIObligationsUSD float64 `json:"openai_obligations_usd"`
	BuiltByOthersUSD     float64 `json:"built_by_others_usd"`
}

// Reconcile returns the reconciliation of r's ledger date with the claim.
func Reconcile(l *data.Ledger, r Result) (Reconciliation, error) {
	v := l.AsOf(r.Scenario.AsOf)
	c, err := l.ReconcileClaim(v)
	if err != nil {
		return Reconciliation{}, err
	}
	return Reconciliation{ClaimReconciliation: c, Scenario: r.Scenario.Preset,
		LedgerCommitmentsUSD: v.Totals.CommitmentsUSD,
		OpenAIObligationsUSD: r.Totals.OpenAIObligationsUSD, BuiltByOthersUSD: r.Totals.BuiltByOthersUSD}, nil
}

// reconcileHeader is the CSV header of WriteCSV.
var reconcileHeader = []string{"as_of", "section", "key", "kind", "label", "value", "unit", "assumption", "deal_ids"}

// WriteCSV writes the reconciliation as CSV: one row per claim, step and
// ledger total of each waterfall, then the homes arithmetic and the
// obligations side by side. Values are plain numbers (US dollars, GW,
// homes, kWh, TWh).
func (c Reconciliation) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	asOf := c.AsOf.String()
	row := func(section, key, kind, label string, value float64, unit, assumption string, ids []string) {
		cw.Write([]string{asOf, section, key, kind, label, strconv.FormatFloat(value, 'f', -1, 64), unit, assumption, strings.Join(ids, ";")})
	}
	cw.Write(reconcileHeader)
	for _, wf := range []struct {
		section string
		w       data.Waterfall
	}{{"commitments", c.Commitments}, {"capacity", c.Capacity}} {
		row(wf.section, "claim", "claim", "Claim", wf.w.Claim, wf.w.Unit, "", nil)
		for _, s := range wf.w.Steps {
			if s.Kind == data.StepResidual {
				row(wf.section, "ledger", "total", "Ledger total", wf.w.Ledger, wf.w.Unit, "", nil)
			}
			row(wf.section, s.Key, s.Kind, s.Label, s.Value, wf.w.Unit, s.Assumption, s.DealIDs)
		}
	}
	h := c.Homes
	for _, r := range []struct {
		key, label string
		value      float64
		unit       string
	}{
		{"claim_gw", "Claim's capacity", h.ClaimGW, "GW"},
		{"hours_per_year", "Hours in a year", h.HoursPerYear, "h"},
		{"claim_twh", "Claim's capacity at full draw for a year", h.ClaimTWh, "TWh"},
		{"household_kwh_per_year", "Average US household's use", h.HouseholdKWhPerYear, "kWh"},
		{"computed_homes", "Homes from the claim's capacity", h.ComputedHomes, "homes"},
		{"claim_homes", "Homes in the claim", h.ClaimHomes, "homes"},
		{"implied_kwh_per_home", "Use per home the claim implies", h.ImpliedKWhPerHome, "kWh"},
		{"ledger_gw", "Ledger's capacity", h.LedgerGW, "GW"},
		{"ledger_homes", "Homes from the ledger's capacity", h.LedgerHomes, "homes"},
	} {
		row("homes", r.key, "input", r.label, r.value, r.unit, "", nil)
	}
	row("obligations", "ledger_commitments_usd", "total", "Ledger's commitments", c.LedgerCommitmentsUSD, "USD", "", nil)
	row("obligations", "openai_obligations_usd", "total", "OpenAI's own obligations ("+c.Scenario+")", c.OpenAIObligationsUSD, "USD", "", nil)
	row("obligations", "built_by_others_usd", "total", "Built by others ("+c.Scenario+")", c.BuiltByOthersUSD, "USD", "", nil)
	cw.Flush()
	return cw.Error()
}
