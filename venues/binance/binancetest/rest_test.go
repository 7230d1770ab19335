package binancetest_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

func TestURLsMatchTestMain(t *testing.T) {
	x := start(t, nil)
	for _, c := range []struct{ got, want string }{
		{x.WSURL(), binance.BaseWsMainURL},
		{x.CombinedURL(), binance.BaseCombinedMainURL},
	} {
		if c.got != c.want {
			t.Errorf("URL = %q, want %q", c.got, c.want)
		}
	}
}

func TestMarketDataREST(t *testing.T) {
	x := start(t, nil)
	if err := x.Seed("ETHUSDT", binancetest.Liquidity{Mid: d("3000"), Levels: 5, Qty: d("2")}); err != nil {
		t.Fatal(err)
	}
	c, rec := spotClient(t, x)
	ctx := context.Background()
	if err := c.NewPingService().Do(ctx); err != nil {
		t.Fatalf("ping: %v", err)
	}
	if _, err := c.NewServerTimeService().Do(ctx); err != nil {
		t.Fatalf("time: %v", err)
	}
	info, err := c.NewExchangeInfoService().Symbol("ETHUSDT").Do(ctx)
	if err != nil {
		t.Fatalf("exchangeInfo: %v", err)
	}
	if len(info.Symbols) != 1 {
		t.Fatalf("exchangeInfo symbols = %d, want 1", len(info.Symbols))
	}
	s := info.Symbols[0]
	for _, c := range []struct{ name, got, want string }{
		{"base", s.BaseAsset, "ETH"},
		{"quote", s.QuoteAsset, "USDT"},
		{"tickSize", s.PriceFilter().TickSize, "0.01000000"},
		{"stepSize", s.LotSizeFilter().StepSize, "0.00100000"},
		{"minQty", s.LotSizeFilter().MinQuantity, "0.00100000"},
		{"maxQty", s.LotSizeFilter().MaxQuantity, "1000.00000000"},
		{"minNotional", s.NotionalFilter().MinNotional, "5.00000000"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if _, err := c.NewExchangeInfoService().Symbol("NOPE").Do(ctx); apiCode(err) != -1121 {
		t.Errorf("exchangeInfo unknown symbol: %v, want -1121", err)
	}
	dep, err := c.NewDepthService().Symbol("ETHUSDT").Limit(3).Do(ctx)
	if err != nil {
		t.Fatalf("depth: %v", err)
	}
	if got, want := uint64(dep.LastUpdateID), x.LastUpdateID("ETHUSDT"); got != want || want == 0 {
		t.Errorf("lastUpdateId = %d, want %d (non-zero)", got, want)
	}
	bids, asks := x.BookExact(false, "ETHUSDT", 3)
	if len(dep.Bids) != 3 || len(dep.Asks) != 3 {
		t.Fatalf("depth sizes = %d/%d, want 3/3", len(dep.Bids), len(dep.Asks))
	}
	for i := range 3 {
		if !d(dep.Bids[i].Price).Equal(bids[i].Price) || !d(dep.Bids[i].Quantity).Equal(bids[i].Qty) ||
			!d(dep.Asks[i].Price).Equal(asks[i].Price) || !d(dep.Asks[i].Quantity).Equal(asks[i].Qty) {
			t.Errorf("level %d = %v/%v, want %v/%v", i, dep.Bids[i], dep.Asks[i], bids[i], asks[i])
		}
	}
	if got, want := dep.Bids[0].Price, "2999.99000000"; got != want {
		t.Errorf("best bid = %q, want %q", got, want)
	}
	if got := rec.header("X-MBX-USED-WEIGHT-1M"); got != "47" {
		t.Errorf("X-MBX-USED-WEIGHT-1M = %q, want 47", got)
	}
	if got, want := c.UsedWeight.Used1M, int64(47); got != want {
		t.Errorf("client UsedWeight.Used1M = %d, want %d", got, want)
	}
}

func TestSpotOrderLifecycle(t *testing.T) {
	x := start(t, nil)
	c, rec := spotClient(t, x)
	ctx := context.Background()
	res, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).
		Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC).
		Price("2990.00").Quantity("1.5").NewClientOrderID("leg-1").Do(ctx)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if res.Status != binance.OrderStatusTypeNew || res.ClientOrderID != "leg-1" || res.OrigQuantity != "1.50000000" {
		t.Errorf("create = %+v", res)
	}
	if got := rec.header("X-MBX-ORDER-COUNT-10S"); got != "1" {
		t.Errorf("X-MBX-ORDER-COUNT-10S = %q, want 1", got)
	}
	if got := c.OrderCount.Count1d; got != 1 {
		t.Errorf("client OrderCount.Count1d = %d, want 1", got)
	}
	free, locked := x.Balance("USDT")
	if !free.Equal(d("95515")) || !locked.Equal(d("4485")) {
		t.Errorf("USDT free/locked = %s/%s, want 95515/4485", free, locked)
	}
	// Duplicate client id while open.
	_, err = c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).
		Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC).
		Price("2980.00").Quantity("1").NewClientOrderID("leg-1").Do(ctx)
	if apiCode(err) != -2010 {
		t.Errorf("duplicate: %v, want -2010", err)
	}
	got, err := c.NewGetOrderService().Symbol("ETHUSDT").OrigClientOrderID("leg-1").Do(ctx)
	if err != nil || got.OrderID != res.OrderID || got.Status != binance.OrderStatusTypeNew {
		t.Errorf("get = %+v, %v", got, err)
	}
	open, err := c.NewListOpenOrdersService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(open) != 1 || open[0].ClientOrderID != "leg-1" {
		t.Errorf("open orders = %+v, %v", open, err)
	}
	cres, err := c.NewCancelOrderService().Symbol("ETHUSDT").OrderID(res.OrderID).Do(ctx)
	if err != nil {
		t.Fatalf("cancel: %v", err)
	}
	if cres.Status != binance.OrderStatusTypeCanceled || cres.OrigClientOrderID != "leg-1" || cres.OrderListID != -1 {
		t.Errorf("cancel = %+v", cres)
	}
	if _, err := c.NewCancelOrderService().Symbol("ETHUSDT").OrigClientOrderID("leg-1").Do(ctx); apiCode(err) != -2011 {
		t.Errorf("second cancel: %v, want -2011", err)
	}
	if _, err := c.NewGetOrderService().Symbol("ETHUSDT").OrigClientOrderID("nope").Do(ctx); apiCode(err) != -2013 {
		t.Errorf("get unknown: %v, want -2013", err)
	}
	free, locked = x.Balance("USDT")
	if !free.Equal(d("100000")) || !locked.IsZero() {
		t.Errorf("USDT after cancel = %s/%s, want 100000/0", free, locked)
	}
	// Cancel all: two orders, both cancelled; then none left (-2011).
	for _, id := range []string{"a", "b"} {
		if _, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeSell).
			Type(binance.OrderTypeLimitMaker).Price("3100").Quantity("1").NewClientOrderID(id).Do(ctx); err != nil {
			t.Fatalf("create %s: %v", id, err)
		}
	}
	all, err := c.NewCancelOpenOrdersService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(all.Orders) != 2 {
		t.Fatalf("cancel all = %+v, %v", all, err)
	}
	if _, err := c.NewCancelOpenOrdersService().Symbol("ETHUSDT").Do(ctx); apiCode(err) != -2011 {
		t.Errorf("cancel all with none open: %v, want -2011", err)
	}
	hist, err := c.NewListOrdersService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(hist) != 3 {
		t.Errorf("all orders = %d, %v; want 3", len(hist), err)
	}
}

