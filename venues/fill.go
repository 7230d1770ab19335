package venues

import (
	"time"

	"github.com/shopspring/decimal"
)

// Action is what one leg did.
type Action uint8

// Leg actions.
const (
	ActionMint Action = iota + 1
	ActionRedeem
	ActionBuy
	ActionSell
)

func (a Action) String() string {
	switch a {
	case ActionMint:
		return "mint"
	case ActionRedeem:
		return "redeem"
	case ActionBuy:
		return "buy"
	case ActionSell:
		return "sell"
	}
	return "unknown"
}

// Fill is one executed leg. Deltas are the exact, signed changes to our
// balances, fees included, so that summing fills reproduces the balances.
type Fill struct {
	Time       time.Time
	PlanID     uint64
	Leg        int
	Venue      string
	Instrument string // pool, book symbol or token (for mint/redeem)
	Action     Action
	Base       string
	Quote      string
	BaseDelta  decimal.Decimal
	QuoteDelta decimal.Decimal
	// Fee is what the venue or issuer charged, in FeeAsset, already inside
	// the deltas; FeeUSD values it at the execution price.
	Fee      decimal.Decimal
	FeeAsset string
	FeeUSD   decimal.Decimal
	Maker    bool
	// TradeID is the venue's id of the trade behind an order-book fill
	// (empty for legs that are one fill each): one order's partial fills
	// are distinct fills.
	TradeID string
}

// TxStatus is a transaction's outcome.
type TxStatus uint8

// Transaction outcomes.
const (
	TxSuccess TxStatus = iota + 1
	TxReverted
	TxDropped
)

func (s TxStatus) String() string {
	switch s {
	case TxSuccess:
		return "success"
	case TxReverted:
		return "reverted"
	case TxDropped:
		return "dropped"
	}
	return "unknown"
}

// TxReceipt is a mined (or dropped) transaction carrying one plan, with the
// fills it produced. A reverted transaction has no fills but still paid gas.
type TxReceipt struct {
	Time   time.Time
	PlanID uint64
	Chain  string
	TxHash string
	Nonce  uint64
	Block  uint64
	Status TxStatus
	Reason string // revert reason, if any

	GasUsed uint64
	// GasNative is the gas paid in the chain's native asset (ETH), exact.
	GasNative   decimal.Decimal
	NativeAsset string
	// GasUSD values GasNative at the native price when mined.
	GasUSD decimal.Decimal

	Fills []Fill
}
