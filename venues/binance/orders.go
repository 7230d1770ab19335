package binance

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// maxPlaceAttempts bounds the retries of one placement.
const maxPlaceAttempts = 5

// PlaceOrder places a spot order. An empty ClientID is generated from the
// request's PlanID and Leg (ClientOrderID). The order is rounded to the
// symbol's filters and rejected (venues.ErrRejected, *FilterError) before
// sending if it cannot satisfy them; it is refused with venues.ErrStale while
// the symbol's book is stale. Retries reuse the client id and never place
// twice: after a timeout or a 5xx the order is first looked up by client id,
// and a duplicate-order rejection returns the existing order.
func (c *Client) PlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error) {
	return c.place(ctx, false, req)
}

// CancelOrder cancels a spot order by client id. An order the venue does not
// know fails with ErrUnknownOrder.
func (c *Client) CancelOrder(ctx context.Context, symbol, clientID string) (venues.Order, error) {
	return c.cancel(ctx, false, symbol, clientID)
}

// CancelAll cancels every open spot order on a symbol and returns them.
func (c *Client) CancelAll(ctx context.Context, symbol string) ([]venues.Order, error) {
	return c.cancelAll(ctx, false, symbol)
}

// OpenOrders lists the open spot orders on a symbol.
func (c *Client) OpenOrders(ctx context.Context, symbol string) ([]venues.Order, error) {
	var os []venues.Order
	err := c.api.call(ctx, false, func(ctx context.Context) (err error) {
		os, err = c.spotOpen(ctx, symbol)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: open orders %s: %w", c.o.Venue, symbol, err)
	}
	return os, nil
}

// QueryOrder looks a spot order up by client id.
func (c *Client) QueryOrder(ctx context.Context, symbol, clientID string) (venues.Order, error) {
	return c.query(ctx, false, symbol, clientID)
}

func (c *Client) place(ctx context.Context, fut bool, req venues.OrderRequest) (venues.Order, error) {
	if req.ClientID == "" {
		req.ClientID = ClientOrderID(c.o.ClientIDPrefix, req.PlanID, req.Leg, 0)
	}
	op := fmt.Sprintf("%s: place %s %s %s %s", c.venue(fut), req.Type, req.Side, req.Symbol, req.ClientID)
	if !ValidClientID(req.ClientID) {
		return venues.Order{}, fmt.Errorf("%s: client id must be 1-36 of [A-Za-z0-9-_]: %w", op, venues.ErrRejected)
	}
	if req.Side != venues.Buy && req.Side != venues.Sell || req.Type < venues.Limit || req.Type > venues.Market {
		return venues.Order{}, fmt.Errorf("%s: bad side or type: %w", op, venues.ErrRejected)
	}
	if c.Stale(fut, req.Symbol) {
		return venues.Order{}, fmt.Errorf("%s: book not in sync: %w", op, venues.ErrStale)
	}
	rules, err := c.Rules(ctx, fut, req.Symbol)
	if err != nil {
		return venues.Order{}, fmt.Errorf("%s: %w", op, err)
	}
	ref := decimal.NewFromFloat(c.refPrice(fut, req.Symbol, req.Side))
	price, qty, err := rules.Round(req.Side, req.Type, req.Price, req.Qty, ref)
	if err != nil {
		return venues.Order{}, fmt.Errorf("%s: %w", op, err)
	}
	req.Price, req.Qty = price, qty
	o, err := c.placeLoop(ctx, fut, req, op)
	if err == nil && c.o.Metrics != nil {
		c.o.Metrics.OrderPlaced(c.venue(fut))
	}
	if err == nil || ctx.Err() != nil {
		// Reconciliation reports its state if the stream misses it.
		c.trackPlaced(fut, req.Symbol, req.ClientID)
	}
	return o, err
}

// placeLoop places req, retrying with the same client id.
func (c *Client) placeLoop(ctx context.Context, fut bool, req venues.OrderRequest, op string) (venues.Order, error) {
	for attempt := 1; ; attempt++ {
		o, err := c.createOnce(ctx, fut, req)
		if err == nil {
			return o, nil
		}
		if ctx.Err() != nil {
			return venues.Order{}, fmt.Errorf("%s: outcome unknown (query by client id): %w", op, err)
		}
		if attempt >= maxPlaceAttempts {
			return venues.Order{}, fmt.Errorf("%s: giving up after %d attempts: %w", op, attempt, classify(err))
		}
		code := apiCode(err)
		switch {
		case isDuplicate(err):
			// Placed before (a retry, or a concurrent caller): resolve it.
			o, qerr := c.query(ctx, fut, req.Symbol, req.ClientID)
			if qerr != nil {
				return venues.Order{}, fmt.Errorf("%s: duplicate, then %w", op, qerr)
			}
			return o, nil
		case code == codeTimestamp:
			if serr := c.api.syncTime(ctx, fut); serr != nil {
				return venues.Order{}, fmt.Errorf("%s: %w (then %w)", op, err, serr)
			}
		case code == codeTooManyRequests, code == codeTooManyOrders:
			// The limiter waits out Retry-After, or fails with ErrBanned.
		case outcomeUnknown(err):
			o, qerr := c.query(ctx, fut, req.Symbol, req.ClientID)
			if qerr == nil {
				return o, nil
			}
			if !errors.Is(qerr, ErrUnknownOrder) {
				return venues.Order{}, fmt.Errorf("%s: outcome unknown (%w), query: %w", op, err, qerr)
			}
			c.log.Warn().Str("client_id", req.ClientID).Err(err).Msg("order not placed; retrying with the same client id")
		default:
			return venues.Order{}, fmt.Errorf("%s: %w", op, classify(err))
		}
	}
}

// createOnce sends one placement (the transport bounds it by
// RequestTimeout).
func (c *Client) createOnce(ctx context.Context, fut bool, req venues.OrderRequest) (venues.Order, error) {
	var w wireOrder
	var err error
	if fut {
		w, err = c.futCreate(ctx, req)
	} else {
		w, err = c.spotCreate(ctx, req)
	}
	if err != nil {
		return venues.Order{}, err
	}
	c.rememberOrder(fut, w.Symbol, w.ID, w.ClientID)
	return w.order(c.venue(fut))
}

func (c *Client) query(ctx context.Context, fut bool, symbol, clientID string) (venues.Order, error) {
	var w wireOrder
	err := c.api.call(ctx, fut, func(ctx context.Context) (err error) {
		if fut {
			w, err = c.futGet(ctx, symbol, clientID, 0)
		} else {
			w, err = c.spotGet(ctx, symbol, clientID, 0)
		}
		return err
	})
	if err != nil {
		return venues.Order{}, fmt.Errorf("%s: query order %s %s: %w", c.venue(fut), symbol, clientID, classify(err))
	}
	c.rememberOrder(fut, w.Symbol, w.ID, w.ClientID)
	return w.order(c.venue(fut))
}

func (c *Client) cancel(ctx context.Context, fut bool, symbol, clientID string) (venues.Order, error) {
	op := fmt.Sprintf("%s: cancel %s %s", c.venue(fut), symbol, clientID)
	var w wireOrder
	unknown := false // an attempt may have cancelled the order unseen
	err := c.api.call(ctx, fut, func(ctx context.Context) (err error) {
		if fut {
			w, err = c.futCancel(ctx, symbol, clientID)
		} else {
			w, err = c.spotCancel(ctx, symbol, clientID)
		}
		if outcomeUnknown(err) {
			unknown = true
		}
		return err
	})
	if err != nil && unknown && isUnknownOrder(err) {
		// The lost attempt did it: report the order's state.
		if o, qerr := c.query(ctx, fut, symbol, clientID); qerr == nil && o.Status == venues.OrderCanceled {
			c.countCancelled(fut, 1)
			return o, nil
		}
	}
	if err != nil {
		return venues.Order{}, fmt.Errorf("%s: %w", op, classify(err))
	}
	w.ClientID = clientID
	c.countCancelled(fut, 1)
	return w.order(c.venue(fut))
}

// countCancelled tells Options.Metrics about n cancelled orders.
func (c *Client) countCancelled(fut bool, n int) {
	if c.o.Metrics == nil {
		return
	}
	for range n {
		c.o.Metrics.OrderCancelled(c.venue(fut))
	}
}

func (c *Client) cancelAll(ctx context.Context, fut bool, symbol string) ([]venues.Order, error) {
	var ws []wireOrder
	err := c.api.call(ctx, fut, func(ctx context.Context) (err error) {
		if fut {
			ws, err = c.futCancelAll(ctx, symbol)
		} else {
			ws, err = c.spotCancelAll(ctx, symbol)
		}
		if isUnknownOrder(err) { // nothing open
			ws, err = nil, nil
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: cancel all %s: %w", c.venue(fut), symbol, classify(err))
	}
	c.countCancelled(fut, len(ws))
	return orders(c.venue(fut), ws)
}

// Rules returns a symbol's filters, loading exchangeInfo on first use.
func (c *Client) Rules(ctx context.Context, fut bool, symbol string) (Rules, error) {
	c.rulesMu.Lock()
	m := c.spotRules
	if fut {
		m = c.futRules
	}
	r, ok := m[symbol]
	c.rulesMu.Unlock()
	if ok {
		return r, nil
	}
	var all []Rules
	err := c.api.call(ctx, fut, func(ctx context.Context) (err error) {
		if fut {
			all, err = c.futExchangeInfo(ctx)
		} else {
			all, err = c.spotExchangeInfo(ctx)
		}
		return err
	})
	if err != nil {
		return Rules{}, fmt.Errorf("%s: exchange info: %w", c.venue(fut), err)
	}
	c.rulesMu.Lock()
	for _, x := range all {
		m[x.Symbol] = x
	}
	r, ok = m[symbol]
	c.rulesMu.Unlock()
	if !ok {
		return Rules{}, fmt.Errorf("%s: exchange info: unknown symbol %s: %w", c.venue(fut), symbol, venues.ErrRejected)
	}
	return r, nil
}

func idString(id int64) string { return strconv.FormatInt(id, 10) }
