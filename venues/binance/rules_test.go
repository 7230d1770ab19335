package binance_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestRulesRound(t *testing.T) {
	r := binance.Rules{Symbol: "ETHUSDT", Base: "ETH", Quote: "USDT",
		TickSize: d("0.01"), StepSize: d("0.001"), MinQty: d("0.001"), MaxQty: d("100"), MinNotional: d("5")}
	tests := []struct {
		name               string
		side               venues.Side
		typ                venues.OrderType
		price, qty, ref    string
		wantPrice, wantQty string
		wantFilter         string
	}{
		{"buy price rounds down, qty down", venues.Buy, venues.Limit, "3000.019", "1.23456", "0", "3000.01", "1.234", ""},
		{"sell price rounds up", venues.Sell, venues.LimitMaker, "3000.011", "1", "0", "3000.02", "1", ""},
		{"on-grid order unchanged", venues.Sell, venues.IOC, "2999.99", "0.5", "0", "2999.99", "0.5", ""},
		{"market ignores price, checks notional at ref", venues.Buy, venues.Market, "1", "0.01", "3000", "0", "0.01", ""},
		{"market notional too small at ref", venues.Buy, venues.Market, "0", "0.001", "3000", "", "", "NOTIONAL"},
		{"market without ref skips notional", venues.Sell, venues.Market, "0", "0.001", "0", "0", "0.001", ""},
		{"qty rounds below minQty", venues.Buy, venues.Limit, "3000", "0.0009", "0", "", "", "LOT_SIZE"},
		{"qty above maxQty", venues.Buy, venues.Limit, "3000", "100.001", "0", "", "", "LOT_SIZE"},
		{"notional below min", venues.Buy, venues.Limit, "3000", "0.001", "0", "", "", "NOTIONAL"},
		{"price rounds to zero", venues.Buy, venues.Limit, "0.001", "1", "0", "", "", "PRICE_FILTER"},
		{"negative price", venues.Sell, venues.Limit, "-1", "1", "0", "", "", "PRICE_FILTER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, q, err := r.Round(tt.side, tt.typ, d(tt.price), d(tt.qty), d(tt.ref))
			if tt.wantFilter != "" {
				var fe *binance.FilterError
				if !errors.As(err, &fe) || fe.Filter != tt.wantFilter || !errors.Is(err, venues.ErrRejected) {
					t.Fatalf("err = %v, want a %s FilterError wrapping ErrRejected", err, tt.wantFilter)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !p.Equal(d(tt.wantPrice)) || !q.Equal(d(tt.wantQty)) {
				t.Errorf("Round = %s, %s; want %s, %s", p, q, tt.wantPrice, tt.wantQty)
			}
		})
	}
}
