package matching_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

var t0 = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func rules() matching.SymbolRules {
	return matching.SymbolRules{
		Symbol: "ETHUSDT", Base: "ETH", Quote: "USDT",
		TickSize: d("0.01"), StepSize: d("0.001"), MinQty: d("0.001"), MaxQty: d("1000"), MinNotional: d("5"),
	}
}

func req(side venues.Side, typ venues.OrderType, price, qty, id string) venues.OrderRequest {
	r := venues.OrderRequest{Symbol: "ETHUSDT", Side: side, Type: typ, Qty: d(qty), ClientID: id}
	if price != "" {
		r.Price = d(price)
	}
	return r
}

// mustPlace places and fails the test on error.
func mustPlace(t *testing.T, e *matching.Engine, account string, r venues.OrderRequest) matching.Placed {
	t.Helper()
	p, err := e.Place(account, r, t0)
	if err != nil {
		t.Fatalf("Place(%s %s %s@%s %s): %v", account, r.Side, r.Qty, r.Price, r.ClientID, err)
	}
	return p
}

// levels renders exact levels as "price:qty" strings for comparison.
func levels(ls []matching.PriceLevel) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Price.String() + ":" + l.Qty.String()
	}
	return out
}
