package strategy_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
)

// recRouter records the order actions the engine sends; failCancelAll
// refuses that many cancel-alls first (fault injection).
type recRouter struct {
	acts          []string
	failCancelAll int
}

func (r *recRouter) SubmitOrder(req venues.OrderRequest) error {
	r.acts = append(r.acts, "place "+req.Side.String()+" "+req.Price.String()+" "+req.Qty.String()+" "+req.ClientID+" "+req.Type.String())
	return nil
}
func (r *recRouter) SubmitCancel(_, id string) error {
	r.acts = append(r.acts, "cancel "+id)
	return nil
}
func (r *recRouter) SubmitCancelAll(sym string) error {
	if r.failCancelAll > 0 {
		r.failCancelAll--
		return errors.New("queue closed")
	}
	r.acts = append(r.acts, "cancelall "+sym)
	return nil
}

func (r *recRouter) count(prefix string) int {
	n := 0
	for _, a := range r.acts {
		if len(a) >= len(prefix) && a[:len(prefix)] == prefix {
			n++
		}
	}
	return n
}

type mmRig struct {
	clk    *clock
	orders *recRouter
	hedges *recRouter
	exec   *fakeExec
	gate   *risk.Gate
	eng    *strategy.Engine
}

func newMMRig(t *testing.T, edit func(*strategy.MMSpec)) *mmRig { return newMMRigFailing(t, edit, 0) }

// newMMRigFailing is newMMRig whose router refuses the first
// failStartCancels cancel-alls.
func newMMRigFailing(t *testing.T, edit func(*strategy.MMSpec), failStartCancels int) *mmRig {
	t.Helper()
	r := &mmRig{clk: &clock{t: t0}, orders: &recRouter{failCancelAll: failStartCancels}, hedges: &recRouter{}, exec: &fakeExec{t: t}}
	var err error
	if r.gate, err = risk.NewGate(limits(), t0); err != nil {
		t.Fatal(err)
	}
	p := mmParams()
	p.MaxActionsPerCall, p.ActionBurst, p.MaxActionsPerSecond = 20, 20, 20
	spec := mmSpec(p)
	if edit != nil {
		edit(spec)
	}
	r.eng, err = strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{Symbol: "ETH2X", Chain: "sim", Pool: "ETH2X-USDC", UnderlyingBook: "ETHUSDT",
			Leverage: 2, GasUnitsMintSell: 1, GasUnitsBuyRedeem: 1, MM: spec}},
		Clock: r.clk, Executor: r.exec, Gate: r.gate, Kill: r.gate, Log: zerolog.Nop(), ArbDisabled: true,
		Orders: r.orders, HedgeOrders: r.hedges,
	})
	if err != nil {
		t.Fatal(err)
	}
	r.eng.SetContext(context.Background())
	now := r.clk.t
	r.eng.Handle(&venues.IssuerUpdate{Time: now, Token: "ETH2X", MintFeeBps: 10, RedeemFeeBps: 10, Leverage: 2,
		CollateralPerToken: 0.02, DebtPerToken: 30, FeeAccruedAt: now})
	r.eng.Handle(&venues.NAVUpdate{Time: now, Token: "ETH2X", NAV: 30, Source: venues.NAVIssuer})
	r.eng.Handle(&venues.GasUpdate{Time: now, Chain: "sim", BaseFeeGwei: 0.01, NativeUSD: 3000})
	r.books(3000)
	return r
}

// books delivers the underlying's book around mid and an empty token book.
func (r *mmRig) books(mid float64) {
	now := r.clk.t
	r.eng.Handle(&venues.BookUpdate{Time: now, Venue: "sim", Symbol: "ETHUSDT",
		Bids: []venues.Level{{Price: mid - 0.05, Qty: 10}}, Asks: []venues.Level{{Price: mid + 0.05, Qty: 10}}})
	r.eng.Handle(&venues.BookUpdate{Time: now, Venue: "simcex", Symbol: "ETH2XUSDC"})
}

