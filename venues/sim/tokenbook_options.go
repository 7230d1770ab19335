package sim

import (
	"time"

	"github.com/shopspring/decimal"
)

// TokenBookOptions is the token's own order book on an in-process exchange
// (venues/sim/simcex on the price-time matching engine), where flow traders
// quote and trade around the token's fair value and our orders rest in the
// queue like anyone else's. It is off unless Enabled; a market without it
// emits exactly the events it did before.
type TokenBookOptions struct {
	Enabled bool
	// Venue and Symbol name the book in events ("simcex", "ETH2XUSDC"); its
	// base is the token and its quote Pool.Quote.
	Venue  string
	Symbol string
	// Tick and Lot are the price and quantity increments; MinNotional is
	// the smallest order in quote.
	Tick, Lot   decimal.Decimal
	MinNotional decimal.Decimal
	// MakerFeeBps and TakerFeeBps are our commission rates.
	MakerFeeBps, TakerFeeBps decimal.Decimal
	// Interval is the book's clock: every Interval our due order actions
	// reach the book, the flow trades, and a *venues.BookUpdate of Depth
	// levels a side is delivered, after our fills and order updates.
	Interval time.Duration
	// Latency is how long our order actions take to reach the book: an
	// action sent at t is executed at the first Interval tick at or after
	// t + Latency.
	Latency time.Duration
	Depth   int
	Makers  MakerFlowOptions
	Takers  TakerFlowOptions
	// Quote and Token are our starting balances on the exchange. It does no
	// funds check: selling more tokens than held borrows them (a negative
	// balance), as a margin account would.
	Quote, Token decimal.Decimal
}

// MakerFlowOptions are the liquidity providers: each reposts a post-only
// ladder around the fair value (the component NAV at the underlying's
// price) every Refresh, staggered, going to the back of the queue at every
// price it reposts.
type MakerFlowOptions struct {
	Count int
	// HalfSpreadBps is the mean distance of a provider's best quote from
	// fair; each repost draws it uniformly within ±SpreadJitterBps.
	HalfSpreadBps   float64
	SpreadJitterBps float64
	Levels          int
	LevelSpacingBps float64
	// LevelQty is the size of each level in tokens, randomised by ±30%.
	LevelQty float64
	Refresh  time.Duration
}

// TakerFlowOptions are the liquidity takers: uninformed market orders
// (Poisson arrivals, lognormal USD sizes, 50/50 sides) that walk the book,
// and an arbitrageur who takes every quote more than ArbEdgeBps through
// fair (0: none): it trades through stale quotes.
type TakerFlowOptions struct {
	PerHour    float64
	MedianUSD  float64
	SizeSigma  float64
	ArbEdgeBps float64
}

// DefaultTokenBook is an ETH2X/USDC book with Binance-like fees, a few
// liquidity providers about 12 bps wide, about two market orders a minute
// and an arbitrageur 25 bps out. It is disabled: set Enabled to use it.
func DefaultTokenBook() TokenBookOptions {
	return TokenBookOptions{
		Venue:       "simcex",
		Symbol:      "ETH2XUSDC",
		Tick:        decimal.RequireFromString("0.001"),
		Lot:         decimal.RequireFromString("0.01"),
		MinNotional: decimal.NewFromInt(1),
		MakerFeeBps: decimal.NewFromInt(0),
		TakerFeeBps: decimal.NewFromInt(5),
		Interval:    250 * time.Millisecond,
		Latency:     50 * time.Millisecond,
		Depth:       10,
		Makers: MakerFlowOptions{
			Count: 3, HalfSpreadBps: 12, SpreadJitterBps: 4,
			Levels: 5, LevelSpacingBps: 5, LevelQty: 40, Refresh: 3 * time.Second,
		},
		Takers: TakerFlowOptions{PerHour: 120, MedianUSD: 400, SizeSigma: 0.8, ArbEdgeBps: 25},
		Quote:  decimal.NewFromInt(50_000),
	}
}

// validate adds the token book's problems to c.
func (o TokenBookOptions) validate(c *checker) {
	if !o.Enabled {
		return
	}
	c.ok(o.Venue != "", "TokenBook.Venue", "must be set")
	c.ok(o.Symbol != "", "TokenBook.Symbol", "must be set")
	c.ok(o.Tick.IsPositive(), "TokenBook.Tick", "must be > 0, got %s", o.Tick)
	c.ok(o.Lot.IsPositive(), "TokenBook.Lot", "must be > 0, got %s", o.Lot)
	c.ok(!o.MinNotional.IsNegative(), "TokenBook.MinNotional", "must be >= 0, got %s", o.MinNotional)
	fee := func(name string, d decimal.Decimal) {
		c.ok(d.GreaterThan(decimal.NewFromInt(-100)) && d.LessThan(decimal.NewFromInt(1000)), name, "must be in (-100, 1000) bps, got %s", d)
	}
	fee("TokenBook.MakerFeeBps", o.MakerFeeBps)
	fee("TokenBook.TakerFeeBps", o.TakerFeeBps)
	c.ok(o.Interval > 0, "TokenBook.Interval", "must be > 0, got %v", o.Interval)
	c.ok(o.Latency >= 0, "TokenBook.Latency", "must be >= 0, got %v", o.Latency)
	c.ok(o.Depth >= 1, "TokenBook.Depth", "must be >= 1, got %d", o.Depth)
	m := o.Makers
	c.ok(m.Count >= 0 && m.Count <= 100, "TokenBook.Makers.Count", "must be in [0, 100], got %d", m.Count)
	c.nonNegative("TokenBook.Makers.HalfSpreadBps", m.HalfSpreadBps)
	c.ok(m.SpreadJitterBps >= 0 && m.SpreadJitterBps <= m.HalfSpreadBps, "TokenBook.Makers.SpreadJitterBps", "must be in [0, HalfSpreadBps], got %v", m.SpreadJitterBps)
	c.ok(m.Levels >= 1 && m.Levels <= 100, "TokenBook.Makers.Levels", "must be in [1, 100], got %d", m.Levels)
	c.nonNegative("TokenBook.Makers.LevelSpacingBps", m.LevelSpacingBps)
	c.ok(m.HalfSpreadBps+float64(m.Levels)*m.LevelSpacingBps < 5000, "TokenBook.Makers", "deepest level must stay within 5000 bps of fair")
	c.positive("TokenBook.Makers.LevelQty", m.LevelQty)
	c.ok(m.Refresh > 0, "TokenBook.Makers.Refresh", "must be > 0, got %v", m.Refresh)
	t := o.Takers
	c.nonNegative("TokenBook.Takers.PerHour", t.PerHour)
	c.positive("TokenBook.Takers.MedianUSD", t.MedianUSD)
	c.nonNegative("TokenBook.Takers.SizeSigma", t.SizeSigma)
	c.nonNegative("TokenBook.Takers.ArbEdgeBps", t.ArbEdgeBps)
}
