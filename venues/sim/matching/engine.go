package matching

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// OrderRef identifies an order: the account that owns it, its client id and
// the engine's order id.
type OrderRef struct {
	Account, ClientID string
	ID                uint64
}

// Trade is one match between a resting (maker) order and an incoming
// (taker) order, at the maker's price. MakerOrder and TakerOrder are both
// orders' states right after this trade.
type Trade struct {
	Symbol     string
	Price, Qty decimal.Decimal
	Maker      OrderRef
	Taker      OrderRef
	TakerSide  venues.Side
	Seq        uint64 // engine-wide trade id, from 1
	Time       time.Time
	MakerOrder venues.Order
	TakerOrder venues.Order
}

// Quote is the trade's quote amount, Price x Qty.
func (t Trade) Quote() decimal.Decimal { return t.Price.Mul(t.Qty) }

// Placed is the result of Place: the taker order's resulting state and the
// trades it caused, in execution order.
type Placed struct {
	Order  venues.Order
	Trades []Trade
}

// PriceLevel is one aggregated, exact price level.
type PriceLevel struct {
	Price, Qty decimal.Decimal
}

type clientKey struct{ account, clientID string }

// orderState is an order's full state; it is venues.Order plus the owner.
type orderState = venues.Order

// Engine is one symbol's order book and matcher. Not safe for concurrent
// use: the caller locks.
type Engine struct {
	rules    SymbolRules
	bids     side
	asks     side
	nextID   uint64
	nextSeq  uint64 // arrival sequence
	tradeSeq uint64
	byClient map[clientKey]*order // latest order per client id
	byID     map[uint64]*order
	open     map[uint64]*order
	maxTrade decimal.Decimal

	track      bool
	dirtyBids  map[string]decimal.Decimal
	dirtyAsks  map[string]decimal.Decimal
	bookChange uint64
}

// NewEngine returns an empty book for r.Symbol.
func NewEngine(r SymbolRules) *Engine {
	return &Engine{
		rules:    r,
		bids:     side{bids: true},
		byClient: map[clientKey]*order{},
		byID:     map[uint64]*order{},
		open:     map[uint64]*order{},
	}
}

// Rules returns the symbol's rules.
func (e *Engine) Rules() SymbolRules { return e.rules }

// SetMaxTradeQty caps every single match at max base quantity (zero: no
// cap), so one order fills in several trades: a way to exercise partial
// fills. Totals are unchanged.
func (e *Engine) SetMaxTradeQty(max decimal.Decimal) { e.maxTrade = max }

// Place submits an order for account. Rejections wrap venues.ErrRejected:
// *FilterError, ErrDuplicateOrder, ErrWouldTake (LIMIT_MAKER that would
// cross; Placed.Order then has status REJECTED), ErrInvalidOrder. An empty
// ClientID gets a generated one. IOC and MARKET remainders expire.
func (e *Engine) Place(account string, req venues.OrderRequest, now time.Time) (Placed, error) {
	if err := e.validate(req); err != nil {
		return Placed{}, fmt.Errorf("matching: place %s: %w", e.rules.Symbol, err)
	}
	if req.ClientID == "" {
		req.ClientID = "sim-" + strconv.FormatUint(e.nextID+1, 10)
	}
	key := clientKey{account, req.ClientID}
	if prev, ok := e.byClient[key]; ok && prev.state.Status.Open() {
		return Placed{}, fmt.Errorf("matching: place %s %q: %w", e.rules.Symbol, req.ClientID, ErrDuplicateOrder)
	}
	price := req.Price
	if req.Type == venues.Market {
		price = decimal.Zero
	}
	st := orderState{
		Symbol: e.rules.Symbol, ClientID: req.ClientID, Side: req.Side, Type: req.Type,
		Price: price, Qty: req.Qty, Status: venues.OrderNew, Updated: now,
	}
	if req.Type == venues.LimitMaker && e.crosses(req.Side, price) {
		st.Status = venues.OrderRejected
		return Placed{Order: st}, fmt.Errorf("matching: place %s %q: %w", e.rules.Symbol, req.ClientID, ErrWouldTake)
	}
	e.nextID++
	e.nextSeq++
	st.ExchangeID = strconv.FormatUint(e.nextID, 10)
	o := &order{ref: OrderRef{Account: account, ClientID: req.ClientID, ID: e.nextID}, state: st, seq: e.nextSeq}
	e.byClient[key] = o
	e.byID[o.ref.ID] = o

	trades := e.match(o, now)
	remaining := o.state.Qty.Sub(o.state.Filled)
	switch {
	case remaining.IsZero():
		o.state.Status = venues.OrderFilled
	case req.Type == venues.IOC || req.Type == venues.Market:
		o.state.Status = venues.OrderExpired
	default:
		if o.state.Filled.IsPositive() {
			o.state.Status = venues.OrderPartiallyFilled
		}
		e.own(req.Side).add(o, price, remaining)
		e.open[o.ref.ID] = o
		e.dirty(req.Side, price)
	}
	o.state.Updated = now
	return Placed{Order: o.state, Trades: trades}, nil
}

