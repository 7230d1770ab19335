package binancetest

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// orderMeta is what the wire format needs beyond venues.Order, kept for the
// connector's orders.
type orderMeta struct {
	typ     string // LIMIT, LIMIT_MAKER, MARKET
	tif     string // GTC, IOC, GTX
	created int64  // ms
	working int64  // ms the order went on the book; 0 if never
	// lock is what the order reserved from free balance (spot: quote for
	// buys, base for sells; futures: nothing).
	lockAsset string
	lock      decimal.Decimal
	// futures
	reduceOnly bool
}

func orderID(o venues.Order) int64 {
	id, _ := strconv.ParseInt(o.ExchangeID, 10, 64)
	return id
}

// spotOrder is GET /api/v3/order and the open orders list element.
type spotOrder struct {
	Symbol                  string `json:"symbol"`
	OrderID                 int64  `json:"orderId"`
	OrderListID             int64  `json:"orderListId"`
	ClientOrderID           string `json:"clientOrderId"`
	Price                   string `json:"price"`
	OrigQty                 string `json:"origQty"`
	ExecutedQty             string `json:"executedQty"`
	CummulativeQuoteQty     string `json:"cummulativeQuoteQty"`
	Status                  string `json:"status"`
	TimeInForce             string `json:"timeInForce"`
	Type                    string `json:"type"`
	Side                    string `json:"side"`
	StopPrice               string `json:"stopPrice"`
	IcebergQty              string `json:"icebergQty"`
	Time                    int64  `json:"time"`
	UpdateTime              int64  `json:"updateTime"`
	IsWorking               bool   `json:"isWorking"`
	WorkingTime             int64  `json:"workingTime"`
	OrigQuoteOrderQty       string `json:"origQuoteOrderQty"`
	SelfTradePreventionMode string `json:"selfTradePreventionMode"`
}

func toSpotOrder(o venues.Order, m *orderMeta) spotOrder {
	z := num(decimal.Zero, false)
	working := m.working
	if working == 0 {
		working = -1
	}
	return spotOrder{
		Symbol: o.Symbol, OrderID: orderID(o), OrderListID: -1, ClientOrderID: o.ClientID,
		Price: num(o.Price, false), OrigQty: num(o.Qty, false), ExecutedQty: num(o.Filled, false),
		CummulativeQuoteQty: num(o.QuoteFilled, false), Status: o.Status.String(),
		TimeInForce: m.tif, Type: m.typ, Side: o.Side.String(), StopPrice: z, IcebergQty: z,
		Time: m.created, UpdateTime: o.Updated.UnixMilli(), IsWorking: m.working != 0,
		WorkingTime: working, OrigQuoteOrderQty: z, SelfTradePreventionMode: "NONE",
	}
}

// spotFill is one element of a FULL order response's fills.
type spotFill struct {
	Price           string `json:"price"`
	Qty             string `json:"qty"`
	Commission      string `json:"commission"`
	CommissionAsset string `json:"commissionAsset"`
	TradeID         int64  `json:"tradeId"`
}

// spotNewOrder is the POST /api/v3/order answer (FULL; RESULT omits fills;
// ACK keeps the first four fields).
type spotNewOrder struct {
	Symbol                  string     `json:"symbol"`
	OrderID                 int64      `json:"orderId"`
	OrderListID             int64      `json:"orderListId"`
	ClientOrderID           string     `json:"clientOrderId"`
	TransactTime            int64      `json:"transactTime"`
	Price                   string     `json:"price,omitempty"`
	OrigQty                 string     `json:"origQty,omitempty"`
	ExecutedQty             string     `json:"executedQty,omitempty"`
	OrigQuoteOrderQty       string     `json:"origQuoteOrderQty,omitempty"`
	CummulativeQuoteQty     string     `json:"cummulativeQuoteQty,omitempty"`
	Status                  string     `json:"status,omitempty"`
	TimeInForce             string     `json:"timeInForce,omitempty"`
	Type                    string     `json:"type,omitempty"`
	Side                    string     `json:"side,omitempty"`
	WorkingTime             int64      `json:"workingTime,omitempty"`
	SelfTradePreventionMode string     `json:"selfTradePreventionMode,omitempty"`
	Fills                   []spotFill `json:"fills,omitempty"`
}

// spotCancel is the DELETE /api/v3/order answer and the DELETE
// /api/v3/openOrders list element.
type spotCancel struct {
	Symbol                  string `json:"symbol"`
	OrigClientOrderID       string `json:"origClientOrderId"`
	OrderID                 int64  `json:"orderId"`
	OrderListID             int64  `json:"orderListId"`
	ClientOrderID           string `json:"clientOrderId"`
	TransactTime            int64  `json:"transactTime"`
	Price                   string `json:"price"`
	OrigQty                 string `json:"origQty"`
	ExecutedQty             string `json:"executedQty"`
	OrigQuoteOrderQty       string `json:"origQuoteOrderQty"`
	CummulativeQuoteQty     string `json:"cummulativeQuoteQty"`
	Status                  string `json:"status"`
	TimeInForce             string `json:"timeInForce"`
	Type                    string `json:"type"`
	Side                    string `json:"side"`
	SelfTradePreventionMode string `json:"selfTradePreventionMode"`
}

