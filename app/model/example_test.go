package model_test

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

func ExamplePreset() {
	for _, name := range model.PresetNames {
		fmt.Printf("%s: %s\n", name, model.PresetDescriptions[name])
	}
	// Output:
	// announced: Every active commitment announced by the as-of date at its headline value, paid evenly over its term and not renewed when it ends, with the ledger's central assumptions.
	// base: The announced commitments at their headline values, paid as their capacity arrives along S-curve ramps and renewed at the sourced rent when they end, with revenue rising along an S-curve at the median pace implied by the sourced targets and projections.
	// bull: The announced commitments at the high end of their sourced ranges at the low cost per GW, with revenue rising at the fastest pace the sourced targets imply.
	// bear: The announced commitments at the low end of their sourced ranges, built only as fast as in 2025 at the high cost per GW, with revenue rising at the slowest pace the sourced targets imply.
	// binding: The base case with letters of intent and other non-binding deals left out.
}

func ExampleRun() {
	l := data.MustLoad()
	asOf := data.MustDate("2025-11-06")
	s, err := model.Preset(l, model.PresetAnnounced, asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := model.Run(l, s)
	if err != nil {
		fmt.Println(err)
		return
	}
	paid, others := 0.0, 0.0
	for _, y := range r.Years {
		paid += y.SpendUSD - y.RenewalUSD - y.PowerUSD
		others += y.BuiltByOthersUSD
	}
	fmt.Println("yearly spend less running costs adds up to OpenAI's own obligations:", fmt.Sprintf("%.0f", paid) == fmt.Sprintf("%.0f", r.Totals.OpenAIObligationsUSD))
	fmt.Println("Stargate's partners build:", model.FormatUSD(others))
	fmt.Println("commitments equal the ledger's totals:", r.Totals.CommitmentsUSD == l.AsOf(asOf).Totals.CommitmentsUSD)
	// Output:
	// yearly spend less running costs adds up to OpenAI's own obligations: true
	// Stargate's partners build: $500.0B
	// commitments equal the ledger's totals: true
}

func ExampleParseQuery() {
	l := data.MustLoad()
	q, _ := url.ParseQuery("preset=bear&as_of=2025-11-06&pue=9&colour=red")
	s, problems := model.ParseQuery(l, q)
	fmt.Println("preset:", s.Preset, "as of", s.AsOf)
	for _, p := range problems {
		fmt.Printf("%s: out of range %v, unknown %v\n", p.Param, errors.Is(p, model.ErrOutOfRange), errors.Is(p, model.ErrUnknownParam))
	}
	// Output:
	// preset: bear as of 2025-11-06
	// colour: out of range false, unknown true
	// pue: out of range true, unknown false
}

func ExampleScenario_QueryFrom() {
	l := data.MustLoad()
	base, _ := model.Preset(l, model.PresetBear, data.MustDate("2025-11-06"))
	s := base.Clone()
	s.PUE = 1.3
	s.Solve.Year = 2030
	fmt.Println(s.QueryFrom(base).Encode())
	// Output:
	// as_of=2025-11-06&preset=bear&pue=1.3&solve_y=2030&v=2
}

func ExampleSolve() {
	l := data.MustLoad()
	s, _ := model.Preset(l, model.PresetBase, data.MustDate("2025-11-06"))
	sol, err := model.Solve(l, s, model.Goal{Kind: model.GoalShare, Share: 0.1, Year: 2025})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sol.Feasible)
	fmt.Println(sol.Answer[:29])
	// Output:
	// false
	// No revenue growth up to 1000.
}

func ExampleMonteCarlo() {
	l := data.MustLoad()
	s, _ := model.Preset(l, model.PresetBase, data.MustDate("2025-11-06"))
	d, err := model.MonteCarlo(l, s, 1000, 7)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := d.CommitmentsUSD
	fmt.Println(d.Draws, "draws; P10 <= P50 <= P90:", c.P10 <= c.P50 && c.P50 <= c.P90)
	// Output:
	// 1000 draws; P10 <= P50 <= P90: true
}
