package venues

import "errors"

// Sentinel errors shared by adapters and the strategy. Adapters wrap them with
// %w and name the venue and the operation.
var (
	// ErrStale: the data a decision needs is older than its allowed age.
	ErrStale = errors.New("stale data")
	// ErrRejected: the venue refused an order or a transaction.
	ErrRejected = errors.New("rejected by venue")
	// ErrInsufficientFunds: the account cannot pay for the action.
	ErrInsufficientFunds = errors.New("insufficient funds")
	// ErrRiskDenied: the risk gate refused a plan.
	ErrRiskDenied = errors.New("denied by risk gate")
)
