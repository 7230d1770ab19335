package binancetest

import (
	"net/url"
	"strconv"

	"github.com/shopspring/decimal"
)

// futDepthWeight is the futures /depth weight for a limit.
func futDepthWeight(p url.Values) int {
	n, _ := strconv.Atoi(p.Get("limit"))
	switch {
	case n == 0:
		return 10
	case n <= 50:
		return 2
	case n <= 100:
		return 5
	case n <= 500:
		return 10
	}
	return 20
}

func (x *Exchange) futuresEndpoints() map[string]endpoint {
	return map[string]endpoint{
		"GET /fapi/v1/ping":             {weight: weight(1), h: func(*request) (any, *apiError) { return struct{}{}, nil }},
		"GET /fapi/v1/time":             {weight: weight(1), h: x.serverTime},
		"GET /fapi/v1/exchangeInfo":     {weight: weight(1), h: x.futExchangeInfo},
		"GET /fapi/v1/depth":            {weight: futDepthWeight, h: x.depth(true)},
		"POST /fapi/v1/order":           {sec: secSigned, weight: weight(0), order: true, h: x.futNewOrder},
		"GET /fapi/v1/order":            {sec: secSigned, weight: weight(1), h: x.futGetOrder},
		"DELETE /fapi/v1/order":         {sec: secSigned, weight: weight(1), h: x.futCancelOrder},
		"GET /fapi/v1/openOrders":       {sec: secSigned, weight: openOrdersWeight(1, 40), h: x.futOpenOrders},
		"DELETE /fapi/v1/allOpenOrders": {sec: secSigned, weight: weight(1), h: x.futCancelAll},
		"GET /fapi/v1/userTrades":       {sec: secSigned, weight: weight(5), h: x.futUserTrades},
		"GET /fapi/v2/positionRisk":     {sec: secSigned, weight: weight(5), h: x.futPositionRisk},
		"GET /fapi/v3/positionRisk":     {sec: secSigned, weight: weight(5), h: x.futPositionRisk},
		"GET /fapi/v2/account":          {sec: secSigned, weight: weight(5), h: x.futAccount},
		"GET /fapi/v3/account":          {sec: secSigned, weight: weight(5), h: x.futAccount},
		"GET /fapi/v2/balance":          {sec: secSigned, weight: weight(5), h: x.futBalance},
		"GET /fapi/v3/balance":          {sec: secSigned, weight: weight(5), h: x.futBalance},
		"GET /fapi/v1/commissionRate":   {sec: secSigned, weight: weight(20), h: x.futCommission},
		"POST /fapi/v1/leverage":        {sec: secSigned, weight: weight(1), h: x.futLeverage},
		"POST /fapi/v1/listenKey":       {sec: secAPIKey, weight: weight(1), h: x.keyStart(true)},
		"PUT /fapi/v1/listenKey":        {sec: secAPIKey, weight: weight(1), h: x.keyKeep(true)},
		"DELETE /fapi/v1/listenKey":     {sec: secAPIKey, weight: weight(1), h: x.keyClose(true)},
	}
}

// decimals is the number of decimal places of a step (0.01 -> 2).
func decimals(d decimal.Decimal) int {
	if d.IsZero() {
		return 8
	}
	n := -int(d.Exponent())
	s := d.String()
	for i := len(s) - 1; i > 0 && s[i] == '0' && n > 0; i-- {
		n--
	}
	return max(n, 0)
}

