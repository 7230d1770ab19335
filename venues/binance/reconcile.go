package binance

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/navarb/navarb/venues"
)

// reconcileSettle is when the second reconciliation after a connect runs.
const reconcileSettle = time.Second

// tradesPage is the page size of trade-list queries.
const tradesPage = 1000

// reconcile catches up after a (re)connect: balances, every trade since the
// last one reported (or since Run started), and the state of orders that
// traded or were open.
func (u *userStream) reconcile(ctx context.Context, from map[string]int64) error {
	var bals []venues.Balance
	var err error
	if u.futures {
		bals, err = u.c.FuturesBalances(ctx)
	} else {
		bals, err = u.c.Balances(ctx)
	}
	if err != nil {
		return err
	}
	for _, b := range bals {
		u.balances[b.Asset] = b
	}
	if !send(ctx, u.out, &venues.BalanceUpdate{Time: u.c.o.Clock(), Venue: u.venue, Balances: bals}) {
		return ctx.Err()
	}
	for _, sym := range u.c.tradedSymbols(u.futures) {
		if err := u.reconcileSymbol(ctx, sym, from[sym]); err != nil {
			return fmt.Errorf("%s: %w", sym, err)
		}
	}
	return nil
}

func (u *userStream) reconcileSymbol(ctx context.Context, sym string, fromID int64) error {
	touched := make(map[int64]bool)
	for {
		var ts []trade
		err := u.c.api.call(ctx, u.futures, func(ctx context.Context) (err error) {
			ts, err = u.trades(ctx, sym, fromID, u.start)
			return err
		})
		if err != nil {
			return fmt.Errorf("trades: %w", err)
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
		for _, t := range ts {
			if _, dup := u.seen[tradeKey{sym, t.ID}]; dup || t.Time.Before(u.start) {
				continue
			}
			if t.ClientID == "" {
				if t.ClientID, err = u.clientID(ctx, sym, t.OrderID); err != nil {
					return err
				}
			}
			touched[t.OrderID] = true
			if !u.emitTrade(ctx, t) {
				return ctx.Err()
			}
		}
		if len(ts) < tradesPage {
			break
		}
		fromID = ts[len(ts)-1].ID + 1
	}
	var open []venues.Order
	err := u.c.api.call(ctx, u.futures, func(ctx context.Context) (err error) {
		if u.futures {
			var ws []wireOrder
			ws, err = u.c.futOpen(ctx, sym)
			if err != nil {
				return err
			}
			open, err = orders(u.venue, ws)
			return err
		}
		open, err = u.c.spotOpen(ctx, sym)
		return err
	})
	if err != nil {
		return fmt.Errorf("open orders: %w", err)
	}
	isOpen := make(map[string]bool, len(open))
	for _, o := range open {
		isOpen[o.ClientID] = true
		if !u.emitOrder(ctx, o) {
			return ctx.Err()
		}
	}
	// Orders that traded or were open and are no longer: report their end.
	var done []string
	for cid, o := range u.open {
		if o.Symbol == sym && !isOpen[cid] {
			done = append(done, cid)
		}
	}
	for id := range touched {
		if cid, ok := u.c.clientIDOf(u.futures, sym, id); ok && !isOpen[cid] {
			done = append(done, cid)
		}
	}
	for _, cid := range u.c.placedOn(u.futures, sym) {
		if !isOpen[cid] {
			done = append(done, cid)
		}
	}
	sort.Strings(done)
	for i, cid := range done {
		if i > 0 && done[i-1] == cid {
			continue
		}
		o, err := u.c.query(ctx, u.futures, sym, cid)
		if errors.Is(err, ErrUnknownOrder) {
			u.c.untrackPlaced(u.futures, sym, cid) // never placed
			continue
		}
		if err != nil {
			return err
		}
		if !u.emitOrder(ctx, o) {
			return ctx.Err()
		}
	}
	return nil
}

// clientID resolves an order id to its client id, by query if needed.
func (u *userStream) clientID(ctx context.Context, sym string, orderID int64) (string, error) {
	if cid, ok := u.c.clientIDOf(u.futures, sym, orderID); ok {
		return cid, nil
	}
	var w wireOrder
	err := u.c.api.call(ctx, u.futures, func(ctx context.Context) (err error) {
		if u.futures {
			w, err = u.c.futGet(ctx, sym, "", orderID)
		} else {
			w, err = u.c.spotGet(ctx, sym, "", orderID)
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("order %d: %w", orderID, err)
	}
	u.c.rememberOrder(u.futures, sym, orderID, w.ClientID)
	return w.ClientID, nil
}
