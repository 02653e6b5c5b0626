package chart

// The dollar labels on the Flows chart's links. ECharts draws a label
// inside a link in near-white with an outline in the link's colour, which
// on the translucent links of either theme is barely legible; here they
// are the theme's text colour without an outline (the dark theme swaps
// TextColor for DarkTextColor, ThemedOption), and links too thin to hold
// one go without (their tooltips and the chart's table give the figure).

// edgeLabel is the label of a sankey's links, for the series or one link.
type edgeLabel struct {
	Show      bool    `json:"show"`
	FontSize  float32 `json:"fontSize,omitempty"`
	Formatter string  `json:"formatter,omitempty"`
	Color     string  `json:"color,omitempty"`
	// TextBorderWidth 0 turns off the outline ECharts gives inside labels.
	TextBorderWidth *float32 `json:"textBorderWidth,omitempty"`
}

// linkLabelPX is the font size of the links' labels.
const linkLabelPX = 10

// flowLabelMinShare is the thinnest link that is labelled, as a share of
// the tallest node: in the 480 px chart the tallest node is about 300 px,
// so a link under 3.5% of it is under about 10 px thick, the height of
// its 10 px label, which would run over the links beside it.
const flowLabelMinShare = 0.035

// linkLabels returns the series' label of every link: its value in
// billions, in the text colour.
func linkLabels() *edgeLabel {
	none := float32(0)
	return &edgeLabel{Show: true, FontSize: linkLabelPX, Formatter: "${c}B", Color: TextColor, TextBorderWidth: &none}
}

// tallestNodeUSD returns the flow through the tallest node of the links:
// a node is as tall as the larger of what flows into it and out of it.
func tallestNodeUSD(links []flowLink) float64 {
	in, out := map[string]float64{}, map[string]float64{}
	tallest := 0.0
	for _, l := range links {
		out[l.source] += l.valueUSD
		in[l.target] += l.valueUSD
		tallest = max(tallest, out[l.source], in[l.target])
	}
	return tallest
}

// thinLinkLabel returns the label that hides link l's when l is thinner
// than flowLabelMinShare of the tallest node's flow; nil (the series'
// label) otherwise.
func thinLinkLabel(l flowLink, tallestUSD float64) *edgeLabel {
	if l.valueUSD >= flowLabelMinShare*tallestUSD {
		return nil
	}
	return &edgeLabel{Show: false}
}
