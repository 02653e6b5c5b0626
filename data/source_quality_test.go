package data

import (
	"errors"
	"strings"
	"testing"
)

// source returns a JSON-ready source of the given quality for the given
// fields (none: every figure of its record).
func source(quality string, fields ...string) map[string]any {
	s := map[string]any{"url": "https://example.com/" + quality, "publisher": "Example " + quality, "date": "2026-05-01", "supports": "$1B", "quality": quality}
	if len(fields) > 0 {
		s["fields"] = fields
	}
	return s
}

func TestValidate_RefusesAFigureOnSecondarySourcesAloneWithoutASourcingNote(t *testing.T) {
	secondaryOnly := with(goodDeal("weak1"), "sources", []any{source("secondary"), source("secondary", "value_usd")})
	err := importAndMerge("extra.json", importJSON(t, []map[string]any{secondaryOnly}, nil))
	if !errors.Is(err, ErrWeakSource) {
		t.Fatalf("got %v, want ErrWeakSource", err)
	}
	var re *RecordError
	if !errors.As(err, &re) {
		t.Fatalf("got %T, want a *RecordError", err)
	}
	msg := err.Error()
	for _, want := range []string{"extra.json:", `deal "weak1"`, "field value_usd", "secondary", "Example secondary", "want a primary or press source for value_usd, or a sourcing_note"} {
		if !strings.Contains(msg, want) {
			t.Errorf("got %q, want it to contain %q", msg, want)
		}
	}
	if re.Line == 0 {
		t.Errorf("got no line number in %q", msg)
	}
}

func TestValidate_NamesOnlyTheFigureThatRestsOnSecondarySources(t *testing.T) {
	// The value has a press source; the term only a secondary one.
	d := with(goodDeal("weak2"), "sources", []any{source("press", "value_usd"), source("secondary", "start_year", "end_year")})
	err := importAndMerge("extra.json", importJSON(t, []map[string]any{d}, nil))
	if !errors.Is(err, ErrWeakSource) {
		t.Fatalf("got %v, want ErrWeakSource", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "field start_year") || !strings.Contains(msg, "field end_year") || strings.Contains(msg, "field value_usd") {
		t.Errorf("got %q, want start_year and end_year named and value_usd not", msg)
	}
}

func TestValidate_AcceptsSecondarySourcesWithASourcingNoteOrABetterSource(t *testing.T) {
	for _, tt := range []struct {
		name string
		deal map[string]any
	}{
		{"a sourcing note says why", with(with(goodDeal("ok1"), "sources", []any{source("secondary")}), "sourcing_note", "no outlet carried the figure")},
		{"a press source backs the same figure", with(goodDeal("ok2"), "sources", []any{source("secondary"), source("press")})},
		{"a primary source backs every figure", with(goodDeal("ok3"), "sources", []any{source("primary")})},
		{"an ungraded source (an older import) is not secondary", goodDeal("ok4")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := importAndMerge("extra.json", importJSON(t, []map[string]any{tt.deal}, nil)); err != nil {
				t.Errorf("got %v, want the deal accepted", err)
			}
		})
	}
}

func TestValidate_RefusesARevisionOnSecondarySourcesAlone(t *testing.T) {
	deal := with(goodDeal("rev1"), "sources", []any{source("press")})
	weak := with(goodRevision("rev1_up", "rev1"), "sources", []any{source("secondary")})
	err := importAndMerge("extra.json", importJSON(t, []map[string]any{deal}, []map[string]any{weak}))
	if !errors.Is(err, ErrWeakSource) || !strings.Contains(err.Error(), `revision "rev1_up"`) || !strings.Contains(err.Error(), "field value_usd") {
		t.Fatalf("got %v, want ErrWeakSource naming revision rev1_up and value_usd", err)
	}
	noted := with(weak, "sourcing_note", "only a mirror carried the report")
	if err := importAndMerge("extra.json", importJSON(t, []map[string]any{deal}, []map[string]any{noted})); err != nil {
		t.Errorf("with a sourcing note: got %v, want it accepted", err)
	}
}

func TestValidate_RefusesAnUnknownSourceQuality(t *testing.T) {
	d := with(goodDeal("q1"), "sources", []any{source("blog")})
	err := importAndMerge("extra.json", importJSON(t, []map[string]any{d}, nil))
	if !errors.Is(err, ErrBadValue) || !strings.Contains(err.Error(), "field sources[0].quality") || !strings.Contains(err.Error(), "want primary, press or secondary") {
		t.Errorf("got %v, want ErrBadValue on sources[0].quality", err)
	}
}

