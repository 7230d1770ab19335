package arb

import (
	"math"
	"time"

	"github.com/navarb/navarb/venues"
)

// bpsDenom converts basis points to a fraction.
const bpsDenom = 1e4

// Params are the arbitrage knobs.
type Params struct {
	// MinNetUSD: never emit a plan netting less than this. Config requires
	// it to be > 0; a value <= 0 here means "any positive net".
	MinNetUSD float64
	// MaxSizeUSD caps a loop's notional (Size x NAV); <= 0 means no cap.
	MaxSizeUSD float64
	// Deadline is how long a plan stays valid: plan.Deadline = now + Deadline.
	Deadline time.Duration
	// Leverage is the token's leverage, for hedge sizing. Its absolute value
	// is used, so inverse tokens (negative leverage) hedge the same way.
	Leverage float64
	// HedgeBps is the cost of hedging a non-atomic loop, in bps of
	// (notional x |Leverage|); 0 for atomic loops.
	HedgeBps float64
	// NoMintSell: the issuer cannot mint and sell atomically (a Toros
	// deposit is locked for the exit cooldown), so only BuyRedeem is planned.
	NoMintSell bool
}

// Market is one token's snapshot: its issuer terms, its market and gas.
type Market struct {
	Token, Market, Chain string
	// Kind is venues.MarketPool or venues.MarketBook.
	Kind venues.MarketKind
	// NAV is the issuer NAV per token, what mint and redeem pay.
	NAV                      float64
	MintFeeBps, RedeemFeeBps float64

	// Pool (Kind == MarketPool): constant product, base = token, quote =
	// USD stablecoin, reserves in token units.
	ReserveBase, ReserveQuote, PoolFeeBps float64

	// Book (Kind == MarketBook): the token's order book, best level first.
	Bids, Asks  []venues.Level
	TakerFeeBps float64

	// GasUSDMintSell and GasUSDBuyRedeem are the USD gas cost of one loop
	// transaction of each kind (see GasUSD); GasUnits* are the gas limits.
	GasUSDMintSell, GasUSDBuyRedeem     float64
	GasUnitsMintSell, GasUnitsBuyRedeem uint64
	// MaxFeeGwei and TipGwei are copied into the plan.
	MaxFeeGwei, TipGwei float64
}

// validRate reports whether bps is a fee in [0, 100%). NaN fails.
func validRate(bps float64) bool { return bps >= 0 && bps < bpsDenom }

// positive reports whether x is finite and > 0. NaN fails.
func positive(x float64) bool { return x > 0 && !math.IsInf(x, 1) }

// nonNegative reports whether x is finite and >= 0. NaN fails.
func nonNegative(x float64) bool { return x >= 0 && !math.IsInf(x, 1) }

// validVenue checks the market side that both loops trade on.
func validVenue(m *Market) bool {
	switch m.Kind {
	case venues.MarketPool:
		return positive(m.ReserveBase) && positive(m.ReserveQuote) && validRate(m.PoolFeeBps)
	case venues.MarketBook:
		return validRate(m.TakerFeeBps)
	}
	return false
}

// validDecision checks the params only a decision needs (Evaluate ignores
// them).
func validDecision(p *Params) bool {
	return !math.IsNaN(p.MinNetUSD) && !math.IsNaN(p.MaxSizeUSD)
}

// clears reports whether net is worth a plan: positive and at least min.
func clears(net, minNet float64) bool { return net > 0 && net >= minNet }
