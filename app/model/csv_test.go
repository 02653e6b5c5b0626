package model

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestWriteCSV_HasOneRowPerYearWithEveryJSONField(t *testing.T) {
	l := fixtureLedger(t)
	r := mustRun(t, l, mustPreset(t, l, PresetBase, fixtureAsOf))
	var b bytes.Buffer
	if err := r.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	rt := reflect.TypeOf(YearRow{})
	for i := range rt.NumField() {
		want = append(want, strings.Split(rt.Field(i).Tag.Get("json"), ",")[0])
	}
	if !reflect.DeepEqual(rows[0], want) {
		t.Errorf("header %v, want the JSON fields %v", rows[0], want)
	}
	if len(rows) != len(r.Years)+1 {
		t.Fatalf("got %d rows, want a header and %d years", len(rows), len(r.Years))
	}
	for i, y := range r.Years {
		spend, _ := strconv.ParseFloat(rows[i+1][1], 64)
		if rows[i+1][0] != strconv.Itoa(y.Year) || spend != y.SpendUSD {
			t.Errorf("row %d: %v, want year %d spend %g", i+1, rows[i+1][:2], y.Year, y.SpendUSD)
		}
	}
}
