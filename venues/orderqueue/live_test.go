package orderqueue_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/binance/binancetest"
	"github.com/navarb/navarb/venues/orderqueue"
)

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// noExec refuses plans: this test quotes and never mints or redeems.
type noExec struct{}

func (noExec) Submit(context.Context, venues.Plan) error {
	return errors.New("no executor in this test")
}

func clientOptions() binance.Options {
	return binance.Options{
		Venue: "binance", BaseURL: exchange.URL(), FuturesBaseURL: exchange.URL(),
		APIKey: testKey, SecretKey: testSecret,
		Depth: 20, StaleAfter: 300 * time.Millisecond,
		ReconnectMin: 50 * time.Millisecond, ReconnectMax: 200 * time.Millisecond,
		WeightLimit: 10_000_000, OrderLimit10s: 100_000, RequestTimeout: 2 * time.Second,
		ClientIDPrefix: "mmt", Log: zerolog.Nop(),
	}
}

func mmParams() mm.Params {
	return mm.Params{
		Levels: 2, LevelQty: 1, LevelSpacingBps: 5, BaseHalfSpreadBps: 10,
		MakerFeeBps: 1, MinEdgeBps: 2, Tick: 0.01, Lot: 0.01, MinQty: 0.01,
		Skew: mm.SkewLinear, SkewBpsPerToken: 1, MaxInventoryUSD: 2000, SizeReduction: 0.5,
		RefreshToleranceBps: 5, MaxQuoteAge: time.Minute, MaxDataAge: 2 * time.Second,
		MaxActionsPerCall: 8, MaxActionsPerSecond: 20, ActionBurst: 20,
		FlattenBandUSD: 1500, FlattenTargetUSD: 500, UnwindBandUSD: 100,
	}
}

// open lists our open orders on the token book as the exchange holds them
// (its REST openOrders), split into the previous run's and this run's.
func open(t *testing.T, c *binance.Client) (prev, ours []venues.Order) {
	t.Helper()
	os, err := c.OpenOrders(context.Background(), "ETH2XUSDT")
	if err != nil {
		t.Fatalf("open orders: %v", err)
	}
	for _, o := range os {
		if strings.HasPrefix(o.ClientID, "prevrun") {
			prev = append(prev, o)
		} else {
			ours = append(ours, o)
		}
	}
	return prev, ours
}

