package chart

import (
	"encoding/json"
	"testing"
)

// TestBuilders_TheFirstDrawnSeriesGetsThePalettesFirstColour: ECharts
// gives the palette's colours, in order, to the series without a colour of
// their own. The invisible series that carries a chart's tooltip text
// comes first, so it must have a colour of its own, or every group would
// take the colour of the one before it (Oracle in amber instead of the
// brand's blue).
func TestBuilders_TheFirstDrawnSeriesGetsThePalettesFirstColour(t *testing.T) {
	for _, b := range builders() {
		t.Run(b.name, func(t *testing.T) {
			raw, err := OptionJSON(b.build())
			if err != nil {
				t.Fatal(err)
			}
			var opt struct {
				Series []struct {
					Name      string `json:"name"`
					ItemStyle *struct {
						Color string `json:"color"`
					} `json:"itemStyle"`
				} `json:"series"`
			}
			if err := json.Unmarshal(raw, &opt); err != nil {
				t.Fatal(err)
			}
			for i, s := range opt.Series {
				if s.Name == "" && (s.ItemStyle == nil || s.ItemStyle.Color == "") {
					t.Errorf("series %d has no name and no colour: it takes a palette colour from the series drawn", i)
				}
			}
		})
	}
}
