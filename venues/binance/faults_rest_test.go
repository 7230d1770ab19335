package binance_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

const restSym = "BNBUSDT"

// lossy forwards requests but, for the first n order placements, loses the
// exchange's answer (the order was placed: a timeout after execution) or
// the request itself (never placed), as configured.
type lossy struct {
	method      string // default POST
	mu          sync.Mutex
	loseAnswers int
	loseSends   int
	posts       int
}

var errLost = errors.New("test: connection reset")

func (l *lossy) RoundTrip(r *http.Request) (*http.Response, error) {
	method := l.method
	if method == "" {
		method = http.MethodPost
	}
	if r.Method != method || r.URL.Path != "/api/v3/order" {
		return http.DefaultTransport.RoundTrip(r)
	}
	l.mu.Lock()
	l.posts++
	loseSend := l.loseSends > 0
	if loseSend {
		l.loseSends--
	}
	l.mu.Unlock()
	if loseSend {
		return nil, errLost
	}
	res, err := http.DefaultTransport.RoundTrip(r)
	l.mu.Lock()
	defer l.mu.Unlock()
	if err == nil && l.loseAnswers > 0 {
		l.loseAnswers--
		res.Body.Close()
		return nil, errLost
	}
	return res, err
}

func (l *lossy) sent() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.posts
}

// placeOnce places a MARKET buy of 0.3 for plan and checks that the
// exchange executed exactly one order and the connector reported its fill
// exactly once.
func placeOnce(t *testing.T, c *conn, plan uint64) venues.Order {
	t.Helper()
	o, err := c.PlaceOrder(ctxTimeout(t, 10*time.Second), venues.OrderRequest{Symbol: restSym, Side: venues.Buy,
		Type: venues.Market, Qty: d("0.3"), PlanID: plan})
	if err != nil {
		t.Fatalf("place: %v", err)
	}
	if o.Status != venues.OrderFilled || !o.Filled.Equal(d("0.3")) {
		t.Errorf("order %+v, want FILLED 0.3", o)
	}
	fs := c.waitFills(t, plan, 1)
	if !fs[0].BaseDelta.Equal(d("0.3").Sub(d("0.3").Mul(takerFee))) {
		t.Errorf("fill %+v, want 0.3 less fee", fs[0])
	}
	return o
}

func restConn(t *testing.T, edit func(*binance.Options)) *conn {
	t.Helper()
	c := startConn(t, func(o *binance.Options) {
		o.Symbols = []string{restSym}
		if edit != nil {
			edit(o)
		}
	})
	c.waitFresh(t, restSym)
	rest(t, restSym, venues.Sell, "300", "100")
	return c
}

