package chart

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// openAINode names OpenAI in the flows chart.
const openAINode = "OpenAI"

// unnamedNode collects the cloud, site and joint-venture deals whose
// sources name no chip supplier.
const unnamedNode = "Chips: supplier not named"

// flowLink is money from one node to another, in US dollars.
type flowLink struct {
	source, target string
	valueUSD       float64
	// what says what the money is: "equity", "compute", "chips".
	what string
}

// circle is a company on both sides of OpenAI: it puts money in and is
// paid (itself or for its chips) out of OpenAI's commitments.
type circle struct {
	company string
	inUSD   float64
	// outUSD is what OpenAI commits to the company or to deals running
	// on its chips; nodes are the company's nodes on that side and via
	// the counterparties its chips are bought through.
	outUSD float64
	nodes  []string
	via    []string
}

// appendOnce appends s to list unless it is there already.
func appendOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// flowGraph is the money between investors, OpenAI, its counterparties and
// the makers of the chips those deals run on. Its nodes form layers
// (investors, OpenAI, counterparties, chip makers) and links only go
// right, so it has no cycle: a company on both sides appears twice, as
// "Nvidia (investor)" and "Nvidia (chips)".
type flowGraph struct {
	nodes       []string
	links       []flowLink
	investors   int
	inflowUSD   float64
	outflowUSD  float64
	parties     int
	undisclosed int
	circles     []circle
	// unnamedUSD sums the deals whose sources name no chip supplier;
	// unnamed lists their counterparties.
	unnamedUSD float64
	unnamed    []string
	// builtByOthersUSD sums the joint ventures' build-outs their partners
	// pay for (never OpenAI's money, so not a flow out of OpenAI);
	// builtByOthers lists the ventures.
	builtByOthersUSD float64
	builtByOthers    []string
}

// investorNode names a company that invests in OpenAI.
func investorNode(company string) string { return company + " (investor)" }

// chipsNode names a company as the maker of chips.
func chipsNode(maker string) string { return maker + " (chips)" }

// buildFlows collects the flows: the counted deals of r with a value
// (OpenAI to the counterparty, and on to the maker of the chips a cloud or
// joint-venture deal runs on, for the whole value of the deal) and the
// view's active inflow deals (investor to OpenAI). A joint venture's
// build-out, paid by its partners, is no flow out of OpenAI.
func buildFlows(v data.View, r model.Result) flowGraph {
	var g flowGraph
	sums := map[[2]string]int{}
	add := func(l flowLink) {
		if l.source == l.target || !(l.valueUSD > 0) {
			return
		}
		key := [2]string{l.source, l.target}
		if i, ok := sums[key]; ok {
			g.links[i].valueUSD += l.valueUSD
			return
		}
		sums[key] = len(g.links)
		g.links = append(g.links, l)
	}
	investors := map[string]float64{}
	var investorOrder []string
	for _, d := range v.Deals {
		if d.Direction != data.DirectionInflow || !d.Status.Active() || !(d.ValueOrZeroUSD() > 0) {
			continue
		}
		company := ShortLabel(d.Counterparty)
		if _, ok := investors[company]; !ok {
			investorOrder = append(investorOrder, company)
		}
		investors[company] += d.ValueOrZeroUSD()
		g.inflowUSD += d.ValueOrZeroUSD()
		add(flowLink{source: investorNode(company), target: openAINode, valueUSD: d.ValueOrZeroUSD(), what: "equity"})
	}
	g.investors = len(investorOrder)
	parties := map[string]bool{}
	for _, d := range r.Deals {
		if !d.Counted {
			continue
		}
		if !(d.ValueUSD > 0) {
			g.undisclosed++
			continue
		}
		if d.BuiltByOthers {
			g.builtByOthersUSD += d.ValueUSD
			g.builtByOthers = appendOnce(g.builtByOthers, ShortLabel(d.Counterparty))
			continue
		}
		maker := d.ChipSupplier
		target := ShortLabel(d.Counterparty)
		if d.Kind == data.KindChipPurchase && maker != "" {
			target = chipsNode(maker)
		}
		parties[target] = true
		g.outflowUSD += d.ValueUSD
		add(flowLink{source: openAINode, target: target, valueUSD: d.ValueUSD, what: "compute"})
		switch {
		case d.Kind == data.KindChipPurchase:
		case maker == "":
			g.unnamedUSD += d.ValueUSD
			g.unnamed = appendOnce(g.unnamed, target)
			add(flowLink{source: target, target: unnamedNode, valueUSD: d.ValueUSD, what: "unnamed"})
		case !strings.HasPrefix(target, maker):
			add(flowLink{source: target, target: chipsNode(maker), valueUSD: d.ValueUSD, what: "chips"})
		}
	}
	g.parties = len(parties)
	g.links = acyclic(g.links)

	// Nodes in layer order: investors, OpenAI, counterparties, chip makers.
	seen := map[string]bool{}
	addNode := func(n string) {
		if !seen[n] {
			seen[n] = true
			g.nodes = append(g.nodes, n)
		}
	}
	for _, l := range g.links {
		if l.target == openAINode {
			addNode(l.source)
		}
	}
	if len(g.links) > 0 {
		addNode(openAINode)
	}
	for _, l := range g.links {
		if l.source == openAINode {
			addNode(l.target)
		}
	}
	for _, l := range g.links {
		addNode(l.source)
		addNode(l.target)
	}

	// Companies on both sides: an investor that is also paid out of
	// OpenAI's commitments, directly or as the maker of the chips a deal
	// runs on.
	for _, company := range investorOrder {
		c := circle{company: company, inUSD: investors[company]}
		for _, l := range g.links {
			switch {
			case l.what == "chips" && l.target == chipsNode(company):
				c.outUSD += l.valueUSD
				c.via = append(c.via, l.source)
				c.nodes = appendOnce(c.nodes, l.target)
			case l.source == openAINode && (l.target == chipsNode(company) || sameCompany(l.target, company, r)):
				c.outUSD += l.valueUSD
				c.nodes = appendOnce(c.nodes, l.target)
			}
		}
		if c.outUSD > 0 {
			g.circles = append(g.circles, c)
		}
	}
	return g
}