func TestImport_CSVReadsSourceQualityAndSourcingNote(t *testing.T) {
	body := "id,counterparty,kind,status,direction,announced,value_usd,confidence,source_url,source_publisher,source_date,source_supports,sourcing_note,source_quality\n" +
		"x1,Example,cloud_purchase,definitive,outflow,2026-05-01,1e9,low,https://example.com/a,Example,2026-05-01,$1B,only a blog has it,secondary\n"
	l, err := ParseDealsCSV("extra.csv", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if d := l.Deals[0]; d.SourcingNote != "only a blog has it" || d.Sources[0].Quality != QualitySecondary {
		t.Errorf("got note %q, quality %q; want both read", d.SourcingNote, d.Sources[0].Quality)
	}
	weak := strings.Replace(body, "only a blog has it", "", 1)
	if _, err := ParseDealsCSV("extra.csv", strings.NewReader(weak)); !errors.Is(err, ErrWeakSource) {
		t.Errorf("without the note: got %v, want ErrWeakSource", err)
	}
}

func TestLoad_EverySourceOfTheLedgerIsGraded(t *testing.T) {
	l := MustLoad()
	check := func(rec string, sources []Source) {
		for i, s := range sources {
			if s.Quality.rank() == 0 {
				t.Errorf("%s: sources[%d] (%s) has quality %q, want primary, press or secondary", rec, i, s.URL, s.Quality)
			}
		}
	}
	for _, d := range l.Deals {
		check("deal "+d.ID, d.Sources)
	}
	for _, r := range l.Revisions {
		check("revision "+r.ID, r.Sources)
	}
	for _, a := range l.Assumptions {
		check("assumption "+a.ID, a.Sources)
	}
	for _, s := range l.Series {
		check("series "+s.ID, s.Sources)
	}
}

func TestTotals_SplitCommitmentsByTheBestQualityOfEachValue(t *testing.T) {
	deals := []map[string]any{
		with(with(goodDeal("qp"), "value_usd", 5e9), "sources", []any{source("secondary", "value_usd"), source("primary", "value_usd")}),
		with(with(goodDeal("qs"), "value_usd", 2e9), "sources", []any{source("press", "start_year", "end_year"), source("secondary", "value_usd")}),
		with(goodDeal("qu"), "value_usd", 1e9), // ungraded source
	}
	deals[1]["sourcing_note"] = "only a blog gives the value"
	extra, err := ParseDealsJSON("extra.json", strings.NewReader(importJSON(t, deals, nil)))
	if err != nil {
		t.Fatal(err)
	}
	l, err := (&Ledger{}).Merge(extra)
	if err != nil {
		t.Fatal(err)
	}
	got := l.AsOf(MustDate("2026-06-01")).Totals
	want := QualityUSD{Primary: 5e9, Secondary: 2e9, Ungraded: 1e9}
	if got.BySourceQualityUSD != want {
		t.Errorf("got %+v, want %+v", got.BySourceQualityUSD, want)
	}
	if got.EstimatedShare != 0 {
		t.Errorf("got estimated share %v, want 0", got.EstimatedShare)
	}
}

func TestTotals_TheQualitySplitAddsUpToTheCommitments(t *testing.T) {
	l := MustLoad()
	for _, day := range []string{"2025-11-06", "2026-04-27", "2026-06-01"} {
		tot := l.AsOf(MustDate(day)).Totals
		q := tot.BySourceQualityUSD
		if sum := q.Primary + q.Press + q.Secondary + q.Ungraded; sum != tot.CommitmentsUSD || q.Ungraded != 0 {
			t.Errorf("%s: split %+v sums to %s, want %s with nothing ungraded", day, q, formatUSD(sum), formatUSD(tot.CommitmentsUSD))
		}
		if want := tot.EstimatedUSD / tot.CommitmentsUSD; tot.EstimatedShare != want {
			t.Errorf("%s: estimated share %v, want %v", day, tot.EstimatedShare, want)
		}
	}
}

func TestTotals_SummaryNamesTheQualitySplit(t *testing.T) {
	out := MustLoad().AsOf(MustDate("2026-04-27")).Totals.Summary()
	for _, want := range []string{"totals.by_source_quality_usd: primary=", " press=", " secondary=", "estimated_share=0."} {
		if !strings.Contains(out, want) {
			t.Errorf("got %q, want it to contain %q", out, want)
		}
	}
}