func (e *Engine) validate(req venues.OrderRequest) error {
	if req.Symbol != "" && req.Symbol != e.rules.Symbol {
		return fmt.Errorf("symbol %q: %w", req.Symbol, ErrInvalidOrder)
	}
	if req.Side != venues.Buy && req.Side != venues.Sell {
		return fmt.Errorf("side %d: %w", req.Side, ErrInvalidOrder)
	}
	switch req.Type {
	case venues.Limit, venues.LimitMaker, venues.IOC:
		return e.rules.Check(req.Side, req.Type, req.Price, req.Qty)
	case venues.Market:
		ref := decimal.Zero
		if opp := e.opposite(req.Side); len(opp.levels) > 0 {
			ref = opp.levels[0].price
		}
		return e.rules.Check(req.Side, req.Type, ref, req.Qty)
	}
	return fmt.Errorf("type %d: %w", req.Type, ErrInvalidOrder)
}

func (e *Engine) own(s venues.Side) *side {
	if s == venues.Buy {
		return &e.bids
	}
	return &e.asks
}

func (e *Engine) opposite(s venues.Side) *side {
	if s == venues.Buy {
		return &e.asks
	}
	return &e.bids
}

// crosses reports whether an order on side s at price (zero: market) would
// match the best opposite level.
func (e *Engine) crosses(s venues.Side, price decimal.Decimal) bool {
	opp := e.opposite(s)
	if len(opp.levels) == 0 {
		return false
	}
	if price.IsZero() {
		return true
	}
	best := opp.levels[0].price
	if s == venues.Buy {
		return best.LessThanOrEqual(price)
	}
	return best.GreaterThanOrEqual(price)
}

// match fills taker o against the opposite side in price-time priority.
func (e *Engine) match(o *order, now time.Time) []Trade {
	var trades []Trade
	opp := e.opposite(o.state.Side)
	for {
		remaining := o.state.Qty.Sub(o.state.Filled)
		if remaining.IsZero() || !e.crosses(o.state.Side, o.state.Price) {
			return trades
		}
		l := opp.levels[0]
		m := l.orders[0]
		qty := decimal.Min(remaining, m.state.Qty.Sub(m.state.Filled))
		if e.maxTrade.IsPositive() {
			qty = decimal.Min(qty, e.maxTrade)
		}
		quote := l.price.Mul(qty)
		for _, x := range []*order{m, o} {
			x.state.Filled = x.state.Filled.Add(qty)
			x.state.QuoteFilled = x.state.QuoteFilled.Add(quote)
			x.state.Status = venues.OrderPartiallyFilled
			if x.state.Filled.Equal(x.state.Qty) {
				x.state.Status = venues.OrderFilled
			}
			x.state.Updated = now
		}
		l.total = l.total.Sub(qty)
		if m.state.Status == venues.OrderFilled {
			l.orders = l.orders[1:]
			delete(e.open, m.ref.ID)
		}
		e.dirty(m.state.Side, l.price)
		opp.dropEmptyBest()
		e.tradeSeq++
		trades = append(trades, Trade{
			Symbol: e.rules.Symbol, Price: l.price, Qty: qty,
			Maker: m.ref, Taker: o.ref, TakerSide: o.state.Side, Seq: e.tradeSeq, Time: now,
			MakerOrder: m.state, TakerOrder: o.state,
		})
	}
}

