package strategy_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

var t0 = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)

type clock struct{ t time.Time }

func (c *clock) Now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

// fakeExec records plans; it can fail, and it checks that the ledger saw the
// intent before the plan was sent.
type fakeExec struct {
	plans  []venues.Plan
	fail   error
	ledger *risk.Ledger
	t      *testing.T
}

func (f *fakeExec) Submit(_ context.Context, p venues.Plan) error {
	if f.ledger != nil {
		found := false
		for _, e := range f.ledger.Entries() {
			if e.Kind == risk.EntryIntent && e.PlanID == p.ID {
				found = true
			}
		}
		if !found {
			f.t.Errorf("plan %d submitted before its intent was recorded", p.ID)
		}
	}
	if f.fail != nil {
		return f.fail
	}
	f.plans = append(f.plans, p)
	return nil
}

func limits() risk.Limits {
	return risk.Limits{
		MaxNotionalUSDPerToken: 1e6, MaxTotalNotionalUSD: 2e6, MaxInventoryUSD: 1e5,
		MaxGasPriceGwei: 10, GasBudgetUSDPerHour: 100, GasBudgetUSDPerDay: 1000,
		MaxDrawdownUSD: 1000, DrawdownPause: time.Hour, MaxLossUSD: 5000,
		MaxBookAge: 5 * time.Second, MaxPoolAge: 10 * time.Second, MaxNAVAge: 10 * time.Second,
		NAVSanityBps: 1500, NAVDisagreementBps: 300,
	}
}

type rig struct {
	clk    *clock
	exec   *fakeExec
	gate   *risk.Gate
	ledger *risk.Ledger
	eng    *strategy.Engine
}

func newRig(t *testing.T, l risk.Limits) *rig {
	t.Helper()
	r := &rig{clk: &clock{t: t0}}
	var err error
	r.gate, err = risk.NewGate(l, t0)
	if err != nil {
		t.Fatal(err)
	}
	r.ledger = risk.NewLedger(map[string]decimal.Decimal{"USDC": decimal.NewFromInt(100000), "ETH": decimal.NewFromInt(1)})
	r.exec = &fakeExec{ledger: r.ledger, t: t}
	r.eng, err = strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{
			Symbol: "ETH2X", Chain: "sim", Pool: "ETH2X-USDC", UnderlyingBook: "ETHUSDT", Leverage: 2,
			GasUnitsMintSell: 1_000_000, GasUnitsBuyRedeem: 1_000_000,
			Arb: arb.Params{MinNetUSD: 1, MaxSizeUSD: 250000, Deadline: 30 * time.Second, Leverage: 2},
		}},
		Clock: r.clk, Executor: r.exec, Gate: r.gate, Equity: r.gate, Ledger: r.ledger,
		Log: zerolog.Nop(), MaxInFlightPerToken: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Market events for a token whose NAV is 30 (2 ETH-equivalents of exposure
// per 100 tokens: collateral 0.02 ETH at 3000 = 60, debt 30).
func book(mid float64) *venues.BookUpdate {
	return &venues.BookUpdate{Venue: "binance", Symbol: "ETHUSDT",
		Bids: []venues.Level{{Price: mid - 0.05, Qty: 10}}, Asks: []venues.Level{{Price: mid + 0.05, Qty: 10}}}
}

func issuer() *venues.IssuerUpdate {
	return &venues.IssuerUpdate{Token: "ETH2X", MintFeeBps: 10, RedeemFeeBps: 10, Leverage: 2,
		CollateralPerToken: 0.02, DebtPerToken: 30, FeeAccruedAt: t0}
}

func navEv(v float64) *venues.NAVUpdate {
	return &venues.NAVUpdate{Token: "ETH2X", NAV: v, Source: venues.NAVIssuer}
}

func gasEv() *venues.GasUpdate {
	return &venues.GasUpdate{Chain: "sim", BaseFeeGwei: 0.05, TipGwei: 0.001, NativeUSD: 3000}
}

// pool prices the token at price with $3M of quote depth.
func pool(price float64, block uint64) *venues.PoolUpdate {
	q := 3e6
	return &venues.PoolUpdate{Venue: "sim", Pool: "ETH2X-USDC", Base: "ETH2X", Quote: "USDC",
		ReserveBase: q / price, ReserveQuote: q, FeeBps: 30, Block: block}
}

func (r *rig) feed(evs ...venues.Event) {
	for _, e := range evs {
		r.eng.Handle(e)
	}
}

func (r *rig) warm(poolPrice float64) {
	r.feed(book(3000), issuer(), navEv(30), gasEv(), pool(poolPrice, 1))
}

func TestPremiumSubmitsMintSell(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.6) // 2% premium
	if len(r.exec.plans) != 1 {
		t.Fatalf("submitted %d plans, want 1", len(r.exec.plans))
	}
	p := r.exec.plans[0]
	if p.Kind != venues.MintSell || p.Token != "ETH2X" || p.Market != "ETH2X-USDC" {
		t.Errorf("plan = %+v", p)
	}
	if p.ID == 0 || !(p.Expected.NetUSD >= 1) || !(p.Size > 0) || p.Deadline != t0.Add(30*time.Second) {
		t.Errorf("plan id %d net %v size %v deadline %v", p.ID, p.Expected.NetUSD, p.Size, p.Deadline)
	}
	if got, want := p.Expected.NetUSD, arb.Evaluate(venues.MintSell, p.Size, marketFor(30.6), &arb.Params{Leverage: 2}).NetUSD; !near(got, want, 1e-6) {
		t.Errorf("expected net %v, arb.Evaluate says %v", got, want)
	}
	if tok, _, _ := r.gate.Open("ETH2X"); !near(tok, p.NotionalUSD, 1) {
		t.Errorf("gate reserved %v, want %v", tok, p.NotionalUSD)
	}
}

