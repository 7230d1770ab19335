package binancetest

import (
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// futOrder is the futures order shape: POST/GET/DELETE /fapi/v1/order and
// the open orders list element.
type futOrder struct {
	Symbol                  string `json:"symbol"`
	OrderID                 int64  `json:"orderId"`
	ClientOrderID           string `json:"clientOrderId"`
	Price                   string `json:"price"`
	AvgPrice                string `json:"avgPrice"`
	OrigQty                 string `json:"origQty"`
	ExecutedQty             string `json:"executedQty"`
	CumQty                  string `json:"cumQty"`
	CumQuote                string `json:"cumQuote"`
	Status                  string `json:"status"`
	TimeInForce             string `json:"timeInForce"`
	Type                    string `json:"type"`
	OrigType                string `json:"origType"`
	Side                    string `json:"side"`
	PositionSide            string `json:"positionSide"`
	ReduceOnly              bool   `json:"reduceOnly"`
	ClosePosition           bool   `json:"closePosition"`
	StopPrice               string `json:"stopPrice"`
	WorkingType             string `json:"workingType"`
	PriceProtect            bool   `json:"priceProtect"`
	PriceMatch              string `json:"priceMatch"`
	SelfTradePreventionMode string `json:"selfTradePreventionMode"`
	GoodTillDate            int64  `json:"goodTillDate"`
	Time                    int64  `json:"time"`
	UpdateTime              int64  `json:"updateTime"`
}

func avgPrice(o venues.Order) decimal.Decimal {
	if o.Filled.IsZero() {
		return decimal.Zero
	}
	return o.QuoteFilled.DivRound(o.Filled, feeDecimals)
}

func toFutOrder(o venues.Order, m *orderMeta) futOrder {
	return futOrder{
		Symbol: o.Symbol, OrderID: orderID(o), ClientOrderID: o.ClientID,
		Price: o.Price.String(), AvgPrice: avgPrice(o).String(), OrigQty: o.Qty.String(),
		ExecutedQty: o.Filled.String(), CumQty: o.Filled.String(), CumQuote: o.QuoteFilled.String(),
		Status: o.Status.String(), TimeInForce: m.tif, Type: m.typ, OrigType: m.typ,
		Side: o.Side.String(), PositionSide: "BOTH", ReduceOnly: m.reduceOnly, StopPrice: "0",
		WorkingType: "CONTRACT_PRICE", PriceMatch: "NONE", SelfTradePreventionMode: "NONE",
		Time: m.created, UpdateTime: o.Updated.UnixMilli(),
	}
}

// orderTradeUpdate is the futures ORDER_TRADE_UPDATE event.
type orderTradeUpdate struct {
	Event     string        `json:"e"`
	EventTime int64         `json:"E"`
	TxTime    int64         `json:"T"`
	Order     futOrderEvent `json:"o"`
}

type futOrderEvent struct {
	Symbol          string  `json:"s"`
	ClientOrderID   string  `json:"c"`
	Side            string  `json:"S"`
	Type            string  `json:"o"`
	TimeInForce     string  `json:"f"`
	Qty             string  `json:"q"`
	Price           string  `json:"p"`
	AvgPrice        string  `json:"ap"`
	StopPrice       string  `json:"sp"`
	ExecType        string  `json:"x"`
	Status          string  `json:"X"`
	OrderID         int64   `json:"i"`
	LastQty         string  `json:"l"`
	CumQty          string  `json:"z"`
	LastPrice       string  `json:"L"`
	CommissionAsset *string `json:"N,omitempty"`
	Commission      *string `json:"n,omitempty"`
	TradeTime       int64   `json:"T"`
	TradeID         int64   `json:"t"`
	BidsNotional    string  `json:"b"`
	AsksNotional    string  `json:"a"`
	Maker           bool    `json:"m"`
	ReduceOnly      bool    `json:"R"`
	WorkingType     string  `json:"wt"`
	OrigType        string  `json:"ot"`
	PositionSide    string  `json:"ps"`
	ClosePosition   bool    `json:"cp"`
	RealizedPnL     string  `json:"rp"`
	PriceProtect    bool    `json:"pP"`
	STP             string  `json:"V"`
	PriceMatch      string  `json:"pm"`
	GTD             int64   `json:"gtd"`
}

func futReport(o venues.Order, m *orderMeta, exec string, ms int64) orderTradeUpdate {
	return orderTradeUpdate{Event: "ORDER_TRADE_UPDATE", EventTime: ms, TxTime: ms, Order: futOrderEvent{
		Symbol: o.Symbol, ClientOrderID: o.ClientID, Side: o.Side.String(), Type: m.typ,
		TimeInForce: m.tif, Qty: o.Qty.String(), Price: o.Price.String(), AvgPrice: avgPrice(o).String(),
		StopPrice: "0", ExecType: exec, Status: o.Status.String(), OrderID: orderID(o),
		LastQty: "0", CumQty: o.Filled.String(), LastPrice: "0", TradeTime: ms, TradeID: 0,
		BidsNotional: "0", AsksNotional: "0", ReduceOnly: m.reduceOnly, WorkingType: "CONTRACT_PRICE",
		OrigType: m.typ, PositionSide: "BOTH", RealizedPnL: "0", STP: "NONE", PriceMatch: "NONE",
	}}
}

// accountUpdate is the futures ACCOUNT_UPDATE event.
type accountUpdate struct {
	Event     string    `json:"e"`
	EventTime int64     `json:"E"`
	TxTime    int64     `json:"T"`
	Data      acctDelta `json:"a"`
}

type acctDelta struct {
	Reason    string       `json:"m"`
	Balances  []wsFutBal   `json:"B"`
	Positions []wsPosition `json:"P"`
}

type wsFutBal struct {
	Asset  string `json:"a"`
	Wallet string `json:"wb"`
	Cross  string `json:"cw"`
	Change string `json:"bc"`
}

type wsPosition struct {
	Symbol     string `json:"s"`
	Amount     string `json:"pa"`
	Entry      string `json:"ep"`
	BreakEven  string `json:"bep"`
	Realized   string `json:"cr"`
	Unrealized string `json:"up"`
	MarginType string `json:"mt"`
	Isolated   string `json:"iw"`
	Side       string `json:"ps"`
}

// futTrade is a GET /fapi/v1/userTrades element.
type futTrade struct {
	Buyer           bool   `json:"buyer"`
	Commission      string `json:"commission"`
	CommissionAsset string `json:"commissionAsset"`
	ID              int64  `json:"id"`
	Maker           bool   `json:"maker"`
	OrderID         int64  `json:"orderId"`
	Price           string `json:"price"`
	Qty             string `json:"qty"`
	QuoteQty        string `json:"quoteQty"`
	RealizedPnl     string `json:"realizedPnl"`
	Side            string `json:"side"`
	PositionSide    string `json:"positionSide"`
	Symbol          string `json:"symbol"`
	Time            int64  `json:"time"`
}

// positionRisk is a GET /fapi/v2/positionRisk (and v3) element.
type positionRisk struct {
	Symbol           string `json:"symbol"`
	PositionSide     string `json:"positionSide"`
	PositionAmt      string `json:"positionAmt"`
	EntryPrice       string `json:"entryPrice"`
	BreakEvenPrice   string `json:"breakEvenPrice"`
	MarkPrice        string `json:"markPrice"`
	UnRealizedProfit string `json:"unRealizedProfit"`
	LiquidationPrice string `json:"liquidationPrice"`
	Leverage         string `json:"leverage"`
	MaxNotionalValue string `json:"maxNotionalValue"`
	MarginType       string `json:"marginType"`
	IsolatedMargin   string `json:"isolatedMargin"`
	IsAutoAddMargin  string `json:"isAutoAddMargin"`
	Notional         string `json:"notional"`
	IsolatedWallet   string `json:"isolatedWallet"`
	MarginAsset      string `json:"marginAsset"`
	InitialMargin    string `json:"initialMargin"`
	MaintMargin      string `json:"maintMargin"`
	UpdateTime       int64  `json:"updateTime"`
}
