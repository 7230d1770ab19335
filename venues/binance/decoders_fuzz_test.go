package binance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"strings"
	"testing"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/common"
	"github.com/adshao/go-binance/v2/futures"

	"github.com/navarb/navarb/venues"
)

// Fuzz targets for every exchange message the connector decodes: the user
// data stream's events (spot executionReport, outboundAccountPosition,
// balanceUpdate, listenKeyExpired; futures ORDER_TRADE_UPDATE,
// ACCOUNT_UPDATE), depth diff events (spot and futures), and the REST
// responses it reads, decoded by go-binance itself and converted by this
// package. Each input either converts or fails with an error naming the
// venue; converted numbers are exact decimals, levels positive and finite.

const fuzzVenue = "fuzzvenue"

func checkErr(t *testing.T, err error) {
	t.Helper()
	if err != nil && !strings.Contains(err.Error(), fuzzVenue) {
		t.Fatalf("error does not name the venue: %v", err)
	}
}

// checkUser asserts a converted user event is consistent: a trade's fill
// moves base by exactly its quantity, less any fee charged in base.
func checkUser(t *testing.T, ev userEvent) {
	t.Helper()
	if ev.exec == nil || ev.exec.trade == nil {
		return
	}
	tr := *ev.exec.trade
	r := Rules{Base: "BASE", Quote: "QUOTE"}
	f := tr.fill(fuzzVenue, r)
	moved := f.BaseDelta.Abs()
	if tr.FeeAsset == r.Base {
		if tr.Side == venues.Buy {
			moved = f.BaseDelta.Add(tr.Fee)
		} else {
			moved = f.BaseDelta.Add(tr.Fee).Neg()
		}
	}
	if !moved.Abs().Equal(tr.Qty.Abs()) {
		t.Fatalf("fill base delta %s (fee %s %s) does not move quantity %s", f.BaseDelta, tr.Fee, tr.FeeAsset, tr.Qty)
	}
}

// decodeSpotUser decodes a spot user data message as go-binance's
// WsUserDataServe does: the envelope, then the payload for its type.
func decodeSpotUser(data []byte) (*gobinance.WsUserDataEvent, error) {
	e := new(gobinance.WsUserDataEvent)
	if err := json.Unmarshal(data, e); err != nil {
		return nil, err
	}
	var dst any
	switch e.Event {
	case gobinance.UserDataEventTypeOutboundAccountPosition:
		dst = &e.AccountUpdate
	case gobinance.UserDataEventTypeBalanceUpdate:
		dst = &e.BalanceUpdate
	case gobinance.UserDataEventTypeExecutionReport:
		dst = &e.OrderUpdate
	}
	if dst != nil {
		if err := json.Unmarshal(data, dst); err != nil {
			return nil, err
		}
	}
	return e, nil
}

