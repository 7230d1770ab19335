package ledgerdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/venues"
)

// ErrClosed: a record after Close.
var ErrClosed = errors.New("ledgerdb: closed")

// Ledger is the durable ledger: risk.Ledger's exact balances in memory,
// every record committed to SQLite before the call returns. It is safe for
// concurrent use.
type Ledger struct {
	mu       sync.Mutex
	db       *sql.DB
	st       *stmts
	mem      *risk.Ledger
	fresh    bool
	lastPlan uint64
	err      error
	closed   bool
	onError  func(error)
	log      zerolog.Logger
}

// Err returns the first write error, or nil (strategy.LedgerHealth).
func (l *Ledger) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

// fail latches the first error and reports it once. Caller holds l.mu.
func (l *Ledger) fail(err error) {
	l.log.Error().Err(err).Msg("ledger write failed")
	if l.err != nil {
		return
	}
	l.err = err
	if l.onError != nil {
		l.onError(err)
	}
}

// write runs fn in one transaction and commits it. Caller holds l.mu.
func (l *Ledger) write(fn func(ctx context.Context, tx *sql.Tx) error) error {
	if l.closed {
		return ErrClosed
	}
	ctx := context.Background()
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(ctx, tx); err != nil {
		tx.Rollback() //nolint:errcheck // the write error is the one to report
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// RecordIntent commits the plan before returning. After a write error it
// records nothing: the engine, seeing Err, does not send the plan.
func (l *Ledger) RecordIntent(p *venues.Plan, now time.Time) {
	if p == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err != nil {
		return
	}
	err := l.write(func(ctx context.Context, tx *sql.Tx) error {
		return insertIntent(ctx, tx.StmtContext(ctx, l.st.intent), p, now)
	})
	if err != nil {
		l.fail(fmt.Errorf("ledgerdb: record intent of plan %d: %w", p.ID, err))
		return
	}
	l.lastPlan = max(l.lastPlan, p.ID)
	l.mem.RecordIntent(p, now)
}

func insertIntent(ctx context.Context, st *sql.Stmt, p *venues.Plan, now time.Time) error {
	e := p.Expected
	_, err := st.ExecContext(ctx, int64(p.ID), p.Kind.String(), p.Token, p.Market, int(p.MarketKind), p.Chain,
		flt(p.Size), flt(p.QuoteAmount), flt(p.NAV), flt(p.MarketPrice), flt(p.PremiumBps), flt(p.NotionalUSD),
		flt(e.GrossUSD), flt(e.IssuerFeeUSD), flt(e.VenueFeeUSD), flt(e.GasUSD), flt(e.HedgeUSD), flt(e.NetUSD),
		flt(p.MinNetUSD), int64(p.GasUnits), flt(p.MaxFeeGwei), flt(p.TipGwei),
		fmtTime(p.Created), fmtTime(p.Deadline), fmtTime(now))
	return err
}

// RecordFill commits the fill (a no-op if its key is already recorded) and
// applies it in memory.
func (l *Ledger) RecordFill(f *venues.Fill) {
	if f == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.write(func(ctx context.Context, tx *sql.Tx) error {
		return insertFill(ctx, tx.StmtContext(ctx, l.st.fill), f, nil, nil)
	})
	if err != nil {
		l.fail(fmt.Errorf("ledgerdb: record fill plan %d leg %d at %s: %w", f.PlanID, f.Leg, f.Venue, err))
	}
	l.lastPlan = max(l.lastPlan, f.PlanID)
	l.mem.RecordFill(f)
}

func insertFill(ctx context.Context, st *sql.Stmt, f *venues.Fill, txID, logIndex *int64) error {
	_, err := st.ExecContext(ctx, fmtTime(f.Time), int64(f.PlanID), f.Leg, f.Venue, f.Instrument, f.TradeID,
		txID, logIndex, f.Action.String(), f.Base, f.Quote, dec(f.BaseDelta), dec(f.QuoteDelta),
		dec(f.Fee), f.FeeAsset, dec(f.FeeUSD), boolInt(f.Maker))
	return err
}

// RecordReceipt commits the transaction's outcome, its gas and its fills,
// and settles its intent, in one transaction; then applies it in memory. A
// receipt for a transaction already final is a no-op.
func (l *Ledger) RecordReceipt(r *venues.TxReceipt) {
	if r == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.write(func(ctx context.Context, tx *sql.Tx) error { return l.insertReceipt(ctx, tx, r) })
	if err != nil {
		l.fail(fmt.Errorf("ledgerdb: record receipt %s on %s for plan %d: %w", r.TxHash, r.Chain, r.PlanID, err))
	}
	l.lastPlan = max(l.lastPlan, r.PlanID)
	l.mem.RecordReceipt(r)
}

func (l *Ledger) insertReceipt(ctx context.Context, tx *sql.Tx, r *venues.TxReceipt) error {
	var id int64
	var status string
	err := tx.StmtContext(ctx, l.st.txFind).QueryRowContext(ctx, r.Chain, r.TxHash).Scan(&id, &status)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := tx.StmtContext(ctx, l.st.txInsert).ExecContext(ctx, r.Chain, r.TxHash, int64(r.PlanID),
			int64(r.Nonce), r.Status.String(), int64(r.Block), int64(r.GasUsed), dec(r.GasNative), r.NativeAsset,
			dec(r.GasUSD), r.Reason, fmtTime(r.Time))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
	case err != nil:
		return err
	case status != "pending":
		return nil // already final: a duplicate
	default:
		if _, err := tx.StmtContext(ctx, l.st.txFinal).ExecContext(ctx, int64(r.PlanID), int64(r.Nonce),
			r.Status.String(), int64(r.Block), int64(r.GasUsed), dec(r.GasNative), r.NativeAsset, dec(r.GasUSD),
			r.Reason, fmtTime(r.Time), id); err != nil {
			return err
		}
	}
	fst := tx.StmtContext(ctx, l.st.fill)
	for i := range r.Fills {
		f := r.Fills[i]
		if f.PlanID == 0 {
			f.PlanID = r.PlanID
		}
		idx := int64(i)
		if err := insertFill(ctx, fst, &f, &id, &idx); err != nil {
			return err
		}
	}
	outcome := "settled"
	if r.Status != venues.TxSuccess {
		outcome = "failed"
	}
	_, err = tx.StmtContext(ctx, l.st.settle).ExecContext(ctx, outcome, int64(r.PlanID))
	return err
}

// RecordTxSent records a transaction as pending before (or as) it is
// broadcast, so that a restart knows its nonce and hash. Recording it again
// is a no-op; its receipt makes it final.
func (l *Ledger) RecordTxSent(planID uint64, chain, hash string, nonce uint64, now time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.write(func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.StmtContext(ctx, l.st.txSent).ExecContext(ctx, chain, hash, int64(planID), int64(nonce), fmtTime(now))
		return err
	})
	if err != nil {
		err = fmt.Errorf("ledgerdb: record sent tx %s on %s: %w", hash, chain, err)
		l.fail(err)
	}
	return err
}