func marketFor(price float64) *arb.Market {
	pu := pool(price, 1)
	g := gasEv()
	return &arb.Market{Kind: venues.MarketPool, NAV: 30, MintFeeBps: 10, RedeemFeeBps: 10,
		ReserveBase: pu.ReserveBase, ReserveQuote: pu.ReserveQuote, PoolFeeBps: 30,
		GasUSDMintSell: arb.GasUSD(1_000_000, g), GasUSDBuyRedeem: arb.GasUSD(1_000_000, g)}
}

func near(a, b, tol float64) bool { return a-b <= tol && b-a <= tol }

func TestDiscountSubmitsBuyRedeem(t *testing.T) {
	r := newRig(t, limits())
	r.warm(29.4)
	if len(r.exec.plans) != 1 || r.exec.plans[0].Kind != venues.BuyRedeem {
		t.Fatalf("plans = %+v, want one buy_redeem", r.exec.plans)
	}
}

func TestNoTradeInsideFees(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.05) // 17 bps: below mint fee + pool fee
	if n := len(r.exec.plans); n != 0 {
		t.Fatalf("submitted %d plans inside the fee band", n)
	}
	if c := r.eng.Counters(); c.Opportunities != 0 {
		t.Errorf("opportunities = %d, want 0", c.Opportunities)
	}
}

func TestInFlightAndOwnTradeWait(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.6)
	r.clk.advance(time.Second)
	r.feed(pool(30.6, 2)) // still a premium, loop in flight
	if n := len(r.exec.plans); n != 1 {
		t.Fatalf("submitted %d plans while one was in flight", n)
	}
	if c := r.eng.Counters(); c.Busy != 1 {
		t.Errorf("busy = %d, want 1", c.Busy)
	}
	p := r.exec.plans[0]
	r.feed(receipt(p, 3, venues.TxSuccess))
	if r.eng.InFlight() != 0 {
		t.Fatalf("in flight = %d after receipt", r.eng.InFlight())
	}
	// A book tick arrives before the pool state that includes our trade:
	// the engine must not trade on the pre-trade pool.
	r.feed(book(3000))
	if n := len(r.exec.plans); n != 1 {
		t.Fatalf("traded on a pool snapshot older than its own fill")
	}
	r.feed(pool(30.6, 3))
	if n := len(r.exec.plans); n != 2 {
		t.Fatalf("did not trade after a fresh pool state: %d plans", n)
	}
}

