package simcex

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Drain appends the queued events to dst and empties the queue: the
// synchronous alternative to Run for a caller that drives the venue from a
// single thread on simulated time (venues/sim). Use either Drain or Run,
// not both.
func (v *Venue) Drain(dst []venues.Event) []venues.Event {
	v.mu.Lock()
	defer v.mu.Unlock()
	dst = append(dst, v.queue...)
	clear(v.queue)
	v.queue = v.queue[:0]
	return dst
}

// Transfer moves amount (negative: out) of asset into our account from
// outside the venue, as a deposit or withdrawal, and queues a
// *venues.BalanceUpdate for it.
func (v *Venue) Transfer(asset string, amount decimal.Decimal) error {
	if asset == "" {
		return fmt.Errorf("%s: transfer: empty asset", v.o.Venue)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.bal[asset] = v.bal[asset].Add(amount)
	v.push(&venues.BalanceUpdate{Time: v.o.Clock(), Venue: v.o.Venue,
		Balances: []venues.Balance{{Asset: asset, Free: v.bal[asset]}}})
	return nil
}

// Balance is our balance of asset.
func (v *Venue) Balance(asset string) decimal.Decimal {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.bal[asset]
}

// Prune forgets finished orders last updated before t on every symbol (a
// long simulation would otherwise keep every order), with their plan legs.
// A pruned client id can be placed again.
func (v *Venue) Prune(before time.Time) int {
	v.mu.Lock()
	defer v.mu.Unlock()
	n := 0
	for _, e := range v.engines {
		n += e.PruneClosed(before)
	}
	for id := range v.legs {
		open := false
		for _, e := range v.engines {
			if _, ok := e.Order(Account, id); ok {
				open = true
				break
			}
		}
		if !open {
			delete(v.legs, id)
		}
	}
	return n
}

// CancelAccount cancels every open order of another participant's account
// on symbol and returns how many it cancelled.
func (v *Venue) CancelAccount(account, symbol string) int {
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.engines[symbol]
	if !ok || account == Account {
		return 0
	}
	return len(e.CancelAll(account, v.o.Clock()))
}

// Order is our order by client id on symbol, as the venue knows it.
func (v *Venue) Order(symbol, clientID string) (venues.Order, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.engines[symbol]
	if !ok {
		return venues.Order{}, false
	}
	o, ok := e.Order(Account, clientID)
	return v.stamp(o), ok
}

// Reject queues a REJECTED order update for a placement of ours that never
// reached the book (a filter, an unknown symbol), so that a caller who
// learns of its orders only from events hears of it.
func (v *Venue) Reject(req venues.OrderRequest) {
	v.mu.Lock()
	defer v.mu.Unlock()
	now := v.o.Clock()
	v.push(&venues.OrderUpdate{Time: now, Order: v.stamp(venues.Order{
		Symbol: req.Symbol, ClientID: req.ClientID, Side: req.Side, Type: req.Type,
		Price: req.Price, Qty: req.Qty, Status: venues.OrderRejected, Updated: now,
	})})
}
