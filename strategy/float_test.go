package strategy_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy"
)

// ToFloat rounds to nearest, exactly as the decimal's own conversion does.
func TestToFloatIsCorrectlyRounded(t *testing.T) {
	cases := []string{"0", "0.203600000000001", "939.353775", "-0.15", "1e30", "123456789.123456789123456789",
		"0.0000000000000000000000001", "9007199254740993", "-4593.443665123", "0.1", "100000"}
	for i := int64(1); i < 200000; i += 97 {
		cases = append(cases, decimal.New(i*7919, -int32(i%30)).String(), decimal.New(-i*104729, int32(i%5)).String())
	}
	for _, c := range cases {
		d := decimal.RequireFromString(c)
		if got, want := strategy.ToFloat(d), d.InexactFloat64(); got != want {
			t.Errorf("ToFloat(%s) = %v, want %v", c, got, want)
		}
	}
}
