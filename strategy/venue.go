package strategy

import (
	"context"

	"github.com/navarb/navarb/venues"
)

// OrderVenue is an order-book venue as the strategy uses it (quotes, hedges
// and book-traded loops): the Binance-protocol connector and the simulated
// exchange both implement it, and venues/venuetest holds the conformance
// suite every implementation passes. Fills, order updates and balances come
// back as events on the venue's channel, never as return values to act on.
type OrderVenue interface {
	PlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error)
	CancelOrder(ctx context.Context, symbol, clientID string) (venues.Order, error)
	CancelAll(ctx context.Context, symbol string) ([]venues.Order, error)
}
