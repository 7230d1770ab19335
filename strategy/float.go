package strategy

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// ToFloat is d as the nearest float64, as d.InexactFloat64() but without
// its big.Rat: a coefficient below 2^53 with an exponent in [-22, 22] is one
// correctly rounded division (or product) of exact operands; anything else
// goes through the decimal string, which strconv rounds correctly.
func ToFloat(d decimal.Decimal) float64 {
	exp := d.Exponent()
	if c := d.Coefficient(); c.IsInt64() && exp >= -22 && exp <= 22 {
		if v := c.Int64(); v > -1<<53 && v < 1<<53 {
			if exp < 0 {
				return float64(v) / pow10[-exp]
			}
			return float64(v) * pow10[exp]
		}
	}
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}
