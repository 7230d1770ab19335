// Package simcex is the simulated order-book venue: an in-process exchange
// on the price-time priority engine in venues/sim/matching, with the same
// order interface as the Binance connector (PlaceOrder, CancelOrder,
// CancelAll) and fills, order updates and balances reported as events by
// Run. Other market participants trade on the same books through Place.
//
// Client ids are idempotent: placing a client id the venue has seen returns
// that order instead of placing again, as the connector's retries do. An
// empty client id is derived from the request's plan and leg. Prices are
// rounded to the tick (buys down, sells up) and quantities down to the
// step, then checked against the symbol's filters (rejections wrap
// venues.ErrRejected). Fees follow Binance: the buyer pays in the base
// asset, the seller in the quote asset, at the maker or taker rate.
package simcex

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// Account is the engine account of the venue's own orders.
const Account = "self"

// ErrUnknownSymbol: the venue does not list the symbol.
var ErrUnknownSymbol = fmt.Errorf("unknown symbol: %w", venues.ErrRejected)

// Options configure a Venue.
type Options struct {
	// Venue names the venue in events (default "sim").
	Venue   string
	Symbols []matching.SymbolRules
	// MakerFee and TakerFee are commission rates (0.001 = 10 bps).
	MakerFee, TakerFee decimal.Decimal
	// Balances are the account's starting balances; fills move them
	// exactly. There is no funds check.
	Balances map[string]decimal.Decimal
	// Clock stamps orders and events (default time.Now).
	Clock func() time.Time
}

// Venue is a simulated order-book venue. Its methods are safe for
// concurrent use.
type Venue struct {
	o       Options
	mu      sync.Mutex
	engines map[string]*matching.Engine
	bal     map[string]decimal.Decimal
	legs    map[string]planLeg // our client ids
	queue   []venues.Event
	notify  chan struct{}
}

