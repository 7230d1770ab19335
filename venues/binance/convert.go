package binance

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/adshao/go-binance/v2/common"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// This file converts between Binance's wire strings and venues types, once,
// at the edge.

func dec(s string) decimal.Decimal {
	if s == "" {
		return decimal.Zero
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero
	}
	return d
}

func msTime(ms int64) time.Time {
	if ms <= 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

func sideString(s venues.Side) string {
	if s == venues.Sell {
		return "SELL"
	}
	return "BUY"
}

func parseSide(s string) venues.Side {
	if s == "SELL" {
		return venues.Sell
	}
	return venues.Buy
}

// parseType maps Binance's type and time in force to an OrderType.
func parseType(typ, tif string) venues.OrderType {
	switch typ {
	case "MARKET":
		return venues.Market
	case "LIMIT_MAKER":
		return venues.LimitMaker
	case "LIMIT":
		switch tif {
		case "IOC":
			return venues.IOC
		case "GTX":
			return venues.LimitMaker
		}
		return venues.Limit
	}
	return 0
}

func parseStatus(s string) venues.OrderStatus {
	switch s {
	case "NEW":
		return venues.OrderNew
	case "PARTIALLY_FILLED":
		return venues.OrderPartiallyFilled
	case "FILLED":
		return venues.OrderFilled
	case "CANCELED", "PENDING_CANCEL":
		return venues.OrderCanceled
	case "REJECTED":
		return venues.OrderRejected
	case "EXPIRED", "EXPIRED_IN_MATCH":
		return venues.OrderExpired
	}
	return 0
}

// levels parses REST or stream price levels.
func levels(src []common.PriceLevel) ([]venues.Level, error) {
	out := make([]venues.Level, len(src))
	for i, l := range src {
		p, err := strconv.ParseFloat(l.Price, 64)
		if err != nil {
			return nil, fmt.Errorf("price %q: %w", l.Price, err)
		}
		q, err := strconv.ParseFloat(l.Quantity, 64)
		if err != nil {
			return nil, fmt.Errorf("quantity %q: %w", l.Quantity, err)
		}
		// ParseFloat takes "NaN", "Inf" and negatives: none is a price
		// level (a zero quantity deletes the level in a diff).
		if !(p > 0) || math.IsInf(p, 0) {
			return nil, fmt.Errorf("price %q: want a positive finite number", l.Price)
		}
		if !(q >= 0) || math.IsInf(q, 0) {
			return nil, fmt.Errorf("quantity %q: want a finite number >= 0", l.Quantity)
		}
		out[i] = venues.Level{Price: p, Qty: q}
	}
	return out, nil
}

// wireOrder is the common shape of go-binance's order responses.
type wireOrder struct {
	Symbol, ClientID            string
	ID                          int64
	Side, Type, TIF, Status     string
	Price, Qty, Filled, QuoteFl string
	Time                        int64
}

func (w wireOrder) order(venue string) venues.Order {
	return venues.Order{
		Venue:       venue,
		Symbol:      w.Symbol,
		ClientID:    w.ClientID,
		ExchangeID:  strconv.FormatInt(w.ID, 10),
		Side:        parseSide(w.Side),
		Type:        parseType(w.Type, w.TIF),
		Price:       dec(w.Price),
		Qty:         dec(w.Qty),
		Filled:      dec(w.Filled),
		QuoteFilled: dec(w.QuoteFl),
		Status:      parseStatus(w.Status),
		Updated:     msTime(w.Time),
	}
}

// trade is one of our executions, from a stream event or a REST trade list.
type trade struct {
	Symbol   string
	ID       int64 // trade id
	OrderID  int64
	ClientID string
	Side     venues.Side
	Price    decimal.Decimal
	Qty      decimal.Decimal
	Quote    decimal.Decimal // zero: Price*Qty
	Fee      decimal.Decimal
	FeeAsset string
	Maker    bool
	Time     time.Time
}

// fill turns a trade into a venues.Fill with exact signed deltas: a buy
// adds base and pays quote, a sell the reverse; the fee comes off the asset
// it was charged in (a fee in a third asset, such as BNB, is reported in Fee
// but is in neither delta). FeeUSD values the fee in quote units at the
// trade price (USD for USD-quoted symbols).
func (t trade) fill(venue string, r Rules) *venues.Fill {
	quote := t.Quote
	if quote.IsZero() {
		quote = t.Price.Mul(t.Qty)
	}
	f := &venues.Fill{
		Time:       t.Time,
		Venue:      venue,
		Instrument: t.Symbol,
		Base:       r.Base,
		Quote:      r.Quote,
		Fee:        t.Fee,
		FeeAsset:   t.FeeAsset,
		Maker:      t.Maker,
		TradeID:    strconv.FormatInt(t.ID, 10),
	}
	if _, plan, leg, _, ok := ParseClientOrderID(t.ClientID); ok {
		f.PlanID, f.Leg = plan, leg
	}
	if t.Side == venues.Buy {
		f.Action, f.BaseDelta, f.QuoteDelta = venues.ActionBuy, t.Qty, quote.Neg()
	} else {
		f.Action, f.BaseDelta, f.QuoteDelta = venues.ActionSell, t.Qty.Neg(), quote
	}
	switch t.FeeAsset {
	case "":
	case r.Base:
		f.BaseDelta = f.BaseDelta.Sub(t.Fee)
		f.FeeUSD = t.Fee.Mul(t.Price)
	case r.Quote:
		f.QuoteDelta = f.QuoteDelta.Sub(t.Fee)
		f.FeeUSD = t.Fee
	}
	return f
}
