package binancetest_test

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/adshao/go-binance/v2"

	"github.com/navarb/navarb/venues/binance/binancetest"
)

// skewClock is wall time plus an adjustable offset.
type skewClock struct {
	mu  sync.Mutex
	off time.Duration
}

func (c *skewClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.off)
}

func (c *skewClock) add(d time.Duration) {
	c.mu.Lock()
	c.off += d
	c.mu.Unlock()
}

func TestSignedRequestChecks(t *testing.T) {
	clk := &skewClock{}
	x := start(t, func(o *binancetest.Options) { o.Clock = clk.Now })
	ctx := context.Background()
	client := func(k, s string) *binance.Client {
		c := binance.NewClient(k, s)
		c.BaseURL = x.URL()
		c.HTTPClient, _ = httpClient(t)
		return c
	}
	good := client(key, secret)
	if _, err := good.NewGetAccountService().Do(ctx); err != nil {
		t.Fatalf("account with good credentials: %v", err)
	}
	if _, err := client(key, "wrong").NewGetAccountService().Do(ctx); apiCode(err) != -1022 {
		t.Errorf("bad signature: %v, want -1022", err)
	}
	if _, err := client("other", secret).NewGetAccountService().Do(ctx); apiCode(err) != -2015 {
		t.Errorf("unknown key: %v, want -2015", err)
	}
	if _, err := client("", secret).NewStartUserStreamService().Do(ctx); apiCode(err) != -2014 {
		t.Errorf("missing key: %v, want -2014", err)
	}
	if _, err := good.NewGetAccountService().Do(ctx, binance.WithRecvWindow(70000)); apiCode(err) != -1131 {
		t.Errorf("recvWindow too large: %v, want -1131", err)
	}

	clk.add(10 * time.Second) // server ahead: our timestamps are stale
	if _, err := good.NewGetAccountService().Do(ctx); apiCode(err) != -1021 {
		t.Errorf("stale timestamp: %v, want -1021", err)
	}
	if _, err := good.NewGetAccountService().Do(ctx, binance.WithRecvWindow(20000)); err != nil {
		t.Errorf("stale timestamp within a larger recvWindow: %v", err)
	}
	if _, err := good.NewSetServerTimeService().Do(ctx); err != nil {
		t.Fatalf("set server time: %v", err)
	}
	if _, err := good.NewGetAccountService().Do(ctx); err != nil {
		t.Errorf("after time sync: %v", err)
	}

	clk.add(-20 * time.Second) // server behind: our timestamps are ahead
	if _, err := good.NewGetAccountService().Do(ctx); apiCode(err) != -1021 {
		t.Errorf("timestamp ahead: %v, want -1021", err)
	}
}

func TestWeightLimit429ThenBan418(t *testing.T) {
	clk := &skewClock{}
	now := time.Now()
	clk.add(now.Truncate(time.Minute).Add(time.Minute + time.Second).Sub(now)) // 1s into a minute
	x := start(t, func(o *binancetest.Options) {
		o.Clock, o.WeightLimit, o.BanAfter, o.BanDuration = clk.Now, 50, 2, 2*time.Minute
	})
	c, rec := spotClient(t, x)
	ctx := context.Background()
	depth := func() error { _, err := c.NewDepthService().Symbol("ETHUSDT").Do(ctx); return err }
	for i := range 10 {
		if err := depth(); err != nil {
			t.Fatalf("request %d under the limit: %v", i, err)
		}
	}
	if got, want := rec.header("X-MBX-USED-WEIGHT-1M"), "50"; got != want {
		t.Errorf("used weight = %s, want %s", got, want)
	}
	if err := depth(); apiCode(err) != -1003 || rec.code != http.StatusTooManyRequests {
		t.Fatalf("over the limit: %v (HTTP %d), want 429 -1003", err, rec.code)
	}
	ra, _ := strconv.Atoi(rec.header("Retry-After"))
	if ra < 1 || ra > 60 {
		t.Errorf("Retry-After = %q, want 1..60 s", rec.header("Retry-After"))
	}
	for range 2 { // still 429 while the client keeps going
		if err := depth(); rec.code != http.StatusTooManyRequests {
			t.Fatalf("after 429: %v (HTTP %d), want 429", err, rec.code)
		}
	}
	if err := depth(); apiCode(err) != -1003 || rec.code != http.StatusTeapot {
		t.Fatalf("ignoring 429: %v (HTTP %d), want 418", err, rec.code)
	}
	if got, want := rec.header("Retry-After"), "120"; got != want {
		t.Errorf("ban Retry-After = %q, want %q", got, want)
	}
	clk.add(time.Minute)
	if depth(); rec.code != http.StatusTeapot {
		t.Errorf("a minute into the ban: HTTP %d, want 418", rec.code)
	}
	clk.add(time.Minute + time.Second)
	if err := depth(); err != nil {
		t.Fatalf("after the ban: %v", err)
	}
	if got, want := rec.header("X-MBX-USED-WEIGHT-1M"), "5"; got != want {
		t.Errorf("used weight in a new minute = %s, want %s", got, want)
	}
}

