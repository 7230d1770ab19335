// Package backtest replays recorded or generated market events through
// navarb's engine: the same decision functions, risk gate, ledger and
// accounts as a live run, with a simulated clock, a per-venue latency and a
// simulated venue in which our trades move the pools.
//
// The recorded format (FORMAT.md) is JSON Lines, optionally gzip'd. Decode
// reads it once into a compact Stream of pre-resolved events (names turned
// into table indices, decimals parsed, book diffs applied) that any number
// of runs may share read-only: Run replays our strategy, RunReference the
// zero-latency reference arbitrageur behind the capture ratio, and Sweep
// runs many parameter points across cores.
//
// A replay applies every event of one timestamp to the simulated venue and
// the engine, then asks the engine to decide once (strategy.Engine.Decide).
// Recorded swaps are re-executed by their input amount against the pool's
// current state, so our trades move the pool and later flow trades against
// it; mint and redeem pay the recorded issuer NAV and fees; gas is priced
// from the recorded fee market as live. Balances are exact, and at the end
// the ledger is reconciled with the venue to the smallest unit.
//
// The Recorder and Writer write the format; the simulated market
// (venues/sim) and the scenario generator (scripts/genscenarios) use them.
package backtest
