package binance

import (
	"math"
	"testing"

	"github.com/adshao/go-binance/v2/common"
)

// FuzzLevels: exchange price levels either parse into positive finite
// prices and finite non-negative quantities, or fail with an error; never
// NaN, Inf or a negative number in the book.
func FuzzLevels(f *testing.F) {
	for _, seed := range [][2]string{{"3000.10", "2.5"}, {"3000.10", "0"}, {"NaN", "1"}, {"1", "-Inf"}, {"-5", "1"}, {"1e309", "1"}, {"", ""}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, price, qty string) {
		out, err := levels([]common.PriceLevel{{Price: price, Quantity: qty}})
		if err != nil {
			return
		}
		l := out[0]
		if !(l.Price > 0) || math.IsInf(l.Price, 0) || !(l.Qty >= 0) || math.IsInf(l.Qty, 0) {
			t.Fatalf("levels(%q, %q) = %+v without an error", price, qty, l)
		}
	})
}
