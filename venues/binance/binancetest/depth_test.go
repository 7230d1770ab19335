package binancetest_test

import (
	"context"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/common"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance/binancetest"
	"github.com/navarb/navarb/venues/sim/matching"
)

// localBook follows Binance's documented procedure for a local order book.
type localBook struct {
	lastID     int64 // snapshot's lastUpdateId, then last applied u
	fresh      bool  // next applied event is the first after the snapshot
	bids, asks map[string]decimal.Decimal
}

func newLocalBook(res *binance.DepthResponse) *localBook {
	b := &localBook{lastID: res.LastUpdateID, fresh: true, bids: map[string]decimal.Decimal{}, asks: map[string]decimal.Decimal{}}
	apply(b.bids, res.Bids)
	apply(b.asks, res.Asks)
	return b
}

func apply(m map[string]decimal.Decimal, ls []common.PriceLevel) {
	for _, l := range ls {
		p, q := d(l.Price), d(l.Quantity)
		if q.IsZero() {
			delete(m, p.String())
		} else {
			m[p.String()] = q
		}
	}
}

// update applies ev; ok false means a gap (resync needed).
func (b *localBook) update(ev *binance.WsDepthEvent) bool {
	if ev.LastUpdateID <= b.lastID {
		return true // older than the snapshot: drop
	}
	if b.fresh {
		if ev.FirstUpdateID > b.lastID+1 {
			return false
		}
		b.fresh = false
	} else if ev.FirstUpdateID != b.lastID+1 {
		return false
	}
	apply(b.bids, ev.Bids)
	apply(b.asks, ev.Asks)
	b.lastID = ev.LastUpdateID
	return true
}

// equal compares the local book with the exchange's own.
func (b *localBook) equal(t *testing.T, x *binancetest.Exchange, symbol string) {
	t.Helper()
	bids, asks := x.BookExact(false, symbol, 0)
	for _, side := range []struct {
		name  string
		local map[string]decimal.Decimal
		ex    []matchingLevel
	}{{"bids", b.bids, toML(bids)}, {"asks", b.asks, toML(asks)}} {
		if len(side.local) != len(side.ex) {
			t.Errorf("%s: local has %d levels, exchange %d", side.name, len(side.local), len(side.ex))
		}
		for _, l := range side.ex {
			if got := side.local[l.p.String()]; !got.Equal(l.q) {
				t.Errorf("%s %s: local %s, exchange %s", side.name, l.p, got, l.q)
			}
		}
	}
}

// churn places and cancels random participant orders around 3000,
// flushing diff batches now and then so that there are many events.
func churn(t *testing.T, x *binancetest.Exchange, symbol, prefix string, rng *rand.Rand, n int) {
	t.Helper()
	var ids []string
	for i := range n {
		switch r := rng.IntN(10); {
		case r < 2 && len(ids) > 0:
			j := rng.IntN(len(ids))
			x.Cancel("mm", symbol, ids[j]) //nolint:errcheck // may be filled already
			ids = append(ids[:j], ids[j+1:]...)
		case r < 3:
			side := venues.Side(1 + rng.IntN(2))
			if _, err := x.Place("taker", symbol, venues.OrderRequest{Side: side, Type: venues.Market, Qty: decimal.New(int64(2+rng.IntN(3000)), -3)}); err != nil {
				t.Fatalf("market: %v", err)
			}
		default:
			side := venues.Side(1 + rng.IntN(2))
			off := int64(1 + rng.IntN(40))
			if side == venues.Sell {
				off = -off + 20
			}
			id := prefix + itoa(i)
			req := venues.OrderRequest{Side: side, Type: venues.Limit, Price: decimal.New(300000-off+10, -2), Qty: decimal.New(int64(2+rng.IntN(2000)), -3), ClientID: id}
			if _, err := x.Place("mm", symbol, req); err != nil {
				t.Fatalf("limit: %v", err)
			}
			ids = append(ids, id)
		}
		if rng.IntN(3) == 0 {
			x.FlushDiffs()
		}
	}
	x.FlushDiffs()
}

