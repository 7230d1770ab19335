package binance

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
)

// userEvent is one user-data-stream message, market independent.
type userEvent struct {
	time     time.Time
	exec     *execReport
	balances []venues.Balance // absolute balances of the assets listed
	delta    *balanceDelta    // a deposit or withdrawal (spot balanceUpdate)
	expired  bool             // the listen key expired: reconnect with a new one
}

type execReport struct {
	order   venues.Order
	orderID int64
	trade   *trade // set on an execution that traded
}

type balanceDelta struct {
	asset  string
	change venues.Balance // Free carries the signed change
}

type tradeKey struct {
	symbol string
	id     int64
}

// seenPrune bounds the trade-id set: past it, ids of trades older than
// seenKeep are forgotten (reconciliation never reaches that far back).
const (
	seenPrune   = 100_000
	ordersPrune = 10_000
	seenKeep    = 24 * time.Hour
)

// userStream owns one market's user data stream: listenKey, connection,
// keepalive, reconciliation and the de-duplication of fills by trade id.
type userStream struct {
	c       *Client
	futures bool
	venue   string
	out     chan<- venues.Event
	log     zerolog.Logger
	bo      backoff

	start    time.Time                 // fills before this are not ours to report
	seen     map[tradeKey]time.Time    // emitted trade ids
	maxID    map[string]int64          // per symbol, the highest emitted trade id
	open     map[string]venues.Order   // client id -> last known open order
	orders   map[string]venues.Order   // client id -> last reported state
	balances map[string]venues.Balance // last known balances
}

func newUserStream(c *Client, futures bool, out chan<- venues.Event) *userStream {
	return &userStream{
		c: c, futures: futures, venue: c.venue(futures), out: out,
		log:      c.log.With().Bool("futures", futures).Str("stream", "user").Logger(),
		bo:       backoff{min: c.o.ReconnectMin, max: c.o.ReconnectMax},
		seen:     make(map[tradeKey]time.Time),
		maxID:    make(map[string]int64),
		open:     make(map[string]venues.Order),
		orders:   make(map[string]venues.Order),
		balances: make(map[string]venues.Balance),
	}
}

func (u *userStream) run(ctx context.Context) {
	u.start = u.c.o.Clock()
	u.c.setHealth(u.futures, "user", "user data stream connecting")
	defer u.c.setHealth(u.futures, "user", "")
	for ctx.Err() == nil {
		ok, err := u.session(ctx)
		if ctx.Err() != nil {
			return
		}
		u.c.setHealth(u.futures, "user", "user data stream down: "+err.Error())
		if ok {
			u.bo.reset()
		}
		d := u.bo.next()
		u.log.Warn().Err(err).Dur("retry_in", d).Msg("user data stream down")
		if !sleep(ctx, d) {
			return
		}
	}
}

// session runs one connection: it notes where reconciliation must start,
// connects, reconciles over REST, then handles events until the stream
// ends. ok reports that it got as far as reconciling.
func (u *userStream) session(ctx context.Context) (ok bool, err error) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var key string
	err = u.c.api.call(sctx, u.futures, func(ctx context.Context) (err error) {
		key, err = u.listenKey(ctx)
		return err
	})
	if err == nil {
		err = checkListenKey(key)
	}
	if err != nil {
		return false, fmt.Errorf("listen key: %w", err)
	}
	from := make(map[string]int64, len(u.maxID))
	for s, id := range u.maxID {
		from[s] = id + 1
	}
	events := make(chan userEvent, 1024)
	errc := make(chan error, 1)
	doneC, stopC, err := u.connect(sctx, key, events, errc)
	if err != nil {
		return false, fmt.Errorf("connect: %w", err)
	}
	defer func() {
		cancel()
		close(stopC)
		<-doneC
	}()
	if err := u.reconcile(sctx, from); err != nil {
		return false, fmt.Errorf("reconcile: %w", err)
	}
	u.c.setHealth(u.futures, "user", "")
	keep := time.NewTicker(u.c.o.ListenKeyKeepalive)
	defer keep.Stop()
	// A venue may start delivering a new connection's events a little
	// after the handshake; a second pass over the same range catches a
	// trade that fell between the first pass and the subscription.
	settle := time.NewTimer(reconcileSettle)
	defer settle.Stop()
	var lastErr error
	for {
		select {
		case <-sctx.Done():
			return true, ctx.Err()
		case <-settle.C:
			if err := u.reconcile(sctx, from); err != nil {
				return true, fmt.Errorf("reconcile: %w", err)
			}
		case err := <-errc:
			if errors.As(err, new(badEvent)) {
				return true, fmt.Errorf("stream: %w", err)
			}
			lastErr = err
			u.log.Warn().Err(err).Msg("user data stream error")
		case <-doneC:
			if lastErr == nil {
				lastErr = errors.New("closed")
			}
			return true, fmt.Errorf("stream: %w", lastErr)
		case <-keep.C:
			err := u.c.api.call(sctx, u.futures, func(ctx context.Context) error { return u.keepalive(ctx, key) })
			if err != nil {
				return true, fmt.Errorf("listen key keepalive: %w", err)
			}
		case ev := <-events:
			if ev.expired {
				return true, errors.New("listen key expired")
			}
			if !u.handle(sctx, ev) {
				return true, ctx.Err()
			}
		}
	}
}

