package chainvenue_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/navarb/navarb/venues/evm/chainvenue"
)

func TestUnitConversions(t *testing.T) {
	cases := []struct {
		name  string
		x     float64
		dec   uint8
		floor string
		ceil  string
	}{
		{"whole", 1, 6, "1000000", "1000000"},
		{"fraction rounds by direction", 1.0000004, 6, "1000000", "1000001"},
		{"float shortest repr is exact", 0.1, 18, "100000000000000000", "100000000000000000"},
		{"sub-unit", 4e-7, 6, "0", "1"},
		{"large 18 decimals", 44.53219966796975, 18, "44532199667969750000", "44532199667969750000"},
		{"zero", 0, 6, "0", "0"},
		{"negative", -5, 6, "0", "0"},
		{"NaN", math.NaN(), 6, "0", "0"},
		{"Inf", math.Inf(1), 6, "0", "0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := chainvenue.FloorUnits(tc.x, tc.dec).String(); got != tc.floor {
				t.Errorf("floor(%v, %d) = %s, want %s", tc.x, tc.dec, got, tc.floor)
			}
			if got := chainvenue.CeilUnits(tc.x, tc.dec).String(); got != tc.ceil {
				t.Errorf("ceil(%v, %d) = %s, want %s", tc.x, tc.dec, got, tc.ceil)
			}
		})
	}
}

func TestPerTokenAndFees(t *testing.T) {
	// NAV 100.000123 USDC per 1e18 raw units of an 18-decimal token.
	if got, want := chainvenue.PerToken(big.NewInt(100_000_123), 18, 6), 100.000123; got != want {
		t.Errorf("perToken = %v, want %v", got, want)
	}
	// An 8-decimal token: 1e18 raw units are 1e10 tokens.
	if got, want := chainvenue.PerToken(big.NewInt(1e16), 8, 6), 1.0; got != want {
		t.Errorf("perToken 8 decimals = %v, want %v", got, want)
	}
	fees := []struct {
		in   int64
		pips uint32
		want int64
	}{
		{1000, 3000, 3},     // exactly 0.3%
		{1001, 3000, 4},     // rounded up
		{999_999, 500, 500}, // 499.9995 up
		{0, 3000, 0},
	}
	for _, f := range fees {
		if got := chainvenue.AMMFee(big.NewInt(f.in), f.pips); got.Int64() != f.want {
			t.Errorf("ammFee(%d, %d) = %s, want %d", f.in, f.pips, got, f.want)
		}
	}
}
