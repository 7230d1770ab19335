package binance_test

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

// exchangeTape records the exchange's book (top 50) at every update id the
// connector may report, and checks the connector's book against it. An
// event the connector applies before the test recorded its id (the
// exchange's own tick may send it first) waits in pending.
type exchangeTape struct {
	mu       sync.Mutex
	books    map[int64][2][]venues.Level
	pending  map[int64][2][]venues.Level
	checked  int
	last     int64
	failures []string
}

// record notes the exchange's book at its current update id, which it
// returns.
func (x *exchangeTape) record(sym string) int64 {
	id := int64(exchange.LastUpdateID(sym))
	bids, asks := exchange.Book(sym, 50)
	x.mu.Lock()
	defer x.mu.Unlock()
	if got, ok := x.pending[id]; ok {
		delete(x.pending, id)
		x.compare(id, got[0], got[1], bids, asks)
		return id
	}
	x.books[id] = [2][]venues.Level{bids, asks}
	return id
}

// check runs on the connector's book goroutine after each applied event.
func (x *exchangeTape) check(id int64, b *binance.Book) {
	bids, asks := b.Top(venues.Buy, 50, nil), b.Top(venues.Sell, 50, nil)
	x.mu.Lock()
	defer x.mu.Unlock()
	x.last = id
	want, ok := x.books[id]
	if !ok {
		x.pending[id] = [2][]venues.Level{bids, asks}
		return
	}
	x.compare(id, bids, asks, want[0], want[1])
	if x.checked%1000 == 0 {
		for k := range x.books {
			if k < id {
				delete(x.books, k)
			}
		}
	}
}

func (x *exchangeTape) compare(id int64, bids, asks, wantBids, wantAsks []venues.Level) {
	x.checked++
	if !levelsEqual(bids, wantBids) || !levelsEqual(asks, wantAsks) {
		x.failures = append(x.failures, fmt.Sprintf("update id %d: book differs from the exchange's", id))
	}
}

func (x *exchangeTape) progress() (checked int, last int64, failures []string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	failures = append([]string(nil), x.failures...)
	for id := range x.pending {
		failures = append(failures, fmt.Sprintf("update id %d: the exchange's book was never at it", id))
	}
	return x.checked, x.last, failures
}

// TestEveryDiffEventMatchesExchange sends 100,000 diff events (25,000
// under the race detector) through the whole stack (exchange, WebSocket, go-binance, connector), one per random
// order, cancel or take of another account, with a sequence gap or a
// dropped event every 2,000, and checks the connector's book (top 50)
// against the exchange's own book at the same update id after every event
// it applies and after every resync. (TestLocalBookRandomDiffsWithFaults
// runs 100,000 events through the same sync code without the transport.)
func TestEveryDiffEventMatchesExchange(t *testing.T) {
	const sym = "DOTUSDT"
	events := 100_000
	if raceEnabled {
		events = 25_000
	}
	tape := &exchangeTape{books: map[int64][2][]venues.Level{}, pending: map[int64][2][]venues.Level{}}
	if err := exchange.Seed(sym, binancetest.Liquidity{Mid: decimal.NewFromInt(3000), Levels: 30, Qty: decimal.NewFromInt(1)}); err != nil {
		t.Fatal(err)
	}
	exchange.FlushDiffs()
	last := tape.record(sym)
	c := startConn(t, func(o *binance.Options) {
		o.Symbols = []string{sym}
		o.Depth = 5 // the check reads the book itself, 50 levels deep
		o.OnBook = func(_ bool, _ string, id int64, b *binance.Book) { tape.check(id, b) }
	})
	c.waitFresh(t, sym)
	f := &flow{rng: rand.New(rand.NewPCG(21, 22)), symbol: sym}
	faults := 0
	for sent := 0; sent < events; {
		f.step(t)
		id := tape.record(sym)
		if id == last {
			continue // nothing changed: no event
		}
		last = id
		exchange.FlushDiffs()
		sent++
		if sent%2000 == 0 && sent < events {
			// Catch up (the exchange drops a client 4096 messages behind),
			// then inject a fault into the synced stream.
			waitFor(t, fmt.Sprintf("connector in sync at event %d", sent), 10*time.Second, func() bool {
				_, last, _ := tape.progress()
				return last == int64(exchange.LastUpdateID(sym)) && !c.Stale(false, sym)
			})
			faults++
			if faults%2 == 0 {
				exchange.InjectGap(sym)
			} else {
				exchange.DropNextDiff(sym)
			}
			last = tape.record(sym)
		}
	}
	waitFor(t, "connector at the last event", 10*time.Second, func() bool {
		_, last, _ := tape.progress()
		return last == int64(exchange.LastUpdateID(sym))
	})
	checked, _, failures := tape.progress()
	for i, f := range failures {
		if i == 10 {
			t.Errorf("... %d more", len(failures)-10)
			break
		}
		t.Error(f)
	}
	stale := countStale(c.statuses(c.Venue(), sym))
	// Events buffered during a resync are applied together with the
	// snapshot, which is checked once.
	if checked < events/2 || stale < faults {
		t.Errorf("checked %d of %d events, %d stale episodes for %d faults", checked, events, stale, faults)
	}
	t.Logf("%d diff events sent, %d checked against the exchange, %d faults, %d stale episodes", events, checked, faults, stale)
}
