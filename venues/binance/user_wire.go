package binance

import (
	"context"
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

func (u *userStream) keepalive(ctx context.Context, key string) error {
	if u.futures {
		return u.c.api.fut().NewKeepaliveUserStreamService().ListenKey(key).Do(ctx)
	}
	return u.c.api.spot().NewKeepaliveUserStreamService().ListenKey(key).Do(ctx)
}

// connect opens the stream; the handler (on go-binance's reader goroutine)
// converts events and hands them over in order.
func (u *userStream) connect(ctx context.Context, key string, events chan<- userEvent, errc chan<- error) (doneC, stopC chan struct{}, err error) {
	onErr := func(err error) {
		select {
		case errc <- err:
		default:
		}
	}
	hand := func(ev userEvent) {
		select {
		case events <- ev:
		case <-ctx.Done():
		}
	}
	if u.futures {
		return futures.WsUserDataServe(key, func(e *futures.WsUserDataEvent) {
			if ev, ok := u.futEvent(e); ok {
				hand(ev)
			}
		}, onErr)
	}
	return gobinance.WsUserDataServe(key, func(e *gobinance.WsUserDataEvent) {
		if ev, ok := u.spotEvent(e); ok {
			hand(ev)
		}
	}, onErr)
}

func (u *userStream) spotEvent(e *gobinance.WsUserDataEvent) (userEvent, bool) {
	ev := userEvent{time: msTime(e.Time)}
	switch e.Event {
	case gobinance.UserDataEventTypeExecutionReport:
		o := e.OrderUpdate
		cid := o.ClientOrderId
		if o.ExecutionType == "CANCELED" && o.OrigCustomOrderId != "" {
			cid = o.OrigCustomOrderId
		}
		x := &execReport{orderID: o.Id, order: venues.Order{
			Venue: u.venue, Symbol: o.Symbol, ClientID: cid, ExchangeID: idString(o.Id),
			Side: parseSide(o.Side), Type: parseType(o.Type, string(o.TimeInForce)),
			Price: dec(o.Price), Qty: dec(o.Volume), Filled: dec(o.FilledVolume),
			QuoteFilled: dec(o.FilledQuoteVolume), Status: parseStatus(o.Status),
			Updated: msTime(o.TransactionTime),
		}}
		if o.ExecutionType == "TRADE" {
			x.trade = &trade{Symbol: o.Symbol, ID: o.TradeId, OrderID: o.Id, ClientID: cid,
				Side: parseSide(o.Side), Price: dec(o.LatestPrice), Qty: dec(o.LatestVolume),
				Quote: dec(o.LatestQuoteVolume), Fee: dec(o.FeeCost), FeeAsset: o.FeeAsset,
				Maker: o.IsMaker, Time: msTime(o.TransactionTime)}
		}
		u.c.rememberOrder(false, o.Symbol, o.Id, cid)
		ev.exec = x
	case gobinance.UserDataEventTypeOutboundAccountPosition:
		ev.balances = make([]venues.Balance, 0, len(e.AccountUpdate.WsAccountUpdates))
		for _, b := range e.AccountUpdate.WsAccountUpdates {
			ev.balances = append(ev.balances, venues.Balance{Asset: b.Asset, Free: dec(b.Free), Locked: dec(b.Locked)})
		}
	case "listenKeyExpired":
		ev.expired = true
	case gobinance.UserDataEventTypeBalanceUpdate:
		b := e.BalanceUpdate
		ev.delta = &balanceDelta{asset: b.Asset, change: venues.Balance{Asset: b.Asset, Free: dec(b.Change)}}
	default:
		return ev, false
	}
	return ev, true
}

func (u *userStream) futEvent(e *futures.WsUserDataEvent) (userEvent, bool) {
	ev := userEvent{time: msTime(e.Time)}
	switch e.Event {
	case futures.UserDataEventTypeOrderTradeUpdate:
		o := e.OrderTradeUpdate
		filled := dec(o.AccumulatedFilledQty)
		x := &execReport{orderID: o.ID, order: venues.Order{
			Venue: u.venue, Symbol: o.Symbol, ClientID: o.ClientOrderID, ExchangeID: idString(o.ID),
			Side: parseSide(string(o.Side)), Type: parseType(string(o.Type), string(o.TimeInForce)),
			Price: dec(o.OriginalPrice), Qty: dec(o.OriginalQty), Filled: filled,
			QuoteFilled: dec(o.AveragePrice).Mul(filled), Status: parseStatus(string(o.Status)),
			Updated: msTime(o.TradeTime),
		}}
		if o.ExecutionType == futures.OrderExecutionTypeTrade {
			x.trade = &trade{Symbol: o.Symbol, ID: o.TradeID, OrderID: o.ID, ClientID: o.ClientOrderID,
				Side: parseSide(string(o.Side)), Price: dec(o.LastFilledPrice), Qty: dec(o.LastFilledQty),
				Fee: dec(o.Commission), FeeAsset: o.CommissionAsset, Maker: o.IsMaker,
				Time: msTime(o.TradeTime)}
		}
		u.c.rememberOrder(true, o.Symbol, o.ID, o.ClientOrderID)
		ev.exec = x
	case futures.UserDataEventTypeListenKeyExpired:
		ev.expired = true
	case futures.UserDataEventTypeAccountUpdate:
		bs := e.AccountUpdate.Balances
		ev.balances = make([]venues.Balance, 0, len(bs))
		for _, b := range bs {
			ev.balances = append(ev.balances, venues.Balance{Asset: b.Asset, Free: dec(b.Balance)})
		}
	default:
		return ev, false
	}
	return ev, true
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
		out := make([]trade, 0, len(ts))
		for _, t := range ts {
			cid, _ := u.c.clientIDOf(true, sym, t.OrderID)
			out = append(out, trade{Symbol: sym, ID: t.ID, OrderID: t.OrderID, ClientID: cid,
				Side: parseSide(string(t.Side)), Price: dec(t.Price), Qty: dec(t.Quantity),
				Quote: dec(t.QuoteQuantity), Fee: dec(t.Commission), FeeAsset: t.CommissionAsset,
				Maker: t.Maker, Time: msTime(t.Time)})
		}
		return out, nil
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
	out := make([]trade, 0, len(ts))
	for _, t := range ts {
		side := venues.Sell
		if t.IsBuyer {
			side = venues.Buy
		}
		cid, _ := u.c.clientIDOf(false, sym, t.OrderID)
		out = append(out, trade{Symbol: sym, ID: t.ID, OrderID: t.OrderID, ClientID: cid,
			Side: side, Price: dec(t.Price), Qty: dec(t.Quantity), Quote: dec(t.QuoteQuantity),
			Fee: dec(t.Commission), FeeAsset: t.CommissionAsset, Maker: t.IsMaker, Time: msTime(t.Time)})
	}
	return out, nil
}