// Cancel cancels account's open order with clientID and returns its final
// state; ErrUnknownOrder if there is none.
func (e *Engine) Cancel(account, clientID string, now time.Time) (venues.Order, error) {
	o, ok := e.byClient[clientKey{account, clientID}]
	if !ok || !o.state.Status.Open() {
		return venues.Order{}, fmt.Errorf("matching: cancel %s %q: %w", e.rules.Symbol, clientID, ErrUnknownOrder)
	}
	e.cancel(o, now)
	return o.state, nil
}

func (e *Engine) cancel(o *order, now time.Time) {
	e.own(o.state.Side).remove(o, o.state.Price, o.state.Qty.Sub(o.state.Filled))
	e.dirty(o.state.Side, o.state.Price)
	delete(e.open, o.ref.ID)
	o.state.Status = venues.OrderCanceled
	o.state.Updated = now
}

// CancelAll cancels every open order of account, oldest first, and returns
// their final states.
func (e *Engine) CancelAll(account string, now time.Time) []venues.Order {
	os := e.openOrders(account)
	out := make([]venues.Order, 0, len(os))
	for _, o := range os {
		e.cancel(o, now)
		out = append(out, o.state)
	}
	return out
}

// Open returns account's open orders, oldest first.
func (e *Engine) Open(account string) []venues.Order {
	os := e.openOrders(account)
	out := make([]venues.Order, 0, len(os))
	for _, o := range os {
		out = append(out, o.state)
	}
	return out
}

func (e *Engine) openOrders(account string) []*order {
	var os []*order
	for _, o := range e.open {
		if o.ref.Account == account {
			os = append(os, o)
		}
	}
	slices.SortFunc(os, func(a, b *order) int { return compareU64(a.ref.ID, b.ref.ID) })
	return os
}

func compareU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Order returns the latest order account placed with clientID, open or not.
func (e *Engine) Order(account, clientID string) (venues.Order, bool) {
	o, ok := e.byClient[clientKey{account, clientID}]
	if !ok {
		return venues.Order{}, false
	}
	return o.state, true
}

// OrderByID returns account's order with the engine id.
func (e *Engine) OrderByID(account string, id uint64) (venues.Order, bool) {
	o, ok := e.byID[id]
	if !ok || o.ref.Account != account {
		return venues.Order{}, false
	}
	return o.state, true
}

// Depth returns up to n aggregated levels per side (n <= 0: all), best
// first, as float64 levels.
func (e *Engine) Depth(n int) (bids, asks []venues.Level) {
	return toLevels(e.bids.depth(n)), toLevels(e.asks.depth(n))
}

// DepthExact is Depth with exact decimal levels.
func (e *Engine) DepthExact(n int) (bids, asks []PriceLevel) {
	return e.bids.depth(n), e.asks.depth(n)
}

func toLevels(ls []PriceLevel) []venues.Level {
	out := make([]venues.Level, len(ls))
	for i, l := range ls {
		out[i] = venues.Level{Price: l.Price.InexactFloat64(), Qty: l.Qty.InexactFloat64()}
	}
	return out
}

// Preview walks the opposite side as an order on side s for qty would, up
// to limit (zero: no limit), without changing the book. It returns the base
// quantity that would fill and its quote amount.
func (e *Engine) Preview(s venues.Side, qty, limit decimal.Decimal) (filled, quote decimal.Decimal) {
	for _, l := range e.opposite(s).levels {
		if filled.Equal(qty) {
			break
		}
		if !limit.IsZero() && ((s == venues.Buy && l.price.GreaterThan(limit)) || (s == venues.Sell && l.price.LessThan(limit))) {
			break
		}
		q := decimal.Min(l.total, qty.Sub(filled))
		filled = filled.Add(q)
		quote = quote.Add(q.Mul(l.price))
	}
	return filled, quote
}

// PruneClosed forgets finished orders last updated before t, so that a
// long simulation does not keep every order; Order and OrderByID no longer
// find them. It returns how many were forgotten.
func (e *Engine) PruneClosed(before time.Time) int {
	n := 0
	for id, o := range e.byID {
		if o.state.Status.Open() || !o.state.Updated.Before(before) {
			continue
		}
		delete(e.byID, id)
		key := clientKey{o.ref.Account, o.ref.ClientID}
		if e.byClient[key] == o {
			delete(e.byClient, key)
		}
		n++
	}
	return n
}
