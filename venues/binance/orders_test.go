package binance_test

import (
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

const orderSym = "SOLUSDT"

// rest places a resting order for another account.
func rest(t *testing.T, symbol string, side venues.Side, price, qty string) {
	t.Helper()
	if _, err := exchange.Place("mm", symbol, venues.OrderRequest{Side: side, Type: venues.Limit, Price: d(price), Qty: d(qty)}); err != nil {
		t.Fatal(err)
	}
}

// clearBook cancels our orders and takes out everyone else's on symbol.
func clearBook(t *testing.T, c *conn, symbol string) {
	t.Helper()
	if _, err := c.CancelAll(ctxTimeout(t, 5*time.Second), symbol); err != nil {
		t.Fatal(err)
	}
	bids, asks := exchange.BookExact(false, symbol, 0)
	for _, l := range asks {
		if _, err := exchange.Place("sweeper", symbol, venues.OrderRequest{Side: venues.Buy, Type: venues.IOC, Price: l.Price, Qty: l.Qty}); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range bids {
		if _, err := exchange.Place("sweeper", symbol, venues.OrderRequest{Side: venues.Sell, Type: venues.IOC, Price: l.Price, Qty: l.Qty}); err != nil {
			t.Fatal(err)
		}
	}
}

// waitFills waits for n fills of a plan and then checks no more arrive for
// a moment.
func (c *conn) waitFills(t *testing.T, plan uint64, n int) []*venues.Fill {
	t.Helper()
	waitFor(t, "fills", 5*time.Second, func() bool { return len(c.fills(plan)) >= n })
	time.Sleep(50 * time.Millisecond)
	fs := c.fills(plan)
	if len(fs) != n {
		t.Fatalf("plan %d: %d fills, want %d", plan, len(fs), n)
	}
	return fs
}

// lastOrderUpdate is the latest update of a client id.
func (c *conn) lastOrderUpdate(clientID string) (venues.Order, bool) {
	var o venues.Order
	found := false
	for _, e := range c.snapshot() {
		if u, ok := e.(*venues.OrderUpdate); ok && u.Order.ClientID == clientID {
			o, found = u.Order, true
		}
	}
	return o, found
}

func TestOrdersFillsAndBalances(t *testing.T) {
	c := startConn(t, func(o *binance.Options) { o.Symbols = []string{orderSym} })
	c.waitFresh(t, orderSym)
	clearBook(t, c, orderSym)
	startBal := exchange.Balances()
	rest(t, orderSym, venues.Sell, "100.00", "1")
	rest(t, orderSym, venues.Sell, "100.01", "1")
	rest(t, orderSym, venues.Buy, "99.00", "1")
	waitFor(t, "book", 5*time.Second, func() bool { return c.matchesExchange(orderSym, 50) })
	ctx := ctxTimeout(t, 10*time.Second)

	// MARKET buy 1.5 sweeps two levels: two taker fills, fee in base.
	o, err := c.PlaceOrder(ctx, venues.OrderRequest{Symbol: orderSym, Side: venues.Buy, Type: venues.Market, Qty: d("1.5"), PlanID: 101, Leg: 0})
	if err != nil {
		t.Fatal(err)
	}
	if o.Status != venues.OrderFilled || !o.Filled.Equal(d("1.5")) || !o.QuoteFilled.Equal(d("150.005")) {
		t.Errorf("market order = %v %s/%s, want FILLED 1.5/150.005", o.Status, o.Filled, o.QuoteFilled)
	}
	fs := c.waitFills(t, 101, 2)
	base, quote := sumFills(fs)
	if want := d("1.5").Sub(d("1.5").Mul(takerFee)); !base.Equal(want) || !quote.Equal(d("-150.005")) {
		t.Errorf("market fills sum to %s base, %s quote; want %s, -150.005", base, quote, want)
	}
	for _, f := range fs {
		if f.Leg != 0 || f.Action != venues.ActionBuy || f.Maker || f.FeeAsset != "SOL" || f.Base != "SOL" || f.Quote != "USDT" || f.Venue != "binance" || f.Instrument != orderSym {
			t.Errorf("fill %+v: want leg 0, buy, taker, SOL fee, SOL/USDT on binance", f)
		}
	}

	// A resting LIMIT sell is partly taken by another account: maker fill,
	// fee in quote; then cancelled.
	sell := venues.OrderRequest{Symbol: orderSym, Side: venues.Sell, Type: venues.Limit, Price: d("101"), Qty: d("1"), PlanID: 102, Leg: 1}
	o, err = c.PlaceOrder(ctx, sell)
	if err != nil || o.Status != venues.OrderNew {
		t.Fatalf("limit sell: %v, %v", o.Status, err)
	}
	if _, err := exchange.Place("taker", orderSym, venues.OrderRequest{Side: venues.Buy, Type: venues.Market, Qty: d("1.2")}); err != nil { // 0.5 from mm at 100.01, 0.7 from us
		t.Fatal(err)
	}
	fs = c.waitFills(t, 102, 1)
	f := fs[0]
	if !f.Maker || f.Leg != 1 || !f.BaseDelta.Equal(d("-0.7")) || f.FeeAsset != "USDT" ||
		!f.Fee.Equal(d("70.7").Mul(makerFee)) || !f.QuoteDelta.Equal(d("70.7").Sub(f.Fee)) {
		t.Errorf("maker fill %+v: want maker leg 1, -0.7 SOL, +70.7 USDT less a USDT fee", f)
	}
	waitFor(t, "partially filled update", 5*time.Second, func() bool {
		u, ok := c.lastOrderUpdate(o.ClientID)
		return ok && u.Status == venues.OrderPartiallyFilled && u.Filled.Equal(d("0.7"))
	})
	co, err := c.CancelOrder(ctx, orderSym, o.ClientID)
	if err != nil || co.Status != venues.OrderCanceled || !co.Filled.Equal(d("0.7")) {
		t.Fatalf("cancel: %+v, %v", co, err)
	}
	if _, err := c.CancelOrder(ctx, orderSym, o.ClientID); !errors.Is(err, binance.ErrUnknownOrder) {
		t.Errorf("second cancel: %v, want ErrUnknownOrder", err)
	}

	// IOC takes what is there at its price and expires the rest.
	rest(t, orderSym, venues.Sell, "99.50", "0.5")
	o, err = c.PlaceOrder(ctx, venues.OrderRequest{Symbol: orderSym, Side: venues.Buy, Type: venues.IOC, Price: d("99.5"), Qty: d("2"), PlanID: 103})
	if err != nil || o.Status != venues.OrderExpired || !o.Filled.Equal(d("0.5")) {
		t.Fatalf("IOC: %+v, %v; want EXPIRED with 0.5 filled", o, err)
	}
	c.waitFills(t, 103, 1)

	// LIMIT_MAKER that would cross is rejected; one that rests is fine.
	rest(t, orderSym, venues.Sell, "100.00", "1")
	_, err = c.PlaceOrder(ctx, venues.OrderRequest{Symbol: orderSym, Side: venues.Buy, Type: venues.LimitMaker, Price: d("100.00"), Qty: d("0.1"), PlanID: 104})
	if !errors.Is(err, venues.ErrRejected) {
		t.Errorf("crossing LIMIT_MAKER: %v, want ErrRejected", err)
	}
	o, err = c.PlaceOrder(ctx, venues.OrderRequest{Symbol: orderSym, Side: venues.Sell, Type: venues.LimitMaker, Price: d("150"), Qty: d("0.1"), PlanID: 105})
	if err != nil || o.Status != venues.OrderNew || o.Type != venues.LimitMaker {
		t.Fatalf("resting LIMIT_MAKER: %+v, %v", o, err)
	}
	open, err := c.OpenOrders(ctx, orderSym)
	if err != nil || len(open) != 1 || open[0].ClientID != o.ClientID {
		t.Fatalf("open orders = %v, %v; want just %s", open, err, o.ClientID)
	}
	all, err := c.CancelAll(ctx, orderSym)
	if err != nil || len(all) != 1 || all[0].Status != venues.OrderCanceled {
		t.Fatalf("cancel all = %v, %v", all, err)
	}
	if len(c.fills(104)) != 0 {
		t.Error("rejected order has fills")
	}

	// Every fill's deltas add up to the exchange's balance changes.
	endBal := exchange.Balances()
	var sumSOL, sumUSDT decimal.Decimal
	for _, e := range c.snapshot() {
		if f, ok := e.(*venues.Fill); ok && f.Instrument == orderSym {
			sumSOL, sumUSDT = sumSOL.Add(f.BaseDelta), sumUSDT.Add(f.QuoteDelta)
		}
	}
	if got := endBal["SOL"].Sub(startBal["SOL"]); !got.Equal(sumSOL) {
		t.Errorf("SOL balance moved %s, fills sum to %s", got, sumSOL)
	}
	if got := endBal["USDT"].Sub(startBal["USDT"]); !got.Equal(sumUSDT) {
		t.Errorf("USDT balance moved %s, fills sum to %s", got, sumUSDT)
	}
	// The last balance event agrees with the exchange.
	waitFor(t, "balance events", 5*time.Second, func() bool {
		free, _ := exchange.Balance("SOL")
		var last venues.Balance
		for _, e := range c.snapshot() {
			if b, ok := e.(*venues.BalanceUpdate); ok {
				for _, x := range b.Balances {
					if x.Asset == "SOL" {
						last = x
					}
				}
			}
		}
		return last.Free.Equal(free)
	})
}

func TestFiltersRejectBeforeSending(t *testing.T) {
	g := newGate("")
	c := startConn(t, func(o *binance.Options) { o.Symbols = []string{orderSym}; o.HTTPClient = &http.Client{Transport: g} })
	c.waitFresh(t, orderSym)
	ctx := ctxTimeout(t, 5*time.Second)
	tests := []struct {
		name   string
		req    venues.OrderRequest
		filter string
	}{
		{"below min qty", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("10"), Qty: d("0.0009")}, "LOT_SIZE"},
		{"below min notional", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("10"), Qty: d("0.4")}, "NOTIONAL"},
		{"above max qty", venues.OrderRequest{Side: venues.Sell, Type: venues.Limit, Price: d("10"), Qty: d("20000")}, "LOT_SIZE"},
	}
	for i, tt := range tests {
		tt.req.Symbol, tt.req.PlanID = orderSym, uint64(200+i)
		_, err := c.PlaceOrder(ctx, tt.req)
		var fe *binance.FilterError
		if !errors.As(err, &fe) || fe.Filter != tt.filter || !errors.Is(err, venues.ErrRejected) {
			t.Errorf("%s: err = %v, want %s filter rejection", tt.name, err, tt.filter)
		}
	}
	// Off-grid price and quantity are rounded, not rejected.
	o, err := c.PlaceOrder(ctx, venues.OrderRequest{Symbol: orderSym, Side: venues.Buy, Type: venues.Limit,
		Price: d("10.019"), Qty: d("1.23456"), PlanID: 210})
	if err != nil || !o.Price.Equal(d("10.01")) || !o.Qty.Equal(d("1.234")) {
		t.Errorf("rounded order = %s x %s, %v; want 10.01 x 1.234", o.Price, o.Qty, err)
	}
	if got := g.requests("POST /api/v3/order"); got != 1 {
		t.Errorf("%d placements, want only the valid one", got)
	}
	if _, err := c.CancelAll(ctx, orderSym); err != nil {
		t.Fatal(err)
	}
}