// waitFor polls the exchange until cond holds, and returns when it did.
func waitFor(t *testing.T, what string, limit time.Duration, cond func() bool) time.Time {
	t.Helper()
	end := time.Now().Add(limit)
	for {
		if cond() {
			return time.Now()
		}
		if time.Now().After(end) {
			t.Fatalf("%s: not within %v", what, limit)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestQuotesCancelledOnStartStaleAndShutdown drives the engine's market
// making through this queue and the real go-binance connector against the
// local exchange: orders a previous run left are cancelled at start; with
// quotes resting, a stalled stream (the connector flags the book stale)
// empties the book of our orders within 1 s of the stale event; quoting
// resumes once the stream recovers; and a shutdown (context cancelled)
// empties it within 1 s. Open orders are read from the exchange's REST
// openOrders, not from the engine.
func TestQuotesCancelledOnStartStaleAndShutdown(t *testing.T) {
	if err := exchange.Seed("ETHUSDT", binancetest.Liquidity{Mid: decimal.NewFromInt(3000), Levels: 10, Qty: decimal.NewFromInt(5)}); err != nil {
		t.Fatal(err)
	}
	// A client with no books: the previous run, and our window on the
	// exchange's open orders.
	prev, err := binance.New(func() binance.Options { o := clientOptions(); o.ClientIDPrefix = "prev"; return o }())
	if err != nil {
		t.Fatal(err)
	}
	for i, px := range []string{"29.00", "31.00"} {
		side := venues.Buy
		if i == 1 {
			side = venues.Sell
		}
		if _, err := prev.PlaceOrder(context.Background(), venues.OrderRequest{Symbol: "ETH2XUSDT", Side: side, Type: venues.Limit,
			Price: decimal.RequireFromString(px), Qty: decimal.NewFromInt(2), ClientID: "prevrun" + string(rune('a'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	if p, _ := open(t, prev); len(p) != 2 {
		t.Fatalf("%d orders of the previous run resting, want 2", len(p))
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	defer wg.Wait()
	// Another participant keeps the underlying's book moving, as a live
	// market does (so a silent stream is a stalled one).
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ctx.Err() == nil; i++ {
			id := "mover" + string(rune('a'+i%2))
			exchange.Cancel("mover", "ETHUSDT", id) //nolint:errcheck // the first has nothing to cancel
			px := decimal.RequireFromString("2999.80").Add(decimal.New(int64(i%5), -2))
			exchange.Place("mover", "ETHUSDT", venues.OrderRequest{Symbol: "ETHUSDT", Side: venues.Buy, Type: venues.LimitMaker, //nolint:errcheck // best effort
				Price: px, Qty: decimal.RequireFromString("0.5"), ClientID: id})
			select {
			case <-ctx.Done():
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()

	o := clientOptions()
	o.Symbols = []string{"ETHUSDT", "ETH2XUSDT"}
	client, err := binance.New(o)
	if err != nil {
		t.Fatal(err)
	}
	src := make(chan venues.Event, 4096)
	eng := make(chan venues.Event, 4096)
	q, err := orderqueue.New(orderqueue.Options{Venue: client, Name: "binance", Events: src,
		Symbols: []string{"ETH2XUSDT"}, ShutdownTimeout: 2 * time.Second, CallTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	gate, err := risk.NewGate(risk.Limits{
		MaxNotionalUSDPerToken: 1e5, MaxTotalNotionalUSD: 1e5, MaxInventoryUSD: 5000,
		MaxGasPriceGwei: 10, GasBudgetUSDPerHour: 10, GasBudgetUSDPerDay: 100,
		MaxDrawdownUSD: 1000, DrawdownPause: time.Hour,
		MaxBookAge: 2 * time.Second, MaxPoolAge: time.Minute, MaxNAVAge: time.Minute,
		NAVSanityBps: 1000, NAVDisagreementBps: 100,
	}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	p := mmParams()
	e, err := strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{Symbol: "ETH2X", Chain: "test", Pool: "ETH2X-POOL", UnderlyingBook: "ETHUSDT", Leverage: 2,
			GasUnitsMintSell: 1, GasUnitsBuyRedeem: 1,
			MM: &strategy.MMSpec{Venue: "binance", Book: "ETH2XUSDT", Quote: "USDT", Params: p,
				Tick: decimal.RequireFromString("0.01"), Lot: decimal.RequireFromString("0.01"),
				ClientPrefix: "mmt", VolHalfLife: time.Minute, VolInitial: 0.5}}},
		Clock: wallClock{}, Executor: noExec{}, Gate: gate, Kill: gate, Log: zerolog.Nop(),
		ArbDisabled: true, Orders: q, MMTick: 100 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	// The chain's side (the token's position and NAV): out of this test's
	// scope, given as events. Fair = 0.02 x 3000 - 30 = 30.
	now := time.Now()
	src <- &venues.IssuerUpdate{Time: now, Token: "ETH2X", MintFeeBps: 10, RedeemFeeBps: 10, Leverage: 2,
		CollateralPerToken: 0.02, DebtPerToken: 30, FeeAccruedAt: now}
	src <- &venues.NAVUpdate{Time: now, Token: "ETH2X", NAV: 30, Source: venues.NAVIssuer}
	src <- &venues.GasUpdate{Time: now, Chain: "test", BaseFeeGwei: 0.01, NativeUSD: 3000}

	// The relay notes when the first stale event reaches the engine.
	var mu sync.Mutex
	var armed bool
	var staleAt time.Time
	var staleEv string
	stopped := make(chan struct{}, 3)
	wg.Add(4)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case ev := <-src:
				stale := false
				switch x := ev.(type) {
				case *venues.BookUpdate:
					stale = x.Stale
				case *venues.VenueStatus:
					stale = x.Stale
				}
				mu.Lock()
				if stale && armed && staleAt.IsZero() {
					staleAt, staleEv = time.Now(), fmt.Sprintf("%T %+v", ev, ev)
				}
				mu.Unlock()
				select {
				case eng <- ev:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	go func() { defer wg.Done(); client.Run(ctx, src); stopped <- struct{}{} }() //nolint:errcheck // cancelled
	go func() { defer wg.Done(); q.Run(ctx); stopped <- struct{}{} }()           //nolint:errcheck // cancelled
	start := time.Now()
	go func() { defer wg.Done(); e.Run(ctx, eng); stopped <- struct{}{} }() //nolint:errcheck // cancelled

	// Start: the previous run's orders go, ours come.
	gone := waitFor(t, "previous run's orders cancelled", 5*time.Second, func() bool { p, _ := open(t, prev); return len(p) == 0 })
	t.Logf("start-up: previous run's orders cancelled %v after start", gone.Sub(start).Round(time.Millisecond))
	if gone.Sub(start) > time.Second {
		t.Errorf("previous run's orders cancelled after %v, want within 1s", gone.Sub(start))
	}
	waitFor(t, "quotes resting", 10*time.Second, func() bool { _, ours := open(t, prev); return len(ours) >= 2 })

	// Stale data: the streams stall; the connector flags the books stale.
	_, resting := open(t, prev)
	mu.Lock()
	armed = true
	mu.Unlock()
	stallAt := time.Now()
	exchange.Stall(2 * time.Second)
	waitFor(t, "a stale event", 5*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return !staleAt.IsZero() })
	clear := waitFor(t, "quotes cancelled on stale data", 5*time.Second, func() bool { _, ours := open(t, prev); return len(ours) == 0 })
	mu.Lock()
	lat := clear.Sub(staleAt)
	mu.Unlock()
	t.Logf("stale data: stall injected, stale event %v later (%.120s); %d resting quotes cancelled %v after it",
		staleAt.Sub(stallAt).Round(time.Millisecond), staleEv, len(resting), lat.Round(time.Millisecond))
	if lat > time.Second {
		t.Errorf("quotes cancelled %v after the stale event, want within 1s", lat)
	}

	// Recovery: the streams resync and quoting resumes.
	back := waitFor(t, "quotes resting again after recovery", 15*time.Second, func() bool { _, ours := open(t, prev); return len(ours) >= 2 })
	t.Logf("quoting resumed %v after the stall began", back.Sub(stallAt).Round(time.Millisecond))

	// Shutdown: cancel the context; every quote is gone within 1 s.
	_, resting = open(t, prev)
	down := time.Now()
	cancel()
	clear = waitFor(t, "quotes cancelled on shutdown", 5*time.Second, func() bool { _, ours := open(t, prev); return len(ours) == 0 })
	t.Logf("shutdown: %d resting quotes cancelled %v after the signal", len(resting), clear.Sub(down).Round(time.Millisecond))
	if clear.Sub(down) > time.Second {
		t.Errorf("quotes cancelled %v after shutdown, want within 1s", clear.Sub(down))
	}
	for range 3 {
		<-stopped
	}
	res := e.MMResults(time.Now())
	if len(res) != 1 || res[0].QuotesPlaced < 4 || res[0].CancelAlls["stale_data"]+res[0].CancelAlls["disconnect"] == 0 || res[0].CancelAlls["startup"] != 1 {
		t.Errorf("engine figures %+v: want quotes placed and cancel-alls for startup and stale data", res)
	}
}
