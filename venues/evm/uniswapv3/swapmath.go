package uniswapv3

import "github.com/holiman/uint256"

// step is the result of one SwapMath.computeSwapStep.
type step struct {
	sqrtNext, amountIn, amountOut, fee uint256.Int
}

// computeSwapStep mirrors SwapMath.computeSwapStep: swap within one price
// range, from sqrtCur toward sqrtTarget, with `remaining` left to trade
// (input if exactIn, else output) and fee in hundredths of a bip.
func computeSwapStep(s *step, sqrtCur, sqrtTarget, liquidity, remaining *uint256.Int, exactIn bool, feePips uint32) bool {
	zeroForOne := !sqrtCur.Lt(sqrtTarget)
	million := uint256.Int{1_000_000, 0, 0, 0}
	feeInv := uint256.Int{uint64(1_000_000 - feePips), 0, 0, 0}
	if exactIn {
		var lessFee uint256.Int
		if !mulDiv(&lessFee, remaining, &feeInv, &million) {
			return false
		}
		var ok bool
		if zeroForOne {
			ok = amount0Delta(&s.amountIn, sqrtTarget, sqrtCur, liquidity, true)
		} else {
			ok = amount1Delta(&s.amountIn, sqrtCur, sqrtTarget, liquidity, true)
		}
		if !ok {
			return false
		}
		if !lessFee.Lt(&s.amountIn) {
			s.sqrtNext.Set(sqrtTarget)
		} else if !nextSqrtPriceFromInput(&s.sqrtNext, sqrtCur, liquidity, &lessFee, zeroForOne) {
			return false
		}
	} else {
		var ok bool
		if zeroForOne {
			ok = amount1Delta(&s.amountOut, sqrtTarget, sqrtCur, liquidity, false)
		} else {
			ok = amount0Delta(&s.amountOut, sqrtCur, sqrtTarget, liquidity, false)
		}
		if !ok {
			return false
		}
		if !remaining.Lt(&s.amountOut) {
			s.sqrtNext.Set(sqrtTarget)
		} else if !nextSqrtPriceFromOutput(&s.sqrtNext, sqrtCur, liquidity, remaining, zeroForOne) {
			return false
		}
	}

	max := sqrtTarget.Eq(&s.sqrtNext)
	if zeroForOne {
		if !(max && exactIn) && !amount0Delta(&s.amountIn, &s.sqrtNext, sqrtCur, liquidity, true) {
			return false
		}
		if !(max && !exactIn) && !amount1Delta(&s.amountOut, &s.sqrtNext, sqrtCur, liquidity, false) {
			return false
		}
	} else {
		if !(max && exactIn) && !amount1Delta(&s.amountIn, sqrtCur, &s.sqrtNext, liquidity, true) {
			return false
		}
		if !(max && !exactIn) && !amount0Delta(&s.amountOut, sqrtCur, &s.sqrtNext, liquidity, false) {
			return false
		}
	}
	if !exactIn && s.amountOut.Gt(remaining) {
		s.amountOut.Set(remaining)
	}
	if exactIn && !s.sqrtNext.Eq(sqrtTarget) {
		s.fee.Sub(remaining, &s.amountIn)
		return true
	}
	fee := uint256.Int{uint64(feePips), 0, 0, 0}
	return mulDivRoundingUp(&s.fee, &s.amountIn, &fee, &feeInv)
}
