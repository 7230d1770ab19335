package chainvenue

import (
	"math"
	"math/big"

	"github.com/shopspring/decimal"
)

// This file is the only place where the engine's float64 figures and the
// chain's integer units meet. Floats become integers once, rounding toward
// the safe side (sizes down, minimum profits up); integers become exact
// decimals for fills and gas, and floats only for the engine's decisions
// (NAV, fees, gas prices).

// floorUnits is x (token or quote units, e.g. 1.5 USDC) in raw units of a
// token with dec decimals, rounded down; zero for x <= 0, NaN or Inf.
func floorUnits(x float64, dec uint8) *big.Int {
	if !(x > 0) || math.IsInf(x, 0) {
		return new(big.Int)
	}
	return decimal.NewFromFloat(x).Shift(int32(dec)).Floor().BigInt()
}

// ceilUnits is x in raw units rounded up; zero for x <= 0, NaN or Inf.
func ceilUnits(x float64, dec uint8) *big.Int {
	if !(x > 0) || math.IsInf(x, 0) {
		return new(big.Int)
	}
	return decimal.NewFromFloat(x).Shift(int32(dec)).Ceil().BigInt()
}

// exact is v raw units of a token with dec decimals as an exact decimal.
func exact(v *big.Int, dec uint8) decimal.Decimal {
	if v == nil {
		return decimal.Zero
	}
	return decimal.NewFromBigInt(v, -int32(dec))
}

// float is v raw units as a float64 (decisions only).
func float(v *big.Int, dec uint8) float64 {
	return exact(v, dec).InexactFloat64()
}

// perToken converts a price in quote raw units per 1e18 raw token units (the
// reference issuer's NAV and previews) to quote units per whole token.
func perToken(per1e18 *big.Int, tokenDec, quoteDec uint8) float64 {
	if per1e18 == nil {
		return 0
	}
	return decimal.NewFromBigInt(per1e18, int32(tokenDec)-18-int32(quoteDec)).InexactFloat64()
}

// scaled1e18 is v / 1e18 (leverage, fee rates).
func scaled1e18(v *big.Int) float64 { return float(v, 18) }

// gwei is a wei-per-gas amount in gwei.
func gwei(wei *big.Int) float64 { return float(wei, 9) }

// smallInt is a small on-chain integer (basis points) as an int; -1 when it
// does not fit.
func smallInt(v *big.Int) int {
	if v == nil || !v.IsInt64() || v.Int64() > math.MaxInt32 || v.Int64() < 0 {
		return -1
	}
	return int(v.Int64())
}

// wholeToken is 10^dec raw units: one whole token.
func wholeToken(dec uint8) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil)
}
