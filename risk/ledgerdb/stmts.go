package ledgerdb

import (
	"context"
	"database/sql"
	"fmt"
)

// stmts are the write statements, prepared once.
type stmts struct {
	intent, fill, txInsert, txFind, txFinal, txSent, settle, order, snapshot *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*stmts, error) {
	s := &stmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&s.intent, `INSERT INTO intents (plan_id, kind, token, market, market_kind, chain, size, quote_amount, nav,
			market_price, premium_bps, notional_usd, exp_gross_usd, exp_issuer_fee_usd, exp_venue_fee_usd,
			exp_gas_usd, exp_hedge_usd, exp_net_usd, min_net_usd, gas_units, max_fee_gwei, tip_gwei,
			created, deadline, recorded)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.fill, `INSERT INTO fills (time, plan_id, leg, venue, instrument, trade_id, tx_id, log_index, action,
			base, quote, base_delta, quote_delta, fee, fee_asset, fee_usd, maker)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (plan_id, leg, venue, instrument, trade_id) DO NOTHING`},
		{&s.txFind, `SELECT id, status FROM txs WHERE chain = ? AND hash = ?`},
		{&s.txInsert, `INSERT INTO txs (chain, hash, plan_id, nonce, status, block, gas_used, gas_native,
			native_asset, gas_usd, reason, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.txFinal, `UPDATE txs SET plan_id = ?, nonce = ?, status = ?, block = ?, gas_used = ?, gas_native = ?,
			native_asset = ?, gas_usd = ?, reason = ?, time = ? WHERE id = ? AND status = 'pending'`},
		{&s.txSent, `INSERT INTO txs (chain, hash, plan_id, nonce, status, sent) VALUES (?, ?, ?, ?, 'pending', ?)
			ON CONFLICT (chain, hash) DO NOTHING`},
		{&s.settle, `UPDATE intents SET status = ? WHERE plan_id = ? AND status = 'open'`},
		{&s.order, `INSERT INTO orders (client_id, venue, symbol, exchange_id, side, type, price, qty, filled,
			quote_filled, status, open, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (client_id) DO UPDATE SET exchange_id = excluded.exchange_id, price = excluded.price,
			qty = excluded.qty, filled = excluded.filled, quote_filled = excluded.quote_filled,
			status = excluded.status, open = excluded.open, updated = excluded.updated
			WHERE excluded.updated >= orders.updated`},
		{&s.snapshot, `INSERT INTO balance_snapshots (time, kind, venue, asset, amount) VALUES (?, ?, ?, ?, ?)`},
	} {
		st, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			s.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = st
	}
	return s, nil
}

func (s *stmts) close() {
	for _, st := range []*sql.Stmt{s.intent, s.fill, s.txInsert, s.txFind, s.txFinal, s.txSent, s.settle, s.order, s.snapshot} {
		if st != nil {
			st.Close()
		}
	}
}
