package data

import (
	"fmt"
	"strings"
	"testing"
)

// fuzzLedger builds a small ledger from b: deals with counted_in links
// (chains, loops, unknown ids), statuses, values and years, and revisions
// on several dates that may make a deal invalid. Every byte chooses
// something, so the fuzzer reaches the validator's branches quickly.
func fuzzLedger(b []byte) *Ledger {
	next := func() int {
		if len(b) == 0 {
			return 0
		}
		v := int(b[0])
		b = b[1:]
		return v
	}
	src := []Source{{URL: "https://example.com/a", Publisher: "Example", Date: MustDate("2025-01-01"), Supports: "all"}}
	l := &Ledger{}
	nDeals := 1 + next()%7
	for i := 0; i < nDeals; i++ {
		d := Deal{
			ID: fmt.Sprintf("d%d", i), Counterparty: "C", Kind: KindCloudPurchase, Status: Statuses[next()%len(Statuses)],
			Direction: DirectionOutflow, Announced: Date{MustDate("2025-01-01").AddDate(0, 0, next()%5)},
			Confidence: ConfidenceMedium, StartYear: 2025, EndYear: 2030, Sources: src,
		}
		if v := next(); v%3 > 0 {
			d.ValueUSD = ptr(float64(v) * 1e9)
		}
		switch c := next() % 10; {
		case c < nDeals+1:
			d.CountedIn = fmt.Sprintf("d%d", c)
		case c == 9:
			d.CountedIn = "unknown"
		}
		if d.CountedIn == d.ID {
			d.CountedIn = ""
		}
		l.Deals = append(l.Deals, d)
	}
	nRevs := next() % 9
	for k := 0; k < nRevs; k++ {
		r := Revision{
			ID: fmt.Sprintf("r%d", k), DealID: fmt.Sprintf("d%d", next()%(nDeals+1)),
			Date: Date{MustDate("2025-01-03").AddDate(0, 0, next()%4)}, Summary: "s", Sources: src,
		}
		switch next() % 6 {
		case 0:
			r.ValueUSD = ptr(float64(next()) * 1e9)
		case 1:
			r.ValueUSD = ptr(-1.0) // invalid
		case 2:
			r.EndYear = ptr(2020 + next()%12) // may be before start_year
		case 3:
			r.Status = ptr(Statuses[next()%len(Statuses)])
		case 4:
			r.CountedIn = ptr(fmt.Sprintf("d%d", next()%nDeals))
		}
		l.Revisions = append(l.Revisions, r)
	}
	return l
}

// verdict writes a validation result for comparison.
func verdict(err error) string {
	if err == nil {
		return "valid"
	}
	return err.Error()
}

// FuzzValidateMatchesReference holds the linear validator to the verdicts
// and messages of the earlier quadratic one on small ledgers.
func FuzzValidateMatchesReference(f *testing.F) {
	for _, seed := range [][]byte{
		{},
		{3, 1, 50, 1, 1, 60, 2, 1, 70, 9, 4, 0, 1, 2, 1, 1, 0, 2, 3, 2},          // a chain and revisions
		{2, 1, 10, 1, 1, 10, 0, 6, 0, 0, 1, 1, 2, 1, 2, 2, 2, 0},                 // a loop and an end_year before start
		{5, 0, 1, 1, 4, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 8, 1, 0, 1, 2, 3, 2, 1}, // statuses and a long revision list
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		l := fuzzLedger(b)
		l.Assumptions = MustLoad().Assumptions
		got, want := verdict(l.Validate()), verdict(l.refValidate())
		if got != want {
			t.Fatalf("the validator says\n%s\nthe reference says\n%s", got, want)
		}
	})
}

// TestValidateLongChains checks the verdicts on the inputs that were slow:
// a long counted_in chain is valid, the same chain closed into a loop is
// refused for every deal on it with a shortened message, and a deal
// revised many times keeps every source.
func TestValidateLongChains(t *testing.T) {
	const n = 2000
	src := []Source{{URL: "https://example.com/a", Publisher: "Example", Date: MustDate("2025-01-01"), Supports: "all"}}
	l := &Ledger{Assumptions: MustLoad().Assumptions}
	for i := 0; i < n; i++ {
		d := Deal{ID: fmt.Sprintf("c%d", i), Counterparty: "C", Kind: KindSiteLease, Status: StatusDefinitive,
			Direction: DirectionOutflow, Announced: MustDate("2025-01-01"), Confidence: ConfidenceMedium, Sources: src}
		if i > 0 {
			d.CountedIn = fmt.Sprintf("c%d", i-1)
		}
		l.Deals = append(l.Deals, d)
	}
	if err := l.Validate(); err != nil {
		t.Fatalf("a chain of %d deals: %v", n, err)
	}
	v := l.AsOf(MustDate("2025-06-01"))
	if v.Totals.CountedCount != 1 {
		t.Errorf("a chain counts %d deals, want 1 (the head)", v.Totals.CountedCount)
	}
	l.Deals[0].CountedIn = fmt.Sprintf("c%d", n-1)
	err := l.Validate()
	if err == nil {
		t.Fatal("a loop of 2000 deals is accepted")
	}
	msg := err.Error()
	if c := strings.Count(msg, "counted_in loops back"); c != n {
		t.Errorf("%d deals reported in the loop, want %d", c, n)
	}
	if !strings.Contains(msg, "more) ...") || len(msg) > n*1000 {
		t.Errorf("loop messages are not shortened (%d bytes)", len(msg))
	}

	l.Deals[0].CountedIn = ""
	for k := 0; k < n; k++ {
		l.Revisions = append(l.Revisions, Revision{ID: fmt.Sprintf("r%d", k), DealID: "c0",
			Date: Date{MustDate("2025-02-01").AddDate(0, 0, k)}, Summary: "s", ValueUSD: ptr(float64(k) * 1e6), Sources: src})
	}
	if err := l.Validate(); err != nil {
		t.Fatal(err)
	}
	d, _ := l.AsOf(MustDate("2035-01-01")).Deal("c0")
	if len(d.Sources) != n+1 {
		t.Errorf("after %d revisions the deal has %d sources, want %d", n, len(d.Sources), n+1)
	}
}