// sameCompany reports whether a counterparty node belongs to company: its
// name starts with the company ("Amazon Web Services", "Amazon") or the
// full counterparty of a counted deal names it as a partner ("Stargate
// LLC (SoftBank, OpenAI, Oracle, MGX)").
func sameCompany(node, company string, r model.Result) bool {
	if strings.HasPrefix(node, company) {
		return true
	}
	for _, d := range r.Deals {
		if d.Counted && ShortLabel(d.Counterparty) == node && strings.Contains(d.Counterparty, company) {
			return true
		}
	}
	return false
}

// acyclic returns links without those that would close a cycle (checked
// in order), so that a sankey can draw them. The flows are built in layers
// and never have one; this guards against a counterparty named like
// another layer's node.
func acyclic(links []flowLink) []flowLink {
	out := links[:0:0]
	next := map[string][]string{}
	reaches := func(from, to string) bool {
		stack, seen := []string{from}, map[string]bool{}
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n == to {
				return true
			}
			if !seen[n] {
				seen[n] = true
				stack = append(stack, next[n]...)
			}
		}
		return false
	}
	for _, l := range links {
		if reaches(l.target, l.source) {
			continue
		}
		next[l.source] = append(next[l.source], l.target)
		out = append(out, l)
	}
	return out
}

// sankeyNode is one node of the sankey.
type sankeyNode struct {
	Name      string          `json:"name"`
	ItemStyle *opts.ItemStyle `json:"itemStyle,omitempty"`
}

// sankeyLink is one flow of the sankey, in billions of US dollars.
type sankeyLink struct {
	Source  string       `json:"source"`
	Target  string       `json:"target"`
	Value   float64      `json:"value,omitempty"`
	Tooltip *itemTooltip `json:"tooltip,omitempty"`
	// EdgeLabel hides the dollar label of a link too thin for it.
	EdgeLabel *edgeLabel `json:"edgeLabel,omitempty"`
	// Base is the flow in the baseline's run, when one is drawn.
	Base *flowBase `json:"base,omitempty"`
}

