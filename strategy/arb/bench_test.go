package arb_test

import (
	"testing"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

// benchMarkets are a pool and a 20-level book, each at a premium, so Decide
// takes the full path: both loops sized and priced, one plan built.
func benchMarkets() map[string]arb.Market {
	return map[string]arb.Market{
		"pool": poolMarket(100, 101.5, 2e6),
		"book": bookMarket(100, 101.5, 4, 3, 25, 20),
	}
}

func BenchmarkDecide(b *testing.B) {
	p := baseParams()
	p.HedgeBps = 2
	for name, m := range benchMarkets() {
		b.Run(name, func(b *testing.B) {
			if _, ok := arb.Decide(&m, &p, t0); !ok {
				b.Fatal("no plan")
			}
			b.ReportAllocs()
			var plan venues.Plan
			for b.Loop() {
				plan, _ = arb.Decide(&m, &p, t0)
			}
			_ = plan
		})
	}
}

func BenchmarkEvaluate(b *testing.B) {
	p := baseParams()
	for name, m := range benchMarkets() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var c venues.Costs
			for b.Loop() {
				c = arb.Evaluate(venues.MintSell, 300, &m, &p)
			}
			_ = c
		})
	}
}

func TestDecideDoesNotAllocate(t *testing.T) {
	p := baseParams()
	for name, m := range benchMarkets() {
		for _, f := range []struct {
			op  string
			run func()
		}{
			{"Decide", func() { arb.Decide(&m, &p, t0) }},
			{"Resize", func() { arb.Resize(venues.MintSell, &m, &p, 5000, t0) }},
			{"Evaluate", func() { arb.Evaluate(venues.MintSell, 300, &m, &p) }},
		} {
			if got := testing.AllocsPerRun(100, f.run); got != 0 {
				t.Errorf("%s %s: %v allocs/op, want 0", name, f.op, got)
			}
		}
	}
}
