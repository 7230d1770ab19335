package arb

import (
	"math"

	"github.com/navarb/navarb/venues"
)

// loop is one loop kind's per-token economics on a market.
type loop struct {
	kind  venues.PlanKind
	nav   float64
	fee   float64 // issuer fee, fraction of notional
	hedge float64 // hedge cost, fraction of notional
	// unit is, for MintSell, the cost of one token minted and hedged:
	// NAV(1 + fee + hedge); for BuyRedeem, the revenue of one token redeemed
	// net of fee and hedge: NAV(1 - fee - hedge).
	unit     float64
	gas      float64
	gasUnits uint64
}

// newLoop derives kind's economics, or ok=false if the inputs are invalid.
func newLoop(kind venues.PlanKind, m *Market, p *Params) (l loop, ok bool) {
	if m == nil || p == nil || !positive(m.NAV) {
		return loop{}, false
	}
	if !nonNegative(p.HedgeBps) || math.IsNaN(p.Leverage) || math.IsInf(p.Leverage, 0) {
		return loop{}, false
	}
	l = loop{kind: kind, nav: m.NAV, hedge: math.Abs(p.Leverage) * p.HedgeBps / bpsDenom}
	var feeBps float64
	switch kind {
	case venues.MintSell:
		feeBps, l.gas, l.gasUnits = m.MintFeeBps, m.GasUSDMintSell, m.GasUnitsMintSell
		l.fee = feeBps / bpsDenom
		l.unit = l.nav * (1 + l.fee + l.hedge)
	case venues.BuyRedeem:
		feeBps, l.gas, l.gasUnits = m.RedeemFeeBps, m.GasUSDBuyRedeem, m.GasUnitsBuyRedeem
		l.fee = feeBps / bpsDenom
		l.unit = l.nav * (1 - l.fee - l.hedge)
	default:
		return loop{}, false
	}
	return l, validRate(feeBps) && nonNegative(l.gas)
}

// infeasible is what Evaluate returns for a size that cannot be traded or
// for invalid input: minus infinity net (and gross, so the Costs identity
// still holds), which no threshold clears.
func infeasible() venues.Costs {
	return venues.Costs{GrossUSD: math.Inf(-1), NetUSD: math.Inf(-1)}
}

// evaluate prices a loop of q tokens: its costs and its quote leg (sale
// proceeds for MintSell, quote paid in for BuyRedeem). ok=false if q tokens
// cannot be traded on m.
func (l *loop) evaluate(q float64, m *Market) (c venues.Costs, quote float64, ok bool) {
	if !nonNegative(q) || !validVenue(m) {
		return venues.Costs{}, 0, false
	}
	var venueFee float64
	switch m.Kind {
	case venues.MarketPool:
		g := 1 - m.PoolFeeBps/bpsDenom
		rb, rq := m.ReserveBase, m.ReserveQuote
		if l.kind == venues.MintSell {
			// getAmountOut of q tokens in.
			quote = g * q * rq / (rb + g*q)
		} else {
			// getAmountIn for q tokens out; the pool cannot give its whole
			// base reserve.
			if q >= rb {
				return venues.Costs{}, 0, false
			}
			quote = q * rq / (g * (rb - q))
		}
		// The AMM keeps (1-g) of the input. For BuyRedeem the input is quote
		// (USD); for MintSell it is (1-g)q tokens, valued at the trade's
		// average price quote/q, which is (1-g) x quote either way.
		venueFee = (1 - g) * quote
	case venues.MarketBook:
		tf := m.TakerFeeBps / bpsDenom
		levels, bid := m.Asks, false
		if l.kind == venues.MintSell {
			levels, bid = m.Bids, true
		}
		notional, filled := walkFill(levels, bid, q)
		if !filled {
			return venues.Costs{}, 0, false
		}
		venueFee = notional * tf
		if bid {
			quote = notional - venueFee
		} else {
			quote = notional + venueFee
		}
	}
	navValue := q * l.nav
	c.IssuerFeeUSD = navValue * l.fee
	c.HedgeUSD = navValue * l.hedge
	c.VenueFeeUSD = venueFee
	c.GasUSD = l.gas
	if l.kind == venues.MintSell {
		c.NetUSD = quote - navValue - c.IssuerFeeUSD - c.HedgeUSD - c.GasUSD
	} else {
		c.NetUSD = navValue - c.IssuerFeeUSD - c.HedgeUSD - quote - c.GasUSD
	}
	c.GrossUSD = c.NetUSD + c.IssuerFeeUSD + c.VenueFeeUSD + c.GasUSD + c.HedgeUSD
	return c, quote, true
}

// validLevel reports whether lv can be traded: positive finite price and
// quantity, and no better than the previous level (bids descending, asks
// ascending). A book is walked up to its first invalid level.
func validLevel(lv venues.Level, i int, prev float64, bid bool) bool {
	if !positive(lv.Price) || !positive(lv.Qty) {
		return false
	}
	if i == 0 {
		return true
	}
	if bid {
		return lv.Price <= prev
	}
	return lv.Price >= prev
}

// walkFill returns the price x quantity of taking q tokens from levels, and
// whether they hold that many. The cumulative quantity is summed level by
// level exactly as walkSize sums it, so a size walkSize returned always fills.
func walkFill(levels []venues.Level, bid bool, q float64) (notional float64, ok bool) {
	if q == 0 {
		return 0, true
	}
	var cum, prev float64
	for i, lv := range levels {
		if !validLevel(lv, i, prev, bid) {
			break
		}
		next := cum + lv.Qty
		if next >= q {
			return notional + lv.Price*(q-cum), true
		}
		notional += lv.Price * lv.Qty
		cum, prev = next, lv.Price
	}
	return notional, false
}
