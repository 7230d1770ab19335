package matching

import (
	"errors"
	"fmt"

	"github.com/navarb/navarb/venues"
)

// Sentinel errors. The rejection errors wrap venues.ErrRejected.
var (
	// ErrDuplicateOrder: the account already has an open order with this
	// client id (Binance -2010 "Duplicate order sent.").
	ErrDuplicateOrder = fmt.Errorf("duplicate order sent: %w", venues.ErrRejected)
	// ErrWouldTake: a LIMIT_MAKER order would immediately match (Binance
	// -2010 "Order would immediately match and take.").
	ErrWouldTake = fmt.Errorf("order would immediately match and take: %w", venues.ErrRejected)
	// ErrUnknownOrder: no open order with that client id (Binance -2011).
	ErrUnknownOrder = errors.New("unknown order sent")
	// ErrInvalidOrder: the request is malformed (bad side, type, symbol or
	// non-positive quantity).
	ErrInvalidOrder = fmt.Errorf("invalid order: %w", venues.ErrRejected)
)

// FilterError is a symbol filter violation. Filter is Binance's filter name
// ("PRICE_FILTER", "LOT_SIZE", "NOTIONAL"); it wraps venues.ErrRejected.
type FilterError struct {
	Filter string
	Reason string
}

// Error reads like Binance's -1013 message.
func (e *FilterError) Error() string {
	return "Filter failure: " + e.Filter + " (" + e.Reason + ")"
}

// Unwrap makes errors.Is(err, venues.ErrRejected) true.
func (e *FilterError) Unwrap() error { return venues.ErrRejected }
