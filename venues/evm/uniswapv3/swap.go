package uniswapv3

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Quote is the outcome of a simulated swap, as the pool would execute it.
type Quote struct {
	// AmountIn is the input the pool takes, fee included.
	AmountIn uint256.Int
	// AmountOut is the output the pool pays.
	AmountOut uint256.Int
	// SqrtPriceX96After, TickAfter and LiquidityAfter are the pool's
	// slot0 price, tick and in-range liquidity after the swap.
	SqrtPriceX96After uint256.Int
	TickAfter         int32
	LiquidityAfter    uint256.Int
	// TicksCrossed counts the initialized ticks the swap crossed.
	TicksCrossed int
}

// QuoteExactIn simulates swapping amountIn of token0 for token1
// (zeroForOne) or the reverse, as UniswapV3Pool.swap with a positive
// amountSpecified and QuoterV2.quoteExactInputSingle do. sqrtPriceLimitX96
// nil or zero means no limit. If the limit (or the end of all liquidity) is
// reached first, the quote is partial: AmountIn < amountIn, as the pool
// would execute it.
func (p *Pool) QuoteExactIn(zeroForOne bool, amountIn, sqrtPriceLimitX96 *uint256.Int) (Quote, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.simulate(zeroForOne, amountIn, true, sqrtPriceLimitX96)
}

// QuoteExactOut simulates receiving amountOut of the output token, as the
// pool's swap with a negative amountSpecified and
// QuoterV2.quoteExactOutputSingle do. Without a price limit an output the
// pool cannot fully pay fails with ErrInsufficientLiquidity (QuoterV2
// reverts); with one the quote may be partial.
func (p *Pool) QuoteExactOut(zeroForOne bool, amountOut, sqrtPriceLimitX96 *uint256.Int) (Quote, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.simulate(zeroForOne, amountOut, false, sqrtPriceLimitX96)
}

// simulate runs UniswapV3Pool.swap's loop on the current state (the caller
// holds the read lock).
func (p *Pool) simulate(zeroForOne bool, amount *uint256.Int, exactIn bool, limitArg *uint256.Int) (Quote, error) {
	var q Quote
	cur := &p.cur
	if cur.sqrtPrice.IsZero() {
		return q, ErrNotInitialized
	}
	if amount.IsZero() || amount[3] >= 1<<63 {
		return q, ErrAmount
	}
	minR, maxR := MinSqrtRatio(), MaxSqrtRatio()
	explicit := limitArg != nil && !limitArg.IsZero()
	var limit uint256.Int
	switch {
	case explicit:
		limit.Set(limitArg)
	case zeroForOne:
		limit.AddUint64(&minR, 1)
	default:
		limit.SubUint64(&maxR, 1)
	}
	if zeroForOne {
		if !limit.Lt(&cur.sqrtPrice) || !limit.Gt(&minR) {
			return q, ErrPriceLimit
		}
	} else if !limit.Gt(&cur.sqrtPrice) || !limit.Lt(&maxR) {
		return q, ErrPriceLimit
	}

	sqrtP := cur.sqrtPrice
	tick := cur.tick
	liq := cur.liquidity
	remaining := *amount
	var st step
	var sqrtNext, inStep uint256.Int
	for !remaining.IsZero() && !sqrtP.Eq(&limit) {
		start := sqrtP
		next, initialized, idx := p.ticks.nextInitializedTickWithinOneWord(tick, p.spacing, zeroForOne)
		next = max(MinTick, min(MaxTick, next))
		if initialized {
			sqrtNext = p.ticks[idx].sqrt
		} else {
			sqrtRatioAtTick(next, &sqrtNext)
		}
		target := &sqrtNext
		if zeroForOne && sqrtNext.Lt(&limit) || !zeroForOne && sqrtNext.Gt(&limit) {
			target = &limit
		}
		if !computeSwapStep(&st, &sqrtP, target, &liq, &remaining, exactIn, p.fee) {
			return q, fmt.Errorf("uniswapv3: pool %s: swap step at tick %d: %w", p.addr, tick, ErrMath)
		}
		sqrtP = st.sqrtNext
		inStep.Add(&st.amountIn, &st.fee)
		q.AmountIn.Add(&q.AmountIn, &inStep)
		q.AmountOut.Add(&q.AmountOut, &st.amountOut)
		used := &st.amountOut
		if exactIn {
			used = &inStep
		}
		if remaining.Lt(used) {
			return q, fmt.Errorf("uniswapv3: pool %s: swap overshoots the amount: %w", p.addr, ErrMath)
		}
		remaining.Sub(&remaining, used)

		if sqrtP.Eq(&sqrtNext) {
			if initialized {
				t := &p.ticks[idx]
				neg := t.netNeg != zeroForOne // moving left subtracts liquidityNet
				if t.net.IsZero() {
					neg = false
				}
				if !addDelta(&liq, &liq, &t.net, neg) {
					return q, fmt.Errorf("uniswapv3: pool %s: crossing tick %d: %w", p.addr, next, ErrMath)
				}
				q.TicksCrossed++
			}
			if zeroForOne {
				tick = next - 1
			} else {
				tick = next
			}
		} else if !sqrtP.Eq(&start) {
			tick = tickAtSqrtRatio(&sqrtP)
		}
	}
	q.SqrtPriceX96After = sqrtP
	q.TickAfter = tick
	q.LiquidityAfter = liq
	if q.AmountIn.IsZero() {
		return q, ErrNoLiquidity
	}
	if !exactIn && !explicit && !q.AmountOut.Eq(amount) {
		return q, ErrInsufficientLiquidity
	}
	return q, nil
}