func TestSpotOrderRejects(t *testing.T) {
	x := start(t, nil)
	if _, err := x.Place("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Sell, Type: venues.Limit, Price: d("3000"), Qty: d("1")}); err != nil {
		t.Fatal(err)
	}
	c, _ := spotClient(t, x)
	ctx := context.Background()
	tests := []struct {
		name     string
		svc      *binance.CreateOrderService
		wantCode int64
		wantMsg  string
	}{
		{"post-only would take", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimitMaker).Price("3000").Quantity("1"), -2010, "Order would immediately match and take."},
		{"lot size step", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC).Price("2900").Quantity("0.0015"), -1013, "Filter failure: LOT_SIZE"},
		{"price tick", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC).Price("2900.001").Quantity("1"), -1013, "Filter failure: PRICE_FILTER"},
		{"notional", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC).Price("1").Quantity("1"), -1013, "Filter failure: NOTIONAL"},
		{"insufficient quote", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC).Price("2900").Quantity("100"), -2010, "Account has insufficient balance for requested action."},
		{"insufficient base", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeSell).Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC).Price("3100").Quantity("11"), -2010, "Account has insufficient balance for requested action."},
		{"unknown symbol", c.NewCreateOrderService().Symbol("XYZUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeMarket).Quantity("1"), -1121, "Invalid symbol."},
		{"missing time in force", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).Price("2900").Quantity("1"), -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed."},
		{"unsupported type", c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeStopLoss).Quantity("1"), -1116, "Invalid orderType."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.svc.Do(ctx)
			var ae *common.APIError
			if !errors.As(err, &ae) || ae.Code != tc.wantCode || ae.Message != tc.wantMsg {
				t.Errorf("err = %v, want code %d %q", err, tc.wantCode, tc.wantMsg)
			}
		})
	}
	open, err := c.NewListOpenOrdersService().Do(ctx)
	if err != nil || len(open) != 0 {
		t.Errorf("open orders after rejects = %d, %v", len(open), err)
	}
	if got := x.Balances(); !got["USDT"].Equal(d("100000")) || !got["ETH"].Equal(d("10")) {
		t.Errorf("balances after rejects = %v", got)
	}
}

