package binance_test

import (
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/binance/binancetest"
	"github.com/navarb/navarb/venues/sim/matching"
)

// TestFutures: the USD-M book syncs and follows the exchange through a
// gap, orders and fills work with the same rules (post-only rejected when
// crossing, fills reported once with exact deltas), and positions and
// fees are read from the venue.
func TestFutures(t *testing.T) {
	const sym = "ETHUSDT"
	if err := exchange.Seed(sym, binancetest.Liquidity{Mid: decimal.NewFromInt(3000), Levels: 10, Qty: decimal.NewFromInt(2), Futures: true}); err != nil {
		t.Fatal(err)
	}
	c := startConn(t, func(o *binance.Options) { o.FuturesSymbols = []string{sym} })
	fresh := func() bool {
		b := c.book(c.FuturesVenue(), sym)
		if b == nil || b.Stale {
			return false
		}
		bids, asks := exchange.BookExact(true, sym, 50)
		return exactEqual(b.Bids, bids) && exactEqual(b.Asks, asks)
	}
	waitFor(t, "futures book", 5*time.Second, fresh)
	exchange.InjectGap(sym)
	if _, err := exchange.PlaceFutures("mm", sym, venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("2990"), Qty: d("1")}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "futures gap detected", 5*time.Second, func() bool { return countStale(c.statuses(c.FuturesVenue(), sym)) >= 2 })
	waitFor(t, "futures book after the gap", 5*time.Second, fresh)

	ctx := ctxTimeout(t, 10*time.Second)
	o, err := c.FuturesPlaceOrder(ctx, venues.OrderRequest{Symbol: sym, Side: venues.Buy, Type: venues.Market, Qty: d("0.5"), PlanID: 701, Leg: 1})
	if err != nil || o.Status != venues.OrderFilled {
		t.Fatalf("futures market buy: %+v, %v", o, err)
	}
	fs := c.waitFills(t, 701, 1)
	f := fs[0]
	notional := d("3000.01").Mul(d("0.5"))
	if f.Venue != "binance-usdm" || !f.BaseDelta.Equal(d("0.5")) || f.FeeAsset != "USDT" ||
		!f.Fee.Equal(notional.Mul(takerFee)) || !f.QuoteDelta.Equal(notional.Neg().Sub(f.Fee)) {
		t.Errorf("futures fill %+v: want +0.5 ETH at 3000.01 on binance-usdm, USDT fee", f)
	}
	ps, err := c.FuturesPositions(ctx)
	if err != nil || len(ps) != 1 || ps[0].Symbol != sym || !ps[0].Qty.Equal(d("0.5")) {
		t.Errorf("positions = %+v, %v; want ETHUSDT 0.5", ps, err)
	}
	_, err = c.FuturesPlaceOrder(ctx, venues.OrderRequest{Symbol: sym, Side: venues.Sell, Type: venues.LimitMaker, Price: d("2990"), Qty: d("0.1"), PlanID: 702})
	if !errors.Is(err, venues.ErrRejected) {
		t.Errorf("crossing post-only: %v, want ErrRejected", err)
	}
	o, err = c.FuturesPlaceOrder(ctx, venues.OrderRequest{Symbol: sym, Side: venues.Sell, Type: venues.LimitMaker, Price: d("3100"), Qty: d("0.1"), PlanID: 703})
	if err != nil || o.Status != venues.OrderNew || o.Type != venues.LimitMaker {
		t.Fatalf("resting post-only: %+v, %v", o, err)
	}
	open, err := c.FuturesOpenOrders(ctx, sym)
	if err != nil || len(open) != 1 {
		t.Fatalf("open = %v, %v", open, err)
	}
	all, err := c.USDM().CancelAll(ctx, sym)
	if err != nil || len(all) != 1 || all[0].Status != venues.OrderCanceled {
		t.Fatalf("cancel all = %v, %v", all, err)
	}
	// Close the position again for the tests after this one.
	if _, err := c.FuturesPlaceOrder(ctx, venues.OrderRequest{Symbol: sym, Side: venues.Sell, Type: venues.Market, Qty: d("0.5"), PlanID: 704}); err != nil {
		t.Fatal(err)
	}
	c.waitFills(t, 704, 1)
	bals, err := c.FuturesBalances(ctx)
	if err != nil || len(bals) != 1 || bals[0].Asset != "USDT" || !bals[0].Free.Equal(exchange.FuturesWallet()) {
		t.Errorf("futures balances %+v, %v; want the exchange's wallet %s", bals, err, exchange.FuturesWallet())
	}
}

func exactEqual(a []venues.Level, b []matching.PriceLevel) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		p, _ := b[i].Price.Float64()
		q, _ := b[i].Qty.Float64()
		if a[i].Price != p || a[i].Qty != q {
			return false
		}
	}
	return true
}
