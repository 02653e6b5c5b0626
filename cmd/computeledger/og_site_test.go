//go:build !wasm

package main

import (
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestSiteSocial_Cards(t *testing.T) {
	s, _ := testServer(t, "/")
	h, err := s.social.headline()
	if err != nil {
		t.Fatal(err)
	}
	withoutChart := map[string]bool{"/ledger": true, "/estimates": true}
	for rel, e := range s.social.pages {
		card := e.card(h)
		t.Run("the image of "+rel+" shows its chart, or figures when it has none", func(t *testing.T) {
			switch {
			case withoutChart[rel] && (card.Chart != nil || len(card.Figures) < 3):
				t.Errorf("chart %v and %d figures, want no chart and the headline figures", card.Chart != nil, len(card.Figures))
			case !withoutChart[rel] && (card.Chart == nil || !hasPoints(card.Chart.Series) && card.Chart.Sankey == nil):
				t.Error("no chart read from the pre-rendered page")
			}
			if card.Heading != e.page.Title || card.AsOf == "" {
				t.Errorf("heading %q, as of %q; want the view's heading and a date", card.Heading, card.AsOf)
			}
		})
	}
	t.Run("the reconcile view's image is dated as the view opens, on the claim's date", func(t *testing.T) {
		if got, want := s.social.pages["/reconcile"].card(h).AsOf, data.ClaimDate.String(); got != want {
			t.Errorf("as of %q, want %q", got, want)
		}
		if got := s.social.pages["/spend"].card(h).AsOf; got != h.asOf {
			t.Errorf("spend as of %q, want the ledger's latest date %q", got, h.asOf)
		}
	})
}
