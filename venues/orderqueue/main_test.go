package orderqueue_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues/binance/binancetest"
	"github.com/navarb/navarb/venues/binance/binancetest/testmain"
	"github.com/navarb/navarb/venues/sim/matching"
)

const (
	testKey    = "orderqueue-test-key-41c2"
	testSecret = "orderqueue-test-secret-9a7e"
)

// exchange is the one local exchange of this test binary: go-binance keeps
// its WebSocket base URLs in package variables, set here, once.
var exchange *binancetest.Exchange

func rules(symbol, base string) matching.SymbolRules {
	return matching.SymbolRules{
		Symbol: symbol, Base: base, Quote: "USDT",
		TickSize: decimal.RequireFromString("0.01"), StepSize: decimal.RequireFromString("0.01"),
		MinQty: decimal.RequireFromString("0.01"), MaxQty: decimal.RequireFromString("100000"),
		MinNotional: decimal.RequireFromString("1"),
	}
}

func TestMain(m *testing.M) {
	testmain.Run(m, binancetest.Options{
		Symbols: []matching.SymbolRules{rules("ETHUSDT", "ETH"), rules("ETH2XUSDT", "ETH2X")},
		APIKey:  testKey, SecretKey: testSecret,
		Balances: map[string]decimal.Decimal{
			"USDT": decimal.NewFromInt(10_000_000), "ETH": decimal.NewFromInt(1000), "ETH2X": decimal.NewFromInt(100_000),
		},
		MakerFee: decimal.RequireFromString("0.0001"), TakerFee: decimal.RequireFromString("0.0005"),
		DepthInterval: 10 * time.Millisecond,
		PingInterval:  time.Second,
		WeightLimit:   10_000_000, OrderLimit10s: 100_000,
	}, func(x *binancetest.Exchange) { exchange = x })
}
