package binance_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

// recorder counts what the connector reports through Options.Metrics.
type recorder struct {
	mu                sync.Mutex
	latency           map[string]int // venue/op
	placed, cancelled map[string]int
}

func newRecorder() *recorder {
	return &recorder{latency: map[string]int{}, placed: map[string]int{}, cancelled: map[string]int{}}
}

func (r *recorder) ObserveLatency(venue, op string, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if d > 0 {
		r.latency[venue+"/"+op]++
	}
}

func (r *recorder) OrderPlaced(venue string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.placed[venue]++
}

func (r *recorder) OrderCancelled(venue string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cancelled[venue]++
}

// TestMetricsRecorder: placements, cancellations (one by one and all at
// once) and the latency of every REST request reach Options.Metrics.
func TestMetricsRecorder(t *testing.T) {
	rec := newRecorder()
	c := restConn(t, func(o *binance.Options) { o.Metrics = rec })
	ctx := ctxTimeout(t, 10*time.Second)
	var ids []string
	for i := range 3 {
		o, err := c.PlaceOrder(ctx, venues.OrderRequest{Symbol: restSym, Side: venues.Buy, Type: venues.Limit,
			Price: d("100"), Qty: d("0.1"), PlanID: uint64(9701 + i)})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, o.ClientID)
	}
	if _, err := c.CancelOrder(ctx, restSym, ids[0]); err != nil {
		t.Fatal(err)
	}
	cancelled, err := c.CancelAll(context.Background(), restSym)
	if err != nil {
		t.Fatal(err)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if got, want := rec.placed["binance"], 3; got != want {
		t.Errorf("placed %d, want %d", got, want)
	}
	if got, want := rec.cancelled["binance"], 1+len(cancelled); got != want || len(cancelled) != 2 {
		t.Errorf("cancelled %d (cancel-all returned %d), want %d and 2", got, len(cancelled), want)
	}
	if rec.latency["binance/order"] < 3 || rec.latency["binance/rest"] < 3 {
		t.Errorf("latency observations %v, want at least 3 order and 3 other requests", rec.latency)
	}
}
