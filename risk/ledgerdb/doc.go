// Package ledgerdb keeps navarb's ledger in a SQLite file (the pure-Go
// modernc.org/sqlite driver, no cgo), so that a restart loses nothing.
//
// Ledger wraps the exact in-memory risk.Ledger: balances stay in memory, and
// every record (intent, fill, receipt, order, sent transaction, balance
// snapshot) is written through to SQLite in one transaction before the call
// returns. The file runs in WAL mode with synchronous=FULL, a busy timeout
// and foreign keys on; amounts are exact decimal TEXT, never REAL.
//
// The engine's Ledger interface has no error return, so a failed write is
// latched: Err returns the first error from then on, OnError is called once
// (cmd trips the risk gate's kill switch with it), and RecordIntent refuses
// every later intent, which the engine sees through strategy.LedgerHealth
// and does not send. Fills and receipts after a failure are still applied
// in memory (the money did move) and still written if the database lets us.
//
// The schema is versioned by numbered migrations (schema_migrations);
// applying them again is a no-op and a file written by a newer navarb is
// refused with ErrSchemaTooNew. A fill has a unique key (plan, leg, venue,
// instrument, trade id: the same key as risk.Ledger's) and a transaction is
// unique on (chain, hash), so recording either twice is a no-op.
//
// Recovery: Open rebuilds the balances from the starting snapshot plus every
// fill and every transaction's gas; Recovery lists what cmd must reconcile
// with the venues before trading (open intents with their fills so far,
// transactions sent without a receipt, open orders), and RecordSnapshot keeps
// the balances a venue reported. Summarize computes PnL by day, token and
// loop kind from the file alone.
package ledgerdb
