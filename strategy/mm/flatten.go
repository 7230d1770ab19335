package mm

import (
	"math"

	"github.com/navarb/navarb/venues"
)

// FlattenKind is what a flattening decision does.
type FlattenKind uint8

// Flattening decisions.
const (
	// FlattenNone: inventory is inside its band (or nothing is possible).
	FlattenNone FlattenKind = iota
	// FlattenRedeem destroys Tokens of a long inventory at NAV.
	FlattenRedeem
	// FlattenMint creates Tokens at NAV to cover a short inventory.
	FlattenMint
	// FlattenHedgeSpot trades UnderlyingQty of the underlying on spot.
	FlattenHedgeSpot
	// FlattenHedgePerp trades UnderlyingQty of the USD-M perpetual.
	FlattenHedgePerp
	// FlattenUnwind closes the whole hedge (HedgeOn says where).
	FlattenUnwind
)

func (k FlattenKind) String() string {
	switch k {
	case FlattenNone:
		return "none"
	case FlattenRedeem:
		return "redeem"
	case FlattenMint:
		return "mint"
	case FlattenHedgeSpot:
		return "hedge_spot"
	case FlattenHedgePerp:
		return "hedge_perp"
	case FlattenUnwind:
		return "unwind"
	}
	return "unknown"
}

// HedgeVenue is where the hedge position lives.
type HedgeVenue uint8

// Hedge venues.
const (
	HedgeNone HedgeVenue = iota
	HedgeSpot
	HedgePerp
)

// Position is what a flattening decision reads.
type Position struct {
	// Inventory is the signed token inventory, in tokens.
	Inventory float64
	// NAV is the issuer NAV per token: what mint and redeem pay.
	NAV                      float64
	MintFeeBps, RedeemFeeBps float64
	// GasUSDMint and GasUSDRedeem are one mint or redeem transaction's gas.
	GasUSDMint, GasUSDRedeem float64
	// IssuerOpen is false while the issuer is paused or rebalancing.
	IssuerOpen bool
	// Leverage is the token's signed leverage (-1 for an inverse token).
	Leverage float64
	// UnderlyingBid and UnderlyingAsk are the hedge market's best prices
	// (spot and perp are taken to quote alike).
	UnderlyingBid, UnderlyingAsk float64
	// SpotTakerFeeBps and PerpTakerFeeBps are the taker fees; a venue is
	// only used when its Open flag is set.
	SpotTakerFeeBps, PerpTakerFeeBps float64
	SpotOpen, PerpOpen               bool
	// SpotHeld is the underlying we hold on spot: a spot hedge can sell at
	// most this much (no borrowing).
	SpotHeld float64
	// Hedge is the signed hedge position in underlying units (short < 0),
	// held on HedgeOn.
	Hedge   float64
	HedgeOn HedgeVenue
}

// Flatten is a flattening decision. Costs are in USD and, like every
// figure here, include all fees: IssuerFee + gas for mint/redeem; taker fee
// + half the underlying spread on entry plus the same again for the unwind
// a hedge will need, for a hedge (EntryCostUSD is the entry alone).
type Flatten struct {
	Kind FlattenKind
	// Tokens is the token inventory the decision removes (mint/redeem) or
	// offsets (hedge, unwind), > 0.
	Tokens float64
	// Side and UnderlyingQty (> 0) are the hedge trade, for hedges and
	// unwinds; HedgeOn says where an unwind trades.
	Side          venues.Side
	UnderlyingQty float64
	HedgeOn       HedgeVenue
	// NotionalUSD is Tokens x NAV for mint/redeem and UnderlyingQty x mid
	// for hedges (|Leverage| x the token notional).
	NotionalUSD     float64
	ExpectedCostUSD float64
	EntryCostUSD    float64
	// AltKind and AltCostUSD are the cheapest rejected alternative
	// (FlattenNone if there was none), for the report.
	AltKind    FlattenKind
	AltCostUSD float64
}