func toSpotCancel(o venues.Order, m *orderMeta, cancelID string, now int64) spotCancel {
	return spotCancel{
		Symbol: o.Symbol, OrigClientOrderID: o.ClientID, OrderID: orderID(o), OrderListID: -1,
		ClientOrderID: cancelID, TransactTime: now, Price: num(o.Price, false),
		OrigQty: num(o.Qty, false), ExecutedQty: num(o.Filled, false),
		OrigQuoteOrderQty: num(decimal.Zero, false), CummulativeQuoteQty: num(o.QuoteFilled, false),
		Status: o.Status.String(), TimeInForce: m.tif, Type: m.typ, Side: o.Side.String(),
		SelfTradePreventionMode: "NONE",
	}
}

// executionReport is the spot user data event for one order change.
type executionReport struct {
	Event           string  `json:"e"`
	EventTime       int64   `json:"E"`
	Symbol          string  `json:"s"`
	ClientOrderID   string  `json:"c"`
	Side            string  `json:"S"`
	Type            string  `json:"o"`
	TimeInForce     string  `json:"f"`
	Qty             string  `json:"q"`
	Price           string  `json:"p"`
	StopPrice       string  `json:"P"`
	IcebergQty      string  `json:"F"`
	OrderListID     int64   `json:"g"`
	OrigClientID    string  `json:"C"`
	ExecType        string  `json:"x"`
	Status          string  `json:"X"`
	RejectReason    string  `json:"r"`
	OrderID         int64   `json:"i"`
	LastQty         string  `json:"l"`
	CumQty          string  `json:"z"`
	LastPrice       string  `json:"L"`
	Commission      string  `json:"n"`
	CommissionAsset *string `json:"N"`
	TxTime          int64   `json:"T"`
	TradeID         int64   `json:"t"`
	Ignore          int64   `json:"I"`
	OnBook          bool    `json:"w"`
	Maker           bool    `json:"m"`
	IgnoreM         bool    `json:"M"`
	Created         int64   `json:"O"`
	CumQuote        string  `json:"Z"`
	LastQuote       string  `json:"Y"`
	QuoteOrderQty   string  `json:"Q"`
	WorkingTime     int64   `json:"W,omitempty"`
	STP             string  `json:"V"`
}

// report builds an executionReport for o (state after the event). For a
// TRADE pass the trade's price, qty and commission.
func report(o venues.Order, m *orderMeta, exec string, now int64) executionReport {
	z := num(decimal.Zero, false)
	return executionReport{
		Event: "executionReport", EventTime: now, Symbol: o.Symbol, ClientOrderID: o.ClientID,
		Side: o.Side.String(), Type: m.typ, TimeInForce: m.tif, Qty: num(o.Qty, false),
		Price: num(o.Price, false), StopPrice: z, IcebergQty: z, OrderListID: -1,
		ExecType: exec, Status: o.Status.String(), RejectReason: "NONE", OrderID: orderID(o),
		LastQty: z, CumQty: num(o.Filled, false), LastPrice: z, Commission: "0", TxTime: now,
		TradeID: -1, Ignore: now, OnBook: o.Status.Open() && m.typ != "MARKET" && m.tif != "IOC",
		Created: m.created, CumQuote: num(o.QuoteFilled, false), LastQuote: z, QuoteOrderQty: z,
		WorkingTime: m.working, STP: "NONE",
	}
}

// accountPosition is the outboundAccountPosition event.
type accountPosition struct {
	Event      string         `json:"e"`
	EventTime  int64          `json:"E"`
	LastUpdate int64          `json:"u"`
	Balances   []wsBalanceRow `json:"B"`
}

type wsBalanceRow struct {
	Asset  string `json:"a"`
	Free   string `json:"f"`
	Locked string `json:"l"`
}

// balanceUpdate is the balanceUpdate event (deposits, withdrawals).
type balanceUpdate struct {
	Event     string `json:"e"`
	EventTime int64  `json:"E"`
	Asset     string `json:"a"`
	Delta     string `json:"d"`
	ClearTime int64  `json:"T"`
}

// myTrade is a GET /api/v3/myTrades element.
type myTrade struct {
	Symbol          string `json:"symbol"`
	ID              int64  `json:"id"`
	OrderID         int64  `json:"orderId"`
	OrderListID     int64  `json:"orderListId"`
	Price           string `json:"price"`
	Qty             string `json:"qty"`
	QuoteQty        string `json:"quoteQty"`
	Commission      string `json:"commission"`
	CommissionAsset string `json:"commissionAsset"`
	Time            int64  `json:"time"`
	IsBuyer         bool   `json:"isBuyer"`
	IsMaker         bool   `json:"isMaker"`
	IsBestMatch     bool   `json:"isBestMatch"`
}
