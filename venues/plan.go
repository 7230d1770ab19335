package venues

import "time"

// PlanKind is the kind of action a plan asks for.
type PlanKind uint8

// Plan kinds.
const (
	// MintSell mints the token at NAV and sells it on the market (premium).
	MintSell PlanKind = iota + 1
	// BuyRedeem buys the token on the market and redeems it at NAV (discount).
	BuyRedeem
	// Quote places or refreshes market-making quotes.
	Quote
	// Hedge trades the underlying to offset inventory.
	Hedge
	// Mint creates Size tokens at NAV (no market leg): it covers a short
	// market-making inventory.
	Mint
	// Redeem destroys Size tokens at NAV (no market leg): it flattens a
	// long market-making inventory.
	Redeem

	numPlanKinds
)

// NumPlanKinds bounds PlanKind values, for fixed-size per-kind counters.
const NumPlanKinds = int(numPlanKinds)

func (k PlanKind) String() string {
	switch k {
	case MintSell:
		return "mint_sell"
	case BuyRedeem:
		return "buy_redeem"
	case Quote:
		return "quote"
	case Hedge:
		return "hedge"
	case Mint:
		return "mint"
	case Redeem:
		return "redeem"
	}
	return "unknown"
}

// MarketKind says how the token's market is priced.
type MarketKind uint8

// Market kinds.
const (
	// MarketPool is a constant-product AMM pool.
	MarketPool MarketKind = iota + 1
	// MarketBook is a central limit order book.
	MarketBook
)

// Costs breaks down a loop's expected or realised result in USD.
// NetUSD = GrossUSD - IssuerFeeUSD - VenueFeeUSD - GasUSD - HedgeUSD.
// GrossUSD includes price impact: it is what the loop earns before fees, gas
// and hedge cost.
type Costs struct {
	GrossUSD     float64
	IssuerFeeUSD float64 // mint or redeem fee
	VenueFeeUSD  float64 // AMM fee or exchange taker/maker fee
	GasUSD       float64 // execution gas including any L1 data fee
	HedgeUSD     float64 // cost of hedging exposure while the loop is open
	NetUSD       float64
}

// Plan is a decided action, before the risk gate and execution. It is a plain
// value: the engine reuses one per token and executors receive copies.
type Plan struct {
	ID         uint64
	Kind       PlanKind
	Token      string
	Market     string // pool or book symbol the token trades on
	MarketKind MarketKind
	Chain      string

	// Size is the number of tokens minted and sold, or bought and redeemed.
	Size float64
	// QuoteAmount is the quote (USD stablecoin) leg on the market: expected
	// proceeds of the sale for MintSell, the amount paid in for BuyRedeem.
	QuoteAmount float64
	// NAV is the issuer NAV per token the plan priced mint/redeem at.
	NAV float64
	// MarketPrice is the market's marginal price of the token at decision.
	MarketPrice float64
	// PremiumBps is (MarketPrice/NAV - 1) * 1e4 at decision.
	PremiumBps float64
	// NotionalUSD is Size * NAV.
	NotionalUSD float64

	Expected Costs
	// MinNetUSD: execution must abort (or the executor contract revert) if
	// the loop would net less than this.
	MinNetUSD float64

	GasUnits   uint64
	MaxFeeGwei float64
	TipGwei    float64

	Created  time.Time
	Deadline time.Time
}
