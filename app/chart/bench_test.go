package chart

import (
	"testing"

	"github.com/computeledger/computeledger/app/model"
	"github.com/computeledger/computeledger/data"
)

// benchInputs are the real ledger's base case as of its latest date.
type benchInputs struct {
	l       *data.Ledger
	v       data.View
	r, bear model.Result
	events  []Event
	swings  []model.Swing
	dist    model.Distribution
}

func loadBenchInputs(b *testing.B) benchInputs {
	b.Helper()
	l := realLedger(b)
	s, err := model.Preset(l, model.PresetBase, model.DefaultAsOf(l))
	if err != nil {
		b.Fatal(err)
	}
	r, err := model.Run(l, s)
	if err != nil {
		b.Fatal(err)
	}
	bs, err := model.Preset(l, model.PresetBear, s.AsOf)
	if err != nil {
		b.Fatal(err)
	}
	bear, err := model.Run(l, bs)
	if err != nil {
		b.Fatal(err)
	}
	swings, err := model.Sensitivity(l, s, model.MetricPeakCumulativeGapUSD)
	if err != nil {
		b.Fatal(err)
	}
	d, err := model.MonteCarlo(l, s, 1000, 1)
	if err != nil {
		b.Fatal(err)
	}
	v := l.AsOf(s.AsOf)
	return benchInputs{l: l, v: v, r: r, bear: bear, events: EventsFromView(v), swings: swings, dist: d}
}

// benchmark times one builder and OptionJSON, as the explorer runs them on
// every slider move.
func benchmark(b *testing.B, build func(in benchInputs) Optioner) {
	in := loadBenchInputs(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := OptionJSON(build(in)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCommitmentsByCounterparty(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return CommitmentsByCounterparty(CounterpartyAmounts(in.r)) })
}

func BenchmarkSpendByYear(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return SpendByYear(in.r, GroupCounterparty, in.events) })
}

func BenchmarkCapacityByYear(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return CapacityByYear(in.r, GroupChipFamily) })
}

func BenchmarkPowerAndChips(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return PowerAndChips(in.r) })
}

func BenchmarkFunding(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return Funding(in.r) })
}

func BenchmarkFlows(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return Flows(in.v, in.r) })
}

// BenchmarkTimeline times a redraw: the ledger's totals per date are
// computed on the first call and kept.
func BenchmarkTimeline(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return Timeline(in.l, in.v.AsOf) })
}

// BenchmarkTimelineFirstDraw times the first draw for a ledger, which
// replays it once per date.
func BenchmarkTimelineFirstDraw(b *testing.B) {
	in := loadBenchInputs(b)
	b.ReportAllocs()
	for b.Loop() {
		timelineCache.Lock()
		timelineCache.ledger = nil
		timelineCache.Unlock()
		if _, err := OptionJSON(Timeline(in.l, in.v.AsOf)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTornado(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return Tornado(in.swings, model.MetricPeakCumulativeGapUSD) })
}

func BenchmarkFan(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return Fan(in.dist, FanSpend) })
}

func BenchmarkCompare(b *testing.B) {
	benchmark(b, func(in benchInputs) Optioner { return Compare(in.r, in.bear, "Base", "Bear") })
}

func BenchmarkEventsFromView(b *testing.B) {
	in := loadBenchInputs(b)
	b.ReportAllocs()
	for b.Loop() {
		EventsFromView(in.v)
	}
}
