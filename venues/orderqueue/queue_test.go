package orderqueue_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/orderqueue"
	"github.com/navarb/navarb/venues/sim/matching"
	"github.com/navarb/navarb/venues/sim/simcex"
)

// gated holds every venue call until released: fault injection for a
// slow venue, in front of the real simulated exchange.
type gated struct {
	*simcex.Venue
	release chan struct{}
}

func (g *gated) PlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error) {
	<-g.release
	return g.Venue.PlaceOrder(ctx, req)
}

func newVenue(t *testing.T) *simcex.Venue {
	t.Helper()
	v, err := simcex.New(simcex.Options{Symbols: []matching.SymbolRules{rules("ETH2XUSDT", "ETH2X")}})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func limit(side venues.Side, px, id string) venues.OrderRequest {
	return venues.OrderRequest{Symbol: "ETH2XUSDT", Side: side, Type: venues.LimitMaker,
		Price: decimal.RequireFromString(px), Qty: decimal.NewFromInt(1), ClientID: id}
}

// TestCancelAllJumpsTheQueue: with the venue busy on a placement, a
// cancel-all goes ahead of the placements queued behind it, which are
// dropped and reported REJECTED; a placement the venue refuses is
// reported REJECTED too; at shutdown the symbol is left with no order.
func TestCancelAllJumpsTheQueue(t *testing.T) {
	v := newVenue(t)
	g := &gated{Venue: v, release: make(chan struct{})}
	events := make(chan venues.Event, 16)
	q, err := orderqueue.New(orderqueue.Options{Venue: g, Name: "sim", Events: events, Capacity: 3})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Run(ctx) }()

	for _, r := range []venues.OrderRequest{limit(venues.Buy, "29.00", "a"), limit(venues.Buy, "29.10", "b"), limit(venues.Sell, "31.00", "c")} {
		if err := q.SubmitOrder(r); err != nil {
			t.Fatal(err)
		}
	}
	// "a" is with the venue (held); "b" and "c" wait. The queue is full
	// for placements, never for a cancel-all.
	time.Sleep(20 * time.Millisecond)
	if err := q.SubmitOrder(limit(venues.Sell, "31.10", "d")); err != nil {
		t.Fatal(err) // "a" left the queue: room for one
	}
	if err := q.SubmitOrder(limit(venues.Sell, "31.20", "e")); !errors.Is(err, orderqueue.ErrFull) {
		t.Fatalf("submit into a full queue: %v, want ErrFull", err)
	}
	if err := q.SubmitCancelAll("ETH2XUSDT"); err != nil {
		t.Fatal(err)
	}
	close(g.release)
	rejected := map[string]bool{}
	for len(rejected) < 3 {
		select {
		case ev := <-events:
			if u, ok := ev.(*venues.OrderUpdate); ok && u.Order.Status == venues.OrderRejected {
				rejected[u.Order.ClientID] = true
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("rejected %v, want b, c and d", rejected)
		}
	}
	// "a" reached the book before the cancel-all, which removed it.
	deadline := time.Now().Add(2 * time.Second)
	for len(v.OpenOrders("ETH2XUSDT")) != 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if n := len(v.OpenOrders("ETH2XUSDT")); n != 0 {
		t.Errorf("%d orders open after the cancel-all", n)
	}
	// A refused placement (below the minimum notional) is reported.
	if err := q.SubmitOrder(venues.OrderRequest{Symbol: "ETH2XUSDT", Side: venues.Buy, Type: venues.Limit,
		Price: decimal.RequireFromString("0.01"), Qty: decimal.RequireFromString("0.01"), ClientID: "tiny"}); err != nil {
		t.Fatal(err)
	}
	// And a good one that shutdown must remove.
	if err := q.SubmitOrder(limit(venues.Buy, "29.00", "f")); err != nil {
		t.Fatal(err)
	}
	got := false
	for !got {
		select {
		case ev := <-events:
			if u, ok := ev.(*venues.OrderUpdate); ok && u.Order.ClientID == "tiny" && u.Order.Status == venues.OrderRejected {
				got = true
			}
		case <-time.After(2 * time.Second):
			t.Fatal("refused placement not reported")
		}
	}
	for len(v.OpenOrders("ETH2XUSDT")) == 0 && time.Now().Before(deadline.Add(2*time.Second)) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v", err)
	}
	if n := len(v.OpenOrders("ETH2XUSDT")); n != 0 {
		t.Errorf("%d orders open after shutdown", n)
	}
	if err := q.SubmitOrder(limit(venues.Buy, "29.00", "g")); !errors.Is(err, orderqueue.ErrClosed) {
		t.Errorf("submit after Run: %v, want ErrClosed", err)
	}
}