func TestDepthStreamContinuityAndLocalBook(t *testing.T) {
	x := start(t, func(o *binancetest.Options) { o.DepthInterval = time.Hour }) // flushes are explicit
	if err := x.Seed("ETHUSDT", binancetest.Liquidity{Mid: d("3000"), Levels: 20}); err != nil {
		t.Fatal(err)
	}
	events := subscribeDepth(t, x, "ETHUSDT")
	c, _ := spotClient(t, x)
	rng := rand.New(rand.NewPCG(1, 2))
	churn(t, x, "ETHUSDT", "a", rng, 150)
	snap, err := c.NewDepthService().Symbol("ETHUSDT").Limit(5000).Do(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	churn(t, x, "ETHUSDT", "b", rng, 150)
	book := newLocalBook(snap)
	final := int64(x.LastUpdateID("ETHUSDT"))
	var prevU int64
	n := 0
	for book.lastID < final {
		ev := recv(t, events, "depth event")
		n++
		if prevU != 0 && ev.FirstUpdateID != prevU+1 {
			t.Fatalf("event %d: U = %d, previous u = %d", n, ev.FirstUpdateID, prevU)
		}
		if ev.FirstUpdateID > ev.LastUpdateID || ev.Symbol != "ETHUSDT" || ev.Event != "depthUpdate" {
			t.Fatalf("event %d malformed: %+v", n, ev)
		}
		prevU = ev.LastUpdateID
		if !book.update(ev) {
			t.Fatalf("event %d: gap after snapshot %d: U=%d u=%d", n, snap.LastUpdateID, ev.FirstUpdateID, ev.LastUpdateID)
		}
	}
	if n < 50 {
		t.Errorf("only %d events; the test wants many batches", n)
	}
	book.equal(t, x, "ETHUSDT")
}

func subscribeDepth(t *testing.T, x *binancetest.Exchange, symbol string) <-chan *binance.WsDepthEvent {
	t.Helper()
	events := make(chan *binance.WsDepthEvent, 100000)
	before := x.Connections()
	done, stop, err := binance.WsDepthServe100Ms(symbol, func(e *binance.WsDepthEvent) { events <- e }, func(error) {})
	if err != nil {
		t.Fatalf("WsDepthServe100Ms: %v", err)
	}
	t.Cleanup(func() { close(stop); <-done })
	eventually(t, "the stream to connect", func() bool { return x.Connections() > before })
	return events
}

func TestCombinedDepthStreams(t *testing.T) {
	x := start(t, func(o *binancetest.Options) { o.DepthInterval = time.Hour })
	events := make(chan *binance.WsDepthEvent, 1000)
	done, stop, err := binance.WsCombinedDepthServe100Ms([]string{"ETHUSDT", "BTCUSDT"}, func(e *binance.WsDepthEvent) { events <- e }, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { close(stop); <-done }()
	eventually(t, "the stream to connect", func() bool { return x.Connections() == 1 })
	for _, s := range []string{"ETHUSDT", "BTCUSDT"} {
		if _, err := x.Place("mm", s, venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("100"), Qty: d("1")}); err != nil {
			t.Fatal(err)
		}
	}
	x.FlushDiffs()
	got := map[string]*binance.WsDepthEvent{}
	for len(got) < 2 {
		ev := recv(t, events, "combined depth event")
		got[ev.Symbol] = ev
	}
	for _, s := range []string{"ETHUSDT", "BTCUSDT"} {
		ev := got[s]
		if ev == nil || len(ev.Bids) != 1 || ev.Bids[0].Price != "100.00000000" || ev.Bids[0].Quantity != "1.00000000" {
			t.Errorf("%s event = %+v", s, ev)
		}
		if ev != nil && uint64(ev.LastUpdateID) != x.LastUpdateID(s) {
			t.Errorf("%s u = %d, want %d", s, ev.LastUpdateID, x.LastUpdateID(s))
		}
	}
}

func TestInjectedGapAndDroppedDiffForceResync(t *testing.T) {
	for _, tc := range []struct {
		name   string
		inject func(x *binancetest.Exchange)
		lost   bool // the exchange really lost a change for the client
	}{
		{"gap", func(x *binancetest.Exchange) { x.InjectGap("ETHUSDT") }, false},
		{"drop", func(x *binancetest.Exchange) { x.DropNextDiff("ETHUSDT") }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := start(t, func(o *binancetest.Options) { o.DepthInterval = time.Hour })
			events := subscribeDepth(t, x, "ETHUSDT")
			c, _ := spotClient(t, x)
			ctx := context.Background()
			place := func(p string) {
				t.Helper()
				if _, err := x.Place("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d(p), Qty: d("1")}); err != nil {
					t.Fatal(err)
				}
				x.FlushDiffs()
			}
			snap, err := c.NewDepthService().Symbol("ETHUSDT").Do(ctx)
			if err != nil {
				t.Fatal(err)
			}
			book := newLocalBook(snap)
			place("100")
			if !book.update(recv(t, events, "first event")) {
				t.Fatal("gap on the first event")
			}
			tc.inject(x)
			if tc.lost {
				place("101") // this batch is dropped
			}
			place("102")
			ev := recv(t, events, "event after the fault")
			if ev.FirstUpdateID <= book.lastID+1 {
				t.Fatalf("no gap visible: U = %d after u = %d", ev.FirstUpdateID, book.lastID)
			}
			if book.update(ev) {
				t.Fatal("local book accepted an event after a gap")
			}
			// Resync from a fresh snapshot, as the procedure says.
			snap, err = c.NewDepthService().Symbol("ETHUSDT").Do(ctx)
			if err != nil {
				t.Fatal(err)
			}
			book = newLocalBook(snap)
			place("103")
			if !book.update(recv(t, events, "event after resync")) {
				t.Fatal("gap after resync")
			}
			book.equal(t, x, "ETHUSDT")
			if got, want := len(book.bids), 4; tc.lost && got != want {
				t.Errorf("bids after resync = %d, want %d", got, want)
			}
		})
	}
}

