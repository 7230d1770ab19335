package mm

import (
	"math"

	"github.com/navarb/navarb/venues"
)

// Market is the snapshot one quote computation reads.
type Market struct {
	// Fair is the fair value per token: the component NAV priced from the
	// underlying's mid. It must be finite and > 0.
	Fair float64
	// Sigma is the token's annualised volatility (0.8 for 80%/yr), >= 0.
	Sigma float64
	// Inventory is the signed token inventory (long > 0), in tokens.
	Inventory float64
}

// Quote is one desired post-only order. Ticks and Lots are the exact price
// and quantity in increments of Params.Tick and Params.Lot; Price and Qty
// are their float64 values.
type Quote struct {
	Side  venues.Side
	Level int // 0 = best
	Price float64
	Qty   float64
	Ticks int64
	Lots  int64
}

// HalfSpreadBps is the configured half-spread of the best level before the
// minimum-profit floor: base + k x sigma x sqrt(horizon / Year), in bps.
func HalfSpreadBps(p *Params, sigma float64) float64 {
	h := p.VolHorizon.Seconds() / Year.Seconds()
	return p.BaseHalfSpreadBps + p.VolK*sigma*math.Sqrt(h)*bpsDenom
}

// ProfitBounds are the highest bid and lowest ask that still earn
// p.MinEdgeBps of fair against fair after the maker fee f and edge e:
//
//	bid: fair - bid (1 + f) >= e fair  =>  bid <= fair (1 - e) / (1 + f)
//	ask: ask (1 - f) - fair >= e fair  =>  ask >= fair (1 + e) / (1 - f)
//
// With e + f > 0 (Validate), maxBid < fair < minAsk.
func ProfitBounds(p *Params, fair float64) (maxBid, minAsk float64) {
	e, f := p.MinEdgeBps/bpsDenom, p.MakerFeeBps/bpsDenom
	return fair * (1 - e) / (1 + f), fair * (1 + e) / (1 - f)
}

// Reservation is the centre quotes are built around: the fair value shifted
// against the inventory (down when long, up when short):
//
//	linear:              r = s (1 - q SkewBpsPerToken / 1e4)
//	Avellaneda-Stoikov:  r = s - q gamma (s sigma)^2 (T-t)
//
// with T-t = SkewHorizon in years and sigma annualised, so s sigma is the
// absolute volatility of the fair value.
func Reservation(p *Params, m *Market) float64 {
	s, q := m.Fair, m.Inventory
	switch p.Skew {
	case SkewLinear:
		return s * (1 - q*p.SkewBpsPerToken/bpsDenom)
	case SkewAvellanedaStoikov:
		tau := p.SkewHorizon.Seconds() / Year.Seconds()
		vol := s * m.Sigma
		return s - q*p.Gamma*vol*vol*tau
	}
	return s
}

// validMarket checks the snapshot: fair finite and > 0, sigma finite and
// >= 0, inventory finite.
func validMarket(m *Market) bool {
	return m != nil && m.Fair > 0 && !math.IsInf(m.Fair, 1) &&
		m.Sigma >= 0 && !math.IsInf(m.Sigma, 1) &&
		!math.IsNaN(m.Inventory) && !math.IsInf(m.Inventory, 0)
}

