// Package venuetest is the conformance suite for order-book venues: every
// implementation of OrderVenue (the Binance connector against its local
// exchange, the simulated venue) must pass RunOrderVenue, so the strategy
// sees the same behaviour from each.
package venuetest

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// OrderVenue is what the strategy consumes from an order-book venue.
type OrderVenue interface {
	PlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error)
	CancelOrder(ctx context.Context, symbol, clientID string) (venues.Order, error)
	CancelAll(ctx context.Context, symbol string) ([]venues.Order, error)
}

// Harness is one fresh venue under test.
type Harness struct {
	Venue OrderVenue
	// Symbol is traded by the suite; Base and Quote are its assets.
	Symbol, Base, Quote string
	// Mid is a price with no resting orders within 20 ticks of it.
	Mid decimal.Decimal
	// Tick is the price increment. Lot is an order size on the step grid
	// whose notional at Mid clears the minimum; MinQty is the venue's
	// minimum quantity (positive).
	Tick, Lot, MinQty decimal.Decimal
	// MakerFee and TakerFee are the venue's commission rates.
	MakerFee, TakerFee decimal.Decimal
	// Counterparty places an order for another account on the same book.
	Counterparty func(req venues.OrderRequest) error
	// Events are the venue's events for our account (fills and order
	// updates; others are ignored).
	Events <-chan venues.Event
	// Wait bounds each wait for an event (default 5s).
	Wait time.Duration
}

// RunOrderVenue runs the suite; newHarness makes a fresh venue for each
// case (and cleans it up with t.Cleanup).
func RunOrderVenue(t *testing.T, newHarness func(t *testing.T) *Harness) {
	cases := []struct {
		name string
		run  func(t *testing.T, s *suite)
	}{
		{"LimitRestsAndCancels", limitRestsAndCancels},
		{"LimitMakerNeverTakes", limitMakerNeverTakes},
		{"IOCFillsWhatItCanAndExpires", iocFillsAndExpires},
		{"MarketSweepsLevelsWithExactFills", marketSweeps},
		{"RestingOrderReportsMakerFills", makerFills},
		{"SameClientIDPlacesOnce", sameClientIDOnce},
		{"CancelAll", cancelAll},
		{"TooSmallIsRejected", tooSmall},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t)
			if h.Wait <= 0 {
				h.Wait = 5 * time.Second
			}
			if !h.MinQty.IsPositive() || !h.Lot.IsPositive() || !h.Tick.IsPositive() {
				t.Fatal("venuetest: harness needs positive Tick, Lot and MinQty")
			}
			s := &suite{h: h, plan: rand.Uint64() >> 16}
			s.record(t)
			c.run(t, s)
		})
	}
}

// suite is one case's state: the harness, a plan id source and the events
// seen so far.
type suite struct {
	h    *Harness
	plan uint64
	mu   sync.Mutex
	evs  []venues.Event
}

// record collects the harness's events until the case ends.
func (s *suite) record(t *testing.T) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			case e := <-s.h.Events:
				s.mu.Lock()
				s.evs = append(s.evs, e)
				s.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		close(done)
		wg.Wait()
	})
}

func (s *suite) nextPlan() uint64 {
	s.plan++
	return s.plan
}

func (s *suite) ctx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*s.h.Wait)
	t.Cleanup(cancel)
	return ctx
}

// ticks is Mid moved by n ticks.
func (s *suite) ticks(n int64) decimal.Decimal {
	return s.h.Mid.Add(s.h.Tick.Mul(decimal.NewFromInt(n)))
}

func (s *suite) lots(n string) decimal.Decimal {
	return s.h.Lot.Mul(decimal.RequireFromString(n))
}

func (s *suite) place(t *testing.T, side venues.Side, typ venues.OrderType, price, qty decimal.Decimal, leg int) (venues.OrderRequest, venues.Order, error) {
	t.Helper()
	req := venues.OrderRequest{Symbol: s.h.Symbol, Side: side, Type: typ, Price: price, Qty: qty, PlanID: s.nextPlan(), Leg: leg}
	o, err := s.h.Venue.PlaceOrder(s.ctx(t), req)
	return req, o, err
}

