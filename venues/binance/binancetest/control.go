package binancetest

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// Error is a Binance error answer, as Place and Cancel return it.
type Error struct {
	Status, Code int
	Msg          string
}

func (e *Error) Error() string { return fmt.Sprintf("binance error %d: %s", e.Code, e.Msg) }

// Unwrap makes order rejections (filters, funds, duplicates, post-only)
// match venues.ErrRejected.
func (e *Error) Unwrap() error {
	switch e.Code {
	case -1013, -2010, -2019, -2022, -4116, -5022:
		return venues.ErrRejected
	}
	return nil
}

func (e *apiError) export() *Error { return &Error{Status: e.status, Code: e.code, Msg: e.msg} }

// wireType is the Binance type and time in force of a venues order type.
func wireType(t venues.OrderType, futures bool) (typ, tif string) {
	switch t {
	case venues.Market:
		return "MARKET", "GTC"
	case venues.IOC:
		return "LIMIT", "IOC"
	case venues.LimitMaker:
		if futures {
			return "LIMIT", "GTX"
		}
		return "LIMIT_MAKER", "GTC"
	}
	return "LIMIT", "GTC"
}

// Place submits an order on the spot book of symbol for account, as another
// market participant with unlimited funds. With account == Options.APIKey it
// is the connector's order (balances, fees and user data events apply).
func (x *Exchange) Place(account, symbol string, req venues.OrderRequest) (matching.Placed, error) {
	return x.place(false, account, symbol, req)
}

// PlaceFutures is Place on the futures book of symbol.
func (x *Exchange) PlaceFutures(account, symbol string, req venues.OrderRequest) (matching.Placed, error) {
	return x.place(true, account, symbol, req)
}

func (x *Exchange) place(futures bool, account, symbol string, req venues.OrderRequest) (matching.Placed, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	m, ok := x.market(futures, symbol)
	if !ok {
		return matching.Placed{}, fmt.Errorf("binancetest: place %s: unknown symbol", symbol)
	}
	req.Symbol = symbol
	if req.ClientID == "" {
		req.ClientID = x.genID("mkt")
	}
	typ, tif := wireType(req.Type, futures)
	var p matching.Placed
	var aerr *apiError
	if futures {
		p, _, aerr = x.placeFutures(account, m, req, typ, tif, false)
	} else {
		p, _, aerr = x.placeSpot(account, m, req, typ, tif)
	}
	if aerr != nil {
		return p, fmt.Errorf("binancetest: place %s %s: %w", symbol, req.ClientID, aerr.export())
	}
	return p, nil
}

// Cancel cancels account's order on the spot book of symbol.
func (x *Exchange) Cancel(account, symbol, clientID string) (venues.Order, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	m, ok := x.spot[symbol]
	if !ok {
		return venues.Order{}, fmt.Errorf("binancetest: cancel %s: unknown symbol", symbol)
	}
	o, _, aerr := x.cancelSpot(account, m, clientID, x.genID("cancel"))
	if aerr != nil {
		return o, fmt.Errorf("binancetest: cancel %s %s: %w", symbol, clientID, aerr.export())
	}
	return o, nil
}

// Book is the exchange's own spot book of symbol, depth levels per side
// (depth <= 0: all).
func (x *Exchange) Book(symbol string, depth int) (bids, asks []venues.Level) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if m, ok := x.spot[symbol]; ok {
		return m.eng.Depth(depth)
	}
	return nil, nil
}

// BookExact is Book with exact levels, for spot (futures false) or futures.
func (x *Exchange) BookExact(futures bool, symbol string, depth int) (bids, asks []matching.PriceLevel) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if m, ok := x.market(futures, symbol); ok {
		return m.eng.DepthExact(depth)
	}
	return nil, nil
}

// LastUpdateID is the last update id applied to the spot book of symbol.
func (x *Exchange) LastUpdateID(symbol string) uint64 {
	x.mu.Lock()
	defer x.mu.Unlock()
	if m, ok := x.spot[symbol]; ok {
		return m.updateID
	}
	return 0
}

