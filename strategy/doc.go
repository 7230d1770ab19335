// Package strategy is navarb's event loop: the single owner of strategy
// state. Venue events come in, the snapshot is updated, the pure decision
// functions (strategy/arb) propose plans, the risk gate approves, shrinks or
// denies them, and approved plans go to an Executor. Receipts and fills come
// back as events and are booked before the loop moves on.
//
// Handle applies one event and decides; a replay (strategy/backtest)
// applies every event of one timestamp with Apply and then calls Decide
// once. A token is decided again only when a decision input (NAV, fees, its
// pool or book, gas) changed or its last decision found a plan; data only
// the risk gate reads may arrive late through ApplyAt while Pending is
// false. With Options.Funds the engine never sends a loop the account cannot
// pay for.
//
// A token with TokenSpec.MM is also market-made on its own order book
// (strategy/mm decides): on every change of its inputs the engine prices
// the fair value (component NAV from the underlying's mid) and its
// volatility, builds the ladder, has the risk gate approve each side, and
// reconciles its quotes within the action budget through an OrderRouter
// that never blocks the loop. Quotes are tracked from the venue's order
// updates and fills, and every one that could still fill counts against the
// inventory cap until the venue reports it gone. Stale data, a disconnect,
// the kill switch, shutdown and start-up cancel every quote with one
// cancel-all; inventory past its band is flattened by a mint or redeem
// (plans sent to the Executor) or a hedge on an OrderRouter. MMResults
// attributes the result (spread, inventory, fees, hedge cost).
//
// The engine does not know which mode it runs in: live, paper, sim and
// backtest differ only in the executor, the clock and where events come from,
// all wired in cmd.
package strategy
