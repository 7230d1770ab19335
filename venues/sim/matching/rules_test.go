package matching_test

import (
	"errors"
	"testing"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

func TestSymbolRulesCheck(t *testing.T) {
	tests := []struct {
		name       string
		typ        venues.OrderType
		price, qty string
		want       string // filter name, "" = ok
	}{
		{"ok", venues.Limit, "3000.01", "0.01", ""},
		{"tick", venues.Limit, "3000.015", "0.01", "PRICE_FILTER"},
		{"zero price", venues.Limit, "0", "0.01", "PRICE_FILTER"},
		{"step", venues.Limit, "3000", "0.0105", "LOT_SIZE"},
		{"below min", venues.Limit, "3000", "0.0005", "LOT_SIZE"},
		{"above max", venues.Limit, "3000", "1000.001", "LOT_SIZE"},
		{"zero qty", venues.Limit, "3000", "0", "LOT_SIZE"},
		{"notional", venues.Limit, "3000", "0.001", "NOTIONAL"},
		{"notional edge ok", venues.Limit, "5000", "0.001", ""},
		{"market ignores price tick", venues.Market, "3000.015", "0.01", ""},
		{"market notional at ref price", venues.Market, "1", "0.01", "NOTIONAL"},
		{"market no ref price", venues.Market, "0", "0.01", ""},
		{"maker tick", venues.LimitMaker, "1.001", "10", "PRICE_FILTER"},
		{"ioc step", venues.IOC, "3000", "0.0011", "LOT_SIZE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := rules().Check(venues.Buy, tc.typ, d(tc.price), d(tc.qty))
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Check: %v, want nil", err)
				}
				return
			}
			var fe *matching.FilterError
			if !errors.As(err, &fe) {
				t.Fatalf("Check: %v, want *FilterError", err)
			}
			if got := fe.Filter; got != tc.want {
				t.Errorf("filter = %q, want %q (%v)", got, tc.want, err)
			}
			if !errors.Is(err, venues.ErrRejected) {
				t.Errorf("errors.Is(%v, ErrRejected) = false", err)
			}
		})
	}
}

func TestSymbolRulesZeroDisablesChecks(t *testing.T) {
	var r matching.SymbolRules
	if err := r.Check(venues.Sell, venues.Limit, d("1.23456789"), d("0.00000001")); err != nil {
		t.Fatalf("Check with zero rules: %v", err)
	}
}