// FuturesLastUpdateID is LastUpdateID for the futures book.
func (x *Exchange) FuturesLastUpdateID(symbol string) uint64 {
	x.mu.Lock()
	defer x.mu.Unlock()
	if m, ok := x.fut[symbol]; ok {
		return m.updateID
	}
	return 0
}

// FlushDiffs sends every pending diff batch now instead of at the next
// DepthInterval tick.
func (x *Exchange) FlushDiffs() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.flushAll()
}

// Balances are the connector account's spot balances (free + locked).
func (x *Exchange) Balances() map[string]decimal.Decimal {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.acct.total()
}

// Balance is the connector's free and locked spot balance of asset.
func (x *Exchange) Balance(asset string) (free, locked decimal.Decimal) {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.acct.free[asset], x.acct.locked[asset]
}

// Deposit credits (or, negative, withdraws) the connector's spot balance
// and publishes balanceUpdate and outboundAccountPosition.
func (x *Exchange) Deposit(asset string, amount decimal.Decimal) {
	x.mu.Lock()
	defer x.mu.Unlock()
	ms := x.now().UnixMilli()
	x.acct.addFree(asset, amount)
	x.publishUser(false, balanceUpdate{Event: "balanceUpdate", EventTime: ms, Asset: asset, Delta: num(amount, false), ClearTime: ms})
	x.publishPositions(map[string]bool{asset: true}, ms)
}

// FuturesPosition is the connector's position on symbol: signed amount and
// average entry price.
func (x *Exchange) FuturesPosition(symbol string) (amt, entry decimal.Decimal) {
	x.mu.Lock()
	defer x.mu.Unlock()
	p := x.facct.position(symbol)
	return p.amt, p.entry()
}

// FuturesWallet is the connector's futures wallet balance (realized PnL and
// fees included).
func (x *Exchange) FuturesWallet() decimal.Decimal {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.facct.wallet
}

// Liquidity describes a ladder of resting orders around a mid price.
type Liquidity struct {
	Mid decimal.Decimal
	// Levels per side (default 10), Spacing between levels in ticks
	// (default 1), HalfSpread from mid to the best level in ticks (default
	// 1), Qty per level (default 10 x MinQty, at least one step).
	Levels, Spacing, HalfSpread int
	Qty                         decimal.Decimal
	Futures                     bool
}

// SeedAccount is the participant that Seed places its orders for.
const SeedAccount = "seed"

// Seed rests a ladder of orders for SeedAccount on symbol's book, so demos
// and tests have liquidity.
func (x *Exchange) Seed(symbol string, l Liquidity) error {
	x.mu.Lock()
	m, ok := x.market(l.Futures, symbol)
	x.mu.Unlock()
	if !ok {
		return fmt.Errorf("binancetest: seed %s: unknown symbol", symbol)
	}
	tick := m.rules.TickSize
	if tick.IsZero() {
		tick = decimal.New(1, -2)
	}
	if l.Levels <= 0 {
		l.Levels = 10
	}
	if l.Spacing <= 0 {
		l.Spacing = 1
	}
	if l.HalfSpread <= 0 {
		l.HalfSpread = 1
	}
	if l.Qty.IsZero() {
		l.Qty = decimal.Max(m.rules.MinQty.Mul(decimal.NewFromInt(10)), m.rules.StepSize, decimal.New(1, 0))
	}
	mid := l.Mid.Div(tick).Floor().Mul(tick)
	for i := range l.Levels {
		off := tick.Mul(decimal.NewFromInt(int64(l.HalfSpread + i*l.Spacing)))
		for _, s := range []venues.Side{venues.Buy, venues.Sell} {
			price := mid.Sub(off)
			if s == venues.Sell {
				price = mid.Add(off)
			}
			if !price.IsPositive() {
				continue
			}
			req := venues.OrderRequest{Side: s, Type: venues.Limit, Price: price, Qty: l.Qty}
			if _, err := x.place(l.Futures, SeedAccount, symbol, req); err != nil {
				return fmt.Errorf("binancetest: seed %s: %w", symbol, err)
			}
		}
	}
	return nil
}