// ack reports every order placed so far as resting.
func (r *mmRig) ack(t *testing.T) {
	t.Helper()
	for _, a := range r.orders.acts {
		var side, px, qty, id, typ string
		if n, _ := sscan(a, &side, &px, &qty, &id, &typ); n != 5 {
			continue
		}
		s := venues.Buy
		if side == "SELL" {
			s = venues.Sell
		}
		r.eng.Handle(&venues.OrderUpdate{Time: r.clk.t, Order: venues.Order{Venue: "simcex", Symbol: "ETH2XUSDC", ClientID: id,
			Side: s, Price: decimal.RequireFromString(px), Qty: decimal.RequireFromString(qty), Status: venues.OrderNew}})
	}
}

// TestMMStartsWithCancelAllThenQuotes: the first decision cancels what a
// previous run left, then quotes both sides post-only around fair (30).
func TestMMStartsWithCancelAllThenQuotes(t *testing.T) {
	r := newMMRig(t, nil)
	if len(r.orders.acts) == 0 || r.orders.acts[0] != "cancelall ETH2XUSDC" {
		t.Fatalf("actions %v: want a cancel-all first", r.orders.acts)
	}
	p := mmParams()
	if got, want := r.orders.count("place BUY"), p.Levels; got != want {
		t.Errorf("%d bids, want %d: %v", got, want, r.orders.acts)
	}
	if got, want := r.orders.count("place SELL"), p.Levels; got != want {
		t.Errorf("%d asks, want %d", got, want)
	}
	for _, a := range r.orders.acts[1:] {
		var side, px, qty, id, typ string
		sscan(a, &side, &px, &qty, &id, &typ) //nolint:errcheck // checked below
		price := decimal.RequireFromString(px).InexactFloat64()
		if typ != "LIMIT_MAKER" || (side == "BUY") != (price < 30) {
			t.Errorf("%s: want a post-only order on the right side of fair 30", a)
		}
	}
}

// TestMMStartupCancelAllRetried: while the start-up cancel-all cannot be
// sent, nothing is quoted; the next decision sends it, then quotes.
func TestMMStartupCancelAllRetried(t *testing.T) {
	r := newMMRigFailing(t, nil, 100)
	if len(r.orders.acts) != 0 {
		t.Fatalf("actions %v before the start-up cancel-all went out", r.orders.acts)
	}
	r.orders.failCancelAll = 0
	r.clk.advance(time.Second)
	r.books(3000)
	if len(r.orders.acts) == 0 || r.orders.acts[0] != "cancelall ETH2XUSDC" || r.orders.count("place") != 2*mmParams().Levels {
		t.Errorf("actions %v: want the cancel-all, then the ladder", r.orders.acts)
	}
	if got := r.eng.MMResults(r.clk.t)[0].CancelAlls["startup"]; got != 1 {
		t.Errorf("start-up cancel-alls %d, want 1", got)
	}
}

// TestMMCancelAllReasons: every reason to stop quoting sends one
// cancel-all and no placement.
func TestMMCancelAllReasons(t *testing.T) {
	cases := []struct {
		name string
		do   func(r *mmRig)
		want string
	}{
		{"stale flag on the underlying's book", func(r *mmRig) {
			r.eng.Handle(&venues.BookUpdate{Time: r.clk.t, Venue: "sim", Symbol: "ETHUSDT", Stale: true})
		}, "stale_data"},
		{"venue status on the token book", func(r *mmRig) {
			r.eng.Handle(&venues.VenueStatus{Time: r.clk.t, Venue: "simcex", Symbol: "ETH2XUSDC", Stale: true, Reason: "stalled"})
		}, "stale_data"},
		{"venue-wide status: disconnected", func(r *mmRig) {
			r.eng.Handle(&venues.VenueStatus{Time: r.clk.t, Venue: "simcex", Stale: true, Reason: "user stream down"})
		}, "disconnect"},
		{"data older than max_data_age", func(r *mmRig) {
			r.clk.advance(mmParams().MaxDataAge + time.Second)
			r.eng.Handle(&venues.BookUpdate{Time: r.clk.t, Venue: "simcex", Symbol: "ETH2XUSDC"})
		}, "stale_data"},
		{"kill switch", func(r *mmRig) {
			r.gate.Kill("test")
			r.books(3000)
		}, "kill_switch"},
		{"shutdown", func(r *mmRig) { r.eng.Shutdown(); r.books(3000) }, "shutdown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := newMMRig(t, nil)
			r.ack(t)
			r.orders.acts = nil
			c.do(r)
			if got := r.orders.count("cancelall"); got != 1 {
				t.Errorf("actions %v: want one cancel-all", r.orders.acts)
			}
			if got := r.orders.count("place"); got != 0 {
				t.Errorf("actions %v: want no placement", r.orders.acts)
			}
			res := r.eng.MMResults(r.clk.t)[0]
			if res.CancelAlls[c.want] != 1 {
				t.Errorf("cancel-alls %v, want one %s", res.CancelAlls, c.want)
			}
		})
	}
}

