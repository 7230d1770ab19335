package binancetest_test

import (
	"context"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/adshao/go-binance/v2"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

// TestRandomTradingLedger trades randomly through the REST API against
// random participants and checks that the connector's balances equal the
// initial ones plus its trades (fees included), that locked funds equal
// what its open orders reserve, and that every trade is reported exactly
// once on the user data stream.
func TestRandomTradingLedger(t *testing.T) {
	x := start(t, func(o *binancetest.Options) { o.OrderLimit10s = 10000 })
	if err := x.Seed("ETHUSDT", binancetest.Liquidity{Mid: d("3000"), Levels: 20, Qty: d("0.5")}); err != nil {
		t.Fatal(err)
	}
	c, _ := spotClient(t, x)
	ctx := context.Background()
	_, events := userStream(t, x, c)
	rng := rand.New(rand.NewPCG(7, 7))
	var mine []string
	for i := range 300 {
		if i%50 == 0 {
			x.PartialFills(decimal.New(int64(rng.IntN(3)), -1)) // 0, 0.1, 0.2
		}
		side := binance.SideTypeBuy
		if rng.IntN(2) == 0 {
			side = binance.SideTypeSell
		}
		price := decimal.New(int64(299000+rng.IntN(2000)), -2).String()
		qty := decimal.New(int64(2+rng.IntN(800)), -3).String()
		switch r := rng.IntN(10); {
		case r < 4:
			id := "l" + strconv.Itoa(i)
			svc := c.NewCreateOrderService().Symbol("ETHUSDT").Side(side).Price(price).Quantity(qty).NewClientOrderID(id)
			switch rng.IntN(3) {
			case 0:
				svc.Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeGTC)
			case 1:
				svc.Type(binance.OrderTypeLimit).TimeInForce(binance.TimeInForceTypeIOC)
			default:
				svc.Type(binance.OrderTypeLimitMaker)
			}
			if _, err := svc.Do(ctx); err == nil {
				mine = append(mine, id)
			} else if code := apiCode(err); code != -2010 {
				t.Fatalf("order %d: %v", i, err)
			}
		case r < 5:
			_, err := c.NewCreateOrderService().Symbol("ETHUSDT").Side(side).Type(binance.OrderTypeMarket).Quantity(qty).Do(ctx)
			if err != nil && apiCode(err) != -2010 {
				t.Fatalf("market %d: %v", i, err)
			}
		case r < 6 && len(mine) > 0:
			id := mine[rng.IntN(len(mine))]
			if _, err := c.NewCancelOrderService().Symbol("ETHUSDT").OrigClientOrderID(id).Do(ctx); err != nil && apiCode(err) != -2011 {
				t.Fatalf("cancel %d: %v", i, err)
			}
		default:
			vs := venues.Buy
			if side == binance.SideTypeSell {
				vs = venues.Sell
			}
			typ := venues.Limit
			if rng.IntN(3) == 0 {
				typ = venues.Market
			}
			if _, err := x.Place("mm", "ETHUSDT", venues.OrderRequest{Side: vs, Type: typ, Price: d(price), Qty: d(qty)}); err != nil {
				t.Fatalf("participant %d: %v", i, err)
			}
		}
	}
	trades, err := c.NewListTradesService().Symbol("ETHUSDT").Limit(1000).Do(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(trades) < 20 {
		t.Fatalf("only %d trades; the test wants many", len(trades))
	}
	want := map[string]decimal.Decimal{"ETH": d("10"), "USDT": d("100000")}
	for _, tr := range trades {
		q, quote, fee := d(tr.Quantity), d(tr.QuoteQuantity), d(tr.Commission)
		if tr.IsBuyer {
			want["ETH"] = want["ETH"].Add(q)
			want["USDT"] = want["USDT"].Sub(quote)
		} else {
			want["ETH"] = want["ETH"].Sub(q)
			want["USDT"] = want["USDT"].Add(quote)
		}
		want[tr.CommissionAsset] = want[tr.CommissionAsset].Sub(fee)
	}
	got := x.Balances()
	for asset, w := range want {
		if !got[asset].Equal(w) {
			t.Errorf("%s = %s, trades say %s", asset, got[asset], w)
		}
	}
	open, err := c.NewListOpenOrdersService().Symbol("ETHUSDT").Do(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reserved := map[string]decimal.Decimal{}
	for _, o := range open {
		rest := d(o.OrigQuantity).Sub(d(o.ExecutedQuantity))
		if o.Side == binance.SideTypeBuy {
			reserved["USDT"] = reserved["USDT"].Add(rest.Mul(d(o.Price)))
		} else {
			reserved["ETH"] = reserved["ETH"].Add(rest)
		}
	}
	for _, asset := range []string{"ETH", "USDT"} {
		if _, locked := x.Balance(asset); !locked.Equal(reserved[asset]) {
			t.Errorf("%s locked = %s, open orders reserve %s", asset, locked, reserved[asset])
		}
	}
	// Every fill reported exactly once (a self-trade is two fills: the
	// buyer's and the seller's).
	type fill struct {
		id  int64
		buy bool
	}
	seen := map[fill]int{}
	for n := 0; n < len(trades); {
		r := nextReport(t, events)
		if r.ExecutionType == "TRADE" {
			seen[fill{r.TradeId, r.Side == "BUY"}]++
			n++
		}
	}
	for _, tr := range trades {
		if f := (fill{tr.ID, tr.IsBuyer}); seen[f] != 1 {
			t.Errorf("fill %+v reported %d times", f, seen[f])
		}
	}
}
