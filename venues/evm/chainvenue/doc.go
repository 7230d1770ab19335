// Package chainvenue connects one EVM chain to the strategy engine, for the
// live and paper modes.
//
// Venue follows the chain's heads with an evm.Watcher, keeps each
// configured pool current (uniswapv2 and uniswapv3 log consumers) and, after
// every applied block, emits on one bounded channel:
//
//   - a venues.PoolUpdate per pool (V2: the reserves; V3: the virtual
//     reserves L/sqrtP and L*sqrtP of the current range, since the engine
//     sizes on a constant product). The bound: inside the current tick
//     range a V3 pool is exactly the constant product x*y = L^2 (fee
//     included), so the engine's size and expected profit are exact for a
//     loop that stays in range (a full-range position, as in the tests,
//     never leaves it). A loop that would cross an initialized tick meets
//     other liquidity: the plan's size, and with it the expected profit, is
//     then off in proportion to the liquidity change. The executor does not
//     trust that size for V3: it passes the contract a sqrt price limit
//     where the pool's marginal price meets the issuer's mint cost (or
//     redemption proceeds), so the trade stops exactly at the profitable
//     edge whatever the ticks hold; the plan's size only caps it (less
//     liquidity beyond the range: the cap is loose; more: the loop stops
//     short and the next block closes the rest);
//   - a venues.NAVUpdate (Source issuer) and venues.IssuerUpdate per token,
//     read from its issuer at that block through IssuerSource;
//   - a venues.GasUpdate from the block's base fee, the median tip of
//     eth_feeHistory and a native-asset USD price (a function the wiring
//     supplies: cmd gives it the mid of the chains.<name>.native_usd_book
//     order book when configured and fresh, else the fixed native_usd);
//   - pool updates flagged Stale while the evm.Client is stale (the client
//     itself reports *venues.VenueStatus on the same channel when wired so).
//
// Pool and NAV updates coalesce: the venue emits the latest block's state
// when the engine takes it, never a queue of old blocks.
//
// Executor implements strategy.Executor: it turns an approved MintSell or
// BuyRedeem plan into one call of the NavArbExecutor contract, sized
// exactly (integer units) against the state at the pending block with
// venues/evm/executor's sizing, with minProfit the plan's MinNetUSD plus its
// expected gas converted to quote units. Live, it sends the call through an
// evm.Sender (which simulates it at the pending block first) and waits for
// the receipt; paper, it runs the same calldata with eth_call and
// eth_simulateV1 at the pending block and sends nothing. Either way the
// engine gets a *venues.TxReceipt with exact fills decoded from the
// executor's LoopExecuted event and the issuer's Minted/Redeemed event, and
// the exact gas paid (or, paper, the gas the call would use at the current
// fee market).
//
// Every conversion between the engine's float64 figures and the chain's
// integer units is in units.go, and nowhere else.
//
// Limits: the reference issuer is read with about twenty eth_calls a block
// (no multicall yet); GasUpdate.L1FeeUSD is zero (the executor's receipts
// carry the real L1 fee of OP-stack chains, the decision does not); paper
// trades do not move the chain, so an opportunity that persists is
// "traded" again every block and paper profit overstates what one live
// loop would take.
package chainvenue