func TestMarketOrderFillsFeesAndAccount(t *testing.T) {
	x := start(t, nil)
	for _, p := range []string{"3000", "3001"} {
		if _, err := x.Place("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Sell, Type: venues.Limit, Price: d(p), Qty: d("1")}); err != nil {
			t.Fatal(err)
		}
	}
	c, _ := spotClient(t, x)
	ctx := context.Background()
	res, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(binance.SideTypeBuy).
		Type(binance.OrderTypeMarket).Quantity("1.5").NewClientOrderID("mkt").Do(ctx)
	if err != nil {
		t.Fatalf("market buy: %v", err)
	}
	if res.Status != binance.OrderStatusTypeFilled || res.CummulativeQuoteQuantity != "4500.50000000" {
		t.Errorf("market buy = %+v", res)
	}
	var fills []string
	for _, f := range res.Fills {
		fills = append(fills, f.Quantity+"@"+f.Price+" fee "+f.Commission+" "+f.CommissionAsset)
	}
	want := []string{"1.00000000@3000.00000000 fee 0.00200000 ETH", "0.50000000@3001.00000000 fee 0.00100000 ETH"}
	if !slices.Equal(fills, want) {
		t.Errorf("fills = %v, want %v", fills, want)
	}
	acct, err := c.NewGetAccountService().Do(ctx)
	if err != nil {
		t.Fatalf("account: %v", err)
	}
	bal := map[string]string{}
	for _, b := range acct.Balances {
		bal[b.Asset] = b.Free + "/" + b.Locked
	}
	// 10 + 1.5 - 0.003 ETH; 100000 - 4500.5 USDT.
	if got, want := bal["ETH"], "11.49700000/0.00000000"; got != want {
		t.Errorf("ETH = %s, want %s", got, want)
	}
	if got, want := bal["USDT"], "95499.50000000/0.00000000"; got != want {
		t.Errorf("USDT = %s, want %s", got, want)
	}
	if acct.CommissionRates.Taker != "0.00200000" || acct.TakerCommission != 20 {
		t.Errorf("account commission = %+v / %d", acct.CommissionRates, acct.TakerCommission)
	}
	trades, err := c.NewListTradesService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(trades) != 2 {
		t.Fatalf("myTrades = %d, %v", len(trades), err)
	}
	if !trades[0].IsBuyer || trades[0].IsMaker || trades[0].Commission != "0.00200000" || trades[0].OrderID != res.OrderID {
		t.Errorf("trade = %+v", trades[0])
	}
	byOrder, err := c.NewListTradesService().Symbol("ETHUSDT").OrderId(res.OrderID + 99).Do(ctx)
	if err != nil || len(byOrder) != 0 {
		t.Errorf("myTrades of another order = %d, %v", len(byOrder), err)
	}
	com, err := c.NewGetCommissionRatesService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || com.StandardCommission.Maker != "0.00100000" || com.StandardCommission.Taker != "0.00200000" {
		t.Errorf("commission = %+v, %v", com, err)
	}
}
