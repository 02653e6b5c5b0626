package chart

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

var loadOnce struct {
	sync.Once
	l   *data.Ledger
	err error
}

// realLedger returns the embedded ledger, loaded once.
func realLedger(t testing.TB) *data.Ledger {
	t.Helper()
	loadOnce.Do(func() { loadOnce.l, loadOnce.err = data.Load() })
	if loadOnce.err != nil {
		t.Fatalf("loading the ledger: %v", loadOnce.err)
	}
	return loadOnce.l
}

// TestBuilders_RealLedger draws every chart for every preset of the real
// ledger, today and at the date of the $1.4T headline: the options must be
// JSON that parses, without NaN or infinities, and the stacked spend must
// add up.
func TestBuilders_RealLedger(t *testing.T) {
	l := realLedger(t)
	dates := []data.Date{model.DefaultAsOf(l), data.MustDate("2025-11-06"), data.MustDate("2025-02-01")}
	for _, asOf := range dates {
		v := l.AsOf(asOf)
		events := EventsFromView(v)
		var base model.Result
		for _, name := range model.PresetNames {
			s, err := model.Preset(l, name, asOf)
			if err != nil {
				t.Fatal(err)
			}
			r, err := model.Run(l, s)
			if err != nil {
				t.Fatal(err)
			}
			if name == model.PresetBase {
				base = r
			}
			d, err := model.MonteCarlo(l, s, 200, 7)
			if err != nil {
				t.Fatal(err)
			}
			swings, err := model.Sensitivity(l, s, model.MetricCommitmentsUSD)
			if err != nil {
				t.Fatal(err)
			}
			all := map[string]Optioner{
				"commitments": CommitmentsByCounterparty(CounterpartyAmounts(r)),
				"power":       PowerAndChips(r),
				"funding":     Funding(r),
				"flows":       Flows(v, r),
				"timeline":    Timeline(l, asOf),
				"tornado":     Tornado(swings, model.MetricCommitmentsUSD),
				"compare":     Compare(base, r, "Base", name),
			}
			for _, g := range Groups {
				all["spend "+string(g)] = SpendByYear(r, g, events)
				all["capacity "+string(g)] = CapacityByYear(r, g)
			}
			for _, q := range FanQuantities {
				all["fan "+string(q)] = Fan(d, q)
			}
			for chart, c := range all {
				t.Run(chart+" of "+name+" as of "+asOf.String()+" is clean JSON", func(t *testing.T) {
					raw, err := OptionJSON(c)
					if err != nil {
						t.Fatal(err)
					}
					var anything map[string]any
					if err := json.Unmarshal(raw, &anything); err != nil {
						t.Fatalf("does not parse: %v", err)
					}
					if s := string(raw); strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
						t.Errorf("holds NaN or Inf")
					}
				})
			}
			t.Run("the spend of "+name+" as of "+asOf.String()+" adds up", func(t *testing.T) {
				opt, _ := decode(t, SpendByYear(r, GroupCounterparty, events))
				totals := make([]float64, len(r.Years))
				n := 0
				for _, s := range opt.Series {
					if s.Stack == "spend" {
						n++
						for i, v := range s.numbers(t) {
							totals[i] += v
						}
					}
				}
				for i, y := range r.Years {
					if !near(totals[i], y.SpendUSD/1e9, 0.05*float64(n)+1e-9) {
						t.Errorf("%d: got %v, want %v", y.Year, totals[i], y.SpendUSD/1e9)
					}
				}
			})
		}
	}
}

func TestFlows_RealLedgerShowsTheCircularNvidiaDeals(t *testing.T) {
	l := realLedger(t)
	for _, asOf := range []data.Date{data.MustDate("2025-11-06"), model.DefaultAsOf(l)} {
		t.Run("as of "+asOf.String(), func(t *testing.T) {
			s, err := model.Preset(l, model.PresetAnnounced, asOf)
			if err != nil {
				t.Fatal(err)
			}
			r, err := model.Run(l, s)
			if err != nil {
				t.Fatal(err)
			}
			v := l.AsOf(asOf)
			opt, _ := decode(t, Flows(v, r))
			links := opt.series(t, "Flows").Links
			if hasCycle(links) {
				t.Fatalf("got a cycle")
			}
			investor, supplier := false, false
			for _, lk := range links {
				investor = investor || (lk.Source == "Nvidia (investor)" && lk.Target == openAINode)
				supplier = supplier || lk.Target == "Nvidia (chips)"
			}
			if !investor || !supplier {
				t.Errorf("got Nvidia investing %v and supplying %v, want both", investor, supplier)
			}
			if sum := FlowsSummary(v, r); !strings.Contains(sum, "Nvidia invests") {
				t.Errorf("got summary %q, want the circular Nvidia deals named", sum)
			}
		})
	}
}

// TestSpendByYear_ShowsAJointVenturesBuildOutApart checks that Stargate's
// partners' capital is drawn as its own bar and said in words, never
// stacked into OpenAI's spend.
func TestSpendByYear_ShowsAJointVenturesBuildOutApart(t *testing.T) {
	l := realLedger(t)
	s, err := model.DefaultScenario(l)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(SpendByYear(r, GroupCounterparty, nil).JSON())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), seriesOthers) || !strings.Contains(string(b), `"stack":"others"`) {
		t.Errorf("the spend chart has no separate series %q", seriesOthers)
	}
	if sum := SpendSummary(r, GroupCounterparty); !strings.Contains(sum, "not OpenAI's spend") {
		t.Errorf("summary %q does not say the partners' build-out is not OpenAI's spend", sum)
	}
}

// TestFunding_ShowsTheNeedAfterCapitalRaised checks that the funding chart
// sets the funding need after the capital raised beside the gap before it.
func TestFunding_ShowsTheNeedAfterCapitalRaised(t *testing.T) {
	l := realLedger(t)
	s, err := model.DefaultScenario(l)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.Run(l, s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(Funding(r).JSON())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), seriesNeed) {
		t.Errorf("the funding chart has no series %q", seriesNeed)
	}
	if sum := FundingSummary(r); !strings.Contains(sum, "of capital raised") || !strings.Contains(sum, FormatUSD(r.Totals.PeakFundingNeedUSD)) {
		t.Errorf("summary %q does not give the need after capital raised", sum)
	}
}
