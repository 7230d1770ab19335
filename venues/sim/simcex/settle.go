package simcex

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// settle turns a placement's trades into our fills, order updates and
// balance updates; ours says the taker is our order. Caller holds v.mu.
func (v *Venue) settle(r matching.SymbolRules, p matching.Placed, ours bool) {
	changed := map[string]bool{}
	last := map[string]venues.Order{} // our orders' latest states
	var ids []string
	note := func(o venues.Order) {
		if _, ok := last[o.ClientID]; !ok {
			ids = append(ids, o.ClientID)
		}
		last[o.ClientID] = v.stamp(o)
	}
	if ours && len(p.Trades) > 0 {
		// The acknowledgement comes before the fills, as on an exchange.
		ack := p.Order
		ack.Filled, ack.QuoteFilled, ack.Status = decimal.Zero, decimal.Zero, venues.OrderNew
		v.push(&venues.OrderUpdate{Time: ack.Updated, Order: v.stamp(ack)})
	}
	for _, tr := range p.Trades {
		if tr.Taker.Account == Account {
			v.push(v.fill(r, tr, tr.TakerSide, false, tr.Taker.ClientID, changed))
			note(tr.TakerOrder)
		}
		if tr.Maker.Account == Account {
			v.push(v.fill(r, tr, opposite(tr.TakerSide), true, tr.Maker.ClientID, changed))
			note(tr.MakerOrder)
		}
	}
	if ours {
		note(p.Order)
	}
	for _, id := range ids {
		o := last[id]
		v.push(&venues.OrderUpdate{Time: o.Updated, Order: o})
	}
	if len(changed) > 0 {
		bu := &venues.BalanceUpdate{Time: v.o.Clock(), Venue: v.o.Venue}
		for _, a := range []string{r.Base, r.Quote} {
			bu.Balances = append(bu.Balances, venues.Balance{Asset: a, Free: v.bal[a]})
		}
		v.push(bu)
	}
}

// fill books one trade for our side and moves the balances exactly. The
// buyer's fee is in base, the seller's in quote.
func (v *Venue) fill(r matching.SymbolRules, tr matching.Trade, side venues.Side, maker bool, clientID string, changed map[string]bool) *venues.Fill {
	rate := v.o.TakerFee
	if maker {
		rate = v.o.MakerFee
	}
	quote := tr.Quote()
	f := &venues.Fill{
		Time: tr.Time, Venue: v.o.Venue, Instrument: r.Symbol, Base: r.Base, Quote: r.Quote, Maker: maker,
		TradeID: strconv.FormatUint(tr.Seq, 10),
	}
	pl := v.legs[clientID]
	f.PlanID, f.Leg = pl.plan, pl.leg
	if side == venues.Buy {
		f.Fee, f.FeeAsset = tr.Qty.Mul(rate), r.Base
		f.Action, f.BaseDelta, f.QuoteDelta = venues.ActionBuy, tr.Qty.Sub(f.Fee), quote.Neg()
		f.FeeUSD = f.Fee.Mul(tr.Price)
	} else {
		f.Fee, f.FeeAsset = quote.Mul(rate), r.Quote
		f.Action, f.BaseDelta, f.QuoteDelta = venues.ActionSell, tr.Qty.Neg(), quote.Sub(f.Fee)
		f.FeeUSD = f.Fee
	}
	v.bal[r.Base] = v.bal[r.Base].Add(f.BaseDelta)
	v.bal[r.Quote] = v.bal[r.Quote].Add(f.QuoteDelta)
	changed[r.Base], changed[r.Quote] = true, true
	return f
}

func opposite(s venues.Side) venues.Side {
	if s == venues.Buy {
		return venues.Sell
	}
	return venues.Buy
}
