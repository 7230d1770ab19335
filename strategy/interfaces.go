package strategy

import (
	"context"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/venues"
)

// Clock tells the engine what time it is (wall clock live, simulated time in
// sim and backtest).
type Clock interface {
	Now() time.Time
}

// Executor carries out approved plans. Submit must not block on the venue:
// results come back later as *venues.TxReceipt or *venues.Fill events.
type Executor interface {
	Submit(ctx context.Context, p venues.Plan) error
}

// Gate is the risk gate between plans and execution (*risk.Gate).
type Gate interface {
	Check(c *risk.Check, now time.Time) risk.Verdict
	Reserve(p *venues.Plan, now time.Time)
	Release(planID uint64, gasSpentUSD float64, now time.Time)
}

// EquityWatcher is told the strategy's equity after every settlement, for
// drawdown and loss limits (*risk.Gate).
type EquityWatcher interface {
	UpdateEquity(equityUSD float64, now time.Time)
}

// Ledger records every intent before it is sent and every receipt and fill
// when it arrives (*risk.Ledger).
type Ledger interface {
	RecordIntent(p *venues.Plan, now time.Time)
	RecordReceipt(r *venues.TxReceipt)
	RecordFill(f *venues.Fill)
}

// LedgerHealth is implemented by a Ledger that can fail to record (a
// database: risk/ledgerdb). Err is the first recording error, latched; while
// it is non-nil the engine submits nothing, because an intent that is not
// durable must never be sent.
type LedgerHealth interface {
	Err() error
}

// Funds tells the engine what it holds (*risk.Ledger), so that it never
// sends a loop it cannot pay for.
type Funds interface {
	Balance(asset string) decimal.Decimal
}

var (
	_ Funds         = (*risk.Ledger)(nil)
	_ Gate          = (*risk.Gate)(nil)
	_ EquityWatcher = (*risk.Gate)(nil)
	_ Ledger        = (*risk.Ledger)(nil)
)
