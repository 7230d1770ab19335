package uniswapv2

import (
	"math"
	"time"

	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues"
)

// PoolUpdate is the pool's current state as the strategy sees it: reserves
// in token units (base and quote per Options), the fee, the block and its
// time.
func (p *Pool) PoolUpdate() *venues.PoolUpdate {
	p.mu.RLock()
	s := p.hist[len(p.hist)-1]
	p.mu.RUnlock()
	r0 := units(&s.reserve0, p.dec0)
	r1 := units(&s.reserve1, p.dec1)
	base, quote := r0, r1
	if p.opt.BaseToken == p.token1 {
		base, quote = r1, r0
	}
	return &venues.PoolUpdate{
		Time:         time.Unix(int64(s.ref.Time), 0).UTC(),
		Venue:        p.opt.Venue,
		Pool:         p.opt.Name,
		Base:         p.opt.BaseSymbol,
		Quote:        p.opt.QuoteSymbol,
		ReserveBase:  base,
		ReserveQuote: quote,
		FeeBps:       int(p.opt.FeeBps),
		Block:        s.ref.Number,
	}
}

// units converts an integer amount to token units (float64: for decisions,
// never for balances).
func units(v *uint256.Int, decimals uint8) float64 {
	return v.Float64() / math.Pow10(int(decimals))
}
