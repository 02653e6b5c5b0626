package chart

import "github.com/computeledger/computeledger/data"

// flowBase is one flow's value in the baseline's run: the sankey link's
// "base" field, which ECharts does not read and TableOf gives a column.
type flowBase struct {
	// Label names the baseline ("Base").
	Label string `json:"label"`
	// Value is the flow in the baseline's run, in US$ billions.
	Value float64 `json:"value"`
}

// flowKey identifies a flow by its two ends.
func flowKey(l flowLink) string { return l.source + "\x00" + l.target }

// flowBases returns the baseline's value of each flow of the reader's
// links (by flowKey, in US$ billions) and the baseline's flows the
// reader's run does not have, as links that carry only their base.
func flowBases(v data.View, links []flowLink, b Baseline) (map[string]float64, []sankeyLink) {
	baseLinks := buildFlows(v, b.Result).links
	byKey := make(map[string]float64, len(baseLinks))
	for _, l := range baseLinks {
		byKey[flowKey(l)] += round(l.valueUSD/1e9, 1)
	}
	own := make(map[string]bool, len(links))
	for _, l := range links {
		own[flowKey(l)] = true
	}
	var only []sankeyLink
	for _, l := range baseLinks {
		if own[flowKey(l)] || round(l.valueUSD/1e9, 1) <= 0 {
			continue
		}
		only = append(only, sankeyLink{Source: plainText(l.source), Target: plainText(l.target),
			Base: &flowBase{Label: plainText(b.Label), Value: round(l.valueUSD/1e9, 1)}})
	}
	return byKey, only
}

// flowBaseTip returns a flow's tooltip line for its baseline value:
// "Base: the same", "Base: $38.0B" where it differs, "Base: none" when
// the baseline has no such flow (inBase false).
func flowBaseTip(label string, valueB, baseB float64, inBase bool) string {
	switch {
	case !inBase:
		return basePrefix(label) + "none"
	case valueB == baseB:
		return basePrefix(label) + "the same"
	}
	return basePrefix(label) + FormatUSD(baseB*1e9)
}