// receipt settles p: minted p.Size at 30.03 each, sold for p.QuoteAmount.
func receipt(p venues.Plan, block uint64, status venues.TxStatus) *venues.TxReceipt {
	r := &venues.TxReceipt{PlanID: p.ID, Chain: "sim", TxHash: "0xabc", Block: block, Status: status,
		GasNative: decimal.RequireFromString("0.00005"), NativeAsset: "ETH", GasUSD: decimal.RequireFromString("0.15")}
	if status != venues.TxSuccess {
		return r
	}
	size := decimal.NewFromFloat(p.Size).Round(6)
	cost := size.Mul(decimal.RequireFromString("30.03")).Round(6)
	out := decimal.NewFromFloat(p.QuoteAmount).Round(6)
	r.Fills = []venues.Fill{
		{PlanID: p.ID, Leg: 0, Venue: "issuer", Instrument: "ETH2X", Action: venues.ActionMint, Base: "ETH2X", Quote: "USDC",
			BaseDelta: size, QuoteDelta: cost.Neg(), Fee: size.Mul(decimal.RequireFromString("0.03")), FeeAsset: "USDC",
			FeeUSD: size.Mul(decimal.RequireFromString("0.03"))},
		{PlanID: p.ID, Leg: 1, Venue: "sim", Instrument: "ETH2X-USDC", Action: venues.ActionSell, Base: "ETH2X", Quote: "USDC",
			BaseDelta: size.Neg(), QuoteDelta: out, FeeUSD: decimal.RequireFromString("10")},
	}
	return r
}

func TestAccountsAreExactAndNet(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.6)
	p := r.exec.plans[0]
	rc := receipt(p, 2, venues.TxSuccess)
	r.feed(rc)
	res := r.eng.Results(r.clk.Now())
	want := rc.Fills[0].QuoteDelta.Add(rc.Fills[1].QuoteDelta).Sub(rc.GasUSD)
	if !res.NetPnLUSD.Equal(want) {
		t.Errorf("net = %s, want %s", res.NetPnLUSD, want)
	}
	fees := rc.Fills[0].FeeUSD.Add(rc.Fills[1].FeeUSD)
	if !res.FeesUSD.Equal(fees) || !res.GasUSD.Equal(rc.GasUSD) {
		t.Errorf("fees %s gas %s, want %s %s", res.FeesUSD, res.GasUSD, fees, rc.GasUSD)
	}
	if !res.GrossPnLUSD.Equal(want.Add(fees).Add(rc.GasUSD)) {
		t.Errorf("gross %s != net + fees + gas", res.GrossPnLUSD)
	}
	if !res.VolumeUSD.Equal(rc.Fills[1].QuoteDelta) {
		t.Errorf("volume %s, want the market leg %s", res.VolumeUSD, rc.Fills[1].QuoteDelta)
	}
	if res.Loops[venues.MintSell] != 1 {
		t.Errorf("loops = %v", res.Loops)
	}
	// The ledger applied exactly the same deltas.
	usdc := decimal.NewFromInt(100000).Add(rc.Fills[0].QuoteDelta).Add(rc.Fills[1].QuoteDelta)
	if got := r.ledger.Balance("USDC"); !got.Equal(usdc) {
		t.Errorf("ledger USDC %s, want %s", got, usdc)
	}
	if got, want := r.ledger.Balance("ETH"), decimal.RequireFromString("0.99995"); !got.Equal(want) {
		t.Errorf("ledger ETH %s, want %s", got, want)
	}
}

