package binance_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

// flow places random orders on the exchange for other accounts: resting
// limits around mid, cancels and takers.
type flow struct {
	rng    *rand.Rand
	symbol string
	open   []string
	n      int
	tag    int64 // makes client ids unique across flows
}

func (f *flow) step(t *testing.T) {
	t.Helper()
	f.n++
	price := decimal.New(300000+int64(f.rng.IntN(400))-200, -2)
	qty := decimal.New(int64(2+f.rng.IntN(2000)), -3)
	side := venues.Side(1 + f.rng.IntN(2))
	switch r := f.rng.IntN(100); {
	case r < 45 || len(f.open) == 0:
		// A resting order that does not cross: bids below 3000, asks above.
		if side == venues.Buy && price.GreaterThanOrEqual(decimal.NewFromInt(3000)) {
			price = price.Sub(decimal.NewFromInt(2))
		}
		if side == venues.Sell && price.LessThan(decimal.NewFromInt(3000)) {
			price = price.Add(decimal.NewFromInt(2))
		}
		if f.tag == 0 {
			f.tag = time.Now().UnixNano()
		}
		id := fmt.Sprintf("mm-%x-%d", f.tag, f.n)
		if _, err := exchange.Place("mm", f.symbol, venues.OrderRequest{Side: side, Type: venues.Limit, Price: price, Qty: qty, ClientID: id}); err != nil {
			t.Fatalf("place: %v", err)
		}
		f.open = append(f.open, id)
	case r < 85:
		i := f.rng.IntN(len(f.open))
		id := f.open[i]
		f.open[i] = f.open[len(f.open)-1]
		f.open = f.open[:len(f.open)-1]
		if _, err := exchange.Cancel("mm", f.symbol, id); err != nil && !isUnknown(err) {
			t.Fatalf("cancel: %v", err)
		}
	default:
		if _, err := exchange.Place("taker", f.symbol, venues.OrderRequest{Side: side, Type: venues.IOC, Price: price, Qty: qty}); err != nil {
			t.Fatalf("take: %v", err)
		}
	}
}

// isUnknown: the order already filled (the taker got it first).
func isUnknown(err error) bool {
	var e *binancetest.Error
	return errors.As(err, &e) && e.Code == -2011
}

// TestBookEqualsExchangeUnderRandomFlowAndFaults drives the exchange's book
// with random orders, cancels and takers from other accounts, injecting
// sequence gaps and dropped diff events, and checks after every batch and
// after every resync that the connector's published book is the exchange's
// own book, level for level (top 50).
func TestBookEqualsExchangeUnderRandomFlowAndFaults(t *testing.T) {
	const (
		sym    = "ETHUSDT"
		rounds = 120
		ops    = 100
		depth  = 50
	)
	c := startConn(t, func(o *binance.Options) { o.Symbols = []string{sym} })
	if err := exchange.Seed(sym, binancetest.Liquidity{Mid: decimal.NewFromInt(3000), Levels: 30, Qty: decimal.NewFromInt(1)}); err != nil {
		t.Fatal(err)
	}
	c.waitFresh(t, sym)
	f := &flow{rng: rand.New(rand.NewPCG(11, 12)), symbol: sym}
	faults := 0
	for round := range rounds {
		fault := ""
		switch round % 8 {
		case 3:
			fault = "gap"
			exchange.InjectGap(sym)
		case 6:
			fault = "drop"
			exchange.DropNextDiff(sym)
		}
		staleBefore := countStale(c.statuses(c.Venue(), sym))
		for range ops {
			f.step(t)
		}
		if fault != "" {
			faults++
			// The flow goes on; a later event reveals the gap.
			waitFor(t, fmt.Sprintf("round %d: %s detected", round, fault), 5*time.Second, func() bool {
				f.step(t)
				return countStale(c.statuses(c.Venue(), sym)) > staleBefore
			})
		}
		deadline := time.Now().Add(5 * time.Second)
		for !c.matchesExchange(sym, depth) {
			if time.Now().After(deadline) {
				b := c.book(c.Venue(), sym)
				bids, asks := exchange.Book(sym, depth)
				ss := c.statuses(c.Venue(), sym)
				t.Logf("last status %+v", ss[len(ss)-1])
				t.Logf("local stale=%v bids=%v\nasks=%v", b.Stale, b.Bids[:5], b.Asks[:5])
				t.Fatalf("round %d: exchange bids=%v\nasks=%v", round, bids[:5], asks[:5])
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	if got := countStale(c.statuses(c.Venue(), sym)); got < faults {
		t.Errorf("%d stale episodes for %d injected faults", got, faults)
	}
	t.Logf("%d random orders, %d faults, %d stale episodes", f.n, faults, countStale(c.statuses(c.Venue(), sym)))
}

func countStale(ss []*venues.VenueStatus) int {
	n := 0
	for _, s := range ss {
		if s.Stale {
			n++
		}
	}
	return n
}

// TestBookUpdatesCoalesce: a consumer that does not keep up gets the latest
// book, not a backlog, and an update it holds is never changed afterwards.
func TestBookUpdatesCoalesce(t *testing.T) {
	const sym = "ETHUSDT"
	c, err := binance.New(binance.Options{BaseURL: exchange.URL(), Symbols: []string{sym}, Depth: 50,
		StaleAfter: time.Second, WeightLimit: 10_000_000})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan venues.Event) // unbuffered, and not read for a while
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx, out) }()
	defer func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Run = %v", err)
		}
	}()
	waitFor(t, "book in sync", 5*time.Second, func() bool { return !c.Stale(false, sym) })
	first := nextBook(t, out)
	held := *first
	held.Bids = append([]venues.Level(nil), first.Bids...)
	held.Asks = append([]venues.Level(nil), first.Asks...)

	f := &flow{rng: rand.New(rand.NewPCG(5, 6)), symbol: sym}
	for range 20 {
		for range 50 {
			f.step(t)
		}
		time.Sleep(10 * time.Millisecond) // a few diff events each time
	}
	time.Sleep(50 * time.Millisecond)
	books := 0
	var last *venues.BookUpdate
	for drained := false; !drained; {
		select {
		case e := <-out:
			if b, ok := e.(*venues.BookUpdate); ok {
				books++
				last = b
			}
		case <-time.After(100 * time.Millisecond):
			drained = true
		}
	}
	if books == 0 || books > 3 {
		t.Errorf("%d book updates after 20 bursts of diffs, want the latest only (1-3)", books)
	}
	bids, asks := exchange.Book(sym, 50)
	if last == nil || !levelsEqual(last.Bids, bids) || !levelsEqual(last.Asks, asks) {
		t.Error("latest update is not the exchange's book")
	}
	if !levelsEqual(first.Bids, held.Bids) || !levelsEqual(first.Asks, held.Asks) {
		t.Error("an update already handed out was changed afterwards")
	}
}

func nextBook(t *testing.T, out <-chan venues.Event) *venues.BookUpdate {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case e := <-out:
			if b, ok := e.(*venues.BookUpdate); ok && !b.Stale {
				return b
			}
		case <-timeout:
			t.Fatal("no book update")
		}
	}
}
