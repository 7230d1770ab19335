package backtest

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Series are a replay's time series for charts, for the first configured
// token: sampled NAV, market price and gas price, and cumulative gas.
type Series struct {
	Token string
	// Samples at a fixed interval of market time.
	T        []time.Time
	NAV      []float64 // issuer NAV (what mint and redeem pay)
	Price    []float64 // the token's market price (pool marginal price, or book mid)
	GasGwei  []float64 // base fee + tip of the token's chain
	GasSpent []GasPoint
}

// GasPoint is cumulative gas spent (USD) after a transaction.
type GasPoint struct {
	T      time.Time
	GasUSD decimal.Decimal
}

type seriesCollector struct {
	r          *runner
	s          Series
	every      int64
	next       int64
	token      int // stream token index
	pool, book int // market pool or book index (-1)
	chain      int
	gas        decimal.Decimal
}

func newSeriesCollector(s *Stream, r *runner, points int) *seriesCollector {
	if points <= 0 {
		points = 2000
	}
	spec := r.o.Tokens[0]
	c := &seriesCollector{
		r: r, token: s.tokenIndex(spec.Symbol), pool: s.poolIndex(spec.Pool), book: -1,
		chain: s.chainIndex(spec.Chain),
		every: max(int64(s.End().Sub(s.Start()))/int64(points), 1),
	}
	if spec.Book != "" {
		c.book = s.bookIndex(spec.Book)
	}
	c.s.Token = spec.Symbol
	c.next = s.events[0].t
	return c
}

func (c *seriesCollector) sample(t int64) {
	if t < c.next {
		return
	}
	c.next = t + c.every
	v := c.r.v
	var nav, price, gas float64
	if i := v.navs[c.token]; i >= 0 {
		nav = c.r.s.navs[i].InexactFloat64()
	}
	switch {
	case c.pool >= 0 && v.pools[c.pool].set:
		p := &v.pools[c.pool]
		price = p.quoteF / p.baseF
	case c.book >= 0:
		bids, asks := v.levels(c.book)
		if len(bids) > 0 && len(asks) > 0 {
			price = (bids[0].Price + asks[0].Price) / 2
		}
	}
	if g := &v.gas[c.chain]; g.set {
		gas = float64(g.baseWei+g.tipWei) / 1e9
	}
	if nav == 0 || price == 0 {
		return
	}
	c.s.T = append(c.s.T, unixTime(t))
	c.s.NAV = append(c.s.NAV, nav)
	c.s.Price = append(c.s.Price, price)
	c.s.GasGwei = append(c.s.GasGwei, gas)
}

func (c *seriesCollector) receipt(r *venues.TxReceipt) {
	if r.GasUSD.IsZero() {
		return
	}
	c.gas = c.gas.Add(r.GasUSD)
	c.s.GasSpent = append(c.s.GasSpent, GasPoint{T: r.Time, GasUSD: c.gas})
}

func (c *seriesCollector) done() *Series {
	s := c.s
	return &s
}