func TestRevertedLoopCostsGasAndCounts(t *testing.T) {
	r := newRig(t, limits())
	r.warm(30.6)
	p := r.exec.plans[0]
	r.feed(receipt(p, 2, venues.TxReverted))
	res := r.eng.Results(r.clk.Now())
	if !res.NetPnLUSD.Equal(decimal.RequireFromString("-0.15")) || res.Reverted[venues.MintSell] != 1 || res.Loops[venues.MintSell] != 0 {
		t.Errorf("net %s reverted %v loops %v", res.NetPnLUSD, res.Reverted, res.Loops)
	}
	if last, _ := r.gate.GasSpent(r.clk.Now()); !near(last, 0.15, 1e-6) {
		t.Errorf("gate gas spent %v, want 0.15", last)
	}
}

func TestRiskDenials(t *testing.T) {
	cases := []struct {
		name   string
		limits func(*risk.Limits)
		feed   func(r *rig)
		reason risk.Reason
	}{
		{"stale nav", nil, func(r *rig) {
			r.feed(book(3000), issuer(), navEv(30), gasEv())
			r.clk.advance(11 * time.Second)
			r.feed(book(3000), pool(30.6, 1))
		}, risk.StaleNAV},
		{"stale book flag", nil, func(r *rig) {
			b := book(3000)
			b.Stale = true
			r.feed(b, issuer(), navEv(30), gasEv(), pool(30.6, 1))
		}, risk.StaleBook},
		{"nav sources disagree", nil, func(r *rig) {
			r.feed(book(3300), issuer(), navEv(30), gasEv(), pool(30.6, 1)) // component NAV 36 vs 30
		}, risk.NAVDisagreement},
		{"rebalancing", nil, func(r *rig) {
			is := issuer()
			is.Rebalancing = true
			r.feed(book(3000), is, navEv(30), gasEv(), pool(30.6, 1))
		}, risk.Rebalancing},
		{"gas price", func(l *risk.Limits) { l.MaxGasPriceGwei = 0.01 }, func(r *rig) { r.warm(30.6) }, risk.GasPrice},
		{"nav sanity", func(l *risk.Limits) { l.NAVSanityBps = 100 }, func(r *rig) { r.warm(30.6) }, risk.NAVSanity},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := limits()
			if tc.limits != nil {
				tc.limits(&l)
			}
			r := newRig(t, l)
			tc.feed(r)
			if n := len(r.exec.plans); n != 0 {
				t.Fatalf("submitted %d plans, want 0", n)
			}
			if got := r.gate.Denials()[tc.reason]; got == 0 {
				t.Errorf("no %s denial counted (denials %v)", tc.reason, r.gate.Denials())
			}
			if r.eng.Counters().Denied == 0 {
				t.Errorf("engine counted no denial")
			}
		})
	}
}

func TestShrinkToHeadroom(t *testing.T) {
	l := limits()
	l.MaxNotionalUSDPerToken = 3000
	r := newRig(t, l)
	r.warm(30.9) // 3%: optimal size is far above $3000
	if len(r.exec.plans) != 1 {
		t.Fatalf("plans = %d", len(r.exec.plans))
	}
	if p := r.exec.plans[0]; p.NotionalUSD > 3000+1e-6 || p.NotionalUSD < 2999 {
		t.Errorf("notional %v, want shrunk to 3000", p.NotionalUSD)
	}
	if r.eng.Counters().Shrunk != 1 {
		t.Errorf("shrunk = %d", r.eng.Counters().Shrunk)
	}
}

