package binancetest

import (
	"net/url"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// depthWeight is the spot /depth weight for a limit.
func depthWeight(p url.Values) int {
	n, _ := strconv.Atoi(p.Get("limit"))
	switch {
	case n <= 100:
		return 5
	case n <= 500:
		return 25
	case n <= 1000:
		return 50
	}
	return 250
}

func (x *Exchange) spotEndpoints() map[string]endpoint {
	return map[string]endpoint{
		"GET /api/v3/ping":               {weight: weight(1), h: func(*request) (any, *apiError) { return struct{}{}, nil }},
		"GET /api/v3/time":               {weight: weight(1), h: x.serverTime},
		"GET /api/v3/exchangeInfo":       {weight: weight(20), h: x.spotExchangeInfo},
		"GET /api/v3/depth":              {weight: depthWeight, h: x.depth(false)},
		"POST /api/v3/order":             {sec: secSigned, weight: weight(1), order: true, h: x.spotNewOrder},
		"GET /api/v3/order":              {sec: secSigned, weight: weight(4), h: x.spotGetOrder},
		"DELETE /api/v3/order":           {sec: secSigned, weight: weight(1), h: x.spotCancelOrder},
		"GET /api/v3/openOrders":         {sec: secSigned, weight: openOrdersWeight(6, 80), h: x.spotOpenOrders},
		"DELETE /api/v3/openOrders":      {sec: secSigned, weight: weight(1), h: x.spotCancelAll},
		"GET /api/v3/allOrders":          {sec: secSigned, weight: weight(20), h: x.spotAllOrders},
		"GET /api/v3/account":            {sec: secSigned, weight: weight(20), h: x.spotAccount},
		"GET /api/v3/myTrades":           {sec: secSigned, weight: weight(20), h: x.spotMyTrades},
		"GET /api/v3/account/commission": {sec: secSigned, weight: weight(20), h: x.spotCommission},
		"POST /api/v3/userDataStream":    {sec: secAPIKey, weight: weight(2), h: x.keyStart(false)},
		"PUT /api/v3/userDataStream":     {sec: secAPIKey, weight: weight(2), h: x.keyKeep(false)},
		"DELETE /api/v3/userDataStream":  {sec: secAPIKey, weight: weight(2), h: x.keyClose(false)},
	}
}

func openOrdersWeight(with, without int) func(url.Values) int {
	return func(p url.Values) int {
		if p.Get("symbol") != "" {
			return with
		}
		return without
	}
}

func (x *Exchange) spotExchangeInfo(rq *request) (any, *apiError) {
	want, aerr := symbolsFilter(rq.p)
	if aerr != nil {
		return nil, aerr
	}
	syms := []any{}
	for _, name := range sortedKeys(x.spot) {
		if len(want) > 0 && !want[name] {
			continue
		}
		syms = append(syms, spotSymbolInfo(x.spot[name]))
		delete(want, name)
	}
	if len(want) > 0 {
		return nil, badRequest(-1121, "Invalid symbol.")
	}
	return map[string]any{
		"timezone": "UTC", "serverTime": rq.ms, "exchangeFilters": []any{}, "symbols": syms,
		"rateLimits": []map[string]any{
			{"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": x.o.WeightLimit},
			{"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": x.o.OrderLimit10s},
			{"rateLimitType": "ORDERS", "interval": "DAY", "intervalNum": 1, "limit": 200000},
			{"rateLimitType": "RAW_REQUESTS", "interval": "MINUTE", "intervalNum": 5, "limit": 61000},
		},
	}, nil
}

func spotSymbolInfo(m *market) map[string]any {
	r := m.rules
	f := func(d decimal.Decimal) string { return num(d, false) }
	maxQty := r.MaxQty
	if maxQty.IsZero() {
		maxQty = decimal.New(9, 12)
	}
	lot := func(kind string) map[string]any {
		return map[string]any{"filterType": kind, "minQty": f(r.MinQty), "maxQty": f(maxQty), "stepSize": f(r.StepSize)}
	}
	return map[string]any{
		"symbol": r.Symbol, "status": "TRADING", "baseAsset": r.Base, "baseAssetPrecision": 8,
		"quoteAsset": r.Quote, "quotePrecision": 8, "quoteAssetPrecision": 8,
		"baseCommissionPrecision": 8, "quoteCommissionPrecision": 8,
		"orderTypes":     []string{"LIMIT", "LIMIT_MAKER", "MARKET"},
		"icebergAllowed": false, "ocoAllowed": false, "otoAllowed": false,
		"quoteOrderQtyMarketAllowed": false, "allowTrailingStop": false, "cancelReplaceAllowed": false,
		"isSpotTradingAllowed": true, "isMarginTradingAllowed": false,
		"permissions": []string{}, "permissionSets": [][]string{{"SPOT"}},
		"defaultSelfTradePreventionMode": "NONE", "allowedSelfTradePreventionModes": []string{"NONE"},
		"filters": []map[string]any{
			{"filterType": "PRICE_FILTER", "minPrice": f(r.TickSize), "maxPrice": f(decimal.New(1, 6)), "tickSize": f(r.TickSize)},
			lot("LOT_SIZE"),
			lot("MARKET_LOT_SIZE"),
			{"filterType": "NOTIONAL", "minNotional": f(r.MinNotional), "applyMinToMarket": true, "maxNotional": f(decimal.New(9, 6)), "applyMaxToMarket": false, "avgPriceMins": 5},
		},
	}
}

func (x *Exchange) spotNewOrder(rq *request) (any, *apiError) {
	op, aerr := x.parseOrder(rq.p, false)
	if aerr != nil {
		return nil, aerr
	}
	if op.req.ClientID == "" {
		op.req.ClientID = x.genID("sim")
	}
	placed, meta, aerr := x.placeSpot(x.o.APIKey, op.m, op.req, op.typ, op.tif)
	if aerr != nil {
		return nil, aerr
	}
	o := placed.Order
	out := spotNewOrder{Symbol: o.Symbol, OrderID: orderID(o), OrderListID: -1, ClientOrderID: o.ClientID, TransactTime: rq.ms}
	if op.respType == "ACK" {
		return out, nil
	}
	so := toSpotOrder(o, meta)
	out.Price, out.OrigQty, out.ExecutedQty = so.Price, so.OrigQty, so.ExecutedQty
	out.OrigQuoteOrderQty, out.CummulativeQuoteQty = so.OrigQuoteOrderQty, so.CummulativeQuoteQty
	out.Status, out.TimeInForce, out.Type, out.Side = so.Status, so.TimeInForce, so.Type, so.Side
	out.WorkingTime, out.SelfTradePreventionMode = meta.working, "NONE"
	if op.respType == "RESULT" {
		return out, nil
	}
	out.Fills = []spotFill{}
	rate := x.o.TakerFee
	for _, tr := range placed.Trades {
		asset, fee := op.m.rules.Base, tr.Qty.Mul(rate).Round(feeDecimals)
		if o.Side == venues.Sell {
			asset, fee = op.m.rules.Quote, tr.Quote().Mul(rate).Round(feeDecimals)
		}
		out.Fills = append(out.Fills, spotFill{
			Price: num(tr.Price, false), Qty: num(tr.Qty, false), Commission: num(fee, false),
			CommissionAsset: asset, TradeID: int64(tr.Seq),
		})
	}
	return out, nil
}

func (x *Exchange) spotGetOrder(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, false)
	if aerr != nil {
		return nil, aerr
	}
	o, aerr := x.lookup(m, rq.p)
	if aerr != nil {
		return nil, aerr
	}
	return toSpotOrder(o, x.acct.meta[orderKey{m.rules.Symbol, orderID(o)}]), nil
}

