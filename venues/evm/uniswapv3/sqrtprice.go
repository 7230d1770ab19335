package uniswapv3

import "github.com/holiman/uint256"

// The functions below mirror SqrtPriceMath (v3-core 1.0.1) bit for bit,
// with ok=false where the contract reverts. Prices are Q64.96 sqrt prices,
// liquidity is a uint128.

// nextSqrtPriceFromAmount0RoundingUp: the price after adding (or removing)
// amount of token0, rounded up.
func nextSqrtPriceFromAmount0RoundingUp(z, sqrtP, liquidity, amount *uint256.Int, add bool) bool {
	if amount.IsZero() {
		z.Set(sqrtP)
		return true
	}
	var num1, product uint256.Int
	num1.Lsh(liquidity, 96)
	_, overflow := product.MulOverflow(amount, sqrtP)
	if add {
		if !overflow {
			var den uint256.Int
			if _, carry := den.AddOverflow(&num1, &product); !carry {
				if !mulDivRoundingUp(z, &num1, sqrtP, &den) {
					return false
				}
				truncate160(z)
				return true
			}
		}
		// divRoundingUp(num1, num1/sqrtP + amount)
		var den uint256.Int
		den.Div(&num1, sqrtP)
		if _, carry := den.AddOverflow(&den, amount); carry {
			return false
		}
		divRoundingUp(z, &num1, &den)
		truncate160(z)
		return true
	}
	if overflow || !num1.Gt(&product) {
		return false
	}
	var den uint256.Int
	den.Sub(&num1, &product)
	return mulDivRoundingUp(z, &num1, sqrtP, &den) && fitsUint160(z)
}

// nextSqrtPriceFromAmount1RoundingDown: the price after adding (or
// removing) amount of token1, rounded down.
func nextSqrtPriceFromAmount1RoundingDown(z, sqrtP, liquidity, amount *uint256.Int, add bool) bool {
	var q uint256.Int
	q96 := uint256.Int{0, 1 << 32, 0, 0}
	small := fitsUint160(amount)
	if add {
		if small {
			var shifted uint256.Int
			shifted.Lsh(amount, 96)
			q.Div(&shifted, liquidity)
		} else if !mulDiv(&q, amount, &q96, liquidity) {
			return false
		}
		if _, carry := z.AddOverflow(sqrtP, &q); carry {
			return false
		}
		return fitsUint160(z)
	}
	if small {
		var shifted uint256.Int
		shifted.Lsh(amount, 96)
		divRoundingUp(&q, &shifted, liquidity)
	} else if !mulDivRoundingUp(&q, amount, &q96, liquidity) {
		return false
	}
	if !sqrtP.Gt(&q) {
		return false
	}
	z.Sub(sqrtP, &q)
	return true
}

// nextSqrtPriceFromInput: the price after amountIn goes in.
func nextSqrtPriceFromInput(z, sqrtP, liquidity, amountIn *uint256.Int, zeroForOne bool) bool {
	if sqrtP.IsZero() || liquidity.IsZero() {
		return false
	}
	if zeroForOne {
		return nextSqrtPriceFromAmount0RoundingUp(z, sqrtP, liquidity, amountIn, true)
	}
	return nextSqrtPriceFromAmount1RoundingDown(z, sqrtP, liquidity, amountIn, true)
}

// nextSqrtPriceFromOutput: the price after amountOut comes out.
func nextSqrtPriceFromOutput(z, sqrtP, liquidity, amountOut *uint256.Int, zeroForOne bool) bool {
	if sqrtP.IsZero() || liquidity.IsZero() {
		return false
	}
	if zeroForOne {
		return nextSqrtPriceFromAmount1RoundingDown(z, sqrtP, liquidity, amountOut, false)
	}
	return nextSqrtPriceFromAmount0RoundingUp(z, sqrtP, liquidity, amountOut, false)
}

// amount0Delta: token0 between two prices for a liquidity.
func amount0Delta(z, a, b, liquidity *uint256.Int, roundUp bool) bool {
	if a.Gt(b) {
		a, b = b, a
	}
	if a.IsZero() {
		return false
	}
	var num1, num2 uint256.Int
	num1.Lsh(liquidity, 96)
	num2.Sub(b, a)
	if roundUp {
		var t uint256.Int
		if !mulDivRoundingUp(&t, &num1, &num2, b) {
			return false
		}
		divRoundingUp(z, &t, a)
		return true
	}
	if !mulDiv(z, &num1, &num2, b) {
		return false
	}
	z.Div(z, a)
	return true
}

// amount1Delta: token1 between two prices for a liquidity.
func amount1Delta(z, a, b, liquidity *uint256.Int, roundUp bool) bool {
	if a.Gt(b) {
		a, b = b, a
	}
	var diff, p uint256.Int
	diff.Sub(b, a)
	if _, o := p.MulOverflow(liquidity, &diff); !o {
		// Dividing by Q96 is a shift; round up when any low bit is set.
		up := roundUp && (p[0] != 0 || p[1]&0xffffffff != 0)
		z.Rsh(&p, 96)
		if up {
			z.AddUint64(z, 1)
		}
		return true
	}
	q96 := uint256.Int{0, 1 << 32, 0, 0}
	if roundUp {
		return mulDivRoundingUp(z, liquidity, &diff, &q96)
	}
	return mulDiv(z, liquidity, &diff, &q96)
}

// truncate160 keeps the low 160 bits (a uint160 cast).
func truncate160(z *uint256.Int) {
	z[3] = 0
	z[2] &= 0xffffffff
}