// TestMMRefreshTolerance: a fair move inside the tolerance keeps every
// quote; one beyond it replaces them all.
func TestMMRefreshTolerance(t *testing.T) {
	r := newMMRig(t, nil)
	r.ack(t)
	var ids []string
	for _, a := range r.orders.acts {
		var side, px, qty, id, typ string
		if n, _ := sscan(a, &side, &px, &qty, &id, &typ); n == 5 {
			ids = append(ids, id)
		}
	}
	// 0.3 bp of the underlying moves the 2x token's fair about 0.6 bp,
	// well inside the 3 bps tolerance.
	r.orders.acts = nil
	r.clk.advance(time.Second)
	r.books(3000 * 1.00003)
	if len(r.orders.acts) != 0 {
		t.Errorf("a move inside the tolerance sent %v", r.orders.acts)
	}
	// 10 bps moves it about 20: every quote is cancelled and replaced.
	r.clk.advance(time.Second)
	r.books(3000 * 1.001)
	for _, id := range ids {
		if r.orders.count("cancel "+id) == 0 {
			t.Errorf("quote %s not cancelled after a 20 bps move: %v", id, r.orders.acts)
		}
	}
	if got := r.orders.count("place"); got != len(ids) {
		t.Errorf("%d placements after the move, want %d", got, len(ids))
	}
}

// TestMMInventoryCap: every bid that could still fill counts against the
// cap until the venue says it is gone, so with the cancels unanswered the
// engine stops sending bids before inventory plus open bids could pass it.
func TestMMInventoryCap(t *testing.T) {
	r := newMMRig(t, func(s *strategy.MMSpec) { s.MintRedeem = false })
	r.ack(t)
	// Every bid fills.
	for _, a := range r.orders.acts {
		var side, px, qty, id, typ string
		if n, _ := sscan(a, &side, &px, &qty, &id, &typ); n != 5 || side != "BUY" {
			continue
		}
		q, p := decimal.RequireFromString(qty), decimal.RequireFromString(px)
		r.eng.Handle(&venues.Fill{Time: r.clk.t, Venue: "simcex", Instrument: "ETH2XUSDC", Action: venues.ActionBuy,
			Base: "ETH2X", Quote: "USDC", BaseDelta: q, QuoteDelta: q.Mul(p).Neg(), TradeID: id})
		r.eng.Handle(&venues.OrderUpdate{Time: r.clk.t, Order: venues.Order{Venue: "simcex", Symbol: "ETH2XUSDC", ClientID: id,
			Side: venues.Buy, Price: p, Qty: q, Filled: q, Status: venues.OrderFilled}})
	}
	inv := r.eng.MMResults(r.clk.t)[0].Inventory
	r.orders.acts = nil
	// The fair value swings; cancels are never answered.
	for i := range 30 {
		r.clk.advance(time.Second)
		r.books(3000 * (1 + 0.002*float64(i%3)))
		r.ack(t)
	}
	var bids float64
	for _, a := range r.orders.acts {
		var side, px, qty, id, typ string
		if n, _ := sscan(a, &side, &px, &qty, &id, &typ); n == 5 && side == "BUY" {
			bids += decimal.RequireFromString(qty).InexactFloat64()
		}
	}
	capTokens := mmParams().MaxInventoryUSD / (0.02*3000*1.004 - 30)
	if inv != 60 || inv+bids > capTokens {
		t.Errorf("inventory %v + bids sent since %v = %v tokens: beyond the cap of %.2f", inv, bids, inv+bids, capTokens)
	}
	if res := r.eng.MMResults(r.clk.t)[0]; res.CapSkips == 0 {
		t.Errorf("no bid held back by the cap (bids sent %v)", bids)
	}
}

