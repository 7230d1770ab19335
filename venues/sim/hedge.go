package sim

import (
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// HedgeOptions make the underlying's book tradable for our hedges: market
// orders on BookSymbol walk the levels the book shows at the first step
// at or after they arrive (Latency after sending), paying TakerFeeBps (the
// buyer in the base asset, the seller in quote, as on Binance). The book is
// the synthetic one every Step redraws, so a hedge does not move it: its
// cost is the fee and the levels it crosses. Fills settle in a hedge
// account of Gas.Native (the underlying) and Pool.Quote whose starting
// balances are Base and Quote; it does no funds check. Off unless Enabled.
type HedgeOptions struct {
	Enabled     bool
	Latency     time.Duration
	TakerFeeBps decimal.Decimal
	Lot         decimal.Decimal
	Base, Quote decimal.Decimal
}

func (o HedgeOptions) validate(c *checker) {
	if !o.Enabled {
		return
	}
	c.ok(o.Latency >= 0, "Hedge.Latency", "must be >= 0, got %v", o.Latency)
	c.ok(!o.TakerFeeBps.IsNegative() && o.TakerFeeBps.LessThan(decimal.NewFromInt(1000)), "Hedge.TakerFeeBps", "must be in [0, 1000) bps, got %s", o.TakerFeeBps)
	c.ok(o.Lot.IsPositive(), "Hedge.Lot", "must be > 0, got %s", o.Lot)
	c.ok(!o.Base.IsNegative(), "Hedge.Base", "must be >= 0, got %s", o.Base)
	c.ok(!o.Quote.IsNegative(), "Hedge.Quote", "must be >= 0, got %s", o.Quote)
}

// hedgeDesk executes our hedge orders against the underlying's book.
type hedgeDesk struct {
	o           HedgeOptions
	base, quote decimal.Decimal // the hedge account
	queue       []hedgeOrder
	trades      uint64
	events      []venues.Event
}

type hedgeOrder struct {
	due time.Time
	req venues.OrderRequest
}

// execHedges fills the due hedge orders against the book's levels at now.
func (m *Market) execHedges(now time.Time) []venues.Event {
	d := m.hedge
	d.events = d.events[:0]
	n := 0
	for n < len(d.queue) && !d.queue[n].due.After(now) {
		d.events = m.execHedge(d.events, d.queue[n].req, now)
		n++
	}
	rest := copy(d.queue, d.queue[n:])
	clear(d.queue[rest:])
	d.queue = d.queue[:rest]
	return d.events
}

func (m *Market) execHedge(out []venues.Event, req venues.OrderRequest, now time.Time) []venues.Event {
	d := m.hedge
	o := venues.Order{Venue: m.o.BookVenue, Symbol: req.Symbol, ClientID: req.ClientID, Side: req.Side,
		Type: req.Type, Qty: req.Qty, Status: venues.OrderRejected, Updated: now}
	qty := req.Qty.Div(d.o.Lot).Floor().Mul(d.o.Lot)
	if req.Type != venues.Market || !qty.IsPositive() {
		return append(out, &venues.OrderUpdate{Time: now, Order: o})
	}
	o.Qty = qty
	levels := m.evBook.Asks
	if req.Side == venues.Sell {
		levels = m.evBook.Bids
	}
	rate := d.o.TakerFeeBps.Shift(-4)
	left := qty
	for _, l := range levels {
		if !left.IsPositive() {
			break
		}
		take := decimal.Min(left, decimal.NewFromFloat(l.Qty))
		if !take.IsPositive() {
			continue
		}
		left = left.Sub(take)
		price := decimal.NewFromFloat(l.Price)
		notional := price.Mul(take)
		d.trades++
		f := &venues.Fill{Time: now, Venue: m.o.BookVenue, Instrument: req.Symbol, Base: m.o.Gas.Native,
			Quote: m.o.Pool.Quote, TradeID: "h" + strconv.FormatUint(d.trades, 10)}
		if req.Side == venues.Buy {
			f.Action, f.Fee, f.FeeAsset = venues.ActionBuy, take.Mul(rate), m.o.Gas.Native
			f.BaseDelta, f.QuoteDelta, f.FeeUSD = take.Sub(f.Fee), notional.Neg(), f.Fee.Mul(price)
		} else {
			f.Action, f.Fee, f.FeeAsset = venues.ActionSell, notional.Mul(rate), m.o.Pool.Quote
			f.BaseDelta, f.QuoteDelta, f.FeeUSD = take.Neg(), notional.Sub(f.Fee), notional.Mul(rate)
		}
		d.base, d.quote = d.base.Add(f.BaseDelta), d.quote.Add(f.QuoteDelta)
		o.Filled = o.Filled.Add(take)
		o.QuoteFilled = o.QuoteFilled.Add(notional)
		out = append(out, f)
	}
	o.Status = venues.OrderFilled
	if left.IsPositive() {
		o.Status = venues.OrderExpired // the book ran out
	}
	out = append(out, &venues.OrderUpdate{Time: now, Order: o})
	if o.Filled.IsPositive() {
		out = append(out, &venues.BalanceUpdate{Time: now, Venue: m.o.BookVenue, Balances: []venues.Balance{
			{Asset: m.o.Gas.Native, Free: d.base}, {Asset: m.o.Pool.Quote, Free: d.quote}}})
	}
	return out
}
