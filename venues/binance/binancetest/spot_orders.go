package binancetest

import (
	"errors"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// engineError maps a matching error to Binance's code and message.
func engineError(err error, futures bool) *apiError {
	var fe *matching.FilterError
	switch {
	case errors.As(err, &fe):
		return badRequest(-1013, "Filter failure: "+fe.Filter)
	case errors.Is(err, matching.ErrDuplicateOrder):
		if futures {
			return badRequest(-4116, "ClientOrderId is duplicated.")
		}
		return badRequest(-2010, "Duplicate order sent.")
	case errors.Is(err, matching.ErrWouldTake):
		if futures {
			return badRequest(-5022, "Due to the order could not be executed as maker, the Post Only order will be rejected. The order will not be recorded in the order history")
		}
		return badRequest(-2010, "Order would immediately match and take.")
	case errors.Is(err, matching.ErrUnknownOrder):
		return badRequest(-2011, "Unknown order sent.")
	}
	return badRequest(-1013, err.Error())
}

// precheck applies the symbol filters (with the best opposite price as a
// MARKET order's reference) and the duplicate client id rule, so that they
// win over balance checks as on Binance.
func precheck(m *market, account string, req venues.OrderRequest) *apiError {
	price := req.Price
	if req.Type == venues.Market {
		price = decimal.Zero
		bids, asks := m.eng.DepthExact(1)
		opp := asks
		if req.Side == venues.Sell {
			opp = bids
		}
		if len(opp) > 0 {
			price = opp[0].Price
		}
	}
	if err := m.rules.Check(req.Side, req.Type, price, req.Qty); err != nil {
		return engineError(err, m.futures)
	}
	if o, ok := m.eng.Order(account, req.ClientID); ok && o.Status.Open() {
		return engineError(matching.ErrDuplicateOrder, m.futures)
	}
	return nil
}

// placeSpot places req for account on spot market m, settles its trades
// and publishes the connector's user data events. Caller holds x.mu.
func (x *Exchange) placeSpot(account string, m *market, req venues.OrderRequest, typ, tif string) (matching.Placed, *orderMeta, *apiError) {
	now := x.now()
	ms := now.UnixMilli()
	conn := account == x.o.APIKey
	if aerr := precheck(m, account, req); aerr != nil {
		return matching.Placed{}, nil, aerr
	}
	meta := &orderMeta{typ: typ, tif: tif, created: ms}
	if conn {
		if req.Side == venues.Buy {
			meta.lockAsset = m.rules.Quote
			if req.Type == venues.Market {
				_, meta.lock = m.eng.Preview(venues.Buy, req.Qty, decimal.Zero)
			} else {
				meta.lock = req.Price.Mul(req.Qty)
			}
		} else {
			meta.lockAsset, meta.lock = m.rules.Base, req.Qty
		}
		if x.acct.free[meta.lockAsset].LessThan(meta.lock) {
			return matching.Placed{}, nil, badRequest(-2010, "Account has insufficient balance for requested action.")
		}
	}
	placed, err := m.eng.Place(account, req, now)
	if err != nil {
		return matching.Placed{}, nil, engineError(err, false)
	}
	m.collect()
	if typ != "MARKET" && tif != "IOC" {
		meta.working = ms
	}
	changed := map[string]bool{}
	if conn {
		x.acct.meta[orderKey{m.rules.Symbol, orderID(placed.Order)}] = meta
		x.acct.lock(meta.lockAsset, meta.lock)
		changed[meta.lockAsset] = true
		first := placed.Order
		first.Filled, first.QuoteFilled, first.Status = decimal.Zero, decimal.Zero, venues.OrderNew
		x.publishUser(false, report(first, meta, "NEW", ms))
	}
	x.settleSpot(m, placed.Trades, ms, changed)
	if conn && placed.Order.Status == venues.OrderExpired {
		x.acct.release(meta)
		x.publishUser(false, report(placed.Order, meta, "EXPIRED", ms))
	}
	x.publishPositions(changed, ms)
	return placed, meta, nil
}

// settleSpot books the connector's side of each trade, publishes its
// executionReports and the public trade stream. Caller holds x.mu.
func (x *Exchange) settleSpot(m *market, trades []matching.Trade, ms int64, changed map[string]bool) {
	for _, tr := range trades {
		m.lastPrice, m.lastTime = tr.Price, ms
		x.publish(false, m.lower+"@trade", publicTrade(tr, ms))
		for _, maker := range []bool{true, false} {
			ref, o := tr.Taker, tr.TakerOrder
			if maker {
				ref, o = tr.Maker, tr.MakerOrder
			}
			if ref.Account != x.o.APIKey {
				continue
			}
			meta := x.acct.meta[orderKey{m.rules.Symbol, int64(ref.ID)}]
			if meta == nil { // cannot happen: every connector order has one
				meta = &orderMeta{typ: "LIMIT", tif: "GTC"}
			}
			x.bookSpotFill(m, tr, o, meta, maker, ms)
			changed[m.rules.Base], changed[m.rules.Quote] = true, true
		}
	}
}

// bookSpotFill applies one fill of the connector's order o to its balances.
func (x *Exchange) bookSpotFill(m *market, tr matching.Trade, o venues.Order, meta *orderMeta, maker bool, ms int64) {
	rate := x.o.TakerFee
	if maker {
		rate = x.o.MakerFee
	}
	a := x.acct
	quote := tr.Quote()
	var fee decimal.Decimal
	var feeAsset string
	if o.Side == venues.Buy {
		used := quote
		if meta.typ != "MARKET" {
			used = o.Price.Mul(tr.Qty)
		}
		meta.lock = meta.lock.Sub(used)
		a.addLocked(m.rules.Quote, used.Neg())
		a.addFree(m.rules.Quote, used.Sub(quote))
		fee, feeAsset = tr.Qty.Mul(rate).Round(feeDecimals), m.rules.Base
		a.addFree(m.rules.Base, tr.Qty.Sub(fee))
	} else {
		meta.lock = meta.lock.Sub(tr.Qty)
		a.addLocked(m.rules.Base, tr.Qty.Neg())
		fee, feeAsset = quote.Mul(rate).Round(feeDecimals), m.rules.Quote
		a.addFree(m.rules.Quote, quote.Sub(fee))
	}
	if !o.Status.Open() {
		a.release(meta)
	}
	a.updated = ms
	a.trades[m.rules.Symbol] = append(a.trades[m.rules.Symbol], myTrade{
		Symbol: m.rules.Symbol, ID: int64(tr.Seq), OrderID: orderID(o), OrderListID: -1,
		Price: num(tr.Price, false), Qty: num(tr.Qty, false), QuoteQty: num(quote, false),
		Commission: num(fee, false), CommissionAsset: feeAsset, Time: ms,
		IsBuyer: o.Side == venues.Buy, IsMaker: maker, IsBestMatch: true,
	})
	r := report(o, meta, "TRADE", ms)
	r.LastQty, r.LastPrice, r.LastQuote = num(tr.Qty, false), num(tr.Price, false), num(quote, false)
	r.Commission, r.CommissionAsset = num(fee, false), &feeAsset
	r.TradeID, r.Maker = int64(tr.Seq), maker
	x.publishUser(false, r)
}

// cancelSpot cancels the connector's (or a participant's) order. cancelID
// is the cancel request's own client id. Caller holds x.mu.
func (x *Exchange) cancelSpot(account string, m *market, clientID, cancelID string) (venues.Order, *orderMeta, *apiError) {
	o, err := m.eng.Cancel(account, clientID, x.now())
	if err != nil {
		return venues.Order{}, nil, engineError(err, false)
	}
	m.collect()
	meta := x.acct.meta[orderKey{m.rules.Symbol, orderID(o)}]
	if account == x.o.APIKey && meta != nil {
		ms := x.now().UnixMilli()
		asset := meta.lockAsset
		x.acct.release(meta)
		r := report(o, meta, "CANCELED", ms)
		r.ClientOrderID, r.OrigClientID = cancelID, o.ClientID
		x.publishUser(false, r)
		x.publishPositions(map[string]bool{asset: true}, ms)
	}
	return o, meta, nil
}

// publishPositions sends outboundAccountPosition for the changed assets.
func (x *Exchange) publishPositions(changed map[string]bool, ms int64) {
	if len(changed) == 0 {
		return
	}
	assets := make([]string, 0, len(changed))
	for k := range changed {
		if k != "" {
			assets = append(assets, k)
		}
	}
	slices.Sort(assets)
	x.acct.updated = ms
	x.publishUser(false, accountPosition{Event: "outboundAccountPosition", EventTime: ms, LastUpdate: ms, Balances: x.acct.rows(assets)})
}

// tradeEvent is the <symbol>@trade stream event.
type tradeEvent struct {
	Event     string `json:"e"`
	EventTime int64  `json:"E"`
	Symbol    string `json:"s"`
	TradeID   int64  `json:"t"`
	Price     string `json:"p"`
	Qty       string `json:"q"`
	TradeTime int64  `json:"T"`
	BuyerMM   bool   `json:"m"`
	Ignore    bool   `json:"M"`
}

func publicTrade(tr matching.Trade, ms int64) tradeEvent {
	return tradeEvent{
		Event: "trade", EventTime: ms, Symbol: tr.Symbol, TradeID: int64(tr.Seq),
		Price: tr.Price.String(), Qty: tr.Qty.String(), TradeTime: ms,
		BuyerMM: tr.TakerSide == venues.Sell, Ignore: true,
	}
}

// genID makes a client id for requests that did not send one. Caller
// holds x.mu.
func (x *Exchange) genID(prefix string) string {
	x.ids++
	return prefix + strconv.FormatUint(x.ids, 36)
}