func (x *Exchange) spotCancelOrder(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, false)
	if aerr != nil {
		return nil, aerr
	}
	o, aerr := x.lookup(m, rq.p)
	if aerr != nil {
		if aerr.code == -2013 {
			aerr = badRequest(-2011, "Unknown order sent.")
		}
		return nil, aerr
	}
	cancelID := rq.p.Get("newClientOrderId")
	if cancelID == "" {
		cancelID = x.genID("cancel")
	}
	o, meta, aerr := x.cancelSpot(x.o.APIKey, m, o.ClientID, cancelID)
	if aerr != nil {
		return nil, aerr
	}
	return toSpotCancel(o, meta, cancelID, rq.ms), nil
}

func (x *Exchange) spotOpenOrders(rq *request) (any, *apiError) {
	var ms []*market
	if rq.p.Get("symbol") != "" {
		m, aerr := x.symbolParam(rq.p, false)
		if aerr != nil {
			return nil, aerr
		}
		ms = []*market{m}
	} else {
		for _, k := range sortedKeys(x.spot) {
			ms = append(ms, x.spot[k])
		}
	}
	out := []spotOrder{}
	for _, m := range ms {
		for _, o := range m.eng.Open(x.o.APIKey) {
			out = append(out, toSpotOrder(o, x.acct.meta[orderKey{m.rules.Symbol, orderID(o)}]))
		}
	}
	return out, nil
}

