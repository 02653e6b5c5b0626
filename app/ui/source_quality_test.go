package ui

import (
	"strings"
	"testing"

	"github.com/computeledger/computeledger/data"
)

func TestLedger_ShowsEachSourcesQualityAndTheQualitySplit(t *testing.T) {
	v := data.MustLoad().AsOf(data.MustDate("2026-04-27"))
	tile := sourceQualityTile(v.Totals)
	for _, want := range []string{" primary, ", " press, ", " secondary"} {
		if !strings.Contains(tile.Note, want) {
			t.Errorf("tile note %q lacks %q", tile.Note, want)
		}
	}
	if !strings.HasSuffix(tile.Value, "% estimated") {
		t.Errorf("tile value %q, want the estimated share", tile.Value)
	}
	d, _ := v.Deal("aws_2025")
	got := sourceLabel(d.Sources[0])
	if !strings.Contains(got, d.Sources[0].Date.String()) || !strings.Contains(got, string(d.Sources[0].Quality)) || !strings.Contains(got, "value_usd") {
		t.Errorf("got %q, want the date, quality and figures of the source", got)
	}
}