func FuzzSpotUserEvent(f *testing.F) {
	for _, s := range []string{
		`{"e":"executionReport","E":1,"s":"ETHUSDT","c":"nv1","S":"BUY","o":"LIMIT","f":"GTC","q":"1.5","p":"3000.10","x":"TRADE","X":"PARTIALLY_FILLED","i":7,"l":"0.5","z":"0.5","L":"3000.10","n":"0.0005","N":"ETH","T":2,"t":9,"m":true,"Z":"1500.05","Y":"1500.05"}`,
		`{"e":"executionReport","E":1,"s":"ETHUSDT","c":"x","C":"nv1","x":"CANCELED","X":"CANCELED","p":"3000","q":"1","z":"0","Z":"0"}`,
		`{"e":"executionReport","s":"ETHUSDT","x":"TRADE","l":"1e5","L":"NaN","n":"0"}`,
		`{"e":"outboundAccountPosition","E":1,"u":1,"B":[{"a":"ETH","f":"10.5","l":"0"},{"a":"USDT","f":"abc","l":"1"}]}`,
		`{"e":"balanceUpdate","E":1,"a":"USDT","d":"-100.25","T":2}`,
		`{"e":"listenKeyExpired","E":1}`,
		`{"e":"unknown"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := decodeSpotUser(data)
		if err != nil {
			return
		}
		ev, ok, err := spotUserEvent(fuzzVenue, e)
		checkErr(t, err)
		if ok {
			checkUser(t, ev)
		}
	})
}

func FuzzFuturesUserEvent(f *testing.F) {
	for _, s := range []string{
		`{"e":"ORDER_TRADE_UPDATE","E":1,"T":2,"o":{"s":"ETHUSDT","c":"nv1","S":"SELL","o":"LIMIT","f":"GTX","q":"2","p":"3000.5","ap":"3000.5","x":"TRADE","X":"FILLED","i":5,"l":"2","z":"2","L":"3000.5","N":"USDT","n":"1.2","T":2,"t":11,"m":true}}`,
		`{"e":"ACCOUNT_UPDATE","E":1,"T":2,"a":{"m":"ORDER","B":[{"a":"USDT","wb":"1000.5","cw":"1000"}],"P":[]}}`,
		`{"e":"ACCOUNT_UPDATE","a":{"B":[{"a":"USDT","wb":"1,000"}]}}`,
		`{"e":"listenKeyExpired","E":1}`,
		`{"e":"ORDER_TRADE_UPDATE","o":{"x":"TRADE","z":"-","ap":"1"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e := new(futures.WsUserDataEvent)
		if err := json.Unmarshal(data, e); err != nil {
			return
		}
		ev, ok, err := futUserEvent(fuzzVenue, e)
		checkErr(t, err)
		if ok {
			checkUser(t, ev)
		}
	})
}

// wireDepth is a depth diff message as the stream sends it; go-binance
// reads the same fields, taking a missing price or quantity as "".
type wireDepth struct {
	Time     int64      `json:"E"`
	Symbol   string     `json:"s"`
	First    int64      `json:"U"`
	Last     int64      `json:"u"`
	PrevLast int64      `json:"pu"`
	Bids     [][]string `json:"b"`
	Asks     [][]string `json:"a"`
}

func wireLevels(src [][]string) []common.PriceLevel {
	out := make([]common.PriceLevel, len(src))
	for i, l := range src {
		if len(l) > 0 {
			out[i].Price = l[0]
		}
		if len(l) > 1 {
			out[i].Quantity = l[1]
		}
	}
	return out
}

func FuzzDepthDiff(f *testing.F) {
	for _, s := range []string{
		`{"e":"depthUpdate","E":1,"s":"ETHUSDT","U":10,"u":12,"b":[["3000.10","2.5"]],"a":[["3000.20","0"]]}`,
		`{"e":"depthUpdate","E":1,"s":"ETHUSDT","U":10,"u":12,"pu":9,"b":[["3000.10"]],"a":[]}`,
		`{"U":12,"u":10,"b":[],"a":[]}`,
		`{"U":1,"u":1,"b":[["-1","1"]],"a":[["1","Inf"]]}`,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, fut bool) {
		var w wireDepth
		if err := json.Unmarshal(data, &w); err != nil {
			return
		}
		var d Diff
		var err error
		if fut {
			d, err = futDiff(fuzzVenue, &futures.WsDepthEvent{Time: w.Time, Symbol: w.Symbol, FirstUpdateID: w.First,
				LastUpdateID: w.Last, PrevLastUpdateID: w.PrevLast, Bids: wireLevels(w.Bids), Asks: wireLevels(w.Asks)})
		} else {
			d, err = spotDiff(fuzzVenue, &gobinance.WsDepthEvent{Time: w.Time, Symbol: w.Symbol, FirstUpdateID: w.First,
				LastUpdateID: w.Last, Bids: wireLevels(w.Bids), Asks: wireLevels(w.Asks)})
		}
		checkErr(t, err)
		if err != nil {
			return
		}
		if d.Last < d.First {
			t.Fatalf("diff U %d > u %d accepted", d.First, d.Last)
		}
		for _, l := range append(append([]venues.Level{}, d.Bids...), d.Asks...) {
			if !(l.Price > 0) || math.IsInf(l.Price, 0) || !(l.Qty >= 0) || math.IsInf(l.Qty, 0) {
				t.Fatalf("level %+v accepted", l)
			}
		}
	})
}

// bodyTransport answers every request with 200 and the fuzzer's body.
type bodyTransport struct{ body []byte }

func (b bodyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(bytes.NewReader(b.body)), Request: r}, nil
}