func (x *Exchange) futExchangeInfo(rq *request) (any, *apiError) {
	syms := []any{}
	for _, name := range sortedKeys(x.fut) {
		r := x.fut[name].rules
		maxQty := r.MaxQty
		if maxQty.IsZero() {
			maxQty = decimal.New(1, 6)
		}
		lot := func(kind string) map[string]any {
			return map[string]any{"filterType": kind, "minQty": r.MinQty.String(), "maxQty": maxQty.String(), "stepSize": r.StepSize.String()}
		}
		syms = append(syms, map[string]any{
			"symbol": r.Symbol, "pair": r.Symbol, "contractType": "PERPETUAL",
			"deliveryDate": int64(4133404800000), "onboardDate": int64(1569398400000), "status": "TRADING",
			"maintMarginPercent": "2.5000", "requiredMarginPercent": "5.0000",
			"baseAsset": r.Base, "quoteAsset": r.Quote, "marginAsset": r.Quote,
			"pricePrecision": decimals(r.TickSize), "quantityPrecision": decimals(r.StepSize),
			"baseAssetPrecision": 8, "quotePrecision": 8, "underlyingType": "COIN",
			"underlyingSubType": []string{}, "settlePlan": 0, "triggerProtect": "0.0500",
			"liquidationFee": "0.012500", "marketTakeBound": "0.05",
			"orderType":   []string{"LIMIT", "MARKET"},
			"timeInForce": []string{"GTC", "IOC", "GTX"},
			"filters": []map[string]any{
				{"filterType": "PRICE_FILTER", "minPrice": r.TickSize.String(), "maxPrice": "1000000", "tickSize": r.TickSize.String()},
				lot("LOT_SIZE"),
				lot("MARKET_LOT_SIZE"),
				{"filterType": "MIN_NOTIONAL", "notional": r.MinNotional.String()},
			},
		})
	}
	return map[string]any{
		"timezone": "UTC", "serverTime": rq.ms, "futuresType": "U_MARGINED", "exchangeFilters": []any{},
		"rateLimits": []map[string]any{
			{"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": x.o.FuturesWeightLimit},
			{"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": x.o.OrderLimit10s},
		},
		"assets":  []map[string]any{{"asset": "USDT", "marginAvailable": true, "autoAssetExchange": "-10000"}},
		"symbols": syms,
	}, nil
}

func (x *Exchange) futNewOrder(rq *request) (any, *apiError) {
	op, aerr := x.parseOrder(rq.p, true)
	if aerr != nil {
		return nil, aerr
	}
	if op.req.ClientID == "" {
		op.req.ClientID = x.genID("fsim")
	}
	placed, meta, aerr := x.placeFutures(x.o.APIKey, op.m, op.req, op.typ, op.tif, op.reduceOnly)
	if aerr != nil {
		return nil, aerr
	}
	return toFutOrder(placed.Order, meta), nil
}

func (x *Exchange) futMeta(m *market, id int64) *orderMeta {
	if meta, ok := x.facct.meta[orderKey{m.rules.Symbol, id}]; ok {
		return meta
	}
	return &orderMeta{typ: "LIMIT", tif: "GTC"}
}

func (x *Exchange) futGetOrder(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, true)
	if aerr != nil {
		return nil, aerr
	}
	o, aerr := x.lookup(m, rq.p)
	if aerr != nil {
		return nil, aerr
	}
	return toFutOrder(o, x.futMeta(m, orderID(o))), nil
}

func (x *Exchange) futCancelOrder(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, true)
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
	o, meta, aerr := x.cancelFutures(x.o.APIKey, m, o.ClientID)
	if aerr != nil {
		return nil, aerr
	}
	return toFutOrder(o, meta), nil
}

func (x *Exchange) futOpenOrders(rq *request) (any, *apiError) {
	var ms []*market
	if rq.p.Get("symbol") != "" {
		m, aerr := x.symbolParam(rq.p, true)
		if aerr != nil {
			return nil, aerr
		}
		ms = []*market{m}
	} else {
		for _, k := range sortedKeys(x.fut) {
			ms = append(ms, x.fut[k])
		}
	}
	out := []futOrder{}
	for _, m := range ms {
		for _, o := range m.eng.Open(x.o.APIKey) {
			out = append(out, toFutOrder(o, x.futMeta(m, orderID(o))))
		}
	}
	return out, nil
}

func (x *Exchange) futCancelAll(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, true)
	if aerr != nil {
		return nil, aerr
	}
	for _, o := range m.eng.Open(x.o.APIKey) {
		if _, _, aerr := x.cancelFutures(x.o.APIKey, m, o.ClientID); aerr != nil {
			return nil, aerr
		}
	}
	return map[string]any{"code": 200, "msg": "The operation of cancel all open order is done."}, nil
}

func (x *Exchange) futUserTrades(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, true)
	if aerr != nil {
		return nil, aerr
	}
	return tradeWindow(rq, x.facct.trades[m.rules.Symbol], func(t futTrade) (int64, int64, int64) { return t.ID, t.OrderID, t.Time })
}

func (x *Exchange) futPositionRisk(rq *request) (any, *apiError) {
	out := []positionRisk{}
	if rq.p.Get("symbol") != "" {
		m, aerr := x.symbolParam(rq.p, true)
		if aerr != nil {
			return nil, aerr
		}
		return append(out, x.positionRow(m, rq.ms)), nil
	}
	for _, k := range sortedKeys(x.fut) {
		out = append(out, x.positionRow(x.fut[k], rq.ms))
	}
	return out, nil
}

