package sim

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
	"github.com/navarb/navarb/venues/sim/simcex"
)

// tokenBook is the token's order book with its flow. It is driven only by
// Run's thread; our order actions are queued by the handler (same thread)
// under Market.mu.
type tokenBook struct {
	o     TokenBookOptions
	cex   *simcex.Venue
	clock atomic.Int64 // unix nanos of the book's current time
	rng   *rand.Rand
	tick  float64
	lot   float64

	makerNext []time.Time // next repost, by provider
	seq       uint64      // client ids of flow orders
	perTick   float64     // expected taker orders per tick
	logMedian float64

	actions []orderAction // ours, in sending order
	events  []venues.Event
	ev      venues.BookUpdate
	pruneAt time.Time

	stats TokenBookStats
}

// TokenBookStats counts the token book's flow.
type TokenBookStats struct {
	Ticks          uint64
	MakerPosts     uint64
	TakerOrders    uint64
	ArbOrders      uint64
	Trades         uint64 // trades of any participant, ours included
	OurActions     uint64 // our places, cancels and cancel-alls executed
	OurRejects     uint64
	OurCancelFails uint64
}

type actionKind uint8

const (
	actPlace actionKind = iota + 1
	actCancel
	actCancelAll
)

// orderAction is one of our order actions on its way to the book.
type orderAction struct {
	due      time.Time
	kind     actionKind
	req      venues.OrderRequest
	symbol   string
	clientID string
}

const streamFlow uint64 = 17

func newTokenBook(o TokenBookOptions, quote, token string, start time.Time, seed uint64) (*tokenBook, error) {
	tb := &tokenBook{o: o, rng: newRNG(seed, streamFlow)}
	tb.clock.Store(start.UnixNano())
	cex, err := simcex.New(simcex.Options{
		Venue: o.Venue,
		Symbols: []matching.SymbolRules{{
			Symbol: o.Symbol, Base: token, Quote: quote,
			TickSize: o.Tick, StepSize: o.Lot, MinQty: o.Lot, MinNotional: o.MinNotional,
		}},
		MakerFee: o.MakerFeeBps.Shift(-4),
		TakerFee: o.TakerFeeBps.Shift(-4),
		Balances: map[string]decimal.Decimal{quote: o.Quote, token: o.Token},
		Clock:    func() time.Time { return time.Unix(0, tb.clock.Load()).UTC() },
	})
	if err != nil {
		return nil, err
	}
	tb.cex = cex
	tb.tick, _ = o.Tick.Float64()
	tb.lot, _ = o.Lot.Float64()
	tb.makerNext = make([]time.Time, o.Makers.Count)
	for i := range tb.makerNext {
		// Staggered: provider i first posts at start + i/Count of a refresh.
		tb.makerNext[i] = start.Add(time.Duration(i) * o.Makers.Refresh / time.Duration(max(o.Makers.Count, 1)))
	}
	tb.perTick = o.Takers.PerHour * o.Interval.Hours()
	tb.logMedian = math.Log(o.Takers.MedianUSD)
	tb.ev = venues.BookUpdate{Venue: o.Venue, Symbol: o.Symbol}
	tb.pruneAt = start.Add(time.Minute)
	return tb, nil
}

// step advances the book to now with the fair value fair: our due
// actions first (they were sent earlier), then the providers' reposts, the
// takers and the arbitrageur. It returns our events (fills, order and
// balance updates) in order, then the book; the slice is reused.
func (tb *tokenBook) step(now time.Time, fair float64) []venues.Event {
	tb.clock.Store(now.UnixNano())
	tb.stats.Ticks++
	tb.runDue(now)
	if fair > 0 && !math.IsInf(fair, 0) {
		for i := range tb.makerNext {
			if !now.Before(tb.makerNext[i]) {
				tb.repost(i, fair)
				tb.makerNext[i] = tb.makerNext[i].Add(tb.o.Makers.Refresh)
			}
		}
		for range poisson(tb.rng, tb.perTick) {
			tb.taker(fair)
		}
		tb.arb(fair)
	}
	if !now.Before(tb.pruneAt) {
		tb.cex.Prune(now.Add(-time.Minute))
		tb.pruneAt = now.Add(time.Minute)
	}
	tb.events = tb.cex.Drain(tb.events[:0])
	tb.ev.Time = now
	tb.ev.Bids, tb.ev.Asks = tb.cex.Depth(tb.o.Symbol, tb.o.Depth)
	return append(tb.events, &tb.ev)
}

