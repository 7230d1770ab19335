package ledgerdb

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// startSnapshot reads the 'start' balances; fresh if there are none.
func (l *Ledger) startSnapshot(ctx context.Context) (map[string]decimal.Decimal, bool, error) {
	return readStart(ctx, l.db)
}

func readStart(ctx context.Context, db *sql.DB) (map[string]decimal.Decimal, bool, error) {
	rows, err := db.QueryContext(ctx, `SELECT asset, amount FROM balance_snapshots WHERE kind = 'start' ORDER BY id`)
	if err != nil {
		return nil, false, fmt.Errorf("read start snapshot: %w", err)
	}
	defer rows.Close()
	start := map[string]decimal.Decimal{}
	n := 0
	for rows.Next() {
		var asset, amount string
		if err := rows.Scan(&asset, &amount); err != nil {
			return nil, false, fmt.Errorf("read start snapshot: %w", err)
		}
		d, err := parseDec("balance_snapshots.amount", amount)
		if err != nil {
			return nil, false, fmt.Errorf("start snapshot %s: %w", asset, err)
		}
		n++
		if asset == "" {
			continue // the marker of an empty start (see writeStart)
		}
		start[asset] = start[asset].Add(d)
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("read start snapshot: %w", err)
	}
	if n == 0 {
		var total int
		if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM fills) + (SELECT count(*) FROM txs) + (SELECT count(*) FROM intents)`).Scan(&total); err != nil {
			return nil, false, fmt.Errorf("read start snapshot: %w", err)
		}
		if total > 0 {
			return nil, false, fmt.Errorf("%w: records but no start snapshot", ErrNotLedger)
		}
	}
	return start, n == 0, nil
}

// writeStart writes the start snapshot: every asset, zeros included, and
// an empty start as one row with no asset, so that it is still a start.
func (l *Ledger) writeStart(ctx context.Context, initial map[string]decimal.Decimal, venue string, now time.Time) error {
	if len(initial) == 0 {
		initial = map[string]decimal.Decimal{"": decimal.Zero}
	}
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("start snapshot: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	if err := insertSnapshot(ctx, tx.StmtContext(ctx, l.st.snapshot), "start", venue, initial, now); err != nil {
		return fmt.Errorf("start snapshot: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("start snapshot: commit: %w", err)
	}
	return nil
}

// rebuild replays the file into the (fresh) in-memory ledger: intents,
// then receipts (with the fills recorded under them) and standalone fills
// in time order. Balances are sums, so they come out exact whatever the
// order.
func (l *Ledger) rebuild(ctx context.Context) error {
	intents, err := readIntents(ctx, l.db, "")
	if err != nil {
		return err
	}
	for _, in := range intents {
		l.mem.RecordIntent(&in.Plan, in.Recorded)
		l.lastPlan = max(l.lastPlan, in.Plan.ID)
	}
	fills, err := readFills(ctx, l.db)
	if err != nil {
		return err
	}
	txs, err := readTxs(ctx, l.db, false)
	if err != nil {
		return err
	}
	byTx := map[int64][]venues.Fill{}
	type item struct {
		t    time.Time
		fill *venues.Fill
		rc   *venues.TxReceipt
	}
	var items []item
	for i := range fills {
		f := &fills[i]
		l.lastPlan = max(l.lastPlan, f.PlanID)
		if f.txID != 0 {
			byTx[f.txID] = append(byTx[f.txID], f.Fill)
			continue
		}
		items = append(items, item{t: f.Time, fill: &f.Fill})
	}
	for i := range txs {
		t := &txs[i]
		l.lastPlan = max(l.lastPlan, t.PlanID)
		t.Fills = byTx[t.id]
		items = append(items, item{t: t.Time, rc: &t.TxReceipt})
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.t.Compare(b.t) })
	for _, it := range items {
		if it.rc != nil {
			l.mem.RecordReceipt(it.rc)
		} else {
			l.mem.RecordFill(it.fill)
		}
	}
	return nil
}

type fillRow struct {
	venues.Fill
	txID int64
}

func readFills(ctx context.Context, db *sql.DB) ([]fillRow, error) {
	rows, err := db.QueryContext(ctx, `SELECT time, plan_id, leg, venue, instrument, trade_id, coalesce(tx_id, 0),
		action, base, quote, base_delta, quote_delta, fee, fee_asset, fee_usd, maker FROM fills ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read fills: %w", err)
	}
	defer rows.Close()
	var out []fillRow
	for rows.Next() {
		var r fillRow
		var ts, action, bd, qd, fee, feeUSD string
		var plan int64
		var maker int
		if err := rows.Scan(&ts, &plan, &r.Leg, &r.Venue, &r.Instrument, &r.TradeID, &r.txID, &action,
			&r.Base, &r.Quote, &bd, &qd, &fee, &r.FeeAsset, &feeUSD, &maker); err != nil {
			return nil, fmt.Errorf("read fills: %w", err)
		}
		r.PlanID, r.Maker, r.Action = uint64(plan), maker != 0, parseAction(action)
		var errs [5]error
		r.Time, errs[0] = parseTime(ts)
		r.BaseDelta, errs[1] = parseDec("fills.base_delta", bd)
		r.QuoteDelta, errs[2] = parseDec("fills.quote_delta", qd)
		r.Fee, errs[3] = parseDec("fills.fee", fee)
		r.FeeUSD, errs[4] = parseDec("fills.fee_usd", feeUSD)
		for _, err := range errs {
			if err != nil {
				return nil, fmt.Errorf("read fill of plan %d leg %d: %w", plan, r.Leg, err)
			}
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read fills: %w", err)
	}
	return out, nil
}

