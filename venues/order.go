package venues

import (
	"time"

	"github.com/shopspring/decimal"
)

// Side is an order's side.
type Side uint8

// Order sides.
const (
	Buy Side = iota + 1
	Sell
)

func (s Side) String() string {
	switch s {
	case Buy:
		return "BUY"
	case Sell:
		return "SELL"
	}
	return "UNKNOWN"
}

// OrderType is how an order meets the book.
type OrderType uint8

// Order types.
const (
	// Limit rests on the book until filled or cancelled (GTC).
	Limit OrderType = iota + 1
	// LimitMaker is post-only: rejected if it would take liquidity.
	LimitMaker
	// IOC takes what it can at its limit price and cancels the rest.
	IOC
	// Market takes liquidity at any price up to its quantity.
	Market
)

func (t OrderType) String() string {
	switch t {
	case Limit:
		return "LIMIT"
	case LimitMaker:
		return "LIMIT_MAKER"
	case IOC:
		return "IOC"
	case Market:
		return "MARKET"
	}
	return "UNKNOWN"
}

// OrderRequest asks an order-book venue for one order. ClientID must be
// deterministic per plan leg (see ClientOrderID) so that a retry can never
// place the order twice.
type OrderRequest struct {
	Symbol   string
	Side     Side
	Type     OrderType
	Price    decimal.Decimal // ignored for Market
	Qty      decimal.Decimal // base quantity
	ClientID string
	PlanID   uint64
	Leg      int
}

// OrderStatus is an order's lifecycle state.
type OrderStatus uint8

// Order states.
const (
	OrderNew OrderStatus = iota + 1
	OrderPartiallyFilled
	OrderFilled
	OrderCanceled
	OrderRejected
	OrderExpired
)

func (s OrderStatus) String() string {
	switch s {
	case OrderNew:
		return "NEW"
	case OrderPartiallyFilled:
		return "PARTIALLY_FILLED"
	case OrderFilled:
		return "FILLED"
	case OrderCanceled:
		return "CANCELED"
	case OrderRejected:
		return "REJECTED"
	case OrderExpired:
		return "EXPIRED"
	}
	return "UNKNOWN"
}

// Open reports whether the order can still trade.
func (s OrderStatus) Open() bool { return s == OrderNew || s == OrderPartiallyFilled }

// Order is a venue's view of one of our orders.
type Order struct {
	Venue      string
	Symbol     string
	ClientID   string
	ExchangeID string
	Side       Side
	Type       OrderType
	Price      decimal.Decimal
	Qty        decimal.Decimal
	// Filled and QuoteFilled are cumulative executed base and quote.
	Filled      decimal.Decimal
	QuoteFilled decimal.Decimal
	Status      OrderStatus
	Updated     time.Time
}

// OrderUpdate reports an order's new state (placed, filled, cancelled). It
// travels with the fills it caused, which the ledger books exactly once.
type OrderUpdate struct {
	Time  time.Time
	Order Order
}

// EventTime implements Event.
func (e *OrderUpdate) EventTime() time.Time { return e.Time }

// Balance is one asset's balance on a venue.
type Balance struct {
	Asset  string
	Free   decimal.Decimal
	Locked decimal.Decimal
}

// BalanceUpdate is a venue's account balances after a change.
type BalanceUpdate struct {
	Time     time.Time
	Venue    string
	Balances []Balance
}

// EventTime implements Event.
func (e *BalanceUpdate) EventTime() time.Time { return e.Time }

// VenueStatus reports a venue connection's health: a stale venue's data
// must not be traded on.
type VenueStatus struct {
	Time   time.Time
	Venue  string
	Symbol string // empty: the whole venue
	Stale  bool
	Reason string
}

// EventTime implements Event.
func (e *VenueStatus) EventTime() time.Time { return e.Time }
