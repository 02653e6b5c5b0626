package chart

import (
	"encoding/json"
	"fmt"
	"testing"
)

// flowsLabels is what the link labels of a Flows option are drawn with.
type flowsLabels struct {
	Series []struct {
		Data []struct {
			Name      string `json:"name"`
			ItemStyle struct {
				Color string `json:"color"`
			} `json:"itemStyle"`
		} `json:"data"`
		Links []struct {
			Source    string  `json:"source"`
			Target    string  `json:"target"`
			Value     float64 `json:"value"`
			EdgeLabel *struct {
				Show *bool `json:"show"`
			} `json:"edgeLabel"`
		} `json:"links"`
		LineStyle struct {
			Opacity float64 `json:"opacity"`
		} `json:"lineStyle"`
		EdgeLabel struct {
			Show            bool     `json:"show"`
			Color           string   `json:"color"`
			TextBorderWidth *float64 `json:"textBorderWidth"`
		} `json:"edgeLabel"`
	} `json:"series"`
}

// tint returns colour c drawn at opacity a over the background bg.
func tint(t *testing.T, c, bg string, a float64) string {
	t.Helper()
	var c1, c2 [3]uint64
	for i := range 3 {
		fmt.Sscanf(c[1+2*i:3+2*i], "%x", &c1[i])
		fmt.Sscanf(bg[1+2*i:3+2*i], "%x", &c2[i])
	}
	out := "#"
	for i := range 3 {
		out += fmt.Sprintf("%02x", int(a*float64(c1[i])+(1-a)*float64(c2[i])+0.5))
	}
	return out
}

// The dollar label on a link is text on the link's translucent colour:
// it is drawn in the theme's text colour without an outline, and reaches
// 4.5:1 (WCAG 2.1, 1.4.3) on every link's colour over either background
// of either theme.
func TestFlows_LinkLabelsAreReadableInBothThemes(t *testing.T) {
	base, _ := presetRuns(t)
	raw, err := OptionJSON(Flows(realLedger(t).AsOf(base.Scenario.AsOf), base))
	if err != nil {
		t.Fatal(err)
	}
	for _, theme := range []struct {
		name string
		bgs  []string
	}{{"light", LightBackgrounds}, {"dark", DarkBackgrounds}} {
		var o flowsLabels
		if err := json.Unmarshal([]byte(ThemedOption(string(raw), theme.name)), &o); err != nil {
			t.Fatal(err)
		}
		s := o.Series[0]
		if !s.EdgeLabel.Show || s.EdgeLabel.Color == "" || s.EdgeLabel.TextBorderWidth == nil || *s.EdgeLabel.TextBorderWidth != 0 {
			t.Fatalf("%s: the link labels are drawn with colour %q and outline %v, want the text colour and none", theme.name, s.EdgeLabel.Color, s.EdgeLabel.TextBorderWidth)
		}
		colour := map[string]string{}
		for _, n := range s.Data {
			colour[n.Name] = n.ItemStyle.Color
		}
		for _, l := range s.Links {
			for _, bg := range theme.bgs {
				under := tint(t, colour[l.Source], bg, s.LineStyle.Opacity)
				if r := contrastRatio(t, s.EdgeLabel.Color, under); r < 4.5 {
					t.Errorf("%s: the label of the link from %s is %s on %s (%s over %s): %.2f to 1", theme.name, l.Source, s.EdgeLabel.Color, under, colour[l.Source], bg, r)
				}
			}
		}
	}
}

// A link thinner than its label's line is not labelled (its tooltip and
// the table give its figure): its label would run over the links next to
// it.
func TestFlows_ThinLinksHaveNoLabel(t *testing.T) {
	base, _ := presetRuns(t)
	raw, err := OptionJSON(Flows(realLedger(t).AsOf(base.Scenario.AsOf), base))
	if err != nil {
		t.Fatal(err)
	}
	var o flowsLabels
	if err := json.Unmarshal(raw, &o); err != nil {
		t.Fatal(err)
	}
	s := o.Series[0]
	// A node is as tall as the larger of what flows in and what flows out.
	in, out := map[string]float64{}, map[string]float64{}
	for _, l := range s.Links {
		out[l.Source] += l.Value
		in[l.Target] += l.Value
	}
	largest := 0.0
	for _, n := range s.Data {
		largest = max(largest, in[n.Name], out[n.Name])
	}
	labelled, unlabelled := 0, 0
	for _, l := range s.Links {
		shown := l.EdgeLabel == nil || l.EdgeLabel.Show == nil || *l.EdgeLabel.Show
		thin := l.Value < flowLabelMinShare*largest
		if shown == thin {
			t.Errorf("link from %s of $%.1fB (%.1f%% of the largest node's $%.1fB): labelled %v", l.Source, l.Value, 100*l.Value/largest, largest, shown)
		}
		if shown {
			labelled++
		} else {
			unlabelled++
		}
	}
	if labelled == 0 || unlabelled == 0 {
		t.Errorf("%d links labelled, %d not: the base case has both thick and thin links", labelled, unlabelled)
	}
}
