// Package strategy is navarb's event loop: the single owner of strategy
// state. Venue events come in, the snapshot is updated, the pure decision
// functions (strategy/arb) propose plans, the risk gate approves, shrinks or
// denies them, and approved plans go to an Executor. Receipts and fills come
// back as events and are booked before the loop moves on.
//
// The engine does not know which mode it runs in: live, paper, sim and
// backtest differ only in the executor, the clock and where events come from,
// all wired in cmd.
package strategy
