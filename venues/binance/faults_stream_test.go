package binance_test

import (
	"errors"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

// gate is an HTTP transport that can hold requests to one path and counts
// requests by method and path.
type gate struct {
	base  http.RoundTripper
	path  string
	mu    sync.Mutex
	open  chan struct{} // nil: requests pass
	count map[string]int
}

func newGate(path string) *gate {
	return &gate{base: http.DefaultTransport, path: path, count: map[string]int{}}
}

func (g *gate) RoundTrip(r *http.Request) (*http.Response, error) {
	g.mu.Lock()
	g.count[r.Method+" "+r.URL.Path]++
	open := g.open
	g.mu.Unlock()
	if open != nil && r.URL.Path == g.path {
		select {
		case <-open:
		case <-r.Context().Done():
			return nil, r.Context().Err()
		}
	}
	return g.base.RoundTrip(r)
}

func (g *gate) hold() {
	g.mu.Lock()
	g.open = make(chan struct{})
	g.mu.Unlock()
}

func (g *gate) release() {
	g.mu.Lock()
	if g.open != nil {
		close(g.open)
		g.open = nil
	}
	g.mu.Unlock()
}

func (g *gate) requests(methodPath string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.count[methodPath]
}

const faultSym = "BTCUSDT"

func seedFaultSym(t *testing.T) *flow {
	t.Helper()
	bids, _ := exchange.Book(faultSym, 1)
	if len(bids) == 0 {
		if err := exchange.Seed(faultSym, binancetest.Liquidity{Mid: decimal.NewFromInt(3000), Levels: 20, Qty: decimal.NewFromInt(1)}); err != nil {
			t.Fatal(err)
		}
	}
	return &flow{rng: rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1)), symbol: faultSym}
}

// TestQuietBookStaysFresh: with no market activity for several StaleAfter
// periods the book stays in sync (the exchange's snapshot shows nothing was
// missed), and it still follows the market afterwards.
func TestQuietBookStaysFresh(t *testing.T) {
	f := seedFaultSym(t)
	c := startConn(t, func(o *binance.Options) { o.Symbols = []string{faultSym}; o.StaleAfter = 200 * time.Millisecond })
	c.waitFresh(t, faultSym)
	before := countStale(c.statuses(c.Venue(), faultSym))
	time.Sleep(800 * time.Millisecond)
	if got := countStale(c.statuses(c.Venue(), faultSym)); got != before {
		t.Errorf("quiet book went stale %d times", got-before)
	}
	if c.Stale(false, faultSym) {
		t.Error("quiet book is stale")
	}
	for range 20 {
		f.step(t)
	}
	waitFor(t, "book follows the market", 5*time.Second, func() bool { return c.matchesExchange(faultSym, 50) })
}

// TestStreamFaultsMarkStaleAndRecover: a stalled stream (no message while
// the market moves) and dropped connections mark the book stale; the
// connector reconnects, resyncs and its book equals the exchange's again.
func TestStreamFaultsMarkStaleAndRecover(t *testing.T) {
	tests := []struct {
		name   string
		inject func()
		want   string // in the stale status's reason
	}{
		{"stall", func() { exchange.Stall(time.Second) }, "stalled"},
		{"dropped connection", exchange.DropConnections, "stream"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := seedFaultSym(t)
			c := startConn(t, func(o *binance.Options) { o.Symbols = []string{faultSym}; o.StaleAfter = 200 * time.Millisecond })
			c.waitFresh(t, faultSym)
			before := len(c.statuses(c.Venue(), faultSym))
			tt.inject()
			var reason string
			waitFor(t, "stale status", 5*time.Second, func() bool {
				f.step(t)
				time.Sleep(10 * time.Millisecond)
				for _, s := range c.statuses(c.Venue(), faultSym)[before:] {
					if s.Stale {
						reason = s.Reason
						return true
					}
				}
				return false
			})
			if !strings.Contains(reason, tt.want) {
				t.Errorf("stale reason %q, want it to mention %q", reason, tt.want)
			}
			waitFor(t, "resync to the exchange's book", 5*time.Second, func() bool {
				return c.matchesExchange(faultSym, 50)
			})
		})
	}
}

// TestNoOrdersOnAStaleBook: while the book cannot resync (its snapshot is
// held up) orders on the symbol fail with venues.ErrStale and never reach
// the exchange; once it resyncs they go through.
func TestNoOrdersOnAStaleBook(t *testing.T) {
	f := seedFaultSym(t)
	g := newGate("/api/v3/depth")
	c := startConn(t, func(o *binance.Options) {
		o.Symbols = []string{faultSym}
		o.HTTPClient = &http.Client{Transport: g}
	})
	req := venues.OrderRequest{Symbol: faultSym, Side: venues.Buy, Type: venues.Limit,
		Price: decimal.NewFromInt(2000), Qty: decimal.NewFromInt(1), PlanID: 77, Leg: 1}
	c.waitFresh(t, faultSym)
	g.hold()
	exchange.DropConnections()
	waitFor(t, "stale", 5*time.Second, func() bool { return c.Stale(false, faultSym) })
	for range 20 {
		f.step(t)
	}
	posts := g.requests("POST /api/v3/order")
	for i := range 5 {
		_, err := c.PlaceOrder(ctxTimeout(t, time.Second), req)
		if !errors.Is(err, venues.ErrStale) {
			t.Fatalf("attempt %d on a stale book: err = %v, want ErrStale", i, err)
		}
	}
	if got := g.requests("POST /api/v3/order"); got != posts {
		t.Errorf("%d order requests sent on a stale book", got-posts)
	}
	g.release()
	c.waitFresh(t, faultSym)
	waitFor(t, "book equals the exchange's", 5*time.Second, func() bool { return c.matchesExchange(faultSym, 50) })
	o, err := c.PlaceOrder(ctxTimeout(t, 5*time.Second), req)
	if err != nil {
		t.Fatalf("after resync: %v", err)
	}
	if o.Status != venues.OrderNew {
		t.Errorf("status %v, want NEW", o.Status)
	}
	if _, err := c.CancelAll(ctxTimeout(t, 5*time.Second), faultSym); err != nil {
		t.Fatal(err)
	}
}

// TestNotRunningMeansStale: before Run a configured symbol's book is stale
// and orders on it are refused.
func TestNotRunningMeansStale(t *testing.T) {
	var n atomic.Int32
	c, err := binance.New(binance.Options{BaseURL: exchange.URL(), APIKey: testKey, SecretKey: testSecret,
		Symbols: []string{faultSym}, HTTPClient: &http.Client{Transport: countingTransport(&n)}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.PlaceOrder(ctxTimeout(t, time.Second), venues.OrderRequest{Symbol: faultSym, Side: venues.Buy,
		Type: venues.Market, Qty: decimal.NewFromInt(1), PlanID: 1})
	if !errors.Is(err, venues.ErrStale) {
		t.Errorf("err = %v, want ErrStale", err)
	}
	if n.Load() != 0 {
		t.Errorf("%d requests sent", n.Load())
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func countingTransport(n *atomic.Int32) http.RoundTripper {
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		n.Add(1)
		return http.DefaultTransport.RoundTrip(r)
	})
}
