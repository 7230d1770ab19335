package binancetest_test

import (
	"errors"
	"net"
	"net/http"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/common"
	"github.com/adshao/go-binance/v2/futures"
	"github.com/shopspring/decimal"
	"go.uber.org/goleak"

	"github.com/navarb/navarb/venues/binance/binancetest"
	"github.com/navarb/navarb/venues/binance/internal/wsserve"
	"github.com/navarb/navarb/venues/sim/matching"
)

// testAddr is where every test's exchange listens: go-binance keeps its
// WebSocket base URLs in package variables, which TestMain sets once.
var testAddr string

func TestMain(m *testing.M) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	testAddr = ln.Addr().String()
	ln.Close()
	wsserve.Install()
	binance.BaseWsMainURL = "ws://" + testAddr + "/ws"
	binance.BaseCombinedMainURL = "ws://" + testAddr + "/stream?streams="
	futures.BaseWsMainUrl = "ws://" + testAddr + "/fws"
	futures.BaseCombinedMainURL = "ws://" + testAddr + "/fstream?streams="
	// go-binance's streams run on internal/wsserve's transport (its own
	// races on stop and leaves a keepAlive goroutine behind): no goroutine
	// is excused.
	goleak.VerifyTestMain(m)
}

const (
	key    = "test-key"
	secret = "test-secret"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ethRules(sym string) matching.SymbolRules {
	return matching.SymbolRules{
		Symbol: sym, Base: sym[:len(sym)-4], Quote: "USDT",
		TickSize: d("0.01"), StepSize: d("0.001"), MinQty: d("0.001"), MaxQty: d("1000"), MinNotional: d("5"),
	}
}

func baseOptions() binancetest.Options {
	return binancetest.Options{
		Symbols:        []matching.SymbolRules{ethRules("ETHUSDT"), ethRules("BTCUSDT")},
		FuturesSymbols: []matching.SymbolRules{ethRules("ETHUSDT")},
		APIKey:         key, SecretKey: secret,
		Balances:      map[string]decimal.Decimal{"USDT": d("100000"), "ETH": d("10")},
		FuturesWallet: d("10000"),
		MakerFee:      d("0.001"), TakerFee: d("0.002"),
		DepthInterval: 20 * time.Millisecond,
	}
}

// start runs an exchange on testAddr for the test's lifetime.
func start(t *testing.T, mutate func(*binancetest.Options)) *binancetest.Exchange {
	t.Helper()
	o := baseOptions()
	if mutate != nil {
		mutate(&o)
	}
	x, err := binancetest.New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	for i := 0; ; i++ {
		err = x.Start(t.Context(), testAddr)
		if err == nil || !errors.Is(err, syscall.EADDRINUSE) || i == 50 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := x.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return x
}

// recorder remembers the last response headers a client saw.
type recorder struct {
	mu   sync.Mutex
	last http.Header
	code int
	rt   http.RoundTripper
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := r.rt.RoundTrip(req)
	if err == nil {
		r.mu.Lock()
		r.last, r.code = res.Header.Clone(), res.StatusCode
		r.mu.Unlock()
	}
	return res, err
}

func (r *recorder) header(name string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last.Get(name)
}

// httpClient is a per-test HTTP client whose idle connections are closed
// at the end of the test.
func httpClient(t *testing.T) (*http.Client, *recorder) {
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	rec := &recorder{rt: tr}
	return &http.Client{Transport: rec}, rec
}

func spotClient(t *testing.T, x *binancetest.Exchange) (*binance.Client, *recorder) {
	c := binance.NewClient(key, secret)
	c.BaseURL = x.URL()
	var rec *recorder
	c.HTTPClient, rec = httpClient(t)
	return c, rec
}

func futuresClient(t *testing.T, x *binancetest.Exchange) *futures.Client {
	c := futures.NewClient(key, secret)
	c.BaseURL = x.URL()
	c.HTTPClient, _ = httpClient(t)
	return c
}

// eventually polls cond until it holds or fails the test after 5s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// recv takes one value from ch or fails after 5s.
func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(5 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
	panic("unreachable")
}

// apiCode is the Binance error code of err (0 if none).
func apiCode(err error) int64 {
	var ae *common.APIError
	if errors.As(err, &ae) {
		return ae.Code
	}
	return 0
}