// Flows returns a sankey of the money and equity between investors,
// OpenAI, its counterparties (clouds, the joint venture, chipmakers) and
// the makers of the chips the cloud and joint-venture deals run on, in
// billions of US dollars: every counted deal with a value (r.Deals) and the
// view's active inflow deals. A company on both sides of OpenAI (the
// circular deals: Nvidia invests in OpenAI, which buys Nvidia systems
// through Stargate and Microsoft) appears as two nodes in one colour, so
// the sankey stays acyclic. Links are labelled in $B; their tooltips say
// what the money is.
//
// With a baseline (WithBaseline), each link carries the baseline's value
// of its flow, which its tooltip gives ("Base: $38.0B", or "Base: the
// same") and the table a column; the baseline's flows this run lacks (a
// deal left out) are kept in the series' baseOnly list, which ECharts does
// not draw and the table lists, and the subtitle counts them.
func Flows(v data.View, r model.Result, options ...Option) Optioner {
	g := buildFlows(v, r)
	base, hasBase := optionsOf(options).baseline()
	var baseOf map[string]float64
	var baseOnly []sankeyLink
	if hasBase {
		baseOf, baseOnly = flowBases(v, g.links, base)
	}
	colorOf := map[string]int{openAINode: 0}
	for i, c := range g.circles {
		col := 1 + i%6
		colorOf[investorNode(c.company)] = col
		for _, n := range c.nodes {
			colorOf[n] = col
		}
	}
	nodes := make([]sankeyNode, len(g.nodes))
	for i, n := range g.nodes {
		col, ok := colorOf[n]
		if !ok {
			col = greyIndex
		}
		nodes[i] = sankeyNode{Name: plainText(n), ItemStyle: colored(col)}
	}
	links := make([]sankeyLink, 0, len(g.links))
	tallestUSD := tallestNodeUSD(g.links)
	for _, l := range g.links {
		b := round(l.valueUSD/1e9, 1)
		if b <= 0 {
			continue
		}
		tip := tooltipText(flowText(l))
		link := sankeyLink{Source: plainText(l.source), Target: plainText(l.target), Value: b, EdgeLabel: thinLinkLabel(l, tallestUSD)}
		if hasBase {
			bv, ok := baseOf[flowKey(l)]
			link.Base = &flowBase{Label: plainText(base.Label), Value: bv}
			tip += "<br/>" + tooltipText(flowBaseTip(base.Label, b, bv, ok))
		}
		link.Tooltip = &itemTooltip{Formatter: tip}
		links = append(links, link)
	}

	notes := []string{"US$ billion", "counted deals and stakes", emptyNote(len(links) == 0, "no flows in this view")}
	if len(g.circles) > 0 {
		notes = append(notes, "one colour: on both sides")
	}
	if g.undisclosed > 0 {
		notes = append(notes, plural(g.undisclosed, "deal", "deals")+" without a value not shown")
	}
	if len(baseOnly) > 0 {
		notes = append(notes, plural(len(baseOnly), "flow", "flows")+" only in "+plainText(base.Label)+" (in the table)")
	}
	h := header{title: "Money flows", subtitle: notes, summary: FlowsSummary(v, r)}
	top := h.contentTop() + 8
	s := series{Name: "Flows", Type: "sankey", Data: nodes, Links: links,
		Left: "4", Right: "144", Top: fmt.Sprint(top), Bottom: "12",
		NodeAlign: "left", NodeGap: 10, NodeWidth: 14, Draggable: opts.Bool(false),
		LineStyle: &opts.LineStyle{Color: "source", Opacity: opts.Float(0.35), Curveness: 0.5},
		Label:     &opts.Label{Show: opts.Bool(true), FontSize: 11},
		EdgeLabel: linkLabels(),
		Emphasis:  &emphasis{Focus: "adjacency"},
		Tooltip:   &itemTooltip{Formatter: "{b}: ${c}B"}}
	if len(baseOnly) > 0 {
		s.BaseOnly = baseOnly
	}
	c := charts.NewSankey()
	c.SetGlobalOptions(h.globalOpts()...)
	phone, wide := flowsPhoneSeries(s)
	c.Accept(&spec{series: []series{s}, tooltip: itemTooltipOpts(),
		phone: map[string]any{"series": phone}, wide: map[string]any{"series": wide}})
	return c
}

// flowsPhoneRightPX is the room a phone keeps right of the last column
// for its labels.
const flowsPhoneRightPX = 92

// flowsPhoneLabelPX is the widest node label on a phone: the room between
// two columns of a 318 px chart (a 360 px phone) less the node.
const flowsPhoneLabelPX = 60

