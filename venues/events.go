package venues

import "time"

// Event is anything a venue reports to the engine. Adapters send pointers
// (*BookUpdate, *PoolUpdate, ...) so that passing an event through the
// interface never allocates.
type Event interface {
	// EventTime is when the venue observed the event (exchange or block time).
	EventTime() time.Time
}

// Level is one price level of an order book.
type Level struct {
	Price float64
	Qty   float64
}

// BookUpdate is the current top of an order book, best level first. The
// connector that owns the book publishes whole (depth-limited) snapshots;
// consumers may keep only the latest one.
type BookUpdate struct {
	Time   time.Time
	Venue  string // "binance", "sim"
	Symbol string // "ETHUSDT"
	Bids   []Level
	Asks   []Level
	// Stale is set by the connector when the book can no longer be trusted
	// (sequence gap, stalled stream, disconnect) until it has resynced.
	Stale bool
}

// Mid returns the mid price, or 0 if either side is empty.
func (b *BookUpdate) Mid() float64 {
	if len(b.Bids) == 0 || len(b.Asks) == 0 {
		return 0
	}
	return (b.Bids[0].Price + b.Asks[0].Price) / 2
}

// PoolUpdate is the state of a constant-product (or concentrated liquidity)
// pool after a block or a swap, in token units.
type PoolUpdate struct {
	Time         time.Time
	Venue        string // "uniswapv2", "sim"
	Pool         string // "ETH2X-USDC"
	Base         string // "ETH2X"
	Quote        string // "USDC"
	ReserveBase  float64
	ReserveQuote float64
	FeeBps       int
	Block        uint64
	Stale        bool
}

// Price is the pool's marginal price of base in quote, before fees.
func (p *PoolUpdate) Price() float64 {
	if p.ReserveBase <= 0 {
		return 0
	}
	return p.ReserveQuote / p.ReserveBase
}

// NAVSource names where a NAV figure comes from.
type NAVSource uint8

// NAV sources.
const (
	// NAVIssuer is what mint and redeem actually pay (an on-chain view, or an
	// exchange's published NAV).
	NAVIssuer NAVSource = iota + 1
	// NAVComponent is computed from the token's components priced on the
	// hedge venue.
	NAVComponent
	// NAVModel is a daily-reset model estimate.
	NAVModel
)

func (s NAVSource) String() string {
	switch s {
	case NAVIssuer:
		return "issuer"
	case NAVComponent:
		return "component"
	case NAVModel:
		return "model"
	}
	return "unknown"
}

// NAVUpdate is a token's net asset value per token, in USD.
type NAVUpdate struct {
	Time   time.Time
	Token  string
	NAV    float64
	Source NAVSource
}

// GasUpdate is a chain's fee market. Gas cost of a transaction in USD is
// gasUnits * (BaseFeeGwei + TipGwei) * 1e-9 * NativeUSD + L1FeeUSD.
type GasUpdate struct {
	Time        time.Time
	Chain       string
	BaseFeeGwei float64
	TipGwei     float64
	NativeUSD   float64
	// L1FeeUSD is the data fee an L2 transaction of typical size pays to L1
	// (Arbitrum, OP-stack); zero on L1.
	L1FeeUSD float64
}

// IssuerUpdate is the state of a token's issuer: fees, pause and rebalance
// status, and the position backing one token (for component NAV).
type IssuerUpdate struct {
	Time         time.Time
	Token        string
	MintFeeBps   int
	RedeemFeeBps int
	Paused       bool
	// Rebalancing is true while the issuer's keeper is rebalancing; the
	// strategy stands aside.
	Rebalancing bool
	// Leverage is the current leverage ratio (collateral value / equity).
	Leverage float64
	// CollateralPerToken and DebtPerToken are the position units backing one
	// token (e.g. ETH and USDC), before accrued streaming fees.
	CollateralPerToken float64
	DebtPerToken       float64
	// StreamingFeeAnnual is the annual streaming fee (0.0365 = 3.65%/yr),
	// accrued since FeeAccruedAt.
	StreamingFeeAnnual float64
	FeeAccruedAt       time.Time
}

// EventTime implements Event.
func (e *BookUpdate) EventTime() time.Time { return e.Time }

// EventTime implements Event.
func (e *PoolUpdate) EventTime() time.Time { return e.Time }

// EventTime implements Event.
func (e *NAVUpdate) EventTime() time.Time { return e.Time }

// EventTime implements Event.
func (e *GasUpdate) EventTime() time.Time { return e.Time }

// EventTime implements Event.
func (e *IssuerUpdate) EventTime() time.Time { return e.Time }

// EventTime implements Event.
func (e *Fill) EventTime() time.Time { return e.Time }

// EventTime implements Event.
func (e *TxReceipt) EventTime() time.Time { return e.Time }
