package binancetest_test

import (
	"context"
	"testing"

	"github.com/adshao/go-binance/v2"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

// userStream opens the spot user data stream on a fresh listen key.
func userStream(t *testing.T, x *binancetest.Exchange, c *binance.Client) (string, <-chan *binance.WsUserDataEvent) {
	t.Helper()
	lk, err := c.NewStartUserStreamService().Do(context.Background())
	if err != nil {
		t.Fatalf("listen key: %v", err)
	}
	return lk, subscribeUser(t, x, lk)
}

func subscribeUser(t *testing.T, x *binancetest.Exchange, lk string) <-chan *binance.WsUserDataEvent {
	t.Helper()
	events := make(chan *binance.WsUserDataEvent, 1000)
	before := x.Connections()
	done, stop, err := binance.WsUserDataServe(lk, func(e *binance.WsUserDataEvent) { events <- e }, func(error) {})
	if err != nil {
		t.Fatalf("WsUserDataServe: %v", err)
	}
	t.Cleanup(func() { close(stop); <-done })
	eventually(t, "the user stream to connect", func() bool { return x.Connections() > before })
	return events
}

// nextReport skips to the next executionReport.
func nextReport(t *testing.T, events <-chan *binance.WsUserDataEvent) binance.WsOrderUpdate {
	t.Helper()
	for {
		e := recv(t, events, "executionReport")
		if e.Event == binance.UserDataEventTypeExecutionReport {
			return e.OrderUpdate
		}
	}
}

func TestExecutionReportsForPartialFills(t *testing.T) {
	x := start(t, nil)
	c, _ := spotClient(t, x)
	ctx := context.Background()
	lk, events := userStream(t, x, c)
	second := subscribeUser(t, x, lk) // every connection gets every event once
	x.PartialFills(d("0.3"))
	res, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).
		TimeInForce(binance.TimeInForceTypeGTC).Price("2990").Quantity("1").NewClientOrderID("maker-1").Do(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Place("taker", "ETHUSDT", venues.OrderRequest{Side: venues.Sell, Type: venues.Market, Qty: d("1")}); err != nil {
		t.Fatal(err)
	}
	for _, stream := range []<-chan *binance.WsUserDataEvent{events, second} {
		newRep := nextReport(t, stream)
		if newRep.ExecutionType != "NEW" || newRep.Status != "NEW" || newRep.Id != res.OrderID || newRep.ClientOrderId != "maker-1" {
			t.Fatalf("first report = %+v", newRep)
		}
		var sum decimal.Decimal
		seen := map[int64]bool{}
		var statuses []string
		for sum.LessThan(d("1")) {
			r := nextReport(t, stream)
			if r.ExecutionType != "TRADE" || !r.IsMaker || r.FeeAsset != "ETH" {
				t.Fatalf("trade report = %+v", r)
			}
			if seen[r.TradeId] {
				t.Fatalf("trade %d reported twice", r.TradeId)
			}
			seen[r.TradeId] = true
			sum = sum.Add(d(r.LatestVolume))
			if got := d(r.FilledVolume); !got.Equal(sum) {
				t.Errorf("z = %s, sum of l = %s", got, sum)
			}
			if fee := d(r.LatestVolume).Mul(d("0.001")); !d(r.FeeCost).Equal(fee) {
				t.Errorf("n = %s, want %s (maker fee on l)", r.FeeCost, fee)
			}
			statuses = append(statuses, r.Status)
		}
		if got, want := len(statuses), 4; got != want {
			t.Fatalf("trade reports = %d (%v), want %d", got, statuses, want)
		}
		if statuses[2] != "PARTIALLY_FILLED" || statuses[3] != "FILLED" {
			t.Errorf("statuses = %v", statuses)
		}
		// The balances event follows with the final balances.
		for {
			e := recv(t, stream, "outboundAccountPosition")
			if e.Event != binance.UserDataEventTypeOutboundAccountPosition {
				continue
			}
			bal := map[string]string{}
			for _, b := range e.AccountUpdate.WsAccountUpdates {
				bal[b.Asset] = b.Free + "/" + b.Locked
			}
			if bal["ETH"] == "" || bal["USDT"] == "" {
				continue // the NEW order's lock update
			}
			if got, want := bal["ETH"], "10.99900000/0.00000000"; got != want {
				t.Errorf("ETH = %s, want %s", got, want)
			}
			if got, want := bal["USDT"], "97010.00000000/0.00000000"; got != want {
				t.Errorf("USDT = %s, want %s", got, want)
			}
			break
		}
	}
	trades, err := c.NewListTradesService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(trades) != 4 {
		t.Errorf("myTrades = %d, %v; want 4", len(trades), err)
	}
}

func TestExecutionReportsForTakerAndCancel(t *testing.T) {
	x := start(t, nil)
	c, _ := spotClient(t, x)
	ctx := context.Background()
	_, events := userStream(t, x, c)
	if _, err := x.Place("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("3000"), Qty: d("0.5")}); err != nil {
		t.Fatal(err)
	}
	// IOC sell 1 @ 3000: 0.5 fills, the rest expires.
	if _, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeSell).Type(binance.OrderTypeLimit).
		TimeInForce(binance.TimeInForceTypeIOC).Price("3000").Quantity("1").NewClientOrderID("ioc").Do(ctx); err != nil {
		t.Fatal(err)
	}
	var got []string
	for len(got) < 3 {
		r := nextReport(t, events)
		got = append(got, r.ExecutionType+"/"+r.Status+"/"+r.LatestVolume+"/"+r.FeeCost)
	}
	want := []string{"NEW/NEW/0.00000000/0", "TRADE/PARTIALLY_FILLED/0.50000000/3.00000000", "EXPIRED/EXPIRED/0.00000000/0"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("report %d = %s, want %s", i, got[i], want[i])
		}
	}
	if _, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeSell).Type(binance.OrderTypeLimit).
		TimeInForce(binance.TimeInForceTypeGTC).Price("3100").Quantity("1").NewClientOrderID("gtc").Do(ctx); err != nil {
		t.Fatal(err)
	}
	if r := nextReport(t, events); r.ExecutionType != "NEW" || r.ClientOrderId != "gtc" {
		t.Fatalf("report = %+v", r)
	}
	if _, err := c.NewCancelOrderService().Symbol("ETHUSDT").OrigClientOrderID("gtc").NewClientOrderID("cxl").Do(ctx); err != nil {
		t.Fatal(err)
	}
	r := nextReport(t, events)
	if r.ExecutionType != "CANCELED" || r.Status != "CANCELED" || r.OrigCustomOrderId != "gtc" || r.ClientOrderId != "cxl" {
		t.Errorf("cancel report = x %s X %s C %q c %q", r.ExecutionType, r.Status, r.OrigCustomOrderId, r.ClientOrderId)
	}
}

