package ledgerdb

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Recovery is what a restart must reconcile with the venues before it
// trades: loops not settled (with the fills they have so far), orders that
// may still be open, and transactions sent without a receipt.
type Recovery struct {
	Intents []OpenIntent
	Orders  []venues.Order
	Txs     []TxRow
}

// OpenIntent is an intent with no final receipt and not otherwise settled.
type OpenIntent struct {
	Intent
	Fills []venues.Fill
}

// Empty reports whether there is nothing to reconcile.
func (r *Recovery) Empty() bool { return len(r.Intents) == 0 && len(r.Orders) == 0 && len(r.Txs) == 0 }

// Recovery lists what is unfinished in the file.
func (l *Ledger) Recovery(ctx context.Context) (*Recovery, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil, ErrClosed
	}
	return ReadRecovery(ctx, l.db)
}

// ReadRecovery lists what is unfinished in a ledger open in db (see
// ReadOnly).
func ReadRecovery(ctx context.Context, db *sql.DB) (*Recovery, error) {
	intents, err := readIntents(ctx, db, "open")
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: recovery: %w", err)
	}
	fills, err := readFills(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("ledgerdb: recovery: %w", err)
	}
	byPlan := map[uint64][]venues.Fill{}
	for _, f := range fills {
		byPlan[f.PlanID] = append(byPlan[f.PlanID], f.Fill)
	}
	rec := &Recovery{}
	for _, in := range intents {
		rec.Intents = append(rec.Intents, OpenIntent{Intent: in, Fills: byPlan[in.Plan.ID]})
	}
	if rec.Txs, err = readTxs(ctx, db, true); err != nil {
		return nil, fmt.Errorf("ledgerdb: recovery: %w", err)
	}
	if rec.Orders, err = openOrders(ctx, db); err != nil {
		return nil, fmt.Errorf("ledgerdb: recovery: %w", err)
	}
	return rec, nil
}

func openOrders(ctx context.Context, db *sql.DB) ([]venues.Order, error) {
	rows, err := db.QueryContext(ctx, `SELECT client_id, venue, symbol, exchange_id, side, type, price, qty,
		filled, quote_filled, status, updated FROM orders WHERE open = 1 ORDER BY updated, client_id`)
	if err != nil {
		return nil, fmt.Errorf("read orders: %w", err)
	}
	defer rows.Close()
	var out []venues.Order
	for rows.Next() {
		var o venues.Order
		var side, typ, status, updated string
		var num [4]string
		if err := rows.Scan(&o.ClientID, &o.Venue, &o.Symbol, &o.ExchangeID, &side, &typ,
			&num[0], &num[1], &num[2], &num[3], &status, &updated); err != nil {
			return nil, fmt.Errorf("read orders: %w", err)
		}
		o.Side, o.Type, o.Status = parseSide(side), parseOrderType(typ), parseOrderStatus(status)
		dst := []*decimal.Decimal{&o.Price, &o.Qty, &o.Filled, &o.QuoteFilled}
		for i, d := range dst {
			v, err := parseDec("orders", num[i])
			if err != nil {
				return nil, fmt.Errorf("order %s: %w", o.ClientID, err)
			}
			*d = v
		}
		if o.Updated, err = parseTime(updated); err != nil {
			return nil, fmt.Errorf("order %s: %w", o.ClientID, err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func parseSide(s string) venues.Side {
	for v := venues.Buy; v <= venues.Sell; v++ {
		if v.String() == s {
			return v
		}
	}
	return 0
}

func parseOrderType(s string) venues.OrderType {
	for v := venues.Limit; v <= venues.Market; v++ {
		if v.String() == s {
			return v
		}
	}
	return 0
}

func parseOrderStatus(s string) venues.OrderStatus {
	for v := venues.OrderNew; v <= venues.OrderExpired; v++ {
		if v.String() == s {
			return v
		}
	}
	return 0
}
