// Package uniswapv2 keeps a Uniswap V2 pair's reserves current from the
// chain and quotes it exactly as the contracts compute.
//
// NewPool reads token0, token1, their decimals and getReserves at one block;
// after that the pool is event-driven: it is an evm.LogConsumer that the
// block watcher feeds one canonical block at a time (Sync logs carry the
// reserves after every mint, burn and swap), and that rolls back to a
// common ancestor on a reorg from the history it keeps. It never polls.
//
// Quotes are exact integer arithmetic on uint256 (UniswapV2Library's
// getAmountOut and getAmountIn, the largest output the pair's constant
// product check accepts and the smallest input that buys an output), with
// no allocation. PoolUpdate gives the strategy the float view
// (venues.PoolUpdate), and SwapCalldata builds the pair's swap call.
package uniswapv2