// flowsPhoneSeries returns what the sankey s changes at a phone's width
// and what restores it wider (phoneMedia): the four columns are about 80
// px apart there, so node labels are smaller, cut to the room up to the
// next column and hidden where they would still overlap; links lose their
// dollar labels (their tooltips and the summary keep the figures); and
// the nodes sit further apart so that the labels of thin ones do not
// touch.
func flowsPhoneSeries(s series) (phone, wide []any) {
	// Each label is given whole: a layout replaces the series' label, it
	// does not merge into it (web/prerender.js's fitMedia).
	type nodeLabel struct {
		Show     bool    `json:"show"`
		FontSize float32 `json:"fontSize"`
		Width    *int    `json:"width"`
		Overflow string  `json:"overflow"`
	}
	type labelLayout struct {
		HideOverlap bool `json:"hideOverlap"`
	}
	type sankeyLayout struct {
		Type        string       `json:"type"`
		Right       string       `json:"right"`
		NodeGap     int          `json:"nodeGap"`
		Label       any          `json:"label"`
		EdgeLabel   *edgeLabel   `json:"edgeLabel"`
		LabelLayout *labelLayout `json:"labelLayout,omitempty"`
	}
	labelPX := flowsPhoneLabelPX
	phone = []any{sankeyLayout{Type: s.Type, Right: strconv.Itoa(flowsPhoneRightPX), NodeGap: 16,
		Label:       nodeLabel{Show: true, FontSize: 10, Width: &labelPX, Overflow: "truncate"},
		EdgeLabel:   &edgeLabel{Show: false},
		LabelLayout: &labelLayout{HideOverlap: true}}}
	// Wider, the series as built.
	wide = []any{sankeyLayout{Type: s.Type, Right: s.Right, NodeGap: s.NodeGap, Label: s.Label, EdgeLabel: s.EdgeLabel}}
	return phone, wide
}

// flowText says what one link is: "Nvidia (investor) → OpenAI: $30.0B
// equity".
func flowText(l flowLink) string {
	what := l.what
	switch what {
	case "compute":
		what = "committed"
	case "chips":
		what = "of deals running on its chips"
	case "unnamed":
		what = "of deals whose sources name no chip supplier"
	}
	return fmt.Sprintf("%s → %s: %s %s", l.source, l.target, FormatUSD(l.valueUSD), what)
}

// FlowsSummary returns the flows in words: what OpenAI commits and to how
// many counterparties, what investors put in, and each company on both
// sides.
func FlowsSummary(v data.View, r model.Result) string {
	g := buildFlows(v, r)
	if len(g.links) == 0 {
		return "No counted deal with a value and no investment in OpenAI in this view."
	}
	s := fmt.Sprintf("OpenAI commits %s to %s", FormatUSD(g.outflowUSD), plural(g.parties, "counterparty", "counterparties"))
	if g.undisclosed > 0 {
		s += fmt.Sprintf(" (and %s without a value)", plural(g.undisclosed, "deal", "deals"))
	}
	switch g.investors {
	case 0:
		s += "; no investment into OpenAI is in the view."
	case 1:
		s += fmt.Sprintf("; 1 investor puts %s into OpenAI.", FormatUSD(g.inflowUSD))
	default:
		s += fmt.Sprintf("; %d investors put %s into OpenAI.", g.investors, FormatUSD(g.inflowUSD))
	}
	circles := slices.Clone(g.circles)
	slices.SortStableFunc(circles, func(a, b circle) int { return cmp.Compare(b.outUSD, a.outUSD) })
	for i, c := range circles {
		if i == 0 {
			s += " Circular:"
		} else {
			s += ";"
		}
		s += fmt.Sprintf(" %s invests %s and is on the other side of %s of OpenAI's commitments (%s",
			c.company, FormatUSD(c.inUSD), FormatUSD(c.outUSD), strings.Join(c.nodes, ", "))
		if len(c.via) > 0 {
			s += ", through " + strings.Join(c.via, ", ")
		}
		s += ")"
	}
	if len(circles) > 0 {
		s += "."
	}
	if g.unnamedUSD > 0 {
		s += fmt.Sprintf(" No chip supplier is named for %s (%s).", FormatUSD(g.unnamedUSD), strings.Join(g.unnamed, ", "))
	}
	if g.builtByOthersUSD > 0 {
		s += fmt.Sprintf(" %s is built by others (%s: its partners' build-out, not OpenAI's money; OpenAI's own deals inside it are counted above).", FormatUSD(g.builtByOthersUSD), strings.Join(g.builtByOthers, ", "))
	}
	return s
}