func TestPartialFillsReportedOnce(t *testing.T) {
	c := startConn(t, func(o *binance.Options) { o.Symbols = []string{orderSym} })
	c.waitFresh(t, orderSym)
	clearBook(t, c, orderSym)
	rest(t, orderSym, venues.Sell, "100", "5")
	exchange.PartialFills(d("0.1"))
	t.Cleanup(func() { exchange.PartialFills(decimal.Zero) })
	o, err := c.PlaceOrder(ctxTimeout(t, 5*time.Second), venues.OrderRequest{Symbol: orderSym, Side: venues.Buy, Type: venues.Market, Qty: d("0.5"), PlanID: 301})
	if err != nil || o.Status != venues.OrderFilled {
		t.Fatalf("%+v, %v", o, err)
	}
	fs := c.waitFills(t, 301, 5)
	base, quote := sumFills(fs)
	if want := d("0.5").Sub(d("0.5").Mul(takerFee)); !base.Equal(want) || !quote.Equal(d("-50")) {
		t.Errorf("fills sum %s/%s, want %s/-50", base, quote, want)
	}
}

func TestFees(t *testing.T) {
	c := startConn(t, nil)
	ctx := ctxTimeout(t, 5*time.Second)
	got, err := c.Fees(ctx, orderSym)
	if err != nil || !got.Maker.Equal(makerFee) || !got.Taker.Equal(takerFee) {
		t.Errorf("Fees = %+v, %v; want maker %s taker %s", got, err, makerFee, takerFee)
	}
	got, err = c.FuturesFees(ctx, "ETHUSDT")
	if err != nil || !got.Maker.Equal(makerFee) || !got.Taker.Equal(takerFee) {
		t.Errorf("FuturesFees = %+v, %v; want maker %s taker %s", got, err, makerFee, takerFee)
	}
}