// sscan splits a recorded placement into its fields.
func sscan(a string, side, px, qty, id, typ *string) (int, error) {
	var verb string
	n, err := fmt.Sscan(a, &verb, side, px, qty, id, typ)
	if verb != "place" {
		return 0, err
	}
	return n - 1, err
}

// TestMMHedgeAndUnwind: past the flatten band with no mint/redeem, the
// engine hedges the underlying with a market order sized leverage x the
// excess notional, and unwinds the whole hedge once inventory is back
// inside the unwind band.
func TestMMHedgeAndUnwind(t *testing.T) {
	r := newMMRig(t, func(s *strategy.MMSpec) {
		s.MintRedeem = false
		s.Params.HedgeLot = 0.001
		s.Hedge = &strategy.HedgeSpec{Venue: "sim", Symbol: "ETHUSDT", Base: "ETH", TakerFeeBps: 4, Lot: decimal.RequireFromString("0.001")}
	})
	r.eng.Handle(&venues.BalanceUpdate{Time: r.clk.t, Venue: "sim", Balances: []venues.Balance{{Asset: "ETH", Free: decimal.NewFromInt(10)}}})
	fill := func(side venues.Side, tokens int64, id string) {
		q := decimal.NewFromInt(tokens)
		f := &venues.Fill{Time: r.clk.t, Venue: "simcex", Instrument: "ETH2XUSDC", Action: venues.ActionBuy,
			Base: "ETH2X", Quote: "USDC", BaseDelta: q, QuoteDelta: q.Mul(decimal.NewFromInt(30)).Neg(), TradeID: id}
		if side == venues.Sell {
			f.Action, f.BaseDelta, f.QuoteDelta = venues.ActionSell, q.Neg(), q.Mul(decimal.NewFromInt(30))
		}
		r.eng.Handle(f)
	}
	fill(venues.Buy, 100, "1") // 3000 USD, past the 2000 band
	if got := r.hedges.count("place SELL 0 1.666 "); got != 1 {
		t.Fatalf("hedge orders %v: want one market sell of 2 x (100 - 500/30) x 30 / 3000 = 1.666 ETH", r.hedges.acts)
	}
	var id string
	fmt.Sscan(r.hedges.acts[0], new(string), new(string), new(string), new(string), &id) //nolint:errcheck // checked by use
	r.eng.Handle(&venues.Fill{Time: r.clk.t, Venue: "sim", Instrument: "ETHUSDT", Action: venues.ActionSell, Base: "ETH", Quote: "USDT",
		BaseDelta: decimal.RequireFromString("-1.666"), QuoteDelta: decimal.RequireFromString("4995"), FeeUSD: decimal.RequireFromString("2"), TradeID: "h1"})
	r.eng.Handle(&venues.OrderUpdate{Time: r.clk.t, Order: venues.Order{Venue: "sim", Symbol: "ETHUSDT", ClientID: id, Status: venues.OrderFilled}})
	if res := r.eng.MMResults(r.clk.t)[0]; res.Hedge != -1.666 || res.Flattens["hedge_spot"] != 1 {
		t.Fatalf("hedge %v, flattens %v", res.Hedge, res.Flattens)
	}
	// Back inside the unwind band: after the cooldown, the hedge is bought back.
	fill(venues.Sell, 95, "2")
	r.clk.advance(31 * time.Second)
	r.books(3000)
	if got := r.hedges.count("place BUY 0 1.666 "); got != 1 {
		t.Fatalf("hedge orders %v: want the unwind, a market buy of 1.666", r.hedges.acts)
	}
	res := r.eng.MMResults(r.clk.t)[0]
	if res.Flattens["unwind"] != 1 || !res.HedgeCostUSD.Equal(decimal.NewFromInt(2)) {
		t.Errorf("flattens %v, hedge cost %s", res.Flattens, res.HedgeCostUSD)
	}
}

