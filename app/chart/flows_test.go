package chart

import (
	"slices"
	"strings"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// hasCycle reports whether the links hold a cycle.
func hasCycle(links []struct {
	Source string  `json:"source"`
	Target string  `json:"target"`
	Value  float64 `json:"value"`
}) bool {
	next := map[string][]string{}
	for _, l := range links {
		next[l.Source] = append(next[l.Source], l.Target)
	}
	state := map[string]int{} // 0 new, 1 on the path, 2 done
	var visit func(string) bool
	visit = func(n string) bool {
		switch state[n] {
		case 1:
			return true
		case 2:
			return false
		}
		state[n] = 1
		for _, m := range next[n] {
			if visit(m) {
				return true
			}
		}
		state[n] = 2
		return false
	}
	for n := range next {
		if visit(n) {
			return true
		}
	}
	return false
}

func TestFlows(t *testing.T) {
	r := fixtureResult()
	v := fixtureLedger().AsOf(fixtureAsOf)
	opt, _ := decode(t, Flows(v, r))
	s := opt.series(t, "Flows")
	got := map[[2]string]float64{}
	for _, l := range s.Links {
		got[[2]string{l.Source, l.Target}] = l.Value
	}

	t.Run("the sankey has no cycle", func(t *testing.T) {
		if hasCycle(s.Links) {
			t.Errorf("got a cycle in %+v", s.Links)
		}
	})

	t.Run("the links are the counted deals and the stakes, in billions, to the chip supplier each deal names", func(t *testing.T) {
		// Gamma JV's chip family is Nvidia's, but no source names its
		// supplier: its money goes to "supplier not named", not to Nvidia.
		want := map[[2]string]float64{
			{"Nvidia (investor)", "OpenAI"}:   30,
			{"OpenAI", "Alpha Cloud"}:         60,
			{"OpenAI", "AMD (chips)"}:         50,
			{"OpenAI", "Gamma JV"}:            20,
			{"Alpha Cloud", "Nvidia (chips)"}: 60,
			{"Gamma JV", unnamedNode}:         20,
		}
		if len(got) != len(want) {
			t.Errorf("got links %v, want %v", got, want)
		}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("%s → %s: got %v, want %v", k[0], k[1], got[k], w)
			}
		}
	})

	t.Run("the circular Nvidia relation is drawn as two nodes in one colour", func(t *testing.T) {
		var nodes []sankeyNode
		if err := jsonUnmarshal(s.Data, &nodes); err != nil {
			t.Fatal(err)
		}
		colour := map[string]string{}
		for _, n := range nodes {
			colour[n.Name] = n.ItemStyle.Color
		}
		if colour["Nvidia (investor)"] == "" || colour["Nvidia (investor)"] != colour["Nvidia (chips)"] {
			t.Errorf("got colours %v, want the investor and the chipmaker Nvidia in one colour", colour)
		}
		if colour["Alpha Cloud"] == colour["Nvidia (chips)"] {
			t.Errorf("got the cloud in Nvidia's colour; only the company's own nodes share it")
		}
	})

	t.Run("the subtitle says what is not shown", func(t *testing.T) {
		if !strings.Contains(opt.Title.Subtext, "1 deal without a value not shown") {
			t.Errorf("got %q, want it to count the undisclosed deal", opt.Title.Subtext)
		}
	})

	t.Run("a link that would close a cycle is dropped", func(t *testing.T) {
		links := acyclic([]flowLink{{source: "a", target: "b", valueUSD: 1}, {source: "b", target: "c", valueUSD: 1},
			{source: "c", target: "a", valueUSD: 1}, {source: "a", target: "c", valueUSD: 1}})
		var names []string
		for _, l := range links {
			names = append(names, l.source+l.target)
		}
		if want := []string{"ab", "bc", "ac"}; !slices.Equal(names, want) {
			t.Errorf("got %v, want %v", names, want)
		}
	})
}

func TestFlowsSummary(t *testing.T) {
	r := fixtureResult()
	v := fixtureLedger().AsOf(fixtureAsOf)
	got := FlowsSummary(v, r)
	for _, want := range []string{FormatUSD(130e9), "3 counterparties", "1 investor puts", FormatUSD(30e9),
		"Nvidia invests", FormatUSD(60e9) + " of OpenAI's commitments (Nvidia (chips), through Alpha Cloud)",
		"No chip supplier is named for " + FormatUSD(20e9) + " (Gamma JV)"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
}

// The Flows view's "OpenAI commits" is what OpenAI itself owes: a joint
// venture's build-out, paid by its partners, is shown apart, never as
// OpenAI's money (it was: $1.63T on the claim date, against $1.13T owed).
func TestFlowsSummary_OpenAICommitsWhatItOwes(t *testing.T) {
	l := data.MustLoad()
	for _, asOf := range []string{"2025-11-06", "2026-04-27"} {
		sc, err := model.DefaultScenario(l)
		if err != nil {
			t.Fatal(err)
		}
		sc.AsOf = data.MustDate(asOf)
		r, err := model.Run(l, sc)
		if err != nil {
			t.Fatal(err)
		}
		got := FlowsSummary(l.AsOf(sc.AsOf), r)
		if want := "OpenAI commits " + FormatUSD(r.Totals.OpenAIObligationsUSD) + " to "; !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want it to hold %q", asOf, got, want)
		}
		if want := FormatUSD(r.Totals.BuiltByOthersUSD) + " is built by others"; r.Totals.BuiltByOthersUSD > 0 && !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want it to say %q", asOf, got, want)
		}
	}
}
