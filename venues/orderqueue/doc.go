// Package orderqueue runs a blocking order-book venue's calls (the Binance
// connector's REST requests) on a goroutine of their own, so that the
// engine loop that sends them never waits on the network: it implements
// strategy.OrderRouter for any venue with PlaceOrder, CancelOrder and
// CancelAll.
//
// Actions run one at a time in the order sent, except that a cancel-all
// jumps the queue and drops the placements still queued for its symbol
// (each reported REJECTED, so the sender stops counting them). A placement
// the venue refuses is reported as a REJECTED *venues.OrderUpdate on the
// events channel; everything else the venue reports itself (user data
// stream). When Run's context ends, every symbol in Options.Symbols and
// every symbol an order was placed on is cancelled, with a fresh context
// bounded by Options.ShutdownTimeout: a shutdown never leaves quotes
// resting.
package orderqueue