func parseAction(s string) venues.Action {
	for a := venues.ActionMint; a <= venues.ActionSell; a++ {
		if a.String() == s {
			return a
		}
	}
	return 0
}

func parseTxStatus(s string) venues.TxStatus {
	for st := venues.TxSuccess; st <= venues.TxDropped; st++ {
		if st.String() == s {
			return st
		}
	}
	return 0
}

// TxRow is a recorded transaction; Sent is when it was recorded as sent
// (zero if only its receipt was recorded). Pending ones have no receipt
// fields.
type TxRow struct {
	venues.TxReceipt
	Sent    time.Time
	Pending bool
	id      int64
}

// readTxs reads final transactions, or pending ones.
func readTxs(ctx context.Context, db *sql.DB, pending bool) ([]TxRow, error) {
	cond := `status != 'pending'`
	if pending {
		cond = `status = 'pending'`
	}
	rows, err := db.QueryContext(ctx, `SELECT id, chain, hash, plan_id, nonce, status, block, gas_used, gas_native,
		native_asset, gas_usd, reason, sent, time FROM txs WHERE `+cond+` ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read txs: %w", err)
	}
	defer rows.Close()
	var out []TxRow
	for rows.Next() {
		var r TxRow
		var plan, nonce, block, gasUsed int64
		var status, gasNative, gasUSD, sent, ts string
		if err := rows.Scan(&r.id, &r.Chain, &r.TxHash, &plan, &nonce, &status, &block, &gasUsed, &gasNative,
			&r.NativeAsset, &gasUSD, &r.Reason, &sent, &ts); err != nil {
			return nil, fmt.Errorf("read txs: %w", err)
		}
		r.PlanID, r.Nonce, r.Block, r.GasUsed = uint64(plan), uint64(nonce), uint64(block), uint64(gasUsed)
		r.Status, r.Pending = parseTxStatus(status), status == "pending"
		var errs [4]error
		r.GasNative, errs[0] = parseDec("txs.gas_native", gasNative)
		r.GasUSD, errs[1] = parseDec("txs.gas_usd", gasUSD)
		r.Sent, errs[2] = parseTime(sent)
		r.Time, errs[3] = parseTime(ts)
		for _, err := range errs {
			if err != nil {
				return nil, fmt.Errorf("read tx %s: %w", r.TxHash, err)
			}
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read txs: %w", err)
	}
	return out, nil
}

// Intent is a recorded plan and its status.
type Intent struct {
	Plan     venues.Plan
	Recorded time.Time
	Status   string
}

func readIntents(ctx context.Context, db *sql.DB, status string) ([]Intent, error) {
	q := `SELECT plan_id, kind, token, market, market_kind, chain, size, quote_amount, nav, market_price,
		premium_bps, notional_usd, exp_gross_usd, exp_issuer_fee_usd, exp_venue_fee_usd, exp_gas_usd,
		exp_hedge_usd, exp_net_usd, min_net_usd, gas_units, max_fee_gwei, tip_gwei, created, deadline,
		recorded, status FROM intents`
	var args []any
	if status != "" {
		q += ` WHERE status = ?`
		args = append(args, status)
	}
	rows, err := db.QueryContext(ctx, q+` ORDER BY plan_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read intents: %w", err)
	}
	defer rows.Close()
	var out []Intent
	for rows.Next() {
		var in Intent
		p := &in.Plan
		var id, gasUnits int64
		var kind, created, deadline, recorded string
		var mk int
		var f [15]string
		if err := rows.Scan(&id, &kind, &p.Token, &p.Market, &mk, &p.Chain, &f[0], &f[1], &f[2], &f[3], &f[4], &f[5],
			&f[6], &f[7], &f[8], &f[9], &f[10], &f[11], &f[12], &gasUnits, &f[13], &f[14],
			&created, &deadline, &recorded, &in.Status); err != nil {
			return nil, fmt.Errorf("read intents: %w", err)
		}
		p.ID, p.GasUnits, p.MarketKind, p.Kind = uint64(id), uint64(gasUnits), venues.MarketKind(mk), parsePlanKind(kind)
		dst := []*float64{&p.Size, &p.QuoteAmount, &p.NAV, &p.MarketPrice, &p.PremiumBps, &p.NotionalUSD,
			&p.Expected.GrossUSD, &p.Expected.IssuerFeeUSD, &p.Expected.VenueFeeUSD, &p.Expected.GasUSD,
			&p.Expected.HedgeUSD, &p.Expected.NetUSD, &p.MinNetUSD, &p.MaxFeeGwei, &p.TipGwei}
		for i, d := range dst {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("read intent of plan %d: %q: %w", id, f[i], err)
			}
			*d = v
		}
		var errs [3]error
		p.Created, errs[0] = parseTime(created)
		p.Deadline, errs[1] = parseTime(deadline)
		in.Recorded, errs[2] = parseTime(recorded)
		for _, err := range errs {
			if err != nil {
				return nil, fmt.Errorf("read intent of plan %d: %w", id, err)
			}
		}
		out = append(out, in)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read intents: %w", err)
	}
	return out, nil
}

func parsePlanKind(s string) venues.PlanKind {
	for k := venues.PlanKind(1); int(k) < venues.NumPlanKinds; k++ {
		if k.String() == s {
			return k
		}
	}
	return 0
}
