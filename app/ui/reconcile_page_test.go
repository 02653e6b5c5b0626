package ui

import (
	"net/url"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestReconcileView_OpensOnTheClaimDateWithLinksToEachStepsDeals(t *testing.T) {
	e := &Explorer{Path: pathReconcile}
	html := render(t, e)
	if got := e.s.Scenario.AsOf; got != data.ClaimDate {
		t.Fatalf("got as of %s, want the claim's date %s", got, data.ClaimDate)
	}
	for _, want := range []string{"$1.31T", "37.7 GW", "24.5M", "ui.deals=oracle_oci,coreweave", "Undisclosed values and the rest of the claim"} {
		if !strings.Contains(html, want) {
			t.Errorf("the view lacks %q", want)
		}
	}
}

func TestReconcileView_ADateInTheLinkWins(t *testing.T) {
	e := &Explorer{Path: pathReconcile, startQuery: "as_of=2026-04-27"}
	render(t, e)
	if got := e.s.Scenario.AsOf.String(); got != "2026-04-27" {
		t.Errorf("got as of %s, want the link's 2026-04-27", got)
	}
}

func TestLedgerRows_OnlyTheStepsDeals(t *testing.T) {
	v := data.MustLoad().AsOf(data.ClaimDate)
	vs := DefaultViewState()
	vs.Deals = "oracle_oci,coreweave"
	rows := LedgerRows(v, vs)
	if len(rows) != 2 || rows[0].Deal.ID != "oracle_oci" || rows[1].Deal.ID != "coreweave" {
		t.Errorf("got %d rows, want oracle_oci and coreweave", len(rows))
	}
}

func TestNavQuery_EachViewHasItsDefaultDate(t *testing.T) {
	latest := "2026-04-27"
	for _, c := range []struct{ from, to, asOf, want string }{
		{pathOverview, pathReconcile, latest, "2025-11-06"},
		{pathReconcile, pathFlows, "2025-11-06", latest},
		{pathOverview, pathReconcile, "2026-01-01", "2026-01-01"},
		{pathReconcile, pathLedger, "2026-01-01", "2026-01-01"},
		{pathOverview, pathSpend, latest, latest},
	} {
		q, _ := url.ParseQuery(navQuery(c.from, c.to, "preset=base&as_of="+c.asOf, latest))
		if got := q.Get("as_of"); got != c.want {
			t.Errorf("%s → %s at %s: got %s, want %s", c.from, c.to, c.asOf, got, c.want)
		}
	}
}