// RecordOrder records an order's latest state; an update older than the
// one recorded is ignored.
func (l *Ledger) RecordOrder(u *venues.OrderUpdate) error {
	if u == nil {
		return nil
	}
	o := &u.Order
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.write(func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.StmtContext(ctx, l.st.order).ExecContext(ctx, o.ClientID, o.Venue, o.Symbol, o.ExchangeID,
			o.Side.String(), o.Type.String(), dec(o.Price), dec(o.Qty), dec(o.Filled), dec(o.QuoteFilled),
			o.Status.String(), boolInt(o.Status.Open()), fmtTime(o.Updated))
		return err
	})
	if err != nil {
		err = fmt.Errorf("ledgerdb: record order %s at %s: %w", o.ClientID, o.Venue, err)
		l.fail(err)
	}
	return err
}

// RecordSnapshot records balances a venue reported (reconciliation); they
// do not move the ledger's balances.
func (l *Ledger) RecordSnapshot(venue string, balances map[string]decimal.Decimal, now time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.write(func(ctx context.Context, tx *sql.Tx) error {
		return insertSnapshot(ctx, tx.StmtContext(ctx, l.st.snapshot), "observed", venue, balances, now)
	})
	if err != nil {
		err = fmt.Errorf("ledgerdb: record %s balances: %w", venue, err)
		l.fail(err)
	}
	return err
}

func insertSnapshot(ctx context.Context, st *sql.Stmt, kind, venue string, balances map[string]decimal.Decimal, now time.Time) error {
	for _, a := range sortedKeys(balances) {
		if _, err := st.ExecContext(ctx, fmtTime(now), kind, venue, a, dec(balances[a])); err != nil {
			return err
		}
	}
	return nil
}

// SettleIntent marks an open intent settled, failed or unwound (recovery).
func (l *Ledger) SettleIntent(planID uint64, status string) error {
	switch status {
	case "settled", "failed", "unwound":
	default:
		return fmt.Errorf("ledgerdb: settle plan %d: unknown status %q", planID, status)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.write(func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.StmtContext(ctx, l.st.settle).ExecContext(ctx, status, int64(planID))
		return err
	})
	if err != nil {
		err = fmt.Errorf("ledgerdb: settle plan %d: %w", planID, err)
		l.fail(err)
	}
	return err
}

// Balance returns an asset's balance (strategy.Funds).
func (l *Ledger) Balance(asset string) decimal.Decimal { return l.mem.Balance(asset) }

// Balances returns a copy of all balances.
func (l *Ledger) Balances() map[string]decimal.Decimal { return l.mem.Balances() }

// Memory is the in-memory ledger (journal, duplicates, valuation).
func (l *Ledger) Memory() *risk.Ledger { return l.mem }

// Fresh reports whether Open wrote the start snapshot (a new ledger).
func (l *Ledger) Fresh() bool { return l.fresh }

// LastPlanID is the highest plan id recorded (strategy.Options.LastPlanID).
func (l *Ledger) LastPlanID() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lastPlan
}

// DB is the underlying database, for reports and recovery queries.
func (l *Ledger) DB() *sql.DB { return l.db }

// Close closes the file; later records fail (and latch ErrClosed).
func (l *Ledger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	l.st.close()
	return l.db.Close()
}
