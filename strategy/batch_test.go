package strategy_test

import (
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

// Apply queues; Decide decides once for everything applied at a timestamp.
func TestApplyThenDecideOnce(t *testing.T) {
	r := newRig(t, limits())
	for _, ev := range []venues.Event{book(3000), issuer(), navEv(30), gasEv(), pool(30.6, 1)} {
		r.eng.Apply(ev)
	}
	if len(r.exec.plans) != 0 || r.eng.Counters().Decisions != 0 {
		t.Fatalf("Apply decided: %d plans, %d decisions", len(r.exec.plans), r.eng.Counters().Decisions)
	}
	r.eng.Decide()
	if c := r.eng.Counters(); len(r.exec.plans) != 1 || c.Decisions != 1 || c.Events != 5 {
		t.Fatalf("plans %d, counters %+v: want one decision and one plan", len(r.exec.plans), c)
	}
	r.eng.Decide()
	if c := r.eng.Counters(); c.Decisions != 1 {
		t.Errorf("a second Decide with nothing new decided again: %+v", c)
	}
}

// A decision that found nothing is not repeated until a decision input
// (NAV, fees, pool, gas) changes: the underlying's book alone, or the same
// values again, cannot produce a plan.
func TestNoPlanSkipsUntilInputsChange(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.05) // inside the fee band
	base := r.eng.Counters().Decisions
	if base == 0 {
		t.Fatal("no decision on the first complete snapshot")
	}
	steps := []struct {
		ev      venues.Event
		decides bool
	}{
		{book(3001), false},
		{gasEv(), false},
		{navEv(30), false},
		{pool(30.05, 2), false},
		{issuer(), false},
		{navEv(30.01), true},
		{pool(30.06, 3), true},
		{&venues.GasUpdate{Chain: "sim", BaseFeeGwei: 0.06, TipGwei: 0.001, NativeUSD: 3000}, true},
	}
	for i, s := range steps {
		r.clk.advance(time.Second)
		before := r.eng.Counters().Decisions
		r.feed(s.ev)
		if got := r.eng.Counters().Decisions > before; got != s.decides {
			t.Errorf("step %d (%T): decided %v, want %v", i, s.ev, got, s.decides)
		}
	}
	if len(r.exec.plans) != 0 {
		t.Errorf("plans %d inside the fee band", len(r.exec.plans))
	}
}

// Skipping changes nothing: after a plan, every event decides again (the
// gate, the time or the in-flight count may have changed).
func TestPlanKeepsDeciding(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.6)
	for i := range 3 {
		r.clk.advance(time.Second)
		before := r.eng.Counters()
		r.feed(book(3000))
		after := r.eng.Counters()
		if after.Decisions != before.Decisions+1 || after.Busy != before.Busy+1 {
			t.Errorf("event %d: decisions %d -> %d, busy %d -> %d", i, before.Decisions, after.Decisions, before.Busy, after.Busy)
		}
	}
}

// Swaps carry no state the engine needs (the pool's state follows as a
// PoolUpdate) and are not unknown events.
func TestSwapIsIgnored(t *testing.T) {
	r := newRig(t, limits())
	r.feed(&venues.Swap{Pool: "ETH2X-USDC"})
	if c := r.eng.Counters(); c.UnknownEvents != 0 || c.Events != 1 {
		t.Errorf("counters %+v", c)
	}
}

// A token may trade on an order book: its plans walk the book, net of the
// taker fee.
func TestBookMarketToken(t *testing.T) {
	clk := &clock{t: t0}
	exec := &fakeExec{}
	eng, err := strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{
			Symbol: "ETH2X", Chain: "sim", Book: "ETH2XUSD", TakerFeeBps: 10, Leverage: 2,
			GasUnitsMintSell: 1_000_000, GasUnitsBuyRedeem: 1_000_000,
			Arb: arb.Params{MinNetUSD: 1, MaxSizeUSD: 250000, Deadline: 30 * time.Second, Leverage: 2},
		}},
		Clock: clk, Executor: exec, Log: zerolog.Nop(),
	})
	if err != nil {
		t.Fatal(err)
	}
	tokenBook := &venues.BookUpdate{Venue: "x", Symbol: "ETH2XUSD",
		Bids: []venues.Level{{Price: 30.5, Qty: 10}, {Price: 30.4, Qty: 20}, {Price: 30, Qty: 1000}},
		Asks: []venues.Level{{Price: 30.6, Qty: 5}}}
	for _, ev := range []venues.Event{issuer(), navEv(30), gasEv(), tokenBook} {
		eng.Handle(ev)
	}
	if len(exec.plans) != 1 {
		t.Fatalf("plans %d, want 1", len(exec.plans))
	}
	p := exec.plans[0]
	if p.Kind != venues.MintSell || p.MarketKind != venues.MarketBook || p.Market != "ETH2XUSD" || p.Size != 30 || p.MarketPrice != 30.5 {
		t.Errorf("plan %+v: want 30 tokens sold into the two bids above cost", p)
	}
	if _, err := strategy.New(strategy.Options{Clock: clk, Executor: exec, Tokens: []strategy.TokenSpec{{
		Symbol: "A", Chain: "c", Pool: "p", Book: "b", Leverage: 2}}}); err == nil {
		t.Error("a token with both a pool and a book was accepted")
	}
}

// ApplyAt stamps data with its receipt time: a book delivered late is as
// old as it is. Pending says whether a decision could run.
func TestApplyAtAndPending(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.05) // no plan
	if r.eng.Pending() {
		t.Error("pending with nothing changed and no plan")
	}
	r.clk.advance(time.Second)
	r.eng.Apply(navEv(30.01))
	if !r.eng.Pending() {
		t.Error("not pending after the NAV changed")
	}
	r.eng.Decide()
	r.clk.advance(10 * time.Second)
	r.eng.ApplyAt(book(3000), r.clk.Now().Add(-6*time.Second))
	r.eng.ApplyAt(navEv(30), r.clk.Now())
	r.eng.ApplyAt(gasEv(), r.clk.Now())
	r.eng.ApplyAt(pool(30.6, 2), r.clk.Now())
	r.eng.Decide()
	if len(r.exec.plans) != 0 || r.gate.Denials()[risk.StaleBook] != 1 {
		t.Errorf("plans %d, denials %v: want the 6-second-old book refused", len(r.exec.plans), r.gate.Denials())
	}
	if !r.eng.Pending() {
		t.Error("a denied plan is to be reconsidered: want pending")
	}
}
