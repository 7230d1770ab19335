package binance

import (
	"context"
	"fmt"

	"github.com/adshao/go-binance/v2/futures"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// USD-M futures: the same order rules as spot through go-binance's futures
// package. LIMIT_MAKER is sent as LIMIT with time in force GTX (post-only).
//
// Futures fills (venue Options.Venue+"-usdm") use the spot convention:
// BaseDelta is the change of the position, QuoteDelta the notional received
// (sell) or paid (buy) less the fee, so over a closed position the quote
// deltas add up to the realized PnL less fees (funding is not included).

// FuturesPlaceOrder places a USD-M futures order (one-way position mode).
func (c *Client) FuturesPlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error) {
	return c.place(ctx, true, req)
}

// FuturesCancelOrder cancels a futures order by client id.
func (c *Client) FuturesCancelOrder(ctx context.Context, symbol, clientID string) (venues.Order, error) {
	return c.cancel(ctx, true, symbol, clientID)
}

// FuturesCancelAll cancels every open futures order on a symbol.
func (c *Client) FuturesCancelAll(ctx context.Context, symbol string) ([]venues.Order, error) {
	return c.cancelAll(ctx, true, symbol)
}

// FuturesOpenOrders lists the open futures orders on a symbol.
func (c *Client) FuturesOpenOrders(ctx context.Context, symbol string) ([]venues.Order, error) {
	var ws []wireOrder
	err := c.api.call(ctx, true, func(ctx context.Context) (err error) {
		ws, err = c.futOpen(ctx, symbol)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: open orders %s: %w", c.FuturesVenue(), symbol, err)
	}
	return orders(c.FuturesVenue(), ws)
}

// FuturesQueryOrder looks a futures order up by client id.
func (c *Client) FuturesQueryOrder(ctx context.Context, symbol, clientID string) (venues.Order, error) {
	return c.query(ctx, true, symbol, clientID)
}

// Position is a USD-M futures position (one-way mode): Qty is signed, long
// positive.
type Position struct {
	Symbol        string
	Qty           decimal.Decimal
	EntryPrice    decimal.Decimal
	MarkPrice     decimal.Decimal
	UnrealizedPnL decimal.Decimal
}

// FuturesPositions lists the account's non-zero futures positions.
func (c *Client) FuturesPositions(ctx context.Context) ([]Position, error) {
	var rs []*futures.PositionRisk
	err := c.api.call(ctx, true, func(ctx context.Context) (err error) {
		rs, err = c.api.fut().NewGetPositionRiskService().Do(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: positions: %w", c.FuturesVenue(), err)
	}
	return positions(c.FuturesVenue(), rs)
}

func positions(venue string, rs []*futures.PositionRisk) ([]Position, error) {
	var out []Position
	for _, r := range rs {
		n := numbers{venue: venue, msg: "position " + r.Symbol}
		p := Position{Symbol: r.Symbol, Qty: n.dec("positionAmt", r.PositionAmt), EntryPrice: n.dec("entryPrice", r.EntryPrice),
			MarkPrice: n.dec("markPrice", r.MarkPrice), UnrealizedPnL: n.dec("unRealizedProfit", r.UnRealizedProfit)}
		if n.err != nil {
			return nil, n.err
		}
		if !p.Qty.IsZero() {
			out = append(out, p)
		}
	}
	return out, nil
}

func (c *Client) futCreate(ctx context.Context, req venues.OrderRequest) (wireOrder, error) {
	s := c.api.fut().NewCreateOrderService().
		Symbol(req.Symbol).
		Side(futures.SideType(sideString(req.Side))).
		Quantity(req.Qty.String()).
		NewClientOrderID(req.ClientID).
		NewOrderResponseType(futures.NewOrderRespTypeRESULT)
	switch req.Type {
	case venues.Limit:
		s.Type(futures.OrderTypeLimit).TimeInForce(futures.TimeInForceTypeGTC).Price(req.Price.String())
	case venues.LimitMaker:
		s.Type(futures.OrderTypeLimit).TimeInForce(futures.TimeInForceTypeGTX).Price(req.Price.String())
	case venues.IOC:
		s.Type(futures.OrderTypeLimit).TimeInForce(futures.TimeInForceTypeIOC).Price(req.Price.String())
	case venues.Market:
		s.Type(futures.OrderTypeMarket)
	}
	r, err := s.Do(ctx)
	if err != nil {
		return wireOrder{}, err
	}
	return wireOrder{Symbol: r.Symbol, ClientID: r.ClientOrderID, ID: r.OrderID,
		Side: string(r.Side), Type: string(r.Type), TIF: string(r.TimeInForce), Status: string(r.Status),
		Price: r.Price, Qty: r.OrigQuantity, Filled: r.ExecutedQuantity, QuoteFl: r.CumQuote,
		Time: r.UpdateTime}, nil
}

func futWire(o *futures.Order) wireOrder {
	t := o.UpdateTime
	if t == 0 {
		t = o.Time
	}
	return wireOrder{Symbol: o.Symbol, ClientID: o.ClientOrderID, ID: o.OrderID,
		Side: string(o.Side), Type: string(o.Type), TIF: string(o.TimeInForce), Status: string(o.Status),
		Price: o.Price, Qty: o.OrigQuantity, Filled: o.ExecutedQuantity, QuoteFl: o.CumQuote, Time: t}
}

func (c *Client) futGet(ctx context.Context, symbol, clientID string, id int64) (wireOrder, error) {
	s := c.api.fut().NewGetOrderService().Symbol(symbol)
	if clientID != "" {
		s.OrigClientOrderID(clientID)
	} else {
		s.OrderID(id)
	}
	o, err := s.Do(ctx)
	if err != nil {
		return wireOrder{}, err
	}
	return futWire(o), nil
}

func (c *Client) futCancel(ctx context.Context, symbol, clientID string) (wireOrder, error) {
	r, err := c.api.fut().NewCancelOrderService().Symbol(symbol).OrigClientOrderID(clientID).Do(ctx)
	if err != nil {
		return wireOrder{}, err
	}
	return wireOrder{Symbol: r.Symbol, ClientID: r.ClientOrderID, ID: r.OrderID,
		Side: string(r.Side), Type: string(r.Type), TIF: string(r.TimeInForce), Status: string(r.Status),
		Price: r.Price, Qty: r.OrigQuantity, Filled: r.ExecutedQuantity, QuoteFl: r.CumQuote,
		Time: r.UpdateTime}, nil
}

// futCancelAll lists the open orders, cancels them all, and reports them
// as cancelled (the futures endpoint returns no orders).
func (c *Client) futCancelAll(ctx context.Context, symbol string) ([]wireOrder, error) {
	open, err := c.futOpen(ctx, symbol)
	if err != nil {
		return nil, err
	}
	if err := c.api.fut().NewCancelAllOpenOrdersService().Symbol(symbol).Do(ctx); err != nil {
		return nil, err
	}
	for i := range open {
		open[i].Status = "CANCELED"
	}
	return open, nil
}

func (c *Client) futOpen(ctx context.Context, symbol string) ([]wireOrder, error) {
	os, err := c.api.fut().NewListOpenOrdersService().Symbol(symbol).Do(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]wireOrder, len(os))
	for i, o := range os {
		out[i] = futWire(o)
		c.rememberOrder(true, o.Symbol, o.OrderID, o.ClientOrderID)
	}
	return out, nil
}

func (c *Client) futExchangeInfo(ctx context.Context) ([]Rules, error) {
	info, err := c.api.fut().NewExchangeInfoService().Do(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Rules, 0, len(info.Symbols))
	for _, s := range info.Symbols {
		r, err := parseFilters(s.Symbol, s.BaseAsset, s.QuoteAsset, s.Filters)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// USDM is the client's USD-M futures side with the same order methods as
// the spot side (PlaceOrder, CancelOrder, CancelAll), so the strategy can
// use it through the same interface for the hedge leg.
type USDM struct{ c *Client }

// USDM returns the futures side of the client.
func (c *Client) USDM() *USDM { return &USDM{c: c} }

// PlaceOrder is FuturesPlaceOrder.
func (f *USDM) PlaceOrder(ctx context.Context, req venues.OrderRequest) (venues.Order, error) {
	return f.c.FuturesPlaceOrder(ctx, req)
}

// CancelOrder is FuturesCancelOrder.
func (f *USDM) CancelOrder(ctx context.Context, symbol, clientID string) (venues.Order, error) {
	return f.c.FuturesCancelOrder(ctx, symbol, clientID)
}

// CancelAll is FuturesCancelAll.
func (f *USDM) CancelAll(ctx context.Context, symbol string) ([]venues.Order, error) {
	return f.c.FuturesCancelAll(ctx, symbol)
}
