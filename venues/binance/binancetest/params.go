package binancetest

import (
	"net/url"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

func itoa(i int) string { return strconv.Itoa(i) }

// decParam parses a decimal parameter; absent gives zero and ok false.
func decParam(p url.Values, name string) (decimal.Decimal, bool, *apiError) {
	s := p.Get(name)
	if s == "" {
		return decimal.Zero, false, nil
	}
	d, err := decimal.NewFromString(s)
	if err != nil || d.IsNegative() {
		return decimal.Zero, false, badRequest(-1100, "Illegal characters found in parameter '"+name+"'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.")
	}
	return d, true, nil
}

// intParam parses an integer parameter with a default.
func intParam(p url.Values, name string, def int64) (int64, *apiError) {
	s := p.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, badRequest(-1100, "Illegal characters found in parameter '"+name+"'; legal range is '^(-)?[0-9]{1,20}$'.")
	}
	return n, nil
}

// symbolParam finds the (required) symbol's market.
func (x *Exchange) symbolParam(p url.Values, futures bool) (*market, *apiError) {
	s := p.Get("symbol")
	if s == "" {
		return nil, mandatory("symbol")
	}
	m, ok := x.market(futures, s)
	if !ok {
		return nil, badRequest(-1121, "Invalid symbol.")
	}
	return m, nil
}

// orderParams is a parsed new-order request.
type orderParams struct {
	m          *market
	req        venues.OrderRequest
	typ, tif   string
	respType   string
	reduceOnly bool
}

// parseOrder reads a new order's parameters (spot or futures rules).
func (x *Exchange) parseOrder(p url.Values, futures bool) (orderParams, *apiError) {
	var op orderParams
	m, aerr := x.symbolParam(p, futures)
	if aerr != nil {
		return op, aerr
	}
	op.m = m
	op.req.Symbol = m.rules.Symbol
	switch p.Get("side") {
	case "BUY":
		op.req.Side = venues.Buy
	case "SELL":
		op.req.Side = venues.Sell
	case "":
		return op, mandatory("side")
	default:
		return op, badRequest(-1117, "Invalid side.")
	}
	qty, ok, aerr := decParam(p, "quantity")
	if aerr != nil {
		return op, aerr
	}
	if !ok {
		return op, badRequest(-1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!")
	}
	price, hasPrice, aerr := decParam(p, "price")
	if aerr != nil {
		return op, aerr
	}
	op.req.Qty, op.req.Price = qty, price
	op.typ, op.tif = p.Get("type"), p.Get("timeInForce")
	switch op.typ {
	case "":
		return op, mandatory("type")
	case "MARKET":
		if hasPrice && !futures {
			return op, badRequest(-1106, "Parameter 'price' sent when not required.")
		}
		op.req.Type, op.req.Price, op.tif = venues.Market, decimal.Zero, "GTC"
	case "LIMIT_MAKER":
		if futures {
			return op, badRequest(-1116, "Invalid orderType.")
		}
		op.req.Type, op.tif = venues.LimitMaker, "GTC"
	case "LIMIT":
		switch op.tif {
		case "":
			return op, mandatory("timeInForce")
		case "GTC":
			op.req.Type = venues.Limit
		case "IOC":
			op.req.Type = venues.IOC
		case "GTX":
			if !futures {
				return op, badRequest(-1115, "Invalid timeInForce.")
			}
			op.req.Type = venues.LimitMaker
		default:
			return op, badRequest(-1115, "Invalid timeInForce.")
		}
	default:
		return op, badRequest(-1116, "Invalid orderType.")
	}
	if op.req.Type != venues.Market && !hasPrice {
		return op, mandatory("price")
	}
	op.req.ClientID = p.Get("newClientOrderId")
	op.respType = p.Get("newOrderRespType")
	op.reduceOnly = p.Get("reduceOnly") == "true"
	if ps := p.Get("positionSide"); ps != "" && ps != "BOTH" {
		return op, badRequest(-4061, "Order's position side does not match user's setting.")
	}
	return op, nil
}

// lookup finds the connector's order by orderId or origClientOrderId.
func (x *Exchange) lookup(m *market, p url.Values) (venues.Order, *apiError) {
	if s := p.Get("orderId"); s != "" {
		id, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return venues.Order{}, badRequest(-1100, "Illegal characters found in parameter 'orderId'.")
		}
		o, ok := m.eng.OrderByID(x.o.APIKey, id)
		if !ok {
			return venues.Order{}, badRequest(-2013, "Order does not exist.")
		}
		return o, nil
	}
	cid := p.Get("origClientOrderId")
	if cid == "" {
		return venues.Order{}, badRequest(-1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!")
	}
	o, ok := m.eng.Order(x.o.APIKey, cid)
	if !ok {
		return venues.Order{}, badRequest(-2013, "Order does not exist.")
	}
	return o, nil
}

// limitParam reads "limit" with a default and a maximum.
func limitParam(p url.Values, def, max int64) (int, *apiError) {
	n, aerr := intParam(p, "limit", def)
	if aerr != nil {
		return 0, aerr
	}
	if n <= 0 || n > max {
		n = max
	}
	return int(n), nil
}
