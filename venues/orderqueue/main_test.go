package orderqueue_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"testing"
	"time"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/futures"
	"github.com/shopspring/decimal"
	"go.uber.org/goleak"

	"github.com/navarb/navarb/venues/binance/binancetest"
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
	x, err := binancetest.New(binancetest.Options{
		Symbols: []matching.SymbolRules{rules("ETHUSDT", "ETH"), rules("ETH2XUSDT", "ETH2X")},
		APIKey:  testKey, SecretKey: testSecret,
		Balances: map[string]decimal.Decimal{
			"USDT": decimal.NewFromInt(10_000_000), "ETH": decimal.NewFromInt(1000), "ETH2X": decimal.NewFromInt(100_000),
		},
		MakerFee: decimal.RequireFromString("0.0001"), TakerFee: decimal.RequireFromString("0.0005"),
		DepthInterval: 10 * time.Millisecond,
		PingInterval:  time.Second,
		WeightLimit:   10_000_000, OrderLimit10s: 100_000,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if err := x.Start(ctx, "127.0.0.1:0"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	exchange = x
	gobinance.BaseWsMainURL = x.WSURL()
	gobinance.BaseCombinedMainURL = x.CombinedURL()
	futures.BaseWsMainUrl = x.FuturesWSURL()
	futures.BaseCombinedMainURL = x.FuturesCombinedURL()

	goleak.VerifyTestMain(runThenClose{m, func() {
		cancel()
		http.DefaultTransport.(*http.Transport).CloseIdleConnections()
		x.Close() //nolint:errcheck // test teardown
	}},
		// go-binance's keepAlive ticker goroutine outlives its connection
		// until WebsocketTimeout passes.
		goleak.IgnoreAnyFunction("github.com/adshao/go-binance/v2.keepAlive.func2"),
		goleak.IgnoreAnyFunction("github.com/adshao/go-binance/v2/futures.keepAlive.func2"),
	)
}

// runThenClose closes the exchange after the tests and before goleak looks.
type runThenClose struct {
	m     *testing.M
	after func()
}

func (r runThenClose) Run() int {
	code := r.m.Run()
	r.after()
	return code
}