func TestDepositBalanceUpdate(t *testing.T) {
	x := start(t, nil)
	c, _ := spotClient(t, x)
	_, events := userStream(t, x, c)
	x.Deposit("BTC", d("0.25"))
	e := recv(t, events, "balanceUpdate")
	if e.Event != binance.UserDataEventTypeBalanceUpdate || e.BalanceUpdate.Asset != "BTC" || e.BalanceUpdate.Change != "0.25000000" {
		t.Errorf("event = %+v", e)
	}
	if free, _ := x.Balance("BTC"); !free.Equal(d("0.25")) {
		t.Errorf("BTC = %s, want 0.25", free)
	}
}

func TestListenKeyKeepaliveAndExpiry(t *testing.T) {
	x := start(t, nil)
	c, _ := spotClient(t, x)
	ctx := context.Background()
	lk, events := userStream(t, x, c)
	again, err := c.NewStartUserStreamService().Do(ctx)
	if err != nil || again != lk {
		t.Errorf("second start = %q, %v; want the same key", again, err)
	}
	if err := c.NewKeepaliveUserStreamService().ListenKey(lk).Do(ctx); err != nil {
		t.Errorf("keepalive: %v", err)
	}
	x.ExpireListenKeys()
	if e := recv(t, events, "listenKeyExpired"); e.Event != "listenKeyExpired" {
		t.Errorf("event = %+v", e)
	}
	if err := c.NewKeepaliveUserStreamService().ListenKey(lk).Do(ctx); apiCode(err) != -1125 {
		t.Errorf("keepalive of an expired key: %v, want -1125", err)
	}
	fresh, err := c.NewStartUserStreamService().Do(ctx)
	if err != nil || fresh == lk {
		t.Errorf("new key = %q, %v; want a different key", fresh, err)
	}
	if err := c.NewCloseUserStreamService().ListenKey(fresh).Do(ctx); err != nil {
		t.Errorf("close: %v", err)
	}
}
