package uniswapv3

import "errors"

// Errors of quoting and block handling.
var (
	// ErrMath is arithmetic the pool contract would revert on.
	ErrMath = errors.New("uniswapv3: math revert")
	// ErrPriceLimit is a sqrt price limit on the wrong side of the current
	// price or outside the tick range (the pool's "SPL").
	ErrPriceLimit = errors.New("uniswapv3: invalid sqrt price limit")
	// ErrAmount is a zero amount, or one that does not fit an int256.
	ErrAmount = errors.New("uniswapv3: invalid amount")
	// ErrNoLiquidity is a swap that moves nothing (QuoterV2 reverts on it).
	ErrNoLiquidity = errors.New("uniswapv3: no liquidity to swap against")
	// ErrInsufficientLiquidity is an exact-output quote without a price limit
	// that the pool cannot fill completely (QuoterV2 reverts on it).
	ErrInsufficientLiquidity = errors.New("uniswapv3: insufficient liquidity for the output")
	// ErrNotInitialized is a pool whose price is not set yet.
	ErrNotInitialized = errors.New("uniswapv3: pool not initialized")
	// ErrReorgTooDeep is a Revert to a block older than the kept history:
	// the pool must be rebuilt with NewPool.
	ErrReorgTooDeep = errors.New("uniswapv3: reorg deeper than the kept history")
	// ErrBlockOrder is a block that does not extend the pool's current block.
	ErrBlockOrder = errors.New("uniswapv3: block out of order")
)
