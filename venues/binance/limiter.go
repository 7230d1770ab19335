package binance

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Rate-limit errors. Both are returned before a request is sent.
var (
	// ErrThrottled: the request would cross the weight or order-count limit
	// (or a 429's Retry-After) and the context's deadline is too close to
	// wait for the window to reset.
	ErrThrottled = errors.New("rate limit: throttled before the limit")
	// ErrBanned: the venue answered 418 (IP banned); every request fails
	// until the ban time has passed.
	ErrBanned = errors.New("rate limit: IP banned (HTTP 418)")
)

// Default waits when a 429 or 418 carries no Retry-After.
const (
	defaultRetryAfter = time.Second
	defaultBan        = 2 * time.Minute
)

// Response headers the limiter reads (canonical form). They are removed
// before go-binance sees the response, so its unsynchronised UsedWeight
// fields are never written from concurrent requests.
const (
	hdrWeight1M  = "X-Mbx-Used-Weight-1m"
	hdrWeight    = "X-Mbx-Used-Weight"
	hdrOrders10S = "X-Mbx-Order-Count-10s"
	hdrOrders1D  = "X-Mbx-Order-Count-1d"
	hdrOrders1M  = "X-Mbx-Order-Count-1m"
)

// limiter tracks one API's request weight and order counts in fixed
// windows (1 minute, 10 seconds, 1 day, as Binance counts them), taking the
// larger of its own estimate and the venue's headers.
type limiter struct {
	clock         func() time.Time
	weightLimit   int
	orderLimit10s int
	orderLimitDay int
	onBan         func(until time.Time)
	onUnban       func()

	mu        sync.Mutex
	win1m     time.Time
	used      int
	win10s    time.Time
	orders10s int
	winDay    time.Time
	ordersDay int
	retryAt   time.Time
	banUntil  time.Time
	banned    bool
}

// Usage is a snapshot of a limiter's counters.
type Usage struct {
	Weight, WeightLimit  int
	Orders10s, OrdersDay int
	RetryAt, BannedUntil time.Time
}

func (l *limiter) roll(now time.Time) {
	if w := now.Truncate(time.Minute); w.After(l.win1m) {
		l.win1m, l.used = w, 0
	}
	if w := now.Truncate(10 * time.Second); w.After(l.win10s) {
		l.win10s, l.orders10s = w, 0
	}
	if w := now.UTC().Truncate(24 * time.Hour); w.After(l.winDay) {
		l.winDay, l.ordersDay = w, 0
	}
}

// headroom keeps the last tenth of a limit unused.
func headroom(limit int) int { return limit - limit/10 }

