package binancetest_test

import (
	"context"
	"testing"
	"time"

	"github.com/adshao/go-binance/v2/futures"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

func futUserStream(t *testing.T, x *binancetest.Exchange, c *futures.Client) <-chan *futures.WsUserDataEvent {
	t.Helper()
	lk, err := c.NewStartUserStreamService().Do(context.Background())
	if err != nil {
		t.Fatalf("listen key: %v", err)
	}
	events := make(chan *futures.WsUserDataEvent, 1000)
	done, stop, err := futures.WsUserDataServe(lk, func(e *futures.WsUserDataEvent) { events <- e }, func(err error) { t.Errorf("user stream: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { close(stop); <-done })
	eventually(t, "the futures user stream to connect", func() bool { return x.Connections() == 1 })
	return events
}

func nextFut(t *testing.T, events <-chan *futures.WsUserDataEvent, kind futures.UserDataEventType) *futures.WsUserDataEvent {
	t.Helper()
	for {
		if e := recv(t, events, string(kind)); e.Event == kind {
			return e
		}
	}
}

func TestFuturesOrdersPositionsAndEvents(t *testing.T) {
	x := start(t, nil)
	c := futuresClient(t, x)
	ctx := context.Background()
	info, err := c.NewExchangeInfoService().Do(ctx)
	if err != nil || len(info.Symbols) != 1 {
		t.Fatalf("exchangeInfo = %+v, %v", info, err)
	}
	s := info.Symbols[0]
	if s.PriceFilter().TickSize != "0.01" || s.LotSizeFilter().StepSize != "0.001" || s.MinNotionalFilter().Notional != "5" || s.PricePrecision != 2 {
		t.Errorf("futures filters = %+v %+v %+v precision %d", s.PriceFilter(), s.LotSizeFilter(), s.MinNotionalFilter(), s.PricePrecision)
	}
	rate, err := c.NewCommissionRateService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || rate.MakerCommissionRate != "0.001" || rate.TakerCommissionRate != "0.002" {
		t.Errorf("commission = %+v, %v", rate, err)
	}
	events := futUserStream(t, x, c)
	for _, p := range []string{"3000", "3010"} {
		if _, err := x.PlaceFutures("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Sell, Type: venues.Limit, Price: d(p), Qty: d("1")}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := x.PlaceFutures("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d("2990"), Qty: d("5")}); err != nil {
		t.Fatal(err)
	}
	dep, err := c.NewDepthService().Symbol("ETHUSDT").Limit(5).Do(ctx)
	if err != nil || len(dep.Asks) != 2 || dep.Asks[0].Price != "3000" || uint64(dep.LastUpdateID) != x.FuturesLastUpdateID("ETHUSDT") {
		t.Fatalf("depth = %+v, %v", dep, err)
	}
	// Post-only that would cross is rejected.
	_, err = c.NewCreateOrderService().Symbol("ETHUSDT").Side(futures.SideTypeBuy).Type(futures.OrderTypeLimit).
		TimeInForce(futures.TimeInForceTypeGTX).Price("3000").Quantity("1").Do(ctx)
	if apiCode(err) != -5022 {
		t.Errorf("GTX crossing: %v, want -5022", err)
	}
	// Market buy 1.5: long 1.5 @ (3000 + 0.5*3010)/1.5.
	res, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(futures.SideTypeBuy).Type(futures.OrderTypeMarket).
		Quantity("1.5").NewClientOrderID("hedge-1").Do(ctx)
	if err != nil {
		t.Fatalf("market: %v", err)
	}
	if res.Status != futures.OrderStatusTypeFilled || res.CumQuote != "4505" || res.ExecutedQuantity != "1.5" {
		t.Errorf("market = %+v", res)
	}
	if e := nextFut(t, events, futures.UserDataEventTypeOrderTradeUpdate); e.OrderTradeUpdate.ExecutionType != "NEW" {
		t.Errorf("first update = %+v", e.OrderTradeUpdate)
	}
	var last futures.WsOrderTradeUpdate
	for i := range 2 {
		last = nextFut(t, events, futures.UserDataEventTypeOrderTradeUpdate).OrderTradeUpdate
		if last.ExecutionType != "TRADE" || last.ClientOrderID != "hedge-1" || last.CommissionAsset != "USDT" {
			t.Fatalf("trade update %d = %+v", i, last)
		}
	}
	if last.Status != "FILLED" || last.AccumulatedFilledQty != "1.5" || last.LastFilledPrice != "3010" || last.Commission != "3.01" {
		t.Errorf("last trade update = %+v", last)
	}
	acct := nextFut(t, events, futures.UserDataEventTypeAccountUpdate).AccountUpdate
	if len(acct.Positions) != 1 || acct.Positions[0].Amount != "1.5" || acct.Positions[0].EntryPrice != "3003.33333333" {
		t.Errorf("ACCOUNT_UPDATE positions = %+v", acct.Positions)
	}
	// Wallet: 10000 - 6 - 3.01 in fees.
	if len(acct.Balances) != 1 || acct.Balances[0].Balance != "9990.99" {
		t.Errorf("ACCOUNT_UPDATE balances = %+v", acct.Balances)
	}
	risk, err := c.NewGetPositionRiskService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(risk) != 1 || risk[0].PositionAmt != "1.5" || risk[0].Leverage != "20" {
		t.Fatalf("positionRisk = %+v, %v", risk, err)
	}
	// Close at 2990 (the resting bid): realized (2990 - 4505/1.5) * 1.5 = -20.
	if _, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(futures.SideTypeSell).Type(futures.OrderTypeMarket).
		Quantity("1.5").ReduceOnly(true).Do(ctx); err != nil {
		t.Fatalf("close: %v", err)
	}
	amt, _ := x.FuturesPosition("ETHUSDT")
	if !amt.IsZero() {
		t.Errorf("position after close = %s", amt)
	}
	// 10000 - 9.01 (open fees) - 20 (loss) - 8.97 (close fee 4485 * 0.002).
	if got, want := x.FuturesWallet(), d("9962.02"); !got.Equal(want) {
		t.Errorf("wallet = %s, want %s", got, want)
	}
	a, err := c.NewGetAccountService().Do(ctx)
	if err != nil || a.TotalWalletBalance != "9962.02" {
		t.Errorf("account wallet = %+v, %v", a, err)
	}
	trades, err := c.NewListAccountTradeService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(trades) != 3 || trades[2].RealizedPnl != "-20" {
		t.Errorf("userTrades = %+v, %v", trades, err)
	}
	// Reduce-only with no position is rejected; a resting order cancels.
	if _, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(futures.SideTypeSell).Type(futures.OrderTypeMarket).
		Quantity("1").ReduceOnly(true).Do(ctx); apiCode(err) != -2022 {
		t.Errorf("reduce-only when flat: %v, want -2022", err)
	}
	o, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(futures.SideTypeBuy).Type(futures.OrderTypeLimit).
		TimeInForce(futures.TimeInForceTypeGTC).Price("2900").Quantity("1").NewClientOrderID("rest").Do(ctx)
	if err != nil || o.Status != futures.OrderStatusTypeNew {
		t.Fatalf("limit = %+v, %v", o, err)
	}
	open, err := c.NewListOpenOrdersService().Symbol("ETHUSDT").Do(ctx)
	if err != nil || len(open) != 1 {
		t.Errorf("open = %+v, %v", open, err)
	}
	if err := c.NewCancelAllOpenOrdersService().Symbol("ETHUSDT").Do(ctx); err != nil {
		t.Errorf("cancel all: %v", err)
	}
	got, err := c.NewGetOrderService().Symbol("ETHUSDT").OrigClientOrderID("rest").Do(ctx)
	if err != nil || got.Status != futures.OrderStatusTypeCanceled {
		t.Errorf("order after cancel all = %+v, %v", got, err)
	}
	// Margin: 10000 USDT at 20x cannot open 100 ETH (300k notional).
	if _, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(futures.SideTypeBuy).Type(futures.OrderTypeLimit).
		TimeInForce(futures.TimeInForceTypeGTC).Price("2900").Quantity("100").Do(ctx); apiCode(err) != -2019 {
		t.Errorf("oversized order: %v, want -2019", err)
	}
}

func TestFuturesDepthStreamPrevUpdateID(t *testing.T) {
	x := start(t, func(o *binancetest.Options) { o.DepthInterval = time.Hour })
	events := make(chan *futures.WsDepthEvent, 100)
	done, stop, err := futures.WsDiffDepthServeWithRate("ETHUSDT", 100*time.Millisecond, func(e *futures.WsDepthEvent) { events <- e }, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { close(stop); <-done }()
	eventually(t, "the stream to connect", func() bool { return x.Connections() == 1 })
	place := func(p string) {
		if _, err := x.PlaceFutures("mm", "ETHUSDT", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: d(p), Qty: d("1")}); err != nil {
			t.Fatal(err)
		}
		x.FlushDiffs()
	}
	place("100")
	first := recv(t, events, "first futures diff")
	place("101")
	second := recv(t, events, "second futures diff")
	if second.PrevLastUpdateID != first.LastUpdateID || second.FirstUpdateID != first.LastUpdateID+1 {
		t.Errorf("pu/U = %d/%d after u = %d", second.PrevLastUpdateID, second.FirstUpdateID, first.LastUpdateID)
	}
	if second.Symbol != "ETHUSDT" || second.TransactionTime == 0 {
		t.Errorf("event = %+v", second)
	}
	x.InjectGap("ETHUSDT")
	place("102")
	third := recv(t, events, "futures diff after gap")
	if third.PrevLastUpdateID == second.LastUpdateID {
		t.Errorf("pu = %d equals previous u after an injected gap", third.PrevLastUpdateID)
	}
}
