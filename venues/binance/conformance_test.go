package binance_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/venuetest"
)

var (
	_ venuetest.OrderVenue = (*binance.Client)(nil)
	_ venuetest.OrderVenue = (*binance.USDM)(nil)
)

// TestConformance runs the order-venue suite against the connector driving
// the local exchange through go-binance.
func TestConformance(t *testing.T) {
	const sym = "ADAUSDT"
	n := 0
	venuetest.RunOrderVenue(t, func(t *testing.T) *venuetest.Harness {
		c, err := binance.New(binance.Options{
			BaseURL: exchange.URL(), APIKey: testKey, SecretKey: testSecret, Symbols: []string{sym},
			StaleAfter: time.Second, ReconnectMin: 50 * time.Millisecond, ReconnectMax: 200 * time.Millisecond,
			WeightLimit: 10_000_000, Log: zerolog.Nop(),
		})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		out := make(chan venues.Event, 64)
		events := make(chan venues.Event, 4096)
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			defer wg.Done()
			if err := c.Run(ctx, out); !errors.Is(err, context.Canceled) {
				t.Errorf("Run = %v", err)
			}
		}()
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case e := <-out:
					switch e.(type) {
					case *venues.Fill, *venues.OrderUpdate:
						select {
						case events <- e:
						case <-ctx.Done():
							return
						}
					}
				}
			}
		}()
		var mu sync.Mutex
		var theirs []string
		n++
		t.Cleanup(func() {
			cctx, ccancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer ccancel()
			if _, err := c.CancelAll(cctx, sym); err != nil {
				t.Errorf("cleanup: %v", err)
			}
			mu.Lock()
			for _, id := range theirs {
				exchange.Cancel("cp", sym, id) //nolint:errcheck // filled ones are gone already
			}
			mu.Unlock()
			cancel()
			wg.Wait()
		})
		waitFor(t, "book in sync", 5*time.Second, func() bool { return !c.Stale(false, sym) })
		k := 0
		return &venuetest.Harness{
			Venue: c, Symbol: sym, Base: "ADA", Quote: "USDT",
			Mid: d("100"), Tick: d("0.01"), Lot: d("1"), MinQty: d("0.001"),
			MakerFee: makerFee, TakerFee: takerFee,
			Counterparty: func(req venues.OrderRequest) error {
				k++
				req.ClientID = fmt.Sprintf("cp-%d-%d", n, k)
				mu.Lock()
				theirs = append(theirs, req.ClientID)
				mu.Unlock()
				_, err := exchange.Place("cp", sym, req)
				return err
			},
			Events: events,
		}
	})
}
