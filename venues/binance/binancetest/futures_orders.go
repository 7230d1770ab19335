package binancetest

import (
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// mark is the futures mark price: the book's mid, else the last trade.
func (m *market) mark() decimal.Decimal {
	bids, asks := m.eng.DepthExact(1)
	if len(bids) > 0 && len(asks) > 0 {
		return bids[0].Price.Add(asks[0].Price).Div(decimal.NewFromInt(2))
	}
	return m.lastPrice
}

// available is the connector's futures margin available for new orders:
// wallet + unrealized PnL - position and open order initial margin.
// Caller holds x.mu.
func (x *Exchange) available() decimal.Decimal {
	a := x.facct
	avail := a.wallet
	for sym, m := range x.fut {
		lev := decimal.NewFromInt(int64(a.lev(sym)))
		mark := m.mark()
		if p, ok := a.pos[sym]; ok && !p.amt.IsZero() {
			avail = avail.Add(p.unrealized(mark)).Sub(p.amt.Abs().Mul(mark).Div(lev))
		}
		for _, o := range m.eng.Open(x.o.APIKey) {
			avail = avail.Sub(o.Price.Mul(o.Qty.Sub(o.Filled)).Div(lev))
		}
	}
	return avail
}

// checkFutures applies reduce-only and margin rules to the connector's
// order. Caller holds x.mu.
func (x *Exchange) checkFutures(m *market, req venues.OrderRequest, reduceOnly bool) *apiError {
	p := x.facct.position(m.rules.Symbol)
	increase := req.Qty
	if !p.amt.IsZero() && (p.amt.IsPositive() != (req.Side == venues.Buy)) {
		increase = decimal.Max(decimal.Zero, req.Qty.Sub(p.amt.Abs()))
	}
	if reduceOnly && (p.amt.IsZero() || increase.IsPositive()) {
		return badRequest(-2022, "ReduceOnly Order is rejected.")
	}
	if increase.IsZero() {
		return nil
	}
	price := req.Price
	if req.Type == venues.Market {
		if price = m.mark(); price.IsZero() {
			return nil // nothing to trade against: the order will expire
		}
	}
	lev := decimal.NewFromInt(int64(x.facct.lev(m.rules.Symbol)))
	if price.Mul(increase).Div(lev).GreaterThan(x.available()) {
		return badRequest(-2019, "Margin is insufficient.")
	}
	return nil
}

// placeFutures places req for account on futures market m. Caller holds
// x.mu.
func (x *Exchange) placeFutures(account string, m *market, req venues.OrderRequest, typ, tif string, reduceOnly bool) (matching.Placed, *orderMeta, *apiError) {
	now := x.now()
	ms := now.UnixMilli()
	conn := account == x.o.APIKey
	if aerr := precheck(m, account, req); aerr != nil {
		return matching.Placed{}, nil, aerr
	}
	if conn {
		if aerr := x.checkFutures(m, req, reduceOnly); aerr != nil {
			return matching.Placed{}, nil, aerr
		}
	}
	placed, err := m.eng.Place(account, req, now)
	if err != nil {
		return matching.Placed{}, nil, engineError(err, true)
	}
	m.collect()
	meta := &orderMeta{typ: typ, tif: tif, created: ms, reduceOnly: reduceOnly}
	if conn {
		x.facct.meta[orderKey{m.rules.Symbol, orderID(placed.Order)}] = meta
		first := placed.Order
		first.Filled, first.QuoteFilled, first.Status = decimal.Zero, decimal.Zero, venues.OrderNew
		x.publishUser(true, futReport(first, meta, "NEW", ms))
	}
	x.settleFutures(m, placed.Trades, ms)
	if conn && placed.Order.Status == venues.OrderExpired {
		x.publishUser(true, futReport(placed.Order, meta, "EXPIRED", ms))
	}
	return placed, meta, nil
}

// settleFutures books the connector's fills: position, realized PnL and
// fees into the wallet, then one ACCOUNT_UPDATE. Caller holds x.mu.
func (x *Exchange) settleFutures(m *market, trades []matching.Trade, ms int64) {
	touched := false
	for _, tr := range trades {
		m.lastPrice, m.lastTime = tr.Price, ms
		x.publish(true, m.lower+"@trade", publicTrade(tr, ms))
		for _, maker := range []bool{true, false} {
			ref, o := tr.Taker, tr.TakerOrder
			if maker {
				ref, o = tr.Maker, tr.MakerOrder
			}
			if ref.Account != x.o.APIKey {
				continue
			}
			x.bookFuturesFill(m, tr, o, maker, ms)
			touched = true
		}
	}
	if touched {
		x.publishAccountUpdate(m, ms)
	}
}

func (x *Exchange) bookFuturesFill(m *market, tr matching.Trade, o venues.Order, maker bool, ms int64) {
	a := x.facct
	rate := x.o.TakerFee
	if maker {
		rate = x.o.MakerFee
	}
	quote := tr.Quote()
	pnl := a.position(m.rules.Symbol).fill(o.Side, tr.Qty, tr.Price)
	fee := quote.Mul(rate).Round(feeDecimals)
	a.wallet = a.wallet.Add(pnl).Sub(fee)
	a.trades[m.rules.Symbol] = append(a.trades[m.rules.Symbol], futTrade{
		Buyer: o.Side == venues.Buy, Commission: fee.String(), CommissionAsset: m.rules.Quote,
		ID: int64(tr.Seq), Maker: maker, OrderID: orderID(o), Price: tr.Price.String(),
		Qty: tr.Qty.String(), QuoteQty: quote.String(), RealizedPnl: pnl.String(),
		Side: o.Side.String(), PositionSide: "BOTH", Symbol: m.rules.Symbol, Time: ms,
	})
	meta := a.meta[orderKey{m.rules.Symbol, orderID(o)}]
	if meta == nil {
		meta = &orderMeta{typ: "LIMIT", tif: "GTC"}
	}
	r := futReport(o, meta, "TRADE", ms)
	feeStr, asset := fee.String(), m.rules.Quote
	r.Order.LastQty, r.Order.LastPrice = tr.Qty.String(), tr.Price.String()
	r.Order.Commission, r.Order.CommissionAsset = &feeStr, &asset
	r.Order.TradeID, r.Order.Maker, r.Order.RealizedPnL = int64(tr.Seq), maker, pnl.String()
	x.publishUser(true, r)
}

// publishAccountUpdate sends ACCOUNT_UPDATE with the wallet and m's
// position.
func (x *Exchange) publishAccountUpdate(m *market, ms int64) {
	a := x.facct
	p := a.position(m.rules.Symbol)
	x.publishUser(true, accountUpdate{Event: "ACCOUNT_UPDATE", EventTime: ms, TxTime: ms, Data: acctDelta{
		Reason:   "ORDER",
		Balances: []wsFutBal{{Asset: m.rules.Quote, Wallet: a.wallet.String(), Cross: a.wallet.String(), Change: "0"}},
		Positions: []wsPosition{{
			Symbol: m.rules.Symbol, Amount: p.amt.String(), Entry: p.entry().String(), BreakEven: p.entry().String(),
			Realized: p.realized.String(), Unrealized: p.unrealized(m.mark()).String(),
			MarginType: "cross", Isolated: "0", Side: "BOTH",
		}},
	}})
}

// cancelFutures cancels an order on futures market m. Caller holds x.mu.
func (x *Exchange) cancelFutures(account string, m *market, clientID string) (venues.Order, *orderMeta, *apiError) {
	o, err := m.eng.Cancel(account, clientID, x.now())
	if err != nil {
		return venues.Order{}, nil, engineError(err, true)
	}
	m.collect()
	meta := x.facct.meta[orderKey{m.rules.Symbol, orderID(o)}]
	if meta == nil {
		meta = &orderMeta{typ: "LIMIT", tif: "GTC"}
	}
	if account == x.o.APIKey {
		x.publishUser(true, futReport(o, meta, "CANCELED", x.now().UnixMilli()))
	}
	return o, meta, nil
}

// positionRow renders the connector's position on m.
func (x *Exchange) positionRow(m *market, ms int64) positionRisk {
	a := x.facct
	p := a.position(m.rules.Symbol)
	mark := m.mark()
	lev := a.lev(m.rules.Symbol)
	notional := p.amt.Mul(mark)
	im := notional.Abs().Div(decimal.NewFromInt(int64(lev))).Round(feeDecimals)
	return positionRisk{
		Symbol: m.rules.Symbol, PositionSide: "BOTH", PositionAmt: p.amt.String(),
		EntryPrice: p.entry().String(), BreakEvenPrice: p.entry().String(), MarkPrice: mark.String(),
		UnRealizedProfit: p.unrealized(mark).String(), LiquidationPrice: "0",
		Leverage: itoa(lev), MaxNotionalValue: "1000000", MarginType: "cross",
		IsolatedMargin: "0", IsAutoAddMargin: "false", Notional: notional.String(),
		IsolatedWallet: "0", MarginAsset: m.rules.Quote, InitialMargin: im.String(),
		MaintMargin: "0", UpdateTime: ms,
	}
}
