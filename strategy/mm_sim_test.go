package strategy_test

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

// mmParams are the quoting knobs of the simulated day.
func mmParams() mm.Params {
	return mm.Params{
		Levels: 3, LevelQty: 20, LevelSpacingBps: 4,
		BaseHalfSpreadBps: 4, VolK: 1, VolHorizon: 10 * time.Second,
		MakerFeeBps: 1, MinEdgeBps: 2, Tick: 0.001, Lot: 0.01,
		Skew: mm.SkewAvellanedaStoikov, Gamma: 0.002, SkewHorizon: 10 * time.Minute,
		MaxInventoryUSD: 5000, SizeReduction: 0.8,
		RefreshToleranceBps: 3, MaxQuoteAge: 30 * time.Second, MaxDataAge: 5 * time.Second,
		MaxActionsPerCall: 6, MaxActionsPerSecond: 8, ActionBurst: 12,
		FlattenBandUSD: 2000, FlattenTargetUSD: 500, UnwindBandUSD: 300,
	}
}

func mmSpec(p mm.Params) *strategy.MMSpec {
	return &strategy.MMSpec{
		Venue: "simcex", Book: "ETH2XUSDC", Quote: "USDC", Params: p,
		Tick: decimal.RequireFromString("0.001"), Lot: decimal.RequireFromString("0.01"),
		ClientPrefix: "mm", VolHalfLife: 10 * time.Minute, VolInitial: 1.0,
		FlattenCooldown: 30 * time.Second, MintRedeem: true, GasUnitsMint: 600_000, GasUnitsRedeem: 650_000,
	}
}

type mmDay struct {
	res        strategy.MMResults
	maxInvUSD  float64 // our own count, at every fill and receipt
	fills      int
	maxPerSec  int
	venueBal   map[string]decimal.Decimal
	ledgerBal  map[string]decimal.Decimal
	openAtEnd  int
	stats      sim.TokenBookStats
	exceedings int
	startBal   map[string]decimal.Decimal
	fairEnd    float64
	priceEnd   float64
}

func runMMDay(t *testing.T, dur time.Duration, seed uint64, p mm.Params, flatten bool) mmDay {
	return runMMDayHedged(t, dur, seed, p, flatten, false)
}

// runMMDayHedged can also hedge on the underlying's (tradable) book.
func runMMDayHedged(t *testing.T, dur time.Duration, seed uint64, p mm.Params, flatten, hedge bool) mmDay {
	t.Helper()
	o := sim.DefaultOptions()
	o.Seed = seed
	o.Duration = dur
	o.TokenBook.Enabled = true
	o.TokenBook.MakerFeeBps = decimal.NewFromInt(1)
	if hedge {
		o.Hedge = sim.HedgeOptions{Enabled: true, Latency: 50 * time.Millisecond, TakerFeeBps: decimal.NewFromInt(4),
			Lot: decimal.RequireFromString("0.001"), Base: decimal.NewFromInt(20)}
		p.HedgeLot = 0.001
	}
	mkt, err := sim.New(o)
	if err != nil {
		t.Fatal(err)
	}
	lim := limits()
	lim.MaxInventoryUSD = 20000
	gate, err := risk.NewGate(lim, o.Start)
	if err != nil {
		t.Fatal(err)
	}
	start := mkt.Balances()
	ledger := risk.NewLedger(start)
	spec := mmSpec(p)
	spec.MintRedeem = flatten
	var hedges strategy.OrderRouter
	if hedge {
		spec.Hedge = &strategy.HedgeSpec{Venue: "sim", Symbol: "ETHUSDT", Base: "ETH", TakerFeeBps: 4, Lot: decimal.RequireFromString("0.001")}
		hedges = mkt
	}
	var d mmDay
	var actions []time.Time
	counting := countingRouter{next: mkt, log: func(n int) {
		now := mkt.Now()
		for range n {
			actions = append(actions, now)
		}
		cut := 0
		for cut < len(actions) && now.Sub(actions[cut]) >= time.Second {
			cut++
		}
		actions = actions[cut:]
		d.maxPerSec = max(d.maxPerSec, len(actions))
	}}
	eng, err := strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{
			Symbol: "ETH2X", Chain: "sim", Pool: "ETH2X-USDC", UnderlyingBook: "ETHUSDT", Leverage: 2,
			GasUnitsMintSell: 1_200_000, GasUnitsBuyRedeem: 1_300_000, MM: spec,
		}},
		Clock: mkt, Executor: mkt, Gate: gate, Equity: gate, Ledger: ledger, Funds: ledger,
		Log: zerolog.Nop(), ArbDisabled: true, Orders: &counting, HedgeOrders: hedges, Kill: gate,
	})
	if err != nil {
		t.Fatal(err)
	}
	var inv decimal.Decimal
	check := func(now time.Time) {
		s := mkt.Snapshot()
		fair := s.CollateralPerToken*s.Price - s.DebtPerToken
		usd := math.Abs(inv.InexactFloat64()) * fair
		d.maxInvUSD = max(d.maxInvUSD, usd)
		if usd > p.MaxInventoryUSD {
			d.exceedings++
			t.Errorf("%v: inventory %s tokens = %.2f USD, beyond the %.0f cap", now, inv, usd, p.MaxInventoryUSD)
		}
	}
	eng.SetContext(context.Background())
	if err := mkt.Run(context.Background(), func(ev venues.Event) {
		eng.Handle(ev)
		switch e := ev.(type) {
		case *venues.Fill:
			if e.Instrument == "ETH2XUSDC" {
				inv = inv.Add(e.BaseDelta)
				d.fills++
				check(e.Time)
			}
		case *venues.TxReceipt:
			for _, f := range e.Fills {
				inv = inv.Add(f.BaseDelta)
			}
			check(e.Time)
		}
	}); err != nil {
		t.Fatal(err)
	}
	rs := eng.MMResults(mkt.Now())
	if len(rs) != 1 {
		t.Fatalf("%d mm results", len(rs))
	}
	d.res = rs[0]
	d.venueBal, d.ledgerBal = mkt.Balances(), ledger.Balances()
	d.openAtEnd = len(mkt.OpenOrders())
	snap := mkt.Snapshot()
	d.fairEnd = snap.CollateralPerToken*snap.Price - snap.DebtPerToken
	d.priceEnd = snap.Price
	d.startBal = start
	d.stats = mkt.TokenBookStats()
	return d
}

