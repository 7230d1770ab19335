// Package risk is the gate between plans and execution, and navarb's exact
// in-memory ledger.
//
// The Gate approves, shrinks or denies each plan with a typed Reason. Rules
// run in a fixed order, cheapest and most fundamental first: kill switch,
// drawdown pause, plan sanity and deadline, stale data, issuer state, NAV
// sanity, NAV disagreement, gas price, rolling gas budgets, and finally the
// notional and inventory caps, which shrink a plan to the remaining headroom
// instead of denying it outright. Check does not allocate.
//
// Gas spending is tracked in a fixed ring of one-minute buckets covering the
// last 24 hours (see gasWindow), so the hourly and daily budgets slide with
// one-minute granularity.
//
// The Ledger journals every intent, fill and receipt in order and keeps exact
// decimal balances; duplicate fills and receipts are ignored and counted.
// Its durable form, a SQLite file with migrations, recovery and PnL
// reports, is the subpackage risk/ledgerdb (the one place under risk/ that
// may import database/sql).
package risk