// restDecoders are the REST responses the connector reads: go-binance's
// decoder, then this package's conversion.
var restDecoders = []func(ctx context.Context, s *gobinance.Client, fu *futures.Client) error{
	func(ctx context.Context, s *gobinance.Client, _ *futures.Client) error {
		a, err := s.NewGetAccountService().Do(ctx)
		if err != nil {
			return nil
		}
		_, err = spotBalances(fuzzVenue, a)
		return err
	},
	func(ctx context.Context, _ *gobinance.Client, fu *futures.Client) error {
		a, err := fu.NewGetAccountService().Do(ctx)
		if err != nil {
			return nil
		}
		_, err = futBalances(fuzzVenue, a)
		return err
	},
	func(ctx context.Context, s *gobinance.Client, _ *futures.Client) error {
		r, err := s.NewGetCommissionRatesService().Symbol("ETHUSDT").Do(ctx)
		if err != nil {
			return nil
		}
		_, err = spotFees(fuzzVenue, "ETHUSDT", r)
		return err
	},
	func(ctx context.Context, _ *gobinance.Client, fu *futures.Client) error {
		r, err := fu.NewCommissionRateService().Symbol("ETHUSDT").Do(ctx)
		if err != nil {
			return nil
		}
		_, err = futFees(fuzzVenue, "ETHUSDT", r)
		return err
	},
	func(ctx context.Context, _ *gobinance.Client, fu *futures.Client) error {
		rs, err := fu.NewGetPositionRiskService().Do(ctx)
		if err != nil {
			return nil
		}
		_, err = positions(fuzzVenue, rs)
		return err
	},
	func(ctx context.Context, s *gobinance.Client, _ *futures.Client) error {
		o, err := s.NewGetOrderService().Symbol("ETHUSDT").OrderID(1).Do(ctx)
		if err != nil {
			return nil
		}
		_, err = spotWire(o).order(fuzzVenue)
		return err
	},
	func(ctx context.Context, s *gobinance.Client, _ *futures.Client) error {
		r, err := s.NewCancelOrderService().Symbol("ETHUSDT").OrigClientOrderID("x").Do(ctx)
		if err != nil {
			return nil
		}
		_, err = spotCancelWire(r).order(fuzzVenue)
		return err
	},
	func(ctx context.Context, _ *gobinance.Client, fu *futures.Client) error {
		os, err := fu.NewListOpenOrdersService().Symbol("ETHUSDT").Do(ctx)
		if err != nil {
			return nil
		}
		ws := make([]wireOrder, len(os))
		for i, o := range os {
			ws[i] = futWire(o)
		}
		_, err = orders(fuzzVenue, ws)
		return err
	},
	func(ctx context.Context, s *gobinance.Client, _ *futures.Client) error {
		ts, err := s.NewListTradesService().Symbol("ETHUSDT").Do(ctx)
		if err != nil {
			return nil
		}
		_, err = spotTrades(fuzzVenue, "ETHUSDT", ts)
		return err
	},
	func(ctx context.Context, _ *gobinance.Client, fu *futures.Client) error {
		ts, err := fu.NewListAccountTradeService().Symbol("ETHUSDT").Do(ctx)
		if err != nil {
			return nil
		}
		_, err = futTrades(fuzzVenue, "ETHUSDT", ts)
		return err
	},
	func(ctx context.Context, s *gobinance.Client, _ *futures.Client) error {
		key, err := s.NewStartUserStreamService().Do(ctx)
		if err != nil {
			return nil
		}
		if checkListenKey(key) == nil && strings.ContainsAny(key, "/?#%. \x00") {
			return errors.New("a listen key that is not a URL path segment was accepted") // fails checkErr
		}
		return nil
	},
	func(ctx context.Context, s *gobinance.Client, _ *futures.Client) error {
		r, err := s.NewDepthService().Symbol("ETHUSDT").Limit(5).Do(ctx)
		if err != nil {
			return nil
		}
		if _, err := levels(r.Bids); err == nil {
			_, _ = levels(r.Asks)
		}
		return nil
	},
}

func FuzzRESTResponse(f *testing.F) {
	for i, s := range []string{
		`{"balances":[{"asset":"ETH","free":"1.5","locked":"0"},{"asset":"USDT","free":"x","locked":"0"}]}`,
		`{"assets":[{"asset":"USDT","walletBalance":"1000.5"}]}`,
		`{"symbol":"ETHUSDT","standardCommission":{"maker":"0.001","taker":"0.001"},"taxCommission":{"maker":"0","taker":"1e-3"}}`,
		`{"symbol":"ETHUSDT","makerCommissionRate":"0.0002","takerCommissionRate":"0.0004"}`,
		`[{"symbol":"ETHUSDT","positionAmt":"-1.5","entryPrice":"3000","markPrice":"3010","unRealizedProfit":"-15"}]`,
		`{"symbol":"ETHUSDT","orderId":1,"clientOrderId":"nv1","price":"3000","origQty":"1","executedQty":"0.5","cummulativeQuoteQty":"1500","status":"PARTIALLY_FILLED","type":"LIMIT","side":"BUY","timeInForce":"GTC","time":1}`,
		`{"symbol":"ETHUSDT","origClientOrderId":"nv1","orderId":1,"price":"3000","origQty":"1","executedQty":"0","cummulativeQuoteQty":"0","status":"CANCELED"}`,
		`[{"symbol":"ETHUSDT","orderId":1,"clientOrderId":"nv1","price":"3000","origQty":"1","executedQty":"0","cumQuote":"0","status":"NEW"}]`,
		`[{"symbol":"ETHUSDT","id":1,"orderId":2,"price":"3000","qty":"1","quoteQty":"3000","commission":"0.001","commissionAsset":"ETH","isBuyer":true,"isMaker":false,"time":1}]`,
		`[{"symbol":"ETHUSDT","id":1,"orderId":2,"side":"SELL","price":"3000","qty":"1","quoteQty":"3000","commission":"1.2","commissionAsset":"USDT","maker":true,"time":1}]`,
		`{"listenKey":"pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1"}`,
		`{"lastUpdateId":10,"bids":[["3000.1","1"]],"asks":[["3000.2","2"]]}`,
	} {
		f.Add([]byte(s), uint8(i))
	}
	f.Fuzz(func(t *testing.T, body []byte, which uint8) {
		hc := &http.Client{Transport: bodyTransport{body}}
		s := gobinance.NewClient("k", "s")
		s.BaseURL, s.HTTPClient = "http://fuzz.invalid", hc
		fu := futures.NewClient("k", "s")
		fu.BaseURL, fu.HTTPClient = "http://fuzz.invalid", hc
		err := restDecoders[int(which)%len(restDecoders)](context.Background(), s, fu)
		checkErr(t, err)
	})
}