// runDue executes our actions whose time has come, in sending order.
func (tb *tokenBook) runDue(now time.Time) {
	n := 0
	for n < len(tb.actions) && !tb.actions[n].due.After(now) {
		tb.exec(&tb.actions[n])
		n++
	}
	if n > 0 {
		rest := copy(tb.actions, tb.actions[n:])
		clear(tb.actions[rest:])
		tb.actions = tb.actions[:rest]
	}
}

func (tb *tokenBook) exec(a *orderAction) {
	tb.stats.OurActions++
	switch a.kind {
	case actPlace:
		if _, err := tb.cex.PlaceOrder(context.Background(), a.req); err != nil {
			tb.stats.OurRejects++
			// The venue reports a post-only order that would take itself;
			// any other refusal never reached the book: say so.
			if !errors.Is(err, matching.ErrWouldTake) {
				tb.cex.Reject(a.req)
			}
		}
	case actCancel:
		if _, err := tb.cex.CancelOrder(context.Background(), a.symbol, a.clientID); err != nil {
			tb.stats.OurCancelFails++ // already filled or cancelled: its updates say so
		}
	case actCancelAll:
		tb.cex.CancelAll(context.Background(), a.symbol) //nolint:errcheck // the symbol is known
	}
}

// repost replaces provider i's ladder around fair.
func (tb *tokenBook) repost(i int, fair float64) {
	m := tb.o.Makers
	acct := "lp" + strconv.Itoa(i)
	tb.cex.CancelAccount(acct, tb.o.Symbol)
	half := m.HalfSpreadBps + m.SpreadJitterBps*(2*tb.rng.Float64()-1)
	for lv := range m.Levels {
		off := (half + float64(lv)*m.LevelSpacingBps) / 1e4
		for _, side := range [2]venues.Side{venues.Buy, venues.Sell} {
			px := fair * (1 - off)
			if side == venues.Sell {
				px = fair * (1 + off)
			}
			qty := m.LevelQty * (0.7 + 0.6*tb.rng.Float64())
			tb.post(acct, side, venues.LimitMaker, px, qty)
		}
	}
	tb.stats.MakerPosts++
}

// taker sends one uninformed market order.
func (tb *tokenBook) taker(fair float64) {
	t := tb.o.Takers
	usd := math.Exp(tb.logMedian + t.SizeSigma*tb.rng.NormFloat64())
	side := venues.Buy
	if tb.rng.Float64() < 0.5 {
		side = venues.Sell
	}
	if tb.post("taker", side, venues.Market, 0, usd/fair) {
		tb.stats.TakerOrders++
	}
}

// arb takes every level more than ArbEdgeBps through fair, on both sides.
func (tb *tokenBook) arb(fair float64) {
	edge := tb.o.Takers.ArbEdgeBps / 1e4
	if edge <= 0 {
		return
	}
	bids, asks := tb.cex.Depth(tb.o.Symbol, 0)
	limit := fair * (1 - edge)
	var qty float64
	for _, l := range asks {
		if l.Price > limit {
			break
		}
		qty += l.Qty
	}
	if qty > 0 && tb.post("arb", venues.Buy, venues.IOC, limit, qty) {
		tb.stats.ArbOrders++
	}
	limit, qty = fair*(1+edge), 0
	for _, l := range bids {
		if l.Price < limit {
			break
		}
		qty += l.Qty
	}
	if qty > 0 && tb.post("arb", venues.Sell, venues.IOC, limit, qty) {
		tb.stats.ArbOrders++
	}
}

// post places a flow order, rounded to the book's increments (limit
// prices away from fair for makers, towards it for takers: never better
// than drawn). It reports whether the book accepted it.
func (tb *tokenBook) post(acct string, side venues.Side, typ venues.OrderType, px, qty float64) bool {
	lots := math.Floor(qty/tb.lot + 1e-9)
	if lots < 1 {
		return false
	}
	req := venues.OrderRequest{Symbol: tb.o.Symbol, Side: side, Type: typ,
		Qty: decimal.NewFromInt(int64(lots)).Mul(tb.o.Lot)}
	if typ != venues.Market {
		ticks := math.Floor(px / tb.tick)
		if (side == venues.Sell) == (typ == venues.LimitMaker) {
			ticks = math.Ceil(px / tb.tick)
		}
		if ticks < 1 {
			return false
		}
		req.Price = decimal.NewFromInt(int64(ticks)).Mul(tb.o.Tick)
	}
	tb.seq++
	req.ClientID = "f" + strconv.FormatUint(tb.seq, 36)
	p, err := tb.cex.Place(acct, req)
	tb.stats.Trades += uint64(len(p.Trades))
	return err == nil
}