func TestFailNext(t *testing.T) {
	x := start(t, nil)
	c, rec := spotClient(t, x)
	ctx := context.Background()
	tests := []struct {
		name      string
		path      string
		f         binancetest.Failure
		call      func() error
		wantRetry string
	}{
		{"429 on order", "/api/v3/order",
			binancetest.Failure{Status: 429, Code: -1003, Msg: "Too many requests.", RetryAfter: 7 * time.Second},
			func() error {
				_, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).
					TimeInForce(binance.TimeInForceTypeGTC).Price("2000").Quantity("1").NewClientOrderID("f1").Do(ctx)
				return err
			}, "7"},
		{"418 ban on depth", "/api/v3/depth",
			binancetest.Failure{Status: 418, Code: -1003, Msg: "IP banned.", RetryAfter: 2 * time.Minute},
			func() error { _, err := c.NewDepthService().Symbol("ETHUSDT").Do(ctx); return err }, "120"},
		{"-1021 on account", "/api/v3/account",
			binancetest.Failure{Status: 400, Code: -1021, Msg: "Timestamp for this request is outside of the recvWindow."},
			func() error { _, err := c.NewGetAccountService().Do(ctx); return err }, ""},
		{"503 on openOrders", "/api/v3/openOrders",
			binancetest.Failure{Status: 503, Code: -1001, Msg: "Internal error; unable to process your request. Please try again."},
			func() error { _, err := c.NewListOpenOrdersService().Do(ctx); return err }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := x.Requests(tc.path)
			x.FailNext(tc.path, tc.f)
			err := tc.call()
			if apiCode(err) != int64(tc.f.Code) || rec.code != tc.f.Status {
				t.Fatalf("injected: %v (HTTP %d), want %d %d", err, rec.code, tc.f.Status, tc.f.Code)
			}
			if got := rec.header("Retry-After"); got != tc.wantRetry {
				t.Errorf("Retry-After = %q, want %q", got, tc.wantRetry)
			}
			if err := tc.call(); err != nil {
				t.Errorf("next request: %v", err)
			}
			if got, want := x.Requests(tc.path), before+2; got != want {
				t.Errorf("Requests(%s) = %d, want %d", tc.path, got, want)
			}
		})
	}
	open, err := c.NewListOpenOrdersService().Do(ctx)
	if err != nil || len(open) != 1 || open[0].ClientOrderID != "f1" {
		t.Errorf("open orders = %+v, %v; want only f1 (the failed request placed nothing)", open, err)
	}
}

func TestRejectNextOrder(t *testing.T) {
	x := start(t, nil)
	c, _ := spotClient(t, x)
	ctx := context.Background()
	place := func() error {
		_, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).
			TimeInForce(binance.TimeInForceTypeGTC).Price("2000").Quantity("1").NewClientOrderID("r1").Do(ctx)
		return err
	}
	x.RejectNextOrder(-2010, "New order rejected.")
	if err := place(); apiCode(err) != -2010 {
		t.Fatalf("rejected order: %v, want -2010", err)
	}
	if open, _ := c.NewListOpenOrdersService().Do(ctx); len(open) != 0 {
		t.Fatalf("open orders after reject = %d, want 0", len(open))
	}
	if err := place(); err != nil {
		t.Fatalf("retry: %v", err)
	}
	if got, want := x.Requests("/api/v3/order"), 2; got != want {
		t.Errorf("Requests = %d, want %d", got, want)
	}
}

func TestOrderRateLimit(t *testing.T) {
	x := start(t, func(o *binancetest.Options) { o.OrderLimit10s = 2 })
	c, rec := spotClient(t, x)
	ctx := context.Background()
	place := func(id string) error {
		_, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).
			TimeInForce(binance.TimeInForceTypeGTC).Price("2000").Quantity("1").NewClientOrderID(id).Do(ctx)
		return err
	}
	for _, id := range []string{"o1", "o2"} {
		if err := place(id); err != nil {
			t.Fatalf("order %s: %v", id, err)
		}
	}
	if err := place("o3"); apiCode(err) != -1015 || rec.code != http.StatusTooManyRequests || rec.header("Retry-After") == "" {
		t.Fatalf("third order: %v (HTTP %d, Retry-After %q), want 429 -1015 with Retry-After", err, rec.code, rec.header("Retry-After"))
	}
	if got := c.OrderCount.Count10s; got != 3 {
		t.Errorf("client OrderCount.Count10s = %d, want 3", got)
	}
}
