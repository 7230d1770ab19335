package binance

import (
	"context"
	"fmt"
	"time"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/futures"

	"github.com/navarb/navarb/venues"
)

// The user data stream's market-specific wire: listenKey, connection and
// trade lists, spot and USD-M.

func (u *userStream) listenKey(ctx context.Context) (string, error) {
	if u.futures {
		return u.c.api.fut().NewStartUserStreamService().Do(ctx)
	}
	return u.c.api.spot().NewStartUserStreamService().Do(ctx)
}

// checkListenKey refuses a listen key that could not be a path segment of
// the stream URL (it is appended to it).
func checkListenKey(key string) error {
	if key == "" || len(key) > 256 {
		return fmt.Errorf("listen key of %d bytes", len(key))
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return fmt.Errorf("listen key has a byte %q outside [0-9A-Za-z_-]", c)
		}
	}
	return nil
}

func (u *userStream) keepalive(ctx context.Context, key string) error {
	if u.futures {
		return u.c.api.fut().NewKeepaliveUserStreamService().ListenKey(key).Do(ctx)
	}
	return u.c.api.spot().NewKeepaliveUserStreamService().ListenKey(key).Do(ctx)
}

// badEvent is a user data event that could not be converted (a malformed
// number): the session ends, and the reconcile after the reconnect reads
// the venue's state over REST instead.
type badEvent struct{ error }

func (e badEvent) Unwrap() error { return e.error }

// connect opens the stream; the handler (on go-binance's reader goroutine)
// converts events and hands them over in order.
func (u *userStream) connect(ctx context.Context, key string, events chan<- userEvent, errc chan<- error) (doneC, stopC chan struct{}, err error) {
	onErr := func(err error) {
		select {
		case errc <- err:
		default:
		}
	}
	hand := func(ev userEvent, ok bool, err error) {
		if err != nil {
			onErr(badEvent{err})
			return
		}
		if !ok {
			return
		}
		if x := ev.exec; x != nil {
			u.c.rememberOrder(u.futures, x.order.Symbol, x.orderID, x.order.ClientID)
		}
		select {
		case events <- ev:
		case <-ctx.Done():
		}
	}
	if u.futures {
		return futures.WsUserDataServe(key, func(e *futures.WsUserDataEvent) {
			hand(futUserEvent(u.venue, e))
		}, onErr)
	}
	return gobinance.WsUserDataServe(key, func(e *gobinance.WsUserDataEvent) {
		hand(spotUserEvent(u.venue, e))
	}, onErr)
}

// spotUserEvent converts a spot user data event; ok is false for events
// the connector does not use.
func spotUserEvent(venue string, e *gobinance.WsUserDataEvent) (ev userEvent, ok bool, err error) {
	ev = userEvent{time: msTime(e.Time)}
	switch e.Event {
	case gobinance.UserDataEventTypeExecutionReport:
		o := e.OrderUpdate
		cid := o.ClientOrderId
		if o.ExecutionType == "CANCELED" && o.OrigCustomOrderId != "" {
			cid = o.OrigCustomOrderId
		}
		n := numbers{venue: venue, msg: "executionReport " + o.Symbol + " " + cid}
		x := &execReport{orderID: o.Id, order: venues.Order{
			Venue: venue, Symbol: o.Symbol, ClientID: cid, ExchangeID: idString(o.Id),
			Side: parseSide(o.Side), Type: parseType(o.Type, string(o.TimeInForce)),
			Price: n.dec("p", o.Price), Qty: n.dec("q", o.Volume), Filled: n.dec("z", o.FilledVolume),
			QuoteFilled: n.dec("Z", o.FilledQuoteVolume), Status: parseStatus(o.Status),
			Updated: msTime(o.TransactionTime),
		}}
		if o.ExecutionType == "TRADE" {
			x.trade = &trade{Symbol: o.Symbol, ID: o.TradeId, OrderID: o.Id, ClientID: cid,
				Side: parseSide(o.Side), Price: n.dec("L", o.LatestPrice), Qty: n.dec("l", o.LatestVolume),
				Quote: n.dec("Y", o.LatestQuoteVolume), Fee: n.dec("n", o.FeeCost), FeeAsset: o.FeeAsset,
				Maker: o.IsMaker, Time: msTime(o.TransactionTime)}
		}
		ev.exec = x
		err = n.err
	case gobinance.UserDataEventTypeOutboundAccountPosition:
		n := numbers{venue: venue, msg: "outboundAccountPosition"}
		ev.balances = make([]venues.Balance, 0, len(e.AccountUpdate.WsAccountUpdates))
		for _, b := range e.AccountUpdate.WsAccountUpdates {
			ev.balances = append(ev.balances, venues.Balance{Asset: b.Asset, Free: n.dec(b.Asset+".f", b.Free), Locked: n.dec(b.Asset+".l", b.Locked)})
		}
		err = n.err
	case "listenKeyExpired":
		ev.expired = true
	case gobinance.UserDataEventTypeBalanceUpdate:
		b := e.BalanceUpdate
		n := numbers{venue: venue, msg: "balanceUpdate " + b.Asset}
		ev.delta = &balanceDelta{asset: b.Asset, change: venues.Balance{Asset: b.Asset, Free: n.dec("d", b.Change)}}
		err = n.err
	default:
		return ev, false, nil
	}
	if err != nil {
		return userEvent{}, false, err
	}
	return ev, true, nil
}