// New builds a venue; it does no I/O.
func New(o Options) (*Venue, error) {
	if o.Venue == "" {
		o.Venue = "sim"
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if len(o.Symbols) == 0 {
		return nil, errors.New("simcex: new: no symbols")
	}
	v := &Venue{o: o, engines: map[string]*matching.Engine{}, bal: map[string]decimal.Decimal{},
		legs: map[string]planLeg{}, notify: make(chan struct{}, 1)}
	for _, r := range o.Symbols {
		if r.Symbol == "" || r.Base == "" || r.Quote == "" {
			return nil, fmt.Errorf("simcex: new: symbol %q needs Symbol, Base and Quote", r.Symbol)
		}
		v.engines[r.Symbol] = matching.NewEngine(r)
	}
	for a, x := range o.Balances {
		v.bal[a] = x
	}
	return v, nil
}

type planLeg struct {
	plan uint64
	leg  int
}

// ClientID is the client id derived from a plan leg when a request has
// none.
func ClientID(planID uint64, leg int) string {
	return "sim-" + strconv.FormatUint(planID, 36) + "-" + strconv.Itoa(leg)
}

// PlaceOrder places one of our orders.
func (v *Venue) PlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error) {
	if err := ctx.Err(); err != nil {
		return venues.Order{}, err
	}
	if req.ClientID == "" {
		req.ClientID = ClientID(req.PlanID, req.Leg)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.engines[req.Symbol]
	if !ok {
		return venues.Order{}, fmt.Errorf("%s: place %s: %w", v.o.Venue, req.Symbol, ErrUnknownSymbol)
	}
	if o, seen := e.Order(Account, req.ClientID); seen {
		return v.stamp(o), nil
	}
	req.Price, req.Qty = round(e.Rules(), req)
	v.legs[req.ClientID] = planLeg{req.PlanID, req.Leg}
	p, err := e.Place(Account, req, v.o.Clock())
	if err != nil {
		if p.Order.Status == venues.OrderRejected {
			v.push(&venues.OrderUpdate{Time: p.Order.Updated, Order: v.stamp(p.Order)})
		}
		return venues.Order{}, fmt.Errorf("%s: place %s %s: %w", v.o.Venue, req.Symbol, req.ClientID, err)
	}
	v.settle(e.Rules(), p, true)
	return v.stamp(p.Order), nil
}

// Place submits an order for another market participant; it trades
// against our resting orders like anyone else's.
func (v *Venue) Place(account string, req venues.OrderRequest) (matching.Placed, error) {
	if account == Account {
		return matching.Placed{}, fmt.Errorf("simcex: place: account %q is the venue's own", account)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.engines[req.Symbol]
	if !ok {
		return matching.Placed{}, fmt.Errorf("%s: place %s: %w", v.o.Venue, req.Symbol, ErrUnknownSymbol)
	}
	p, err := e.Place(account, req, v.o.Clock())
	if err != nil {
		return p, fmt.Errorf("%s: place %s: %w", v.o.Venue, req.Symbol, err)
	}
	v.settle(e.Rules(), p, false)
	return p, nil
}

// CancelOrder cancels one of our orders by client id.
func (v *Venue) CancelOrder(ctx context.Context, symbol, clientID string) (venues.Order, error) {
	if err := ctx.Err(); err != nil {
		return venues.Order{}, err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.engines[symbol]
	if !ok {
		return venues.Order{}, fmt.Errorf("%s: cancel %s: %w", v.o.Venue, symbol, ErrUnknownSymbol)
	}
	o, err := e.Cancel(Account, clientID, v.o.Clock())
	if err != nil {
		return venues.Order{}, fmt.Errorf("%s: cancel %s %s: %w", v.o.Venue, symbol, clientID, err)
	}
	o = v.stamp(o)
	v.push(&venues.OrderUpdate{Time: o.Updated, Order: o})
	return o, nil
}

// CancelAll cancels our open orders on symbol.
func (v *Venue) CancelAll(ctx context.Context, symbol string) ([]venues.Order, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.engines[symbol]
	if !ok {
		return nil, fmt.Errorf("%s: cancel all %s: %w", v.o.Venue, symbol, ErrUnknownSymbol)
	}
	os := e.CancelAll(Account, v.o.Clock())
	for i := range os {
		os[i] = v.stamp(os[i])
		v.push(&venues.OrderUpdate{Time: os[i].Updated, Order: os[i]})
	}
	return os, nil
}

// OpenOrders lists our open orders on symbol.
func (v *Venue) OpenOrders(symbol string) []venues.Order {
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.engines[symbol]
	if !ok {
		return nil
	}
	os := e.Open(Account)
	for i := range os {
		os[i] = v.stamp(os[i])
	}
	return os
}

// Depth is the book of symbol, n levels a side (n <= 0: all), best first.
func (v *Venue) Depth(symbol string, n int) (bids, asks []venues.Level) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if e, ok := v.engines[symbol]; ok {
		return e.Depth(n)
	}
	return nil, nil
}

// Balances are our balances (Free is the total; nothing is locked).
func (v *Venue) Balances() []venues.Balance {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := make([]venues.Balance, 0, len(v.bal))
	for a, x := range v.bal {
		out = append(out, venues.Balance{Asset: a, Free: x})
	}
	return out
}

// Run delivers fills, order updates and balance updates to out, in the
// order they happened, until ctx is cancelled; it returns ctx.Err(). No
// event is dropped: out must be drained.
func (v *Venue) Run(ctx context.Context, out chan<- venues.Event) error {
	for {
		v.mu.Lock()
		q := v.queue
		v.queue = nil
		v.mu.Unlock()
		for _, e := range q {
			select {
			case out <- e:
			case <-ctx.Done():
				v.requeue(q)
				return ctx.Err()
			}
			q = q[1:]
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-v.notify:
		}
	}
}

// requeue puts undelivered events back in front, for the next Run.
func (v *Venue) requeue(q []venues.Event) {
	v.mu.Lock()
	v.queue = append(append([]venues.Event(nil), q...), v.queue...)
	v.mu.Unlock()
}

// push queues an event. Caller holds v.mu.
func (v *Venue) push(e venues.Event) {
	v.queue = append(v.queue, e)
	select {
	case v.notify <- struct{}{}:
	default:
	}
}

func (v *Venue) stamp(o venues.Order) venues.Order {
	o.Venue = v.o.Venue
	return o
}

// round fits a limit price to the tick (buys down, sells up: never worse
// than asked) and the quantity down to the step.
func round(r matching.SymbolRules, req venues.OrderRequest) (price, qty decimal.Decimal) {
	price, qty = req.Price, req.Qty
	if req.Type != venues.Market && r.TickSize.IsPositive() {
		n := price.Div(r.TickSize)
		if req.Side == venues.Buy {
			n = n.Floor()
		} else {
			n = n.Ceil()
		}
		price = n.Mul(r.TickSize)
	}
	if r.StepSize.IsPositive() && qty.GreaterThan(r.MinQty) {
		qty = r.MinQty.Add(qty.Sub(r.MinQty).Div(r.StepSize).Floor().Mul(r.StepSize))
	}
	return price, qty
}
