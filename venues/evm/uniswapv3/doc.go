// Package uniswapv3 keeps a Uniswap V3 pool's swap state current from the
// chain and quotes it exactly as the pool computes.
//
// NewPool reads slot0, the in-range liquidity, fee, tick spacing, tokens
// and every initialized tick (tick bitmap and liquidity) at one block, in a
// few eth_calls of the project's UniswapV3PoolLens run as creation code (no
// deployment). After that the pool is event-driven: it is an
// evm.LogConsumer fed one canonical block at a time with its Initialize,
// Mint, Burn and Swap logs, keeping an undo log per block so that Revert
// rolls back to a reorg's common ancestor. It never polls.
//
// QuoteExactIn and QuoteExactOut run UniswapV3Pool.swap's loop in Go on
// uint256: TickMath, SqrtPriceMath, SwapMath and the tick bitmap's
// one-word search, reproduced bit for bit from the published v3-core
// libraries, so results equal QuoterV2's to the wei. PoolUpdate gives the
// strategy the float view; SwapCalldata builds the pool's swap call.
package uniswapv3
