// Package nav holds navarb's pure NAV and fair-value models for leveraged
// tokens: component NAV from collateral and debt units (Index Coop style, with
// the streaming fee accrued since the last on-chain accrual), leverage and its
// drift between rebalances, the daily-reset model of exchange-style tokens,
// the volatility decay of a continuously rebalanced token, and the
// disagreement measure used to refuse trading when NAV sources differ.
//
// Everything here is float64, does no I/O and does not allocate on the
// per-call functions, so it can run on every market-data event. Time enters
// only as arguments (now, dt); nothing reads a clock.
package nav