// futTotals is the wallet, unrealized PnL and position initial margin.
func (x *Exchange) futTotals() (wallet, upnl, im decimal.Decimal) {
	wallet = x.facct.wallet
	for _, m := range x.fut {
		p := x.facct.position(m.rules.Symbol)
		mark := m.mark()
		upnl = upnl.Add(p.unrealized(mark))
		im = im.Add(p.amt.Abs().Mul(mark).Div(decimal.NewFromInt(int64(x.facct.lev(m.rules.Symbol)))))
	}
	return wallet, upnl, im.Round(feeDecimals)
}

func (x *Exchange) futAccount(rq *request) (any, *apiError) {
	wallet, upnl, im := x.futTotals()
	avail := x.available().Round(feeDecimals)
	margin := wallet.Add(upnl)
	s := func(d decimal.Decimal) string { return d.String() }
	positions := []map[string]any{}
	for _, k := range sortedKeys(x.fut) {
		r := x.positionRow(x.fut[k], rq.ms)
		positions = append(positions, map[string]any{
			"symbol": r.Symbol, "initialMargin": r.InitialMargin, "maintMargin": "0",
			"unrealizedProfit": r.UnRealizedProfit, "positionInitialMargin": r.InitialMargin,
			"openOrderInitialMargin": "0", "leverage": r.Leverage, "isolated": false,
			"entryPrice": r.EntryPrice, "breakEvenPrice": r.BreakEvenPrice, "maxNotional": r.MaxNotionalValue,
			"positionSide": "BOTH", "positionAmt": r.PositionAmt, "notional": r.Notional,
			"isolatedWallet": "0", "updateTime": rq.ms, "bidNotional": "0", "askNotional": "0",
		})
	}
	asset := map[string]any{
		"asset": "USDT", "walletBalance": s(wallet), "unrealizedProfit": s(upnl), "marginBalance": s(margin),
		"maintMargin": "0", "initialMargin": s(im), "positionInitialMargin": s(im), "openOrderInitialMargin": "0",
		"crossWalletBalance": s(wallet), "crossUnPnl": s(upnl), "availableBalance": s(avail),
		"maxWithdrawAmount": s(avail), "marginAvailable": true, "updateTime": rq.ms,
	}
	return map[string]any{
		"feeTier": 0, "canTrade": true, "canDeposit": true, "canWithdraw": true, "updateTime": rq.ms,
		"multiAssetsMargin": false, "tradeGroupId": -1,
		"totalInitialMargin": s(im), "totalMaintMargin": "0", "totalWalletBalance": s(wallet),
		"totalUnrealizedProfit": s(upnl), "totalMarginBalance": s(margin),
		"totalPositionInitialMargin": s(im), "totalOpenOrderInitialMargin": "0",
		"totalCrossWalletBalance": s(wallet), "totalCrossUnPnl": s(upnl),
		"availableBalance": s(avail), "maxWithdrawAmount": s(avail),
		"assets": []any{asset}, "positions": positions,
	}, nil
}

func (x *Exchange) futBalance(rq *request) (any, *apiError) {
	wallet, upnl, _ := x.futTotals()
	avail := x.available().Round(feeDecimals).String()
	return []map[string]any{{
		"accountAlias": "SgsR", "asset": "USDT", "balance": wallet.String(),
		"crossWalletBalance": wallet.String(), "crossUnPnl": upnl.String(),
		"availableBalance": avail, "maxWithdrawAmount": avail, "marginAvailable": true, "updateTime": rq.ms,
	}}, nil
}

func (x *Exchange) futCommission(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, true)
	if aerr != nil {
		return nil, aerr
	}
	return map[string]string{
		"symbol": m.rules.Symbol, "makerCommissionRate": x.o.MakerFee.String(), "takerCommissionRate": x.o.TakerFee.String(),
	}, nil
}

func (x *Exchange) futLeverage(rq *request) (any, *apiError) {
	m, aerr := x.symbolParam(rq.p, true)
	if aerr != nil {
		return nil, aerr
	}
	lev, aerr := intParam(rq.p, "leverage", 0)
	if aerr != nil {
		return nil, aerr
	}
	if lev < 1 || lev > 125 {
		return nil, badRequest(-4028, "Leverage "+strconv.FormatInt(lev, 10)+" is not valid")
	}
	x.facct.leverage[m.rules.Symbol] = int(lev)
	return map[string]any{"leverage": lev, "maxNotionalValue": "1000000", "symbol": m.rules.Symbol}, nil
}