func TestSubmitErrorReleases(t *testing.T) {
	r := newRig(t, limits())
	r.exec.fail = errors.New("venue down")
	r.warm(30.6)
	if c := r.eng.Counters(); c.SubmitErrors != 1 || r.eng.InFlight() != 0 {
		t.Fatalf("submit errors %d in flight %d", c.SubmitErrors, r.eng.InFlight())
	}
	if tok, _, _ := r.gate.Open("ETH2X"); tok != 0 {
		t.Errorf("reservation leaked: %v", tok)
	}
	r.exec.fail = nil
	r.feed(pool(30.6, 2))
	if len(r.exec.plans) != 1 {
		t.Errorf("no retry after the failure cleared")
	}
}

func TestUnknownEventsCounted(t *testing.T) {
	r := newRig(t, limits())
	r.feed(&venues.PoolUpdate{Pool: "OTHER"}, &venues.BookUpdate{Symbol: "BTCUSDT"}, &venues.NAVUpdate{Token: "X", Source: venues.NAVIssuer})
	if got := r.eng.Counters().UnknownEvents; got != 3 {
		t.Errorf("unknown events = %d, want 3", got)
	}
}

func TestNewRejectsBadSpecs(t *testing.T) {
	base := strategy.Options{Clock: &clock{t: t0}, Executor: &fakeExec{}}
	cases := []struct {
		name   string
		tokens []strategy.TokenSpec
	}{
		{"none", nil},
		{"no pool", []strategy.TokenSpec{{Symbol: "A", Chain: "c", Leverage: 2}}},
		{"zero leverage", []strategy.TokenSpec{{Symbol: "A", Chain: "c", Pool: "p"}}},
		{"duplicate", []strategy.TokenSpec{{Symbol: "A", Chain: "c", Pool: "p", Leverage: 2}, {Symbol: "A", Chain: "c", Pool: "q", Leverage: 2}}},
	}
	for _, tc := range cases {
		o := base
		o.Tokens = tc.tokens
		if _, err := strategy.New(o); err == nil {
			t.Errorf("%s: want an error", tc.name)
		}
	}
}

func TestVenueStatusStopsAndResumesTrading(t *testing.T) {
	t.Run("chain down", func(t *testing.T) {
		r := newRig(t, limits())
		r.feed(&venues.VenueStatus{Venue: "sim", Stale: true, Reason: "all endpoints down"})
		r.warm(30.6)
		if n := len(r.exec.plans); n != 0 {
			t.Fatalf("traded on a stale chain: %d plans", n)
		}
		if r.gate.Denials()[risk.StalePool] == 0 {
			t.Errorf("no stale_pool denial: %v", r.gate.Denials())
		}
		r.clk.advance(time.Second)
		r.feed(&venues.VenueStatus{Venue: "sim", Stale: false})
		r.feed(pool(30.6, 2), navEv(30))
		if n := len(r.exec.plans); n != 1 {
			t.Fatalf("did not resume after recovery: %d plans", n)
		}
	})
	t.Run("exchange book down", func(t *testing.T) {
		r := newRig(t, limits())
		r.feed(book(3000))
		r.feed(&venues.VenueStatus{Venue: "binance", Symbol: "ETHUSDT", Stale: true, Reason: "sequence gap"})
		r.feed(issuer(), navEv(30), gasEv(), pool(30.6, 1))
		if n := len(r.exec.plans); n != 0 {
			t.Fatalf("traded with a stale underlying book: %d plans", n)
		}
		if r.gate.Denials()[risk.StaleBook] == 0 {
			t.Errorf("no stale_book denial: %v", r.gate.Denials())
		}
		r.feed(&venues.VenueStatus{Venue: "binance", Symbol: "ETHUSDT", Stale: false})
		r.feed(book(3000))
		if n := len(r.exec.plans); n != 1 {
			t.Fatalf("did not resume after the book recovered: %d plans", n)
		}
	})
	t.Run("unknown venue", func(t *testing.T) {
		r := newRig(t, limits())
		r.feed(&venues.VenueStatus{Venue: "elsewhere", Stale: true})
		if r.eng.Counters().UnknownEvents != 1 {
			t.Errorf("unknown venue status not counted")
		}
	})
}
