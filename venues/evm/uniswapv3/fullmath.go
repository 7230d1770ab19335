package uniswapv3

import "github.com/holiman/uint256"

// The helpers below mirror FullMath and UnsafeMath. Each returns ok=false
// where the contract would revert.

// mulDiv sets z = floor(a*b/d) with a 512-bit product (FullMath.mulDiv).
func mulDiv(z, a, b, d *uint256.Int) bool {
	if d.IsZero() {
		return false
	}
	var p uint256.Int
	if _, o := p.MulOverflow(a, b); !o { // the common case: a 256-bit product
		z.Div(&p, d)
		return true
	}
	_, overflow := z.MulDivOverflow(a, b, d)
	return !overflow
}

// mulDivRoundingUp sets z = ceil(a*b/d) (FullMath.mulDivRoundingUp).
func mulDivRoundingUp(z, a, b, d *uint256.Int) bool {
	if d.IsZero() {
		return false
	}
	var p uint256.Int
	if _, o := p.MulOverflow(a, b); !o {
		var r uint256.Int
		z.DivMod(&p, d, &r)
		if !r.IsZero() {
			z.AddUint64(z, 1) // cannot wrap: p/d < 2^256-1 when r > 0
		}
		return true
	}
	var q uint256.Int
	if !mulDiv(&q, a, b, d) {
		return false
	}
	// a*b = q*d + r with r < d, so r = (a*b - q*d) mod 2^256.
	var lo, qd uint256.Int
	lo.Mul(a, b)
	qd.Mul(&q, d)
	if !lo.Eq(&qd) {
		if q.Eq(maxUint256()) {
			return false
		}
		q.AddUint64(&q, 1)
	}
	z.Set(&q)
	return true
}

// divRoundingUp sets z = ceil(x/y) (UnsafeMath.divRoundingUp; y > 0).
func divRoundingUp(z, x, y *uint256.Int) {
	var r uint256.Int
	z.DivMod(x, y, &r)
	if !r.IsZero() {
		z.AddUint64(z, 1)
	}
}

func maxUint256() *uint256.Int {
	return &uint256.Int{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
}

// fitsUint160 reports whether x < 2^160.
func fitsUint160(x *uint256.Int) bool {
	return x[3] == 0 && x[2] <= 0xffffffff
}

// fitsUint128 reports whether x < 2^128.
func fitsUint128(x *uint256.Int) bool {
	return x[3] == 0 && x[2] == 0
}