// countingRouter counts the order actions the engine sends (cancel-alls
// apart: safety is not rate limited), outside the engine.
type countingRouter struct {
	next      strategy.OrderRouter
	log       func(int)
	cancelAll int
}

func (c *countingRouter) SubmitOrder(req venues.OrderRequest) error {
	c.log(1)
	return c.next.SubmitOrder(req)
}

func (c *countingRouter) SubmitCancel(symbol, id string) error {
	c.log(1)
	return c.next.SubmitCancel(symbol, id)
}

func (c *countingRouter) SubmitCancelAll(symbol string) error {
	c.cancelAll++
	return c.next.SubmitCancelAll(symbol)
}

// TestMMSimulatedDay is issue 7's bar: a simulated day of market making
// on the token book, flattened through mint/redeem: inventory within its
// cap at every fill and settlement (counted here from the events, not by
// the engine), a positive PnL after maker fees and flattening costs (and
// equal to what the balances say), order actions per second within the
// token bucket's bound, and the ledger equal to the venue.
func TestMMSimulatedDay(t *testing.T) {
	dur := 24 * time.Hour
	if raceEnabled {
		dur = 4 * time.Hour
	}
	p := mmParams()
	d := runMMDay(t, dur, 1, p, true)
	r := d.res
	t.Logf("pnl %s = spread %s - fees %s - hedge/flatten %s + inventory %s | fills %d placed %d cancels %d | max inv %.0f / %.0f (own count %.0f) | max actions/s %d (engine %d; bound: burst %d + rate %v) | flattens %v cancelAlls %v capSkips %d | flow %+v",
		r.PnLUSD.StringFixed(2), r.SpreadCaptureUSD.StringFixed(2), r.FeesUSD.StringFixed(2), r.HedgeCostUSD.StringFixed(2), r.InventoryPnLUSD.StringFixed(2),
		r.Fills, r.QuotesPlaced, r.Cancels, r.MaxInventoryUSD, r.InventoryCapUSD, d.maxInvUSD, d.maxPerSec, r.MaxActionsPerSecond, r.ActionBurst, r.ActionRate,
		r.Flattens, r.CancelAlls, r.CapSkips, d.stats)
	if d.exceedings > 0 || d.maxInvUSD > p.MaxInventoryUSD || r.MaxInventoryUSD > p.MaxInventoryUSD {
		t.Errorf("inventory beyond its cap: %d times, max %.2f (engine %.2f) > %.0f", d.exceedings, d.maxInvUSD, r.MaxInventoryUSD, p.MaxInventoryUSD)
	}
	if !r.PnLUSD.IsPositive() {
		t.Errorf("mm PnL %s: want > 0 after fees and flattening", r.PnLUSD)
	}
	if !r.FeesUSD.IsPositive() || !r.HedgeCostUSD.IsPositive() {
		t.Errorf("fees %s, flattening cost %s: the day should have paid both", r.FeesUSD, r.HedgeCostUSD)
	}
	bound := p.ActionBurst + int(math.Ceil(p.MaxActionsPerSecond))
	if d.maxPerSec > bound || r.MaxActionsPerSecond != d.maxPerSec {
		t.Errorf("max actions in one second: %d (engine says %d), bound %d", d.maxPerSec, r.MaxActionsPerSecond, bound)
	}
	if r.Fills < 100 || r.Flattens["redeem"]+r.Flattens["mint"] == 0 {
		t.Errorf("fills %d, flattens %v: the day should trade and flatten", r.Fills, r.Flattens)
	}
	// The PnL is what the balances say: quote, token at fair, gas at the
	// final price (the engine values gas when paid: a few cents apart).
	delta := func(a string) float64 { return d.venueBal[a].Sub(d.startBal[a]).InexactFloat64() }
	fromBal := delta("USDC") + delta("ETH2X")*d.fairEnd + delta("ETH")*d.priceEnd
	if got := r.PnLUSD.InexactFloat64(); math.Abs(got-fromBal) > 0.5 {
		t.Errorf("mm PnL %.4f, balances say %.4f", got, fromBal)
	}
	if got := r.SpreadCaptureUSD.Sub(r.FeesUSD).Sub(r.HedgeCostUSD).Sub(r.FundingUSD).Add(r.InventoryPnLUSD); !got.Equal(r.PnLUSD) {
		t.Errorf("attribution sums to %s, PnL %s", got, r.PnLUSD)
	}
	if inv := d.venueBal["ETH2X"].Sub(d.startBal["ETH2X"]).InexactFloat64(); math.Abs(inv-r.Inventory) > 1e-6 {
		t.Errorf("engine inventory %v, venue %v", r.Inventory, inv)
	}
	for a, v := range d.venueBal {
		if l := d.ledgerBal[a]; !l.Equal(v) {
			t.Errorf("%s: ledger %s != venue %s", a, l, v)
		}
	}
}