// futUserEvent converts a USD-M user data event; ok is false for events
// the connector does not use.
func futUserEvent(venue string, e *futures.WsUserDataEvent) (ev userEvent, ok bool, err error) {
	ev = userEvent{time: msTime(e.Time)}
	switch e.Event {
	case futures.UserDataEventTypeOrderTradeUpdate:
		o := e.OrderTradeUpdate
		n := numbers{venue: venue, msg: "ORDER_TRADE_UPDATE " + o.Symbol + " " + o.ClientOrderID}
		filled := n.dec("z", o.AccumulatedFilledQty)
		x := &execReport{orderID: o.ID, order: venues.Order{
			Venue: venue, Symbol: o.Symbol, ClientID: o.ClientOrderID, ExchangeID: idString(o.ID),
			Side: parseSide(string(o.Side)), Type: parseType(string(o.Type), string(o.TimeInForce)),
			Price: n.dec("p", o.OriginalPrice), Qty: n.dec("q", o.OriginalQty), Filled: filled,
			QuoteFilled: n.dec("ap", o.AveragePrice).Mul(filled), Status: parseStatus(string(o.Status)),
			Updated: msTime(o.TradeTime),
		}}
		if o.ExecutionType == futures.OrderExecutionTypeTrade {
			x.trade = &trade{Symbol: o.Symbol, ID: o.TradeID, OrderID: o.ID, ClientID: o.ClientOrderID,
				Side: parseSide(string(o.Side)), Price: n.dec("L", o.LastFilledPrice), Qty: n.dec("l", o.LastFilledQty),
				Fee: n.dec("n", o.Commission), FeeAsset: o.CommissionAsset, Maker: o.IsMaker,
				Time: msTime(o.TradeTime)}
		}
		ev.exec = x
		err = n.err
	case futures.UserDataEventTypeListenKeyExpired:
		ev.expired = true
	case futures.UserDataEventTypeAccountUpdate:
		n := numbers{venue: venue, msg: "ACCOUNT_UPDATE"}
		bs := e.AccountUpdate.Balances
		ev.balances = make([]venues.Balance, 0, len(bs))
		for _, b := range bs {
			ev.balances = append(ev.balances, venues.Balance{Asset: b.Asset, Free: n.dec(b.Asset+".wb", b.Balance)})
		}
		err = n.err
	default:
		return ev, false, nil
	}
	if err != nil {
		return userEvent{}, false, err
	}
	return ev, true, nil
}

// trades lists our trades on a symbol from fromID, or from start when
// fromID is zero, oldest first.
func (u *userStream) trades(ctx context.Context, sym string, fromID int64, start time.Time) ([]trade, error) {
	if u.futures {
		s := u.c.api.fut().NewListAccountTradeService().Symbol(sym).Limit(tradesPage)
		if fromID > 0 {
			s.FromID(fromID)
		} else {
			s.StartTime(start.UnixMilli())
		}
		ts, err := s.Do(ctx)
		if err != nil {
			return nil, err
		}
		out, err := futTrades(u.venue, sym, ts)
		for i := range out {
			out[i].ClientID, _ = u.c.clientIDOf(true, sym, out[i].OrderID)
		}
		return out, err
	}
	s := u.c.api.spot().NewListTradesService().Symbol(sym).Limit(tradesPage)
	if fromID > 0 {
		s.FromID(fromID)
	} else {
		s.StartTime(start.UnixMilli())
	}
	ts, err := s.Do(ctx)
	if err != nil {
		return nil, err
	}
	out, err := spotTrades(u.venue, sym, ts)
	for i := range out {
		out[i].ClientID, _ = u.c.clientIDOf(false, sym, out[i].OrderID)
	}
	return out, err
}

// spotTrades converts a spot trade list (GET /api/v3/myTrades).
func spotTrades(venue, sym string, ts []*gobinance.TradeV3) ([]trade, error) {
	out := make([]trade, 0, len(ts))
	for _, t := range ts {
		side := venues.Sell
		if t.IsBuyer {
			side = venues.Buy
		}
		n := numbers{venue: venue, msg: "trade " + sym + " " + idString(t.ID)}
		out = append(out, trade{Symbol: sym, ID: t.ID, OrderID: t.OrderID,
			Side: side, Price: n.dec("price", t.Price), Qty: n.dec("qty", t.Quantity), Quote: n.dec("quoteQty", t.QuoteQuantity),
			Fee: n.dec("commission", t.Commission), FeeAsset: t.CommissionAsset, Maker: t.IsMaker, Time: msTime(t.Time)})
		if n.err != nil {
			return nil, n.err
		}
	}
	return out, nil
}

// futTrades converts a USD-M trade list (GET /fapi/v1/userTrades).
func futTrades(venue, sym string, ts []*futures.AccountTrade) ([]trade, error) {
	out := make([]trade, 0, len(ts))
	for _, t := range ts {
		n := numbers{venue: venue, msg: "trade " + sym + " " + idString(t.ID)}
		out = append(out, trade{Symbol: sym, ID: t.ID, OrderID: t.OrderID,
			Side: parseSide(string(t.Side)), Price: n.dec("price", t.Price), Qty: n.dec("qty", t.Quantity),
			Quote: n.dec("quoteQty", t.QuoteQuantity), Fee: n.dec("commission", t.Commission), FeeAsset: t.CommissionAsset,
			Maker: t.Maker, Time: msTime(t.Time)})
		if n.err != nil {
			return nil, n.err
		}
	}
	return out, nil
}