// Ladder appends the desired bids (best, highest first) to bids[:0] and asks
// (best, lowest first) to asks[:0]. ok=false (and both empty) when the
// snapshot or params are unusable: the caller should then cancel its quotes.
//
// Level i of a side is priced i x LevelSpacingBps beyond the best level,
// whose distance from the reservation price is HalfSpreadBps; the best bid
// is capped at, and the best ask floored at, ProfitBounds. Prices round
// outward to the tick and each level is at least one tick beyond the
// previous; a level whose bid would be <= 0 (or whose price is beyond 2^52
// ticks) is dropped, as are the levels after it.
//
// Sizes: LevelQty, shrunk on the side that grows |inventory| by
// SizeReduction x |q| / capTokens (capTokens = MaxInventoryUSD / Fair), then
// rounded down to the lot and truncated so that filling every quote of a
// side keeps |inventory| <= capTokens; levels under MinQty are dropped. It
// does not allocate when the buffers have room for Levels quotes.
func Ladder(m *Market, p *Params, bids, asks []Quote) (outBids, outAsks []Quote, ok bool) {
	bids, asks = bids[:0], asks[:0]
	if p == nil || !validMarket(m) || p.Levels < 1 || !(p.Tick > 0) || !(p.Lot > 0) ||
		!(p.MaxInventoryUSD > 0) || !(p.MakerFeeBps+p.MinEdgeBps > 0) ||
		!(math.Abs(p.MakerFeeBps) < bpsDenom) || !(p.MinEdgeBps < bpsDenom) {
		return bids, asks, false
	}
	r := Reservation(p, m)
	half := HalfSpreadBps(p, m.Sigma)
	if math.IsNaN(r) || math.IsInf(r, 0) || math.IsNaN(half) || math.IsInf(half, 0) {
		return bids, asks, false
	}
	maxBid, minAsk := ProfitBounds(p, m.Fair)
	bestBid := math.Min(r*(1-half/bpsDenom), maxBid)
	bestAsk := math.Max(r*(1+half/bpsDenom), minAsk)

	q := m.Inventory
	capTokens := p.MaxInventoryUSD / m.Fair
	fill := math.Min(math.Abs(q)/capTokens, 1)
	bidQty, askQty := p.LevelQty, p.LevelQty
	if q > 0 {
		bidQty *= 1 - p.SizeReduction*fill
	} else if q < 0 {
		askQty *= 1 - p.SizeReduction*fill
	}
	bids = appendSide(bids, p, venues.Buy, bestBid, bidQty, capTokens-q)
	asks = appendSide(asks, p, venues.Sell, bestAsk, askQty, capTokens+q)
	return bids, asks, true
}

// appendSide appends one side's levels: best price best, level size qty,
// at most headroom tokens in all.
func appendSide(dst []Quote, p *Params, side venues.Side, best, qty, headroom float64) []Quote {
	if !(headroom > 0) || !(qty > 0) {
		return dst
	}
	room := lotsDown(headroom, p.Lot, 0) // exact: never past the cap
	per := lotsDown(qty, p.Lot, 1e-9)
	minLots := int64(math.Ceil(p.MinQty/p.Lot - 1e-9))
	if minLots < 1 {
		minLots = 1
	}
	var prev int64
	for i := range p.Levels {
		lots := min(per, room)
		if lots < minLots {
			break
		}
		off := float64(i) * p.LevelSpacingBps / bpsDenom
		if !(best*(1+off)/p.Tick < maxTicks) {
			break // an absurd skew: no price an int64 tick count can hold
		}
		var ticks int64
		if side == venues.Buy {
			ticks = int64(math.Floor(best * (1 - off) / p.Tick))
			if i > 0 && ticks >= prev {
				ticks = prev - 1
			}
			if ticks <= 0 {
				break
			}
		} else {
			ticks = int64(math.Ceil(best * (1 + off) / p.Tick))
			if i > 0 && ticks <= prev {
				ticks = prev + 1
			}
		}
		prev = ticks
		room -= lots
		dst = append(dst, Quote{
			Side: side, Level: i,
			Price: float64(ticks) * p.Tick, Qty: float64(lots) * p.Lot,
			Ticks: ticks, Lots: lots,
		})
	}
	return dst
}

// maxTicks bounds a price in ticks (and a size in lots) so that it converts
// to int64 exactly.
const maxTicks = 1 << 52

// lotsDown is x in whole lots, rounded down after adding slack lots (so
// that 0.3 / 0.1 can count as 3). Non-positive or NaN x gives 0.
func lotsDown(x, lot, slack float64) int64 {
	n := math.Floor(x/lot + slack)
	if !(n > 0) {
		return 0
	}
	if n > maxTicks {
		n = maxTicks
	}
	return int64(n)
}
