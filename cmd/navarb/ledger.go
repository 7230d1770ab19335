package main

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/strategy"
)

// bookkeeper is the ledger the engine records into and pays from: the
// in-memory risk.Ledger, or the SQLite-backed ledgerdb.Ledger.
type bookkeeper interface {
	strategy.Ledger
	strategy.Funds
	Balances() map[string]decimal.Decimal
}

var (
	_ bookkeeper = (*risk.Ledger)(nil)
	_ bookkeeper = (*ledgerdb.Ledger)(nil)
)

// openSimLedger opens the [ledger] file for a simulated run. The sim starts
// from the configured balances, so the file must be new (or empty). A write
// error trips the gate's kill switch; the engine also stops sending.
func openSimLedger(ctx context.Context, path string, initial map[string]decimal.Decimal, start time.Time, gate *risk.Gate, log zerolog.Logger) (*ledgerdb.Ledger, error) {
	l, err := ledgerdb.Open(ctx, ledgerdb.Options{
		Path: path, Initial: initial, Venue: "sim", Now: start, Log: log,
		OnError: func(err error) { gate.Kill("ledger write failed: " + err.Error()) },
	})
	if err != nil {
		return nil, usageError{fmt.Errorf("ledger.path: %w", err)}
	}
	if !l.Fresh() {
		l.Close()
		return nil, usageError{fmt.Errorf("ledger.path: %s already holds a run; a simulated run starts from the configured balances: give a new file", path)}
	}
	return l, nil
}

// checkLedgerFile proves the file alone accounts for the run: its start
// snapshot is the initial balances and its PnL (every fill's deltas, every
// transaction's gas) is the venue's balance change, to the smallest unit.
func checkLedgerFile(ctx context.Context, l *ledgerdb.Ledger, initial, final map[string]decimal.Decimal) error {
	if err := l.Err(); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	p, err := ledgerdb.Summarize(ctx, l.DB())
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	for asset, v := range final {
		change := v.Sub(initial[asset])
		if !p.Start[asset].Equal(initial[asset]) || !p.Change[asset].Equal(change) {
			return fmt.Errorf("ledger file: %s: start %s change %s, venue started at %s and changed by %s",
				asset, p.Start[asset], p.Change[asset], initial[asset], change)
		}
	}
	for asset, v := range final {
		if o := p.Observed[asset]; !o.Equal(v) {
			return fmt.Errorf("ledger file: %s: observed %s, venue %s", asset, o, v)
		}
	}
	for asset, c := range p.Change {
		if _, ok := final[asset]; !ok && !c.IsZero() {
			return fmt.Errorf("ledger file: %s changed by %s, the venue has none", asset, c)
		}
	}
	return nil
}