// acquire reserves weight (and an order slot) or waits for the window that
// allows it. It fails at once with ErrBanned during a ban, and with
// ErrThrottled when ctx's deadline comes before the wait would end.
func (l *limiter) acquire(ctx context.Context, weight int, order bool) error {
	for {
		l.mu.Lock()
		now := l.clock()
		l.roll(now)
		if now.Before(l.banUntil) {
			until := l.banUntil
			l.mu.Unlock()
			return fmt.Errorf("%w until %s", ErrBanned, until.UTC().Format(time.RFC3339))
		}
		var wait time.Duration
		switch {
		case now.Before(l.retryAt):
			wait = l.retryAt.Sub(now)
		case l.used+weight > headroom(l.weightLimit):
			wait = l.win1m.Add(time.Minute).Sub(now)
		case order && l.orders10s+1 > headroom(l.orderLimit10s):
			wait = l.win10s.Add(10 * time.Second).Sub(now)
		case order && l.ordersDay+1 > headroom(l.orderLimitDay):
			wait = l.winDay.Add(24 * time.Hour).Sub(now)
		}
		if wait <= 0 {
			l.used += weight
			if order {
				l.orders10s++
				l.ordersDay++
			}
			l.mu.Unlock()
			return nil
		}
		l.mu.Unlock()
		if d, ok := ctx.Deadline(); ok && time.Until(d) < wait {
			return fmt.Errorf("%w: next window in %s", ErrThrottled, wait.Round(time.Millisecond))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// observe reads a response's counters and status.
func (l *limiter) observe(res *http.Response) {
	l.mu.Lock()
	now := l.clock()
	l.roll(now)
	h := res.Header
	if v, ok := headerInt(h, hdrWeight1M); ok && v > l.used {
		l.used = v
	}
	if v, ok := headerInt(h, hdrOrders10S); ok && v > l.orders10s {
		l.orders10s = v
	}
	if v, ok := headerInt(h, hdrOrders1D); ok && v > l.ordersDay {
		l.ordersDay = v
	}
	switch res.StatusCode {
	case http.StatusTooManyRequests:
		l.retryAt = now.Add(retryAfter(h, defaultRetryAfter))
	case http.StatusTeapot:
		l.banUntil = now.Add(retryAfter(h, defaultBan))
		l.banned = true
		if l.onBan != nil {
			l.onBan(l.banUntil) // under l.mu: alerts keep their order
		}
	default:
		// A request sent before the ban may succeed during it; only a
		// success after the ban time lifts the alert.
		if l.banned && res.StatusCode < 400 && !now.Before(l.banUntil) {
			l.banned = false
			if l.onUnban != nil {
				l.onUnban()
			}
		}
	}
	l.mu.Unlock()
	for _, k := range []string{hdrWeight1M, hdrWeight, hdrOrders10S, hdrOrders1D, hdrOrders1M} {
		h.Del(k)
	}
}

func (l *limiter) usage() Usage {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.roll(l.clock())
	return Usage{Weight: l.used, WeightLimit: l.weightLimit, Orders10s: l.orders10s,
		OrdersDay: l.ordersDay, RetryAt: l.retryAt, BannedUntil: l.banUntil}
}

func headerInt(h http.Header, key string) (int, bool) {
	v := h.Get(key)
	if v == "" {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	return n, err == nil
}

// retryAfter reads Retry-After (seconds, possibly fractional).
func retryAfter(h http.Header, def time.Duration) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return def
	}
	s, err := strconv.ParseFloat(v, 64)
	if err != nil || s <= 0 {
		return def
	}
	return time.Duration(s * float64(time.Second))
}

// transport applies a limiter to every request, then bounds the request
// itself (not the wait for the limiter) by timeout.
type transport struct {
	base    http.RoundTripper
	lim     *limiter
	timeout time.Duration
	rec     Recorder // nil: nothing recorded
	venue   string
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	w, order := requestWeight(req.Method, req.URL.Path, req.URL.Query().Get("limit"))
	if err := t.lim.acquire(req.Context(), w, order); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(req.Context(), t.timeout)
	start := time.Now()
	res, err := t.base.RoundTrip(req.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, err
	}
	t.lim.observe(res)
	if t.rec != nil {
		op := "rest"
		if order {
			op = "order"
		}
		t.rec.ObserveLatency(t.venue, op, time.Since(start))
	}
	res.Body = &cancelBody{ReadCloser: res.Body, cancel: cancel}
	return res, nil
}

// cancelBody releases the request's timeout once the body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// requestWeight is Binance's documented weight of a request, and whether
// it places an order.
func requestWeight(method, path, limit string) (int, bool) {
	n, _ := strconv.Atoi(limit)
	switch {
	case path == "/api/v3/depth":
		switch {
		case n > 1000:
			return 250, false
		case n > 500:
			return 50, false
		case n > 100:
			return 25, false
		}
		return 5, false
	case path == "/fapi/v1/depth":
		switch {
		case n > 500:
			return 20, false
		case n > 100:
			return 10, false
		case n > 50:
			return 5, false
		}
		return 2, false
	case path == "/api/v3/order" || path == "/fapi/v1/order":
		switch method {
		case http.MethodPost:
			return 1, true
		case http.MethodGet:
			if strings.HasPrefix(path, "/api") {
				return 4, false
			}
		}
		return 1, false
	case path == "/api/v3/openOrders":
		if method == http.MethodGet {
			return 6, false
		}
		return 1, false
	case path == "/api/v3/account", path == "/api/v3/myTrades", path == "/api/v3/exchangeInfo",
		path == "/api/v3/account/commission", path == "/fapi/v1/commissionRate":
		return 20, false
	case path == "/api/v3/userDataStream":
		return 2, false
	case strings.HasPrefix(path, "/fapi/v2/") || strings.HasPrefix(path, "/fapi/v3/") || path == "/fapi/v1/userTrades":
		return 5, false
	}
	return 1, false
}