func (x *Exchange) spotCancelAll(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, false)
	if aerr != nil {
		return nil, aerr
	}
	open := m.eng.Open(x.o.APIKey)
	if len(open) == 0 {
		return nil, badRequest(-2011, "Unknown order sent.")
	}
	out := make([]spotCancel, 0, len(open))
	for _, o := range open {
		cancelID := x.genID("cancel")
		c, meta, aerr := x.cancelSpot(x.o.APIKey, m, o.ClientID, cancelID)
		if aerr != nil {
			return nil, aerr
		}
		out = append(out, toSpotCancel(c, meta, cancelID, rq.ms))
	}
	return out, nil
}

func (x *Exchange) spotAllOrders(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, false)
	if aerr != nil {
		return nil, aerr
	}
	limit, aerr := limitParam(rq.p, 500, 1000)
	if aerr != nil {
		return nil, aerr
	}
	from, aerr := intParam(rq.p, "orderId", 0)
	if aerr != nil {
		return nil, aerr
	}
	var ids []int64
	for k := range x.acct.meta {
		if k.symbol == m.rules.Symbol && k.id >= from {
			ids = append(ids, k.id)
		}
	}
	slices.Sort(ids)
	if len(ids) > limit {
		if from > 0 {
			ids = ids[:limit]
		} else {
			ids = ids[len(ids)-limit:]
		}
	}
	out := make([]spotOrder, 0, len(ids))
	for _, id := range ids {
		if o, ok := m.eng.OrderByID(x.o.APIKey, uint64(id)); ok {
			out = append(out, toSpotOrder(o, x.acct.meta[orderKey{m.rules.Symbol, id}]))
		}
	}
	return out, nil
}

func (x *Exchange) spotAccount(rq *request) (any, *apiError) {
	omitZero := rq.p.Get("omitZeroBalances") == "true"
	bals := []map[string]string{}
	for _, k := range x.acct.assets() {
		f, l := x.acct.free[k], x.acct.locked[k]
		if omitZero && f.IsZero() && l.IsZero() {
			continue
		}
		bals = append(bals, map[string]string{"asset": k, "free": num(f, false), "locked": num(l, false)})
	}
	bps := func(d decimal.Decimal) int64 { return d.Mul(decimal.NewFromInt(10000)).IntPart() }
	return map[string]any{
		"makerCommission": bps(x.o.MakerFee), "takerCommission": bps(x.o.TakerFee),
		"buyerCommission": 0, "sellerCommission": 0,
		"commissionRates": x.commissionGroup(), "canTrade": true, "canWithdraw": true, "canDeposit": true,
		"brokered": false, "requireSelfTradePrevention": false, "preventSor": false,
		"updateTime": x.acct.updated, "accountType": "SPOT", "balances": bals,
		"permissions": []string{"SPOT"}, "uid": 1,
	}, nil
}

func (x *Exchange) commissionGroup() map[string]string {
	z := num(decimal.Zero, false)
	return map[string]string{"maker": num(x.o.MakerFee, false), "taker": num(x.o.TakerFee, false), "buyer": z, "seller": z}
}

func (x *Exchange) spotCommission(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, false)
	if aerr != nil {
		return nil, aerr
	}
	z := num(decimal.Zero, false)
	return map[string]any{
		"symbol": m.rules.Symbol, "standardCommission": x.commissionGroup(),
		"taxCommission": map[string]string{"maker": z, "taker": z, "buyer": z, "seller": z},
		"discount":      map[string]any{"enabledForAccount": false, "enabledForSymbol": false, "discountAsset": "BNB", "discount": num(decimal.RequireFromString("0.75"), false)},
	}, nil
}

func (x *Exchange) spotMyTrades(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, false)
	if aerr != nil {
		return nil, aerr
	}
	return tradeWindow(rq, x.acct.trades[m.rules.Symbol], func(t myTrade) (int64, int64, int64) { return t.ID, t.OrderID, t.Time })
}
