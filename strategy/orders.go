package strategy

import "github.com/navarb/navarb/venues"

// OrderRouter sends order actions to an order-book venue without blocking
// the engine loop. What becomes of them comes back as events on the
// engine's channel: *venues.OrderUpdate (acknowledged, filled, cancelled,
// or REJECTED for a placement that failed) and *venues.Fill. An error
// means the action was not sent (queue full, closed). The simulated market
// implements it on simulated time; live, venues/orderqueue runs a
// blocking OrderVenue's calls on their own goroutine. A CancelAll goes
// ahead of the placements still queued for its symbol, which it drops.
type OrderRouter interface {
	SubmitOrder(req venues.OrderRequest) error
	SubmitCancel(symbol, clientID string) error
	SubmitCancelAll(symbol string) error
}

// KillSwitch reports whether trading was stopped for good (*risk.Gate).
type KillSwitch interface {
	Killed() (bool, string)
}
