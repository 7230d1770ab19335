package orderqueue

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
)

// Venue is the blocking order venue the queue drives (*binance.Client,
// *binance.USDM, *simcex.Venue).
type Venue interface {
	PlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error)
	CancelOrder(ctx context.Context, symbol, clientID string) (venues.Order, error)
	CancelAll(ctx context.Context, symbol string) ([]venues.Order, error)
}

// ErrFull: the queue holds Options.Capacity actions; ErrClosed: Run has
// ended.
var (
	ErrFull   = errors.New("order queue full")
	ErrClosed = errors.New("order queue closed")
)

// Options configure a Queue.
type Options struct {
	Venue Venue
	// Name is the venue's name in the REJECTED updates the queue reports.
	Name string
	// Events receives those updates (the engine's channel). Required.
	Events chan<- venues.Event
	// Symbols are cancelled on shutdown, with every symbol placed on.
	Symbols []string
	// Capacity bounds the queued actions (default 1024).
	Capacity int
	// CallTimeout bounds one venue call (default 10s); ShutdownTimeout the
	// cancel-alls at shutdown (default 2s).
	CallTimeout, ShutdownTimeout time.Duration
	// Clock stamps the queue's own updates (default time.Now).
	Clock func() time.Time
	Log   zerolog.Logger
}

type kind uint8

const (
	place kind = iota + 1
	cancel
	cancelAll
)

type action struct {
	kind     kind
	req      venues.OrderRequest
	symbol   string
	clientID string
}

// Queue is a strategy.OrderRouter in front of a blocking Venue. Submit
// methods are safe for concurrent use and never block.
type Queue struct {
	o       Options
	mu      sync.Mutex
	pending []action
	dropped []venues.OrderRequest // placements a cancel-all dropped, to report
	touched []string
	closed  bool
	wake    chan struct{}
}

// New builds a queue; it does no I/O.
func New(o Options) (*Queue, error) {
	if o.Venue == nil || o.Events == nil {
		return nil, errors.New("orderqueue: new: Venue and Events are required")
	}
	if o.Capacity <= 0 {
		o.Capacity = 1024
	}
	if o.CallTimeout <= 0 {
		o.CallTimeout = 10 * time.Second
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = 2 * time.Second
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	return &Queue{o: o, wake: make(chan struct{}, 1)}, nil
}

// SubmitOrder queues a placement.
func (q *Queue) SubmitOrder(req venues.OrderRequest) error {
	return q.push(action{kind: place, req: req, symbol: req.Symbol, clientID: req.ClientID}, false)
}

// SubmitCancel queues a cancel by client id.
func (q *Queue) SubmitCancel(symbol, clientID string) error {
	return q.push(action{kind: cancel, symbol: symbol, clientID: clientID}, false)
}

// SubmitCancelAll puts a cancel-all for symbol at the front of the queue
// and drops the placements queued for symbol (reported REJECTED).
func (q *Queue) SubmitCancelAll(symbol string) error {
	return q.push(action{kind: cancelAll, symbol: symbol}, true)
}

func (q *Queue) push(a action, front bool) error {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return fmt.Errorf("orderqueue %s: %w", q.o.Name, ErrClosed)
	}
	if front {
		kept := q.pending[:0]
		for _, p := range q.pending {
			if p.symbol == a.symbol && (p.kind == place || p.kind == cancelAll) {
				if p.kind == place {
					q.dropped = append(q.dropped, p.req)
				}
				continue
			}
			kept = append(kept, p)
		}
		clear(q.pending[len(kept):])
		q.pending = append([]action{a}, kept...)
	} else {
		if len(q.pending) >= q.o.Capacity {
			q.mu.Unlock()
			return fmt.Errorf("orderqueue %s: %w", q.o.Name, ErrFull)
		}
		q.pending = append(q.pending, a)
	}
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
	return nil
}