// TestRetryNeverPlacesTwice: a lost answer (the order executed) is resolved
// by querying the client id, not by placing again; a lost request is placed
// again with the same client id; a duplicate-order rejection returns the
// existing order.
func TestRetryNeverPlacesTwice(t *testing.T) {
	t.Run("answer lost after execution", func(t *testing.T) {
		l := &lossy{loseAnswers: 1}
		c := restConn(t, func(o *binance.Options) { o.HTTPClient = &http.Client{Transport: l} })
		placeOnce(t, c, 401)
		if l.sent() != 1 {
			t.Errorf("%d placements sent, want 1", l.sent())
		}
	})
	t.Run("request lost before the exchange", func(t *testing.T) {
		l := &lossy{loseSends: 2}
		c := restConn(t, func(o *binance.Options) { o.HTTPClient = &http.Client{Transport: l} })
		placeOnce(t, c, 402)
		if l.sent() != 3 {
			t.Errorf("%d placements sent, want 3 (two lost)", l.sent())
		}
	})
	t.Run("cancel whose answer was lost", func(t *testing.T) {
		l := &lossy{method: http.MethodDelete}
		c := restConn(t, func(o *binance.Options) { o.HTTPClient = &http.Client{Transport: l} })
		ctx := ctxTimeout(t, 5*time.Second)
		o, err := c.PlaceOrder(ctx, venues.OrderRequest{Symbol: restSym, Side: venues.Buy, Type: venues.Limit, Price: d("100"), Qty: d("1"), PlanID: 404})
		if err != nil {
			t.Fatal(err)
		}
		l.mu.Lock()
		l.loseAnswers = 1
		l.mu.Unlock()
		co, err := c.CancelOrder(ctx, restSym, o.ClientID)
		if err != nil || co.Status != venues.OrderCanceled {
			t.Fatalf("cancel = %+v, %v; want CANCELED", co, err)
		}
		if l.sent() != 2 {
			t.Errorf("%d cancel requests, want the lost one and a retry", l.sent())
		}
	})
	t.Run("duplicate client id", func(t *testing.T) {
		c := restConn(t, nil)
		ctx := ctxTimeout(t, 5*time.Second)
		req := venues.OrderRequest{Symbol: restSym, Side: venues.Buy, Type: venues.Limit, Price: d("200"), Qty: d("1"), PlanID: 403, Leg: 2}
		a, err := c.PlaceOrder(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.PlaceOrder(ctx, req)
		if err != nil || b.ExchangeID != a.ExchangeID || b.ClientID != binance.ClientOrderID("nv", 403, 2, 0) {
			t.Fatalf("second placement = %+v, %v; want the first order %s", b, err, a.ExchangeID)
		}
		open, err := c.OpenOrders(ctx, restSym)
		if err != nil || len(open) != 1 {
			t.Fatalf("open orders %v, %v; want one", open, err)
		}
		if _, err := c.CancelAll(ctx, restSym); err != nil {
			t.Fatal(err)
		}
	})
}

// TestRESTFaults: each injected REST failure is recovered from (or stops
// requests, for a ban) without a lost or duplicated fill.
func TestRESTFaults(t *testing.T) {
	t.Run("429 honours Retry-After", func(t *testing.T) {
		g := newGate("")
		c := restConn(t, func(o *binance.Options) { o.HTTPClient = &http.Client{Transport: g} })
		exchange.FailNext("/api/v3/order", binancetest.Failure{Status: 429, Code: -1003, Msg: "Too many requests.", RetryAfter: time.Second})
		start := time.Now()
		placeOnce(t, c, 501)
		if el := time.Since(start); el < 900*time.Millisecond {
			t.Errorf("retried after %s, before Retry-After", el)
		}
		if got := g.requests("POST /api/v3/order"); got != 2 {
			t.Errorf("%d placements, want the rejected one and one retry", got)
		}
	})
	t.Run("429 with a short deadline fails before sending again", func(t *testing.T) {
		g := newGate("")
		c := restConn(t, func(o *binance.Options) { o.HTTPClient = &http.Client{Transport: g} })
		exchange.FailNext("/api/v3/order", binancetest.Failure{Status: 429, Code: -1003, Msg: "Too many requests.", RetryAfter: 5 * time.Second})
		_, err := c.PlaceOrder(ctxTimeout(t, 500*time.Millisecond), venues.OrderRequest{Symbol: restSym, Side: venues.Buy, Type: venues.Market, Qty: d("0.3"), PlanID: 502})
		if !errors.Is(err, binance.ErrThrottled) {
			t.Errorf("err = %v, want ErrThrottled", err)
		}
		if got := g.requests("POST /api/v3/order"); got != 1 {
			t.Errorf("%d placements, want only the rejected one", got)
		}
		if len(c.fills(502)) != 0 {
			t.Error("fills for an order that was never placed")
		}
	})
	t.Run("-1021 resyncs the clock", func(t *testing.T) {
		c := restConn(t, nil)
		exchange.FailNext("/api/v3/order", binancetest.Failure{Status: 400, Code: -1021, Msg: "Timestamp for this request is outside of the recvWindow."})
		times := exchange.Requests("/api/v3/time")
		placeOnce(t, c, 503)
		if exchange.Requests("/api/v3/time") == times {
			t.Error("server time not queried after -1021")
		}
	})
	t.Run("5xx is resolved by query", func(t *testing.T) {
		c := restConn(t, nil)
		exchange.FailNext("/api/v3/order", binancetest.Failure{Status: 503, Code: -1007, Msg: "Timeout waiting for response from backend server. Send status unknown; execution status unknown."})
		placeOnce(t, c, 504)
	})
	t.Run("rejects", func(t *testing.T) {
		g := newGate("")
		c := restConn(t, func(o *binance.Options) { o.HTTPClient = &http.Client{Transport: g} })
		tests := []struct {
			code int
			msg  string
			want error
		}{
			{-2010, "Account has insufficient balance for requested action.", venues.ErrInsufficientFunds},
			{-2010, "Order would immediately match and take.", venues.ErrRejected},
			{-1013, "Filter failure: PRICE_FILTER", venues.ErrRejected},
		}
		for i, tt := range tests {
			exchange.RejectNextOrder(tt.code, tt.msg)
			before := g.requests("POST /api/v3/order")
			plan := uint64(510 + i)
			_, err := c.PlaceOrder(ctxTimeout(t, 5*time.Second), venues.OrderRequest{Symbol: restSym, Side: venues.Buy, Type: venues.Market, Qty: d("0.3"), PlanID: plan})
			if !errors.Is(err, tt.want) {
				t.Errorf("%d %q: err = %v, want %v", tt.code, tt.msg, err, tt.want)
			}
			if got := g.requests("POST /api/v3/order") - before; got != 1 {
				t.Errorf("%d %q: %d placements, want 1 (no retry of a reject)", tt.code, tt.msg, got)
			}
			time.Sleep(30 * time.Millisecond)
			if len(c.fills(plan)) != 0 {
				t.Errorf("%d: fills for a rejected order", tt.code)
			}
		}
	})
	t.Run("418 stops every request for the ban", func(t *testing.T) {
		c := restConn(t, nil)
		exchange.FailNext("/api/v3/order", binancetest.Failure{Status: 418, Code: -1003, Msg: "Way too much request weight used; IP banned.", RetryAfter: time.Second})
		_, err := c.PlaceOrder(ctxTimeout(t, 5*time.Second), venues.OrderRequest{Symbol: restSym, Side: venues.Buy, Type: venues.Market, Qty: d("0.3"), PlanID: 520})
		if !errors.Is(err, binance.ErrBanned) {
			t.Fatalf("err = %v, want ErrBanned", err)
		}
		waitFor(t, "ban alert", 5*time.Second, func() bool {
			ss := c.statuses(c.Venue(), "")
			return len(ss) > 0 && ss[len(ss)-1].Stale && strings.Contains(ss[len(ss)-1].Reason, "418")
		})
		before := exchange.Requests("/api/v3/openOrders")
		if _, err := c.OpenOrders(ctxTimeout(t, 5*time.Second), restSym); !errors.Is(err, binance.ErrBanned) {
			t.Errorf("during the ban: %v, want ErrBanned", err)
		}
		if got := exchange.Requests("/api/v3/openOrders"); got != before {
			t.Errorf("%d requests sent during the ban", got-before)
		}
		if len(c.fills(520)) != 0 {
			t.Error("fills for a banned order")
		}
		time.Sleep(time.Second)
		if _, err := c.OpenOrders(ctxTimeout(t, 5*time.Second), restSym); err != nil {
			t.Fatalf("after the ban: %v", err)
		}
		waitFor(t, "ban cleared", 5*time.Second, func() bool {
			ss := c.statuses(c.Venue(), "")
			return !ss[len(ss)-1].Stale
		})
		// The book could not be verified during the ban; it resyncs.
		c.waitFresh(t, restSym)
		placeOnce(t, c, 521)
	})
}

// TestThrottleBeforeTheLimit: with a small weight limit the connector stops
// before using the last tenth of it; a call that would cross fails with
// ErrThrottled (its deadline is sooner than the next window) and is never
// sent.
func TestThrottleBeforeTheLimit(t *testing.T) {
	c := startConn(t, func(o *binance.Options) { o.WeightLimit = 200 })
	for i := 0; ; i++ {
		before := exchange.Requests("/api/v3/openOrders")
		_, err := c.OpenOrders(ctxTimeout(t, 300*time.Millisecond), restSym)
		if err == nil {
			if i > 200 {
				t.Fatal("never throttled")
			}
			continue
		}
		if !errors.Is(err, binance.ErrThrottled) {
			t.Fatalf("err = %v, want ErrThrottled", err)
		}
		if got := exchange.Requests("/api/v3/openOrders"); got != before {
			t.Errorf("throttled request was sent")
		}
		if u := c.Usage(false); u.Weight+6 <= 180 {
			t.Errorf("throttled at weight %d of %d", u.Weight, u.WeightLimit)
		}
		break
	}
	// A caller that can wait is held until the window resets, not failed.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := c.OpenOrders(ctx, restSym)
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("returned %v instead of waiting", err)
	case <-time.After(100 * time.Millisecond):
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestOrderCountThrottle: new orders stop before the 10-second order limit
// (read from X-MBX-ORDER-COUNT-10S and counted locally); the order that
// would cross it is not sent.
func TestOrderCountThrottle(t *testing.T) {
	g := newGate("")
	c := restConn(t, func(o *binance.Options) { o.OrderLimit10s = 5; o.HTTPClient = &http.Client{Transport: g} })
	t.Cleanup(func() { c.CancelAll(context.Background(), restSym) }) //nolint:errcheck // best effort
	for i := range 6 {
		before := g.requests("POST /api/v3/order")
		_, err := c.PlaceOrder(ctxTimeout(t, 300*time.Millisecond), venues.OrderRequest{Symbol: restSym, Side: venues.Buy,
			Type: venues.Limit, Price: d("10"), Qty: d("1"), PlanID: uint64(1000 + i)})
		if err == nil {
			continue
		}
		if !errors.Is(err, binance.ErrThrottled) {
			t.Fatalf("order %d: %v, want ErrThrottled", i, err)
		}
		if g.requests("POST /api/v3/order") != before {
			t.Error("the throttled order was sent")
		}
		if u := c.Usage(false); u.Orders10s < 5 {
			t.Errorf("throttled at %d orders in 10 s, limit 5", u.Orders10s)
		}
		return
	}
	t.Fatal("six orders in a row with a limit of five")
}

// TestListenKeyKeptAlive: the listen key is refreshed on schedule.
func TestListenKeyKeptAlive(t *testing.T) {
	g := newGate("")
	startConn(t, func(o *binance.Options) {
		o.ListenKeyKeepalive = 50 * time.Millisecond
		o.HTTPClient = &http.Client{Transport: g}
	})
	waitFor(t, "keepalives", 5*time.Second, func() bool { return g.requests("PUT /api/v3/userDataStream") >= 3 })
}