func TestStallThenResume(t *testing.T) {
	x := start(t, func(o *binancetest.Options) { o.DepthInterval = time.Hour })
	events := subscribeDepth(t, x, "ETHUSDT")
	x.Stall(300 * time.Millisecond)
	if _, err := x.Place("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("100"), Qty: d("1")}); err != nil {
		t.Fatal(err)
	}
	x.FlushDiffs()
	select {
	case ev := <-events:
		t.Fatalf("event during the stall: %+v", ev)
	case <-time.After(150 * time.Millisecond):
	}
	ev := recv(t, events, "event after the stall")
	if len(ev.Bids) != 1 {
		t.Errorf("event after the stall = %+v", ev)
	}
}

func TestDropConnections(t *testing.T) {
	x := start(t, func(o *binancetest.Options) { o.DepthInterval = time.Hour })
	errs := make(chan error, 1)
	done, stop, err := binance.WsDepthServe100Ms("ETHUSDT", func(*binance.WsDepthEvent) {}, func(err error) { errs <- err })
	if err != nil {
		t.Fatal(err)
	}
	defer close(stop)
	eventually(t, "the stream to connect", func() bool { return x.Connections() == 1 })
	x.DropConnections()
	if err := recv(t, errs, "the client's error"); err == nil {
		t.Fatal("nil error on a dropped connection")
	}
	recv(t, done, "the client's stream to end")
	eventually(t, "the server to forget the connection", func() bool { return x.Connections() == 0 })
	// Reconnect works.
	events := subscribeDepth(t, x, "ETHUSDT")
	if _, err := x.Place("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("100"), Qty: d("1")}); err != nil {
		t.Fatal(err)
	}
	x.FlushDiffs()
	recv(t, events, "event after reconnect")
}

func TestServerPings(t *testing.T) {
	x := start(t, func(o *binancetest.Options) {
		o.PingInterval = 20 * time.Millisecond
		o.PongWait = 100 * time.Millisecond
	})
	errs := make(chan error, 1)
	done, stop, err := binance.WsDepthServe100Ms("ETHUSDT", func(*binance.WsDepthEvent) {}, func(err error) { errs <- err })
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, "the stream to connect", func() bool { return x.Connections() == 1 })
	// go-binance answers pings with pongs, so the server keeps the
	// connection well past PongWait.
	select {
	case err := <-errs:
		t.Fatalf("connection dropped while answering pings: %v", err)
	case <-time.After(400 * time.Millisecond):
	}
	if got := x.Connections(); got != 1 {
		t.Errorf("connections = %d, want 1", got)
	}
	close(stop)
	<-done
}

type matchingLevel struct{ p, q decimal.Decimal }

func toML(ls []matching.PriceLevel) []matchingLevel {
	out := make([]matchingLevel, len(ls))
	for i, l := range ls {
		out[i] = matchingLevel{l.Price, l.Qty}
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }
