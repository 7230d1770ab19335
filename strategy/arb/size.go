package arb

import (
	"math"

	"github.com/navarb/navarb/venues"
)

// size returns the loop's profit-maximising size in tokens, at most capQ
// (+Inf for no cap), or 0 if no size profits before gas. Gas is fixed per
// loop, so it does not move the optimum; the caller checks the net.
func (l *loop) size(m *Market, capQ float64) float64 {
	var q float64
	switch m.Kind {
	case venues.MarketPool:
		q = l.sizePool(m)
	case venues.MarketBook:
		levels, bid := m.Asks, false
		if l.kind == venues.MintSell {
			levels, bid = m.Bids, true
		}
		q = l.walkSize(levels, bid, m.TakerFeeBps/bpsDenom, capQ)
	}
	if q > capQ {
		q = capQ
	}
	if !(q > 0) {
		return 0
	}
	return q
}

// sizePool is the closed-form optimum on a constant-product pool with
// reserves (Rb, Rq) and fee f, g = 1 - f.
//
// MintSell. Selling q tokens yields P(q) = g q Rq / (Rb + g q) (Uniswap V2
// getAmountOut) and minting them costs c q, c = NAV (1 + mintFee + hedge).
// The net is π(q) = P(q) - c q - gas, with
//
//	π'(q) = g Rq Rb / (Rb + g q)² - c,
//
// decreasing in q, so π is concave and its maximum is where π' = 0:
//
//	(Rb + g q)² = g Rq Rb / c  =>  q* = (sqrt(g Rq Rb / c) - Rb) / g
//	                               = Rb (sqrt(a) - 1) / g,  a = g Rq / (Rb c),
//
// a being the first token's marginal sale price after the AMM fee over its
// cost: q* > 0 iff a > 1.
//
// BuyRedeem. Paying x quote in yields q(x) = g x Rb / (Rq + g x) tokens, and
// redeeming them pays r q, r = NAV (1 - redeemFee - hedge). The net is
// π(x) = r q(x) - x - gas, with
//
//	π'(x) = r g Rb Rq / (Rq + g x)² - 1,
//
// decreasing, so π is concave in x and
//
//	(Rq + g x)² = r g Rb Rq  =>  x* = (sqrt(r g Rb Rq) - Rq) / g
//	                             = Rq (sqrt(a) - 1) / g,  a = r g Rb / Rq,
//
// with x* > 0 iff a > 1. The plan's size is q* = q(x*) = Rb (1 - 1/sqrt(a)).
// As a function of q the net r q - x(q), x(q) = Rq q / (g (Rb - q))
// (getAmountIn), is concave too, since x(q) is convex on [0, Rb).
//
// Both nets are concave in q, so under a notional cap the best size is
// min(q*, cap / NAV), which size applies.
func (l *loop) sizePool(m *Market) float64 {
	g := 1 - m.PoolFeeBps/bpsDenom
	rb, rq := m.ReserveBase, m.ReserveQuote
	if l.kind == venues.MintSell {
		a := g * rq / (rb * l.unit)
		if !(a > 1) {
			return 0
		}
		return rb * (math.Sqrt(a) - 1) / g
	}
	if !(l.unit > 0) {
		return 0
	}
	a := l.unit * g * rb / rq
	if !(a > 1) {
		return 0
	}
	x := rq * (math.Sqrt(a) - 1) / g
	return g * x * rb / (rq + g*x)
}

// walkSize walks a book side best level first. Trading through a level adds
// a fixed margin per token: bid (1 - takerFee) - c for MintSell, r - ask
// (1 + takerFee) for BuyRedeem (c and r as in sizePool). Levels get worse, so
// the net is piecewise linear and concave in q: it grows while the margin is
// positive. walkSize takes every level with a positive margin, stopping
// inside a level at capQ, and at the first invalid level (as walkFill does).
func (l *loop) walkSize(levels []venues.Level, bid bool, tf, capQ float64) float64 {
	var cum, prev float64
	for i, lv := range levels {
		if !validLevel(lv, i, prev, bid) {
			break
		}
		var margin float64
		if bid {
			margin = lv.Price*(1-tf) - l.unit
		} else {
			margin = l.unit - lv.Price*(1+tf)
		}
		if !(margin > 0) {
			break
		}
		next := cum + lv.Qty
		if next >= capQ {
			return capQ
		}
		cum, prev = next, lv.Price
	}
	return cum
}
