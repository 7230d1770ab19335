// Package matching is a pure price-time priority matching engine for one
// symbol's central limit order book. It has no I/O and no clock: every
// mutating call takes `now`.
//
// An Engine supports LIMIT (good till cancelled), LIMIT_MAKER (post-only,
// rejected with venues.ErrRejected if it would cross), IOC and MARKET orders,
// partial fills, and Binance's symbol filters (PRICE_FILTER, LOT_SIZE,
// NOTIONAL). Trades execute at the resting (maker) order's price. All
// arithmetic is exact (shopspring/decimal).
//
// An Engine is not safe for concurrent use; the caller locks.
package matching
