package binance_test

import (
	"context"
	"errors"
	"os"
	"runtime/pprof"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

// conn is a running connector, everything it has emitted except book
// updates, and the latest book update per symbol.
type conn struct {
	*binance.Client
	mu     sync.Mutex
	events []venues.Event
	books  map[string]*venues.BookUpdate // latest per venue/symbol
}

// startConn runs a connector on the shared exchange with fast reconnects;
// edit adjusts its options. The connector stops when the test ends.
func startConn(t *testing.T, edit func(*binance.Options)) *conn {
	t.Helper()
	o := binance.Options{
		Venue: "binance", BaseURL: exchange.URL(), FuturesBaseURL: exchange.URL(),
		APIKey: testKey, SecretKey: testSecret,
		Depth: 50, StaleAfter: 500 * time.Millisecond,
		ReconnectMin: 50 * time.Millisecond, ReconnectMax: 200 * time.Millisecond,
		WeightLimit: 10_000_000, FuturesWeightLimit: 10_000_000, OrderLimit10s: 100_000,
		RequestTimeout: 2 * time.Second,
		Log:            zerolog.Nop(),
	}
	if os.Getenv("NAVARB_TEST_LOG") != "" {
		o.Log = zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.DebugLevel).With().Timestamp().Logger()
	}
	if edit != nil {
		edit(&o)
	}
	c, err := binance.New(o)
	if err != nil {
		t.Fatal(err)
	}
	cn := &conn{Client: c, books: map[string]*venues.BookUpdate{}}
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan venues.Event, 64)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := c.Run(ctx, out); !errors.Is(err, context.Canceled) {
			t.Errorf("Run = %v, want context.Canceled", err)
		}
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case e := <-out:
				cn.mu.Lock()
				if b, ok := e.(*venues.BookUpdate); ok {
					cn.books[b.Venue+"/"+b.Symbol] = b // only the latest is kept
				} else {
					cn.events = append(cn.events, e)
				}
				cn.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		wg.Wait()
	})
	return cn
}

// book is the latest book update for a symbol (nil before the first).
func (c *conn) book(venue, symbol string) *venues.BookUpdate {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.books[venue+"/"+symbol]
}

// snapshot copies the events so far.
func (c *conn) snapshot() []venues.Event {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]venues.Event(nil), c.events...)
}

// fills are the fills so far whose client id's plan is planID.
func (c *conn) fills(planID uint64) []*venues.Fill {
	var out []*venues.Fill
	for _, e := range c.snapshot() {
		if f, ok := e.(*venues.Fill); ok && f.PlanID == planID {
			out = append(out, f)
		}
	}
	return out
}

// statuses are the status events so far for a symbol ("" venue-wide).
func (c *conn) statuses(venue, symbol string) []*venues.VenueStatus {
	var out []*venues.VenueStatus
	for _, e := range c.snapshot() {
		if s, ok := e.(*venues.VenueStatus); ok && s.Venue == venue && s.Symbol == symbol {
			out = append(out, s)
		}
	}
	return out
}

// waitFor polls cond until it holds or the timeout passes.
// waitScale stretches every liveness wait: they bound how long a condition
// may take to become true, not how fast it must be, and CI machines under
// -race with other packages compiling are several times slower than a
// quiet one.
const waitScale = 4

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	timeout *= waitScale
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			if os.Getenv("NAVARB_TEST_LOG") != "" {
				pprof.Lookup("goroutine").WriteTo(os.Stderr, 1) //nolint:errcheck // debugging aid
			}
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitFresh waits until the connector's book of symbol is in sync.
func (c *conn) waitFresh(t *testing.T, symbol string) {
	t.Helper()
	waitFor(t, symbol+" book in sync", 5*time.Second, func() bool {
		b := c.book(c.Venue(), symbol)
		return b != nil && !b.Stale && !c.Stale(false, symbol)
	})
}

// matchesExchange reports whether the latest book update of symbol equals
// the exchange's own book, top depth levels.
func (c *conn) matchesExchange(symbol string, depth int) bool {
	b := c.book(c.Venue(), symbol)
	if b == nil || b.Stale {
		return false
	}
	bids, asks := exchange.Book(symbol, depth)
	return levelsEqual(b.Bids, bids) && levelsEqual(b.Asks, asks)
}

func levelsEqual(a, b []venues.Level) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sumFills adds up fills' deltas and fees.
func sumFills(fs []*venues.Fill) (base, quote decimal.Decimal) {
	for _, f := range fs {
		base = base.Add(f.BaseDelta)
		quote = quote.Add(f.QuoteDelta)
	}
	return base, quote
}

func ctxTimeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}