// TestMMCapUnderPressure: with a tight cap, big levels, no skew and no
// flattening, inventory keeps running into its cap; at no fill is it past
// it.
func TestMMCapUnderPressure(t *testing.T) {
	p := mmParams()
	p.Skew, p.MaxInventoryUSD, p.LevelQty, p.SizeReduction = mm.SkewNone, 1500, 25, 0
	p.FlattenBandUSD, p.FlattenTargetUSD, p.UnwindBandUSD = 1500, 500, 100
	d := runMMDay(t, 3*time.Hour, 2, p, false)
	r := d.res
	t.Logf("max inventory %.2f USD (own count %.2f) against a %.0f cap; fills %d, held back by the cap %d, pnl %s",
		r.MaxInventoryUSD, d.maxInvUSD, p.MaxInventoryUSD, r.Fills, r.CapSkips, r.PnLUSD.StringFixed(2))
	if d.exceedings > 0 || d.maxInvUSD > p.MaxInventoryUSD {
		t.Errorf("inventory past its cap %d times (max %.2f)", d.exceedings, d.maxInvUSD)
	}
	if d.maxInvUSD < 0.8*p.MaxInventoryUSD || r.CapSkips == 0 {
		t.Errorf("max inventory %.2f, %d held back: the cap was never pressed", d.maxInvUSD, r.CapSkips)
	}
}

// TestMMHedgedDay: flattening by hedging the underlying on its book
// instead of mint/redeem: the day hedges and unwinds, the inventory stays
// within its cap, the PnL (hedge marked at the underlying's mid) is what
// the balances say, and the ledger matches the venue.
func TestMMHedgedDay(t *testing.T) {
	dur := 24 * time.Hour
	if raceEnabled {
		dur = 4 * time.Hour
	}
	p := mmParams()
	d := runMMDayHedged(t, dur, 1, p, false, true)
	r := d.res
	t.Logf("pnl %s = spread %s - fees %s - hedge %s + inventory %s | fills %d | max inv %.0f / %.0f | hedge at end %v ETH | flattens %v",
		r.PnLUSD.StringFixed(2), r.SpreadCaptureUSD.StringFixed(2), r.FeesUSD.StringFixed(2), r.HedgeCostUSD.StringFixed(2),
		r.InventoryPnLUSD.StringFixed(2), r.Fills, r.MaxInventoryUSD, r.InventoryCapUSD, r.Hedge, r.Flattens)
	if d.exceedings > 0 || d.maxInvUSD > p.MaxInventoryUSD {
		t.Errorf("inventory past its cap: max %.2f", d.maxInvUSD)
	}
	if r.Flattens["hedge_spot"] == 0 || r.Flattens["unwind"] == 0 || r.Flattens["redeem"]+r.Flattens["mint"] != 0 {
		t.Errorf("flattens %v: want hedges and unwinds only", r.Flattens)
	}
	if !r.HedgeCostUSD.IsPositive() {
		t.Errorf("hedge cost %s: hedging pays fees", r.HedgeCostUSD)
	}
	delta := func(a string) float64 { return d.venueBal[a].Sub(d.startBal[a]).InexactFloat64() }
	fromBal := delta("USDC") + delta("ETH2X")*d.fairEnd + delta("ETH")*d.priceEnd
	if got := r.PnLUSD.InexactFloat64(); got-fromBal > 0.5 || fromBal-got > 0.5 {
		t.Errorf("mm PnL %.4f, balances say %.4f", got, fromBal)
	}
	for a, v := range d.venueBal {
		if l := d.ledgerBal[a]; !l.Equal(v) {
			t.Errorf("%s: ledger %s != venue %s", a, l, v)
		}
	}
}