// Run executes queued actions until ctx ends, then cancels every open
// order on Options.Symbols and the symbols placed on, and returns
// ctx.Err(). Nothing is accepted after it returns.
func (q *Queue) Run(ctx context.Context) error {
	for {
		q.reportDropped(ctx)
		a, ok := q.pop()
		if !ok {
			select {
			case <-ctx.Done():
				return q.shutdown(ctx)
			case <-q.wake:
				continue
			}
		}
		if ctx.Err() != nil {
			return q.shutdown(ctx)
		}
		q.exec(ctx, a)
	}
}

func (q *Queue) pop() (action, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.pending) == 0 {
		return action{}, false
	}
	a := q.pending[0]
	q.pending[0] = action{}
	q.pending = q.pending[1:]
	if a.kind == place && !slices.Contains(q.touched, a.symbol) {
		q.touched = append(q.touched, a.symbol)
	}
	return a, true
}

func (q *Queue) exec(ctx context.Context, a action) {
	cctx, cancelCall := context.WithTimeout(ctx, q.o.CallTimeout)
	defer cancelCall()
	switch a.kind {
	case place:
		if _, err := q.o.Venue.PlaceOrder(cctx, a.req); err != nil {
			q.o.Log.Warn().Err(err).Str("symbol", a.symbol).Str("client_id", a.clientID).Msg("order refused")
			q.reject(ctx, a.req)
		}
	case cancel:
		if _, err := q.o.Venue.CancelOrder(cctx, a.symbol, a.clientID); err != nil {
			// Filled or already gone: the venue's updates say so; a
			// transient failure is retried by the sender.
			q.o.Log.Debug().Err(err).Str("symbol", a.symbol).Str("client_id", a.clientID).Msg("cancel failed")
		}
	case cancelAll:
		if _, err := q.o.Venue.CancelAll(cctx, a.symbol); err != nil {
			q.o.Log.Error().Err(err).Str("symbol", a.symbol).Msg("cancel-all failed")
		}
	}
}

// reportDropped reports the placements cancel-alls dropped (from Run's
// goroutine: the sender may be the events channel's reader).
func (q *Queue) reportDropped(ctx context.Context) {
	q.mu.Lock()
	ds := q.dropped
	q.dropped = nil
	q.mu.Unlock()
	for _, d := range ds {
		q.reject(ctx, d)
	}
}

// reject reports a placement that never rested.
func (q *Queue) reject(ctx context.Context, req venues.OrderRequest) {
	now := q.o.Clock()
	ev := &venues.OrderUpdate{Time: now, Order: venues.Order{
		Venue: q.o.Name, Symbol: req.Symbol, ClientID: req.ClientID, Side: req.Side, Type: req.Type,
		Price: req.Price, Qty: req.Qty, Status: venues.OrderRejected, Updated: now,
	}}
	select {
	case q.o.Events <- ev:
	case <-ctx.Done():
	}
}

// shutdown closes the queue and cancels everything, each symbol once, with
// a fresh context: the caller's has ended.
func (q *Queue) shutdown(ctx context.Context) error {
	q.mu.Lock()
	q.closed = true
	syms := append([]string(nil), q.o.Symbols...)
	for _, s := range q.touched {
		if !slices.Contains(syms, s) {
			syms = append(syms, s)
		}
	}
	for _, a := range q.pending {
		if a.kind == cancelAll && !slices.Contains(syms, a.symbol) {
			syms = append(syms, a.symbol)
		}
	}
	q.pending = nil
	q.mu.Unlock()
	sctx, cancelAll := context.WithTimeout(context.WithoutCancel(ctx), q.o.ShutdownTimeout)
	defer cancelAll()
	var wg sync.WaitGroup
	for _, s := range syms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := q.o.Venue.CancelAll(sctx, s); err != nil {
				q.o.Log.Error().Err(err).Str("symbol", s).Msg("shutdown cancel-all failed")
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}