// Decide on flattening. The unhedged inventory is
//
//	u = Inventory + Hedge x mid / (Leverage x NAV)
//
// (a short hedge of h underlying offsets h x mid / (L NAV) tokens). When
// |u| x NAV > FlattenBandUSD, the excess down to FlattenTargetUSD is
// removed by the cheapest available of: redeem (long) or mint (short) at
// NAV, a spot hedge, a perp hedge (size |L| x notional in underlying). A
// hedge is added to the existing hedge's venue only (the other venue is not
// offered while one is open). When a hedge is open and |Inventory| x NAV <=
// UnwindBandUSD, the whole hedge is unwound. ok=false on unusable input.
func DecideFlatten(pos *Position, p *Params) (f Flatten, ok bool) {
	if pos == nil || p == nil || !validPosition(pos) {
		return Flatten{}, false
	}
	mid := (pos.UnderlyingBid + pos.UnderlyingAsk) / 2
	halfSpread := (pos.UnderlyingAsk - pos.UnderlyingBid) / 2 / mid
	invUSD := math.Abs(pos.Inventory) * pos.NAV
	if pos.Hedge != 0 && pos.HedgeOn != HedgeNone && invUSD <= p.UnwindBandUSD {
		return unwind(pos, mid, halfSpread), true
	}
	u := pos.Inventory + pos.Hedge*mid/(pos.Leverage*pos.NAV)
	if math.Abs(u)*pos.NAV <= p.FlattenBandUSD {
		return Flatten{}, true
	}
	tokens := math.Abs(u) - p.FlattenTargetUSD/pos.NAV
	long := u > 0

	best := Flatten{Kind: FlattenNone, ExpectedCostUSD: math.Inf(1)}
	alt := Flatten{Kind: FlattenNone, ExpectedCostUSD: math.Inf(1)}
	consider := func(c Flatten) {
		switch {
		case c.ExpectedCostUSD < best.ExpectedCostUSD:
			alt, best = best, c
		case c.ExpectedCostUSD < alt.ExpectedCostUSD:
			alt = c
		}
	}
	if pos.IssuerOpen {
		c := Flatten{Tokens: tokens, NotionalUSD: tokens * pos.NAV}
		if long {
			c.Kind = FlattenRedeem
			c.ExpectedCostUSD = c.NotionalUSD*pos.RedeemFeeBps/bpsDenom + pos.GasUSDRedeem
		} else {
			c.Kind = FlattenMint
			c.ExpectedCostUSD = c.NotionalUSD*pos.MintFeeBps/bpsDenom + pos.GasUSDMint
		}
		c.EntryCostUSD = c.ExpectedCostUSD
		consider(c)
	}
	// Offsetting +tokens of a token with leverage L needs -L x notional of
	// the underlying: sell when long a long token.
	side := venues.Sell
	if long != (pos.Leverage > 0) {
		side = venues.Buy
	}
	qty := math.Abs(pos.Leverage) * tokens * pos.NAV / mid
	if p.HedgeLot > 0 {
		qty = float64(lotsDown(qty, p.HedgeLot, 1e-9)) * p.HedgeLot
	}
	if qty > 0 {
		if pos.SpotOpen && pos.HedgeOn != HedgePerp && (side == venues.Buy || qty <= pos.SpotHeld) {
			consider(hedge(FlattenHedgeSpot, side, qty, mid, halfSpread, pos.SpotTakerFeeBps, pos))
		}
		if pos.PerpOpen && pos.HedgeOn != HedgeSpot {
			consider(hedge(FlattenHedgePerp, side, qty, mid, halfSpread, pos.PerpTakerFeeBps, pos))
		}
	}
	if best.Kind == FlattenNone {
		return Flatten{}, true
	}
	best.AltKind = alt.Kind
	if alt.Kind != FlattenNone {
		best.AltCostUSD = alt.ExpectedCostUSD
	}
	return best, true
}

// hedge prices a hedge of qty underlying: taker fee plus half the spread,
// on entry and again on the unwind.
func hedge(kind FlattenKind, side venues.Side, qty, mid, halfSpread, feeBps float64, pos *Position) Flatten {
	notional := qty * mid
	entry := notional * (feeBps/bpsDenom + halfSpread)
	venue := HedgeSpot
	if kind == FlattenHedgePerp {
		venue = HedgePerp
	}
	return Flatten{
		Kind: kind, Side: side, UnderlyingQty: qty, HedgeOn: venue,
		Tokens:       notional / (math.Abs(pos.Leverage) * pos.NAV),
		NotionalUSD:  notional,
		EntryCostUSD: entry, ExpectedCostUSD: 2 * entry,
	}
}

// unwind closes the whole hedge.
func unwind(pos *Position, mid, halfSpread float64) Flatten {
	side := venues.Buy
	if pos.Hedge > 0 {
		side = venues.Sell
	}
	fee := pos.SpotTakerFeeBps
	if pos.HedgeOn == HedgePerp {
		fee = pos.PerpTakerFeeBps
	}
	qty := math.Abs(pos.Hedge)
	notional := qty * mid
	cost := notional * (fee/bpsDenom + halfSpread)
	return Flatten{
		Kind: FlattenUnwind, Side: side, UnderlyingQty: qty, HedgeOn: pos.HedgeOn,
		Tokens:       notional / (math.Abs(pos.Leverage) * pos.NAV),
		NotionalUSD:  notional,
		EntryCostUSD: cost, ExpectedCostUSD: cost,
	}
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func validPosition(pos *Position) bool {
	fee := func(b float64) bool { return b >= 0 && b < bpsDenom }
	return finite(pos.Inventory) && pos.NAV > 0 && finite(pos.NAV) &&
		fee(pos.MintFeeBps) && fee(pos.RedeemFeeBps) &&
		pos.GasUSDMint >= 0 && finite(pos.GasUSDMint) &&
		pos.GasUSDRedeem >= 0 && finite(pos.GasUSDRedeem) &&
		finite(pos.Leverage) && pos.Leverage != 0 &&
		pos.UnderlyingBid > 0 && finite(pos.UnderlyingAsk) && pos.UnderlyingAsk >= pos.UnderlyingBid &&
		fee(pos.SpotTakerFeeBps) && fee(pos.PerpTakerFeeBps) &&
		pos.SpotHeld >= 0 && finite(pos.SpotHeld) && finite(pos.Hedge)
}
