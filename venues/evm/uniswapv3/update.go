package uniswapv3

import (
	"math"
	"time"

	"github.com/navarb/navarb/venues"
)

// PoolUpdate is the pool as the strategy sees it: the virtual reserves of
// the current range in token units (x = L/sqrtP, y = L*sqrtP, so Price is
// the pool's marginal price and small trades see the right depth), the fee
// in basis points, the block and its time.
func (p *Pool) PoolUpdate() *venues.PoolUpdate {
	p.mu.RLock()
	cur, ref := p.cur, p.ref
	p.mu.RUnlock()
	s := cur.sqrtPrice.Float64() / (1 << 96)
	l := cur.liquidity.Float64()
	var r0, r1 float64
	if s > 0 {
		r0 = l / s / math.Pow10(int(p.dec0))
		r1 = l * s / math.Pow10(int(p.dec1))
	}
	base, quote := r0, r1
	if p.opt.BaseToken == p.token1 {
		base, quote = r1, r0
	}
	return &venues.PoolUpdate{
		Time:         time.Unix(int64(ref.Time), 0).UTC(),
		Venue:        p.opt.Venue,
		Pool:         p.opt.Name,
		Base:         p.opt.BaseSymbol,
		Quote:        p.opt.QuoteSymbol,
		ReserveBase:  base,
		ReserveQuote: quote,
		FeeBps:       int(p.fee / 100),
		Block:        ref.Number,
	}
}