// ackRouter answers every action as a venue would (placed orders rest,
// cancels succeed), by events the caller delivers after each Handle.
type ackRouter struct {
	out  []venues.Event
	open map[string]venues.Order
	n    int
}

func (a *ackRouter) SubmitOrder(req venues.OrderRequest) error {
	o := venues.Order{Venue: "simcex", Symbol: req.Symbol, ClientID: req.ClientID, Side: req.Side,
		Price: req.Price, Qty: req.Qty, Status: venues.OrderNew}
	a.open[req.ClientID] = o
	a.out = append(a.out, &venues.OrderUpdate{Order: o})
	a.n++
	return nil
}

func (a *ackRouter) SubmitCancel(_, id string) error {
	if o, ok := a.open[id]; ok {
		delete(a.open, id)
		o.Status = venues.OrderCanceled
		a.out = append(a.out, &venues.OrderUpdate{Order: o})
	}
	a.n++
	return nil
}

func (a *ackRouter) SubmitCancelAll(string) error {
	for id := range a.open {
		a.SubmitCancel("", id) //nolint:errcheck // never fails
	}
	return nil
}

// BenchmarkMMQuote measures one book update through market making: fair
// value and volatility, the ladder, the risk gate on both sides,
// reconciliation within the budget and the order actions, with the venue's
// answers delivered after each event. The fair value alternates 10 bps,
// beyond the refresh tolerance: every other underlying update replaces the
// whole ladder.
func BenchmarkMMQuote(b *testing.B) {
	clk := &clock{t: t0}
	gate, _ := risk.NewGate(limits(), t0)
	p := mmParams()
	p.MaxActionsPerSecond, p.ActionBurst, p.MaxActionsPerCall = 1e9, 1<<30, 64
	spec := mmSpec(p)
	spec.MintRedeem = false
	ack := &ackRouter{open: map[string]venues.Order{}}
	eng, err := strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{Symbol: "ETH2X", Chain: "sim", Pool: "ETH2X-USDC", UnderlyingBook: "ETHUSDT",
			Leverage: 2, GasUnitsMintSell: 1, GasUnitsBuyRedeem: 1, MM: spec}},
		Clock: clk, Executor: &fakeExec{}, Gate: gate, Log: zerolog.Nop(), ArbDisabled: true, Orders: ack,
	})
	if err != nil {
		b.Fatal(err)
	}
	eng.Handle(&venues.IssuerUpdate{Time: t0, Token: "ETH2X", MintFeeBps: 10, RedeemFeeBps: 10, Leverage: 2,
		CollateralPerToken: 0.02, DebtPerToken: 30, FeeAccruedAt: t0})
	eng.Handle(&venues.NAVUpdate{Time: t0, Token: "ETH2X", NAV: 30, Source: venues.NAVIssuer})
	und := [2]*venues.BookUpdate{}
	for i := range und {
		mid := 3000 * (1 + 0.0005*float64(i))
		und[i] = &venues.BookUpdate{Venue: "sim", Symbol: "ETHUSDT",
			Bids: []venues.Level{{Price: mid - 0.05, Qty: 10}}, Asks: []venues.Level{{Price: mid + 0.05, Qty: 10}}}
	}
	tok := &venues.BookUpdate{Venue: "simcex", Symbol: "ETH2XUSDC"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		clk.advance(time.Millisecond)
		u := und[(i/2)%2]
		if i%2 == 1 {
			u = tok
		}
		u.Time = clk.t
		eng.Handle(u)
		for len(ack.out) > 0 {
			ev := ack.out[0]
			ack.out = ack.out[1:]
			eng.Handle(ev)
		}
		ack.out = ack.out[:0]
	}
	b.StopTimer()
	if ack.n < b.N {
		b.Fatalf("%d order actions in %d events: the benchmark does not requote", ack.n, b.N)
	}
}
