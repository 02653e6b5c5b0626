package data

import (
	"errors"
	"strings"
	"testing"
)

func TestPublications_EmbeddedFileIsValidAndNamesTheThreeAnalyses(t *testing.T) {
	list, err := Publications()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"hsbc_2025_11", "openai_plan_2026_02", "theinformation_2025_09"} {
		p, ok := PublicationByID(id)
		if !ok {
			t.Fatalf("publication %q missing from %s", id, publicationsFile)
		}
		if len(p.Figures) == 0 || p.AsOf.IsZero() {
			t.Errorf("%s: figures %d, as_of %v: want figures and a ledger date", id, len(p.Figures), p.AsOf)
		}
	}
	if len(list) < 3 {
		t.Errorf("got %d publications, want at least 3", len(list))
	}
}

func TestParsePublications_RefusesWhatCannotBeChecked(t *testing.T) {
	good := `{"id":"x","title":"T","publisher":"P","date":"2025-01-01","as_of":"2025-01-01","url":"https://e.org/a","quality":"press",
	  "params":[{"param":"rev","value":"targets","quote":"q","url":"https://e.org/a"}],
	  "figures":[{"id":"f","name":"N","metric":"spend_usd","value":1,"unit":"USD","quote":"q","url":"https://e.org/a"%s}]}`
	cases := []struct {
		name, extra string
		want        error
		field       string
	}{
		{"AFigureExplainedByAParameterThePublicationStates", `,"unstated":["rev"],"why":"w"`, ErrBadValue, "figures[0].unstated"},
		{"AnUnstatedListWithoutWhy", `,"unstated":["share"]`, ErrMissingField, "figures[0].why"},
		{"BothYearAndThroughYear", `,"year":2030,"through_year":2030`, ErrBadRange, "figures[0].year"},
		{"AnUnknownField", `,"calibration":1.2`, ErrSyntax, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			raw := "[" + strings.Replace(good, "%s", c.extra, 1) + "]"
			_, err := ParsePublications("p.json", []byte(raw))
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			var re *RecordError
			if errors.As(err, &re) && re.Field != c.field {
				t.Errorf("field %q, want %q", re.Field, c.field)
			}
		})
	}
	if _, err := ParsePublications("p.json", []byte("["+strings.Replace(good, "%s", "", 1)+"]")); err != nil {
		t.Errorf("a complete publication: %v", err)
	}
}