// handle turns one stream event into venue events. It reports false if ctx
// ended before they were delivered.
func (u *userStream) handle(ctx context.Context, ev userEvent) bool {
	switch {
	case ev.exec != nil:
		x := ev.exec
		if x.trade != nil && !u.emitTrade(ctx, *x.trade) {
			return false
		}
		return u.emitOrder(ctx, x.order)
	case ev.balances != nil:
		for _, b := range ev.balances {
			u.balances[b.Asset] = b
		}
		return send(ctx, u.out, &venues.BalanceUpdate{Time: ev.time, Venue: u.venue, Balances: ev.balances})
	case ev.delta != nil:
		b := u.balances[ev.delta.asset]
		b.Asset = ev.delta.asset
		b.Free = b.Free.Add(ev.delta.change.Free)
		u.balances[b.Asset] = b
		return send(ctx, u.out, &venues.BalanceUpdate{Time: ev.time, Venue: u.venue, Balances: []venues.Balance{b}})
	}
	return true
}

// emitOrder reports an order's state unless it is older than one already
// reported (a queued stream event after a fresher REST answer): fills only
// grow and a finished order stays finished.
func (u *userStream) emitOrder(ctx context.Context, o venues.Order) bool {
	if last, ok := u.orders[o.ClientID]; ok &&
		(o.Filled.LessThan(last.Filled) || statusRank(o.Status) < statusRank(last.Status)) {
		return true
	}
	u.orders[o.ClientID] = o
	if o.Status.Open() {
		u.open[o.ClientID] = o
	} else {
		delete(u.open, o.ClientID)
		u.c.untrackPlaced(u.futures, o.Symbol, o.ClientID)
	}
	if len(u.orders) > ordersPrune {
		cut := o.Updated.Add(-seenKeep)
		for id, x := range u.orders {
			if !x.Status.Open() && x.Updated.Before(cut) {
				delete(u.orders, id)
			}
		}
	}
	return send(ctx, u.out, &venues.OrderUpdate{Time: o.Updated, Order: o})
}

func statusRank(s venues.OrderStatus) int {
	switch s {
	case venues.OrderNew:
		return 0
	case venues.OrderPartiallyFilled:
		return 1
	}
	return 2
}

// emitTrade sends a fill unless its trade id was already reported.
func (u *userStream) emitTrade(ctx context.Context, t trade) bool {
	k := tradeKey{t.Symbol, t.ID}
	if _, dup := u.seen[k]; dup {
		return true
	}
	r, err := u.c.Rules(ctx, u.futures, t.Symbol)
	if err != nil {
		// Base and quote unknown: report the fill anyway, by symbol.
		u.log.Error().Err(err).Str("symbol", t.Symbol).Msg("fill without symbol rules")
		r = Rules{Symbol: t.Symbol}
	}
	u.seen[k] = t.Time
	if t.ID > u.maxID[t.Symbol] {
		u.maxID[t.Symbol] = t.ID
	}
	if len(u.seen) > seenPrune {
		cut := t.Time.Add(-seenKeep)
		for k, at := range u.seen {
			if at.Before(cut) {
				delete(u.seen, k)
			}
		}
	}
	return send(ctx, u.out, t.fill(u.venue, r))
}
