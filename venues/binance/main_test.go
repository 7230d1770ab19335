package binance_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues/binance/binancetest"
	"github.com/navarb/navarb/venues/binance/binancetest/testmain"
	"github.com/navarb/navarb/venues/sim/matching"
)

const (
	testKey    = "navarb-test-api-key-7f3a9c"
	testSecret = "navarb-test-secret-5e1d8b"
)

// exchange is the one local exchange every test in this package talks to:
// go-binance keeps its WebSocket base URLs in package variables, which are
// set here, once. Tests use their own symbols so they do not disturb each
// other, and run one at a time.
var exchange *binancetest.Exchange

// Symbols of the shared exchange, one or two per test group.
var testSymbols = []string{
	"ETHUSDT", // book consistency
	"BTCUSDT", // stream faults
	"SOLUSDT", // orders and fills
	"BNBUSDT", // REST faults and rate limits
	"XRPUSDT", // user stream reconnection
	"ADAUSDT", // conformance suite
	"DOTUSDT", // every diff event against the exchange
}

func rules(symbol string) matching.SymbolRules {
	return matching.SymbolRules{
		Symbol: symbol, Base: symbol[:len(symbol)-4], Quote: "USDT",
		TickSize: decimal.RequireFromString("0.01"), StepSize: decimal.RequireFromString("0.001"),
		MinQty: decimal.RequireFromString("0.001"), MaxQty: decimal.RequireFromString("10000"),
		MinNotional: decimal.RequireFromString("5"),
	}
}

// Fee rates of the shared exchange.
var (
	makerFee = decimal.RequireFromString("0.001")
	takerFee = decimal.RequireFromString("0.002")
)

func TestMain(m *testing.M) {
	var spot []matching.SymbolRules
	bal := map[string]decimal.Decimal{"USDT": decimal.NewFromInt(100_000_000)}
	for _, s := range testSymbols {
		spot = append(spot, rules(s))
		bal[s[:len(s)-4]] = decimal.NewFromInt(1_000_000)
	}
	testmain.Run(m, binancetest.Options{
		Symbols:        spot,
		FuturesSymbols: []matching.SymbolRules{rules("ETHUSDT")},
		APIKey:         testKey, SecretKey: testSecret,
		Balances:      bal,
		FuturesWallet: decimal.NewFromInt(1_000_000),
		MakerFee:      makerFee, TakerFee: takerFee,
		DepthInterval: 5 * time.Millisecond,
		PingInterval:  time.Second,
		WeightLimit:   10_000_000, FuturesWeightLimit: 10_000_000,
		OrderLimit10s: 100_000,
	}, func(x *binancetest.Exchange) { exchange = x })
}
