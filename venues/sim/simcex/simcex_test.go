package simcex_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
	"github.com/navarb/navarb/venues/sim/simcex"
	"github.com/navarb/navarb/venues/venuetest"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var ethRules = matching.SymbolRules{Symbol: "ETHUSDT", Base: "ETH", Quote: "USDT",
	TickSize: d("0.01"), StepSize: d("0.001"), MinQty: d("0.001"), MaxQty: d("1000"), MinNotional: d("5")}

func newVenue(t *testing.T) *simcex.Venue {
	t.Helper()
	v, err := simcex.New(simcex.Options{Symbols: []matching.SymbolRules{ethRules},
		MakerFee: d("0.001"), TakerFee: d("0.002"),
		Balances: map[string]decimal.Decimal{"ETH": d("10"), "USDT": d("100000")}})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// run starts Run and returns its event channel; it stops with the test.
func run(t *testing.T, v *simcex.Venue) <-chan venues.Event {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan venues.Event)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := v.Run(ctx, out); !errors.Is(err, context.Canceled) {
			t.Errorf("Run = %v, want context.Canceled", err)
		}
	}()
	t.Cleanup(func() {
		cancel()
		wg.Wait()
	})
	return out
}

func TestConformance(t *testing.T) {
	venuetest.RunOrderVenue(t, func(t *testing.T) *venuetest.Harness {
		v := newVenue(t)
		return &venuetest.Harness{
			Venue: v, Symbol: "ETHUSDT", Base: "ETH", Quote: "USDT",
			Mid: d("3000"), Tick: d("0.01"), Lot: d("0.1"), MinQty: d("0.001"),
			MakerFee: d("0.001"), TakerFee: d("0.002"),
			Counterparty: func(req venues.OrderRequest) error {
				_, err := v.Place("mm", req)
				return err
			},
			Events: run(t, v),
		}
	})
}

// TestFillsReproduceBalances: the deltas of every fill add up to the
// balance changes, and the last balance event shows the balances.
func TestFillsReproduceBalances(t *testing.T) {
	v := newVenue(t)
	events := run(t, v)
	ctx := context.Background()
	for _, p := range []string{"2999", "3000", "3001"} {
		if _, err := v.Place("mm", venues.OrderRequest{Symbol: "ETHUSDT", Side: venues.Sell, Type: venues.Limit, Price: d(p), Qty: d("1")}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := v.PlaceOrder(ctx, venues.OrderRequest{Symbol: "ETHUSDT", Side: venues.Buy, Type: venues.Market, Qty: d("2.5"), PlanID: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := v.PlaceOrder(ctx, venues.OrderRequest{Symbol: "ETHUSDT", Side: venues.Sell, Type: venues.Limit, Price: d("3100.005"), Qty: d("1.0009"), PlanID: 2}); err != nil {
		t.Fatal(err)
	}
	if _, err := v.Place("mm", venues.OrderRequest{Symbol: "ETHUSDT", Side: venues.Buy, Type: venues.Market, Qty: d("1")}); err != nil { // 0.5 of mm's, 0.5 of ours
		t.Fatal(err)
	}
	base, quote := d("10"), d("100000")
	var last map[string]decimal.Decimal
	fills, balancesAfter := 0, false
	timeout := time.After(5 * time.Second)
	for fills < 4 || !balancesAfter {
		select {
		case e := <-events:
			switch x := e.(type) {
			case *venues.Fill:
				fills++
				base, quote = base.Add(x.BaseDelta), quote.Add(x.QuoteDelta)
			case *venues.BalanceUpdate:
				balancesAfter = fills == 4
				last = map[string]decimal.Decimal{}
				for _, b := range x.Balances {
					last[b.Asset] = b.Free
				}
			}
		case <-timeout:
			t.Fatalf("%d fills, want 4 and a balance update", fills)
		}
	}
	got := map[string]decimal.Decimal{}
	for _, b := range v.Balances() {
		got[b.Asset] = b.Free
	}
	// Bought 2.5 for 2999+3000+0.5*3001 = 7499.5, taker fee 0.2% in ETH;
	// sold 0.5 at 3100.01 (rounded up), maker fee 0.1% in USDT.
	wantETH := d("10").Add(d("2.5").Mul(d("0.998"))).Sub(d("0.5"))
	wantUSDT := d("100000").Sub(d("7499.5")).Add(d("1550.005").Mul(d("0.999")))
	if !got["ETH"].Equal(wantETH) || !got["USDT"].Equal(wantUSDT) {
		t.Errorf("balances %v, want ETH %s USDT %s", got, wantETH, wantUSDT)
	}
	if !base.Equal(wantETH) || !quote.Equal(wantUSDT) {
		t.Errorf("fills sum to ETH %s USDT %s, want %s, %s", base, quote, wantETH, wantUSDT)
	}
	if !last["ETH"].Equal(wantETH) || !last["USDT"].Equal(wantUSDT) {
		t.Errorf("last balance event %v, want ETH %s USDT %s", last, wantETH, wantUSDT)
	}
	open := v.OpenOrders("ETHUSDT")
	if len(open) != 1 || !open[0].Price.Equal(d("3100.01")) || !open[0].Qty.Equal(d("1")) || !open[0].Filled.Equal(d("0.5")) {
		t.Errorf("open = %+v, want the rounded sell 1 @ 3100.01 with 0.5 filled", open)
	}
}

// TestRunKeepsUndeliveredEvents: events not delivered before Run stops are
// delivered by the next Run, in order.
func TestRunKeepsUndeliveredEvents(t *testing.T) {
	v := newVenue(t)
	ctx := context.Background()
	for i := range 3 {
		if _, err := v.PlaceOrder(ctx, venues.OrderRequest{Symbol: "ETHUSDT", Side: venues.Buy, Type: venues.Limit,
			Price: d("2000"), Qty: d("1"), PlanID: uint64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := v.Run(cctx, make(chan venues.Event)); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v", err)
	}
	events := run(t, v)
	for i := range 3 {
		select {
		case e := <-events:
			u, ok := e.(*venues.OrderUpdate)
			if !ok || u.Order.ClientID != simcex.ClientID(uint64(i+1), 0) {
				t.Errorf("event %d = %#v, want the update of plan %d", i, e, i+1)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("event %d not delivered", i)
		}
	}
}
