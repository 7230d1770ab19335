package binance

import (
	"context"

	gobinance "github.com/adshao/go-binance/v2"

	"github.com/navarb/navarb/venues"
)

// Spot REST calls through go-binance, one request each.

func (c *Client) spotCreate(ctx context.Context, req venues.OrderRequest) (wireOrder, error) {
	s := c.api.spot().NewCreateOrderService().
		Symbol(req.Symbol).
		Side(gobinance.SideType(sideString(req.Side))).
		Quantity(req.Qty.String()).
		NewClientOrderID(req.ClientID).
		NewOrderRespType(gobinance.NewOrderRespTypeRESULT)
	switch req.Type {
	case venues.Limit:
		s.Type(gobinance.OrderTypeLimit).TimeInForce(gobinance.TimeInForceTypeGTC).Price(req.Price.String())
	case venues.LimitMaker:
		s.Type(gobinance.OrderTypeLimitMaker).Price(req.Price.String())
	case venues.IOC:
		s.Type(gobinance.OrderTypeLimit).TimeInForce(gobinance.TimeInForceTypeIOC).Price(req.Price.String())
	case venues.Market:
		s.Type(gobinance.OrderTypeMarket)
	}
	r, err := s.Do(ctx)
	if err != nil {
		return wireOrder{}, err
	}
	return wireOrder{Symbol: r.Symbol, ClientID: r.ClientOrderID, ID: r.OrderID,
		Side: string(r.Side), Type: string(r.Type), TIF: string(r.TimeInForce), Status: string(r.Status),
		Price: r.Price, Qty: r.OrigQuantity, Filled: r.ExecutedQuantity, QuoteFl: r.CummulativeQuoteQuantity,
		Time: r.TransactTime}, nil
}

func spotWire(o *gobinance.Order) wireOrder {
	t := o.UpdateTime
	if t == 0 {
		t = o.Time
	}
	return wireOrder{Symbol: o.Symbol, ClientID: o.ClientOrderID, ID: o.OrderID,
		Side: string(o.Side), Type: string(o.Type), TIF: string(o.TimeInForce), Status: string(o.Status),
		Price: o.Price, Qty: o.OrigQuantity, Filled: o.ExecutedQuantity, QuoteFl: o.CummulativeQuoteQuantity,
		Time: t}
}

// spotGet looks an order up by client id, or by exchange id if clientID is
// empty.
func (c *Client) spotGet(ctx context.Context, symbol, clientID string, id int64) (wireOrder, error) {
	s := c.api.spot().NewGetOrderService().Symbol(symbol)
	if clientID != "" {
		s.OrigClientOrderID(clientID)
	} else {
		s.OrderID(id)
	}
	o, err := s.Do(ctx)
	if err != nil {
		return wireOrder{}, err
	}
	return spotWire(o), nil
}

func spotCancelWire(r *gobinance.CancelOrderResponse) wireOrder {
	return wireOrder{Symbol: r.Symbol, ClientID: r.OrigClientOrderID, ID: r.OrderID,
		Side: string(r.Side), Type: string(r.Type), TIF: string(r.TimeInForce), Status: string(r.Status),
		Price: r.Price, Qty: r.OrigQuantity, Filled: r.ExecutedQuantity, QuoteFl: r.CummulativeQuoteQuantity,
		Time: r.TransactTime}
}

func (c *Client) spotCancel(ctx context.Context, symbol, clientID string) (wireOrder, error) {
	r, err := c.api.spot().NewCancelOrderService().Symbol(symbol).OrigClientOrderID(clientID).Do(ctx)
	if err != nil {
		return wireOrder{}, err
	}
	return spotCancelWire(r), nil
}

func (c *Client) spotCancelAll(ctx context.Context, symbol string) ([]wireOrder, error) {
	r, err := c.api.spot().NewCancelOpenOrdersService().Symbol(symbol).Do(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]wireOrder, 0, len(r.Orders))
	for _, o := range r.Orders {
		out = append(out, spotCancelWire(o))
	}
	return out, nil
}

func (c *Client) spotOpen(ctx context.Context, symbol string) ([]venues.Order, error) {
	os, err := c.api.spot().NewListOpenOrdersService().Symbol(symbol).Do(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]venues.Order, len(os))
	for i, o := range os {
		w := spotWire(o)
		c.rememberOrder(false, w.Symbol, w.ID, w.ClientID)
		o, err := w.order(c.o.Venue)
		if err != nil {
			return nil, err
		}
		out[i] = o
	}
	return out, nil
}

func (c *Client) spotExchangeInfo(ctx context.Context) ([]Rules, error) {
	info, err := c.api.spot().NewExchangeInfoService().Do(ctx)
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