func (s *suite) counterparty(t *testing.T, side venues.Side, typ venues.OrderType, price, qty decimal.Decimal) {
	t.Helper()
	if err := s.h.Counterparty(venues.OrderRequest{Symbol: s.h.Symbol, Side: side, Type: typ, Price: price, Qty: qty}); err != nil {
		t.Fatalf("counterparty: %v", err)
	}
}

// waitFor polls the recorded events until cond holds.
func (s *suite) waitFor(t *testing.T, what string, cond func(evs []venues.Event) bool) {
	t.Helper()
	deadline := time.Now().Add(s.h.Wait)
	for {
		s.mu.Lock()
		ok := cond(s.evs)
		s.mu.Unlock()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// fills are the recorded fills of a plan.
func (s *suite) fills(plan uint64) []*venues.Fill {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*venues.Fill
	for _, e := range s.evs {
		if f, ok := e.(*venues.Fill); ok && f.PlanID == plan {
			out = append(out, f)
		}
	}
	return out
}

// waitFilled waits until a plan's fills add up to qty base (before fees)
// and a final order update arrived, then checks nothing more comes.
func (s *suite) waitFilled(t *testing.T, plan uint64, clientID string, qty decimal.Decimal, final venues.OrderStatus) []*venues.Fill {
	t.Helper()
	s.waitFor(t, "fills and final order update", func(evs []venues.Event) bool {
		var sum decimal.Decimal
		done := false
		for _, e := range evs {
			switch x := e.(type) {
			case *venues.Fill:
				if x.PlanID == plan {
					sum = sum.Add(x.BaseDelta.Abs())
					if x.FeeAsset == s.h.Base {
						sum = sum.Add(x.Fee)
					}
				}
			case *venues.OrderUpdate:
				if x.Order.ClientID == clientID && x.Order.Status == final {
					done = true
				}
			}
		}
		return done && sum.Equal(qty)
	})
	time.Sleep(50 * time.Millisecond)
	fs := s.fills(plan)
	var sum decimal.Decimal
	for _, f := range fs {
		sum = sum.Add(f.BaseDelta.Abs())
		if f.FeeAsset == s.h.Base {
			sum = sum.Add(f.Fee)
		}
	}
	if !sum.Equal(qty) {
		t.Fatalf("plan %d: fills add up to %s, want %s (a duplicated fill?)", plan, sum, qty)
	}
	return fs
}

// checkFill checks one fill's shape and fee against the harness.
func (s *suite) checkFill(t *testing.T, f *venues.Fill, req venues.OrderRequest, maker bool) {
	t.Helper()
	if f.Instrument != s.h.Symbol || f.Base != s.h.Base || f.Quote != s.h.Quote || f.Venue == "" {
		t.Errorf("fill %+v: want %s (%s/%s) on a named venue", f, s.h.Symbol, s.h.Base, s.h.Quote)
	}
	if f.PlanID != req.PlanID || f.Leg != req.Leg || f.Maker != maker {
		t.Errorf("fill %+v: want plan %d leg %d maker %v", f, req.PlanID, req.Leg, maker)
	}
	rate := s.h.TakerFee
	if maker {
		rate = s.h.MakerFee
	}
	tol := decimal.New(1, -8)
	if req.Side == venues.Buy {
		qty := f.BaseDelta.Add(f.Fee)
		if f.Action != venues.ActionBuy || f.FeeAsset != s.h.Base || !f.QuoteDelta.IsNegative() ||
			f.Fee.Sub(qty.Mul(rate)).Abs().GreaterThan(tol) {
			t.Errorf("buy fill %+v: want base in, quote out, fee %s of the base", f, rate)
		}
	} else {
		quote := f.QuoteDelta.Add(f.Fee)
		if f.Action != venues.ActionSell || f.FeeAsset != s.h.Quote || !f.BaseDelta.IsNegative() ||
			f.Fee.Sub(quote.Mul(rate)).Abs().GreaterThan(tol) {
			t.Errorf("sell fill %+v: want base out, quote in, fee %s of the quote", f, rate)
		}
	}
}

func wantErr(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("%s: err = %v, want %v", what, err, target)
	}
}
