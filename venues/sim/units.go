package sim

import (
	"math"
	"math/big"

	"github.com/shopspring/decimal"
)

// Base-unit decimals of the simulated assets.
const (
	tokenDecimals  = 18
	quoteDecimals  = 6
	nativeDecimals = 18
)

// toUnits converts a non-negative amount to base units, rounding down.
func toUnits(d decimal.Decimal, decimals int32) *big.Int {
	return d.Shift(decimals).Floor().BigInt()
}

// ceilUnits converts a non-negative amount to base units, rounding up.
func ceilUnits(d decimal.Decimal, decimals int32) *big.Int {
	return d.Shift(decimals).Ceil().BigInt()
}

// fromUnits is the exact amount of base units u.
func fromUnits(u *big.Int, decimals int32) decimal.Decimal {
	return decimal.NewFromBigInt(u, -decimals)
}

// floatUnits converts a float amount to base units, rounding down. Inputs are
// finite and non-negative.
func floatUnits(x float64, decimals int32) *big.Int {
	return toUnits(decimal.NewFromFloat(x), decimals)
}

// unitsFloat is the float value of base units u (for market-data events).
func unitsFloat(u *big.Int, decimals int) float64 {
	if u.IsInt64() {
		return float64(u.Int64()) / math.Pow10(decimals)
	}
	f, _ := new(big.Float).SetInt(u).Float64()
	return f / math.Pow10(decimals)
}

// fixed8 rounds x to 8 decimals as an integer count of 1e-8 (prices and NAV
// used in money paths).
func fixed8(x float64) int64 { return int64(math.Round(x * 1e8)) }

// dec8 is the exact decimal of a fixed8 value.
func dec8(v int64) decimal.Decimal { return decimal.New(v, -8) }
