// Package mm holds navarb's pure market-making decisions for a token's order
// book, quoted around its fair value like an authorized participant:
//
//   - Ladder builds two-sided post-only quote ladders (levels, size per level,
//     spacing in bps) around a reservation price. The half-spread is a base
//     plus a volatility term k x sigma x sqrt(horizon), floored at the minimum
//     profitable half-spread after maker fees; prices are rounded outward to
//     the tick (bids down, asks up) and sizes down to the lot.
//   - Reservation skews the centre by inventory, linearly (bps per token) or
//     in the style of Avellaneda and Stoikov (r = s - q gamma sigma^2 (T-t)).
//     The side that grows |inventory| is shrunk, and no side is quoted beyond
//     the hard inventory cap: filling every quote on one side cannot take the
//     inventory past it.
//   - Reconcile turns resting quotes and the desired ladder into the minimal
//     set of cancels and places (a quote is refreshed only if its price moved
//     more than a tolerance or it aged past a maximum) within an action
//     budget; CancelAllReason says when every order must go (stale data,
//     disconnect, kill switch, shutdown, start-up).
//   - SidePlan gives the risk gate a venues.Quote plan and the worst-case
//     inventory change of one ladder side; TrimSide cuts a side to the
//     notional the gate approved.
//   - DecideFlatten decides, when inventory passes its band, between minting or
//     redeeming at NAV and hedging the underlying (spot or USD-M perp, sized
//     leverage x notional), whichever is cheaper, and when to unwind a hedge.
//
// Everything is float64 on the hot path, does no I/O, starts no goroutines and
// reads no clock: time enters as now. Ladder and Reconcile append into
// caller-provided buffers and do not allocate.
package mm
