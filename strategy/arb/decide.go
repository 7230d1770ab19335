package arb

import (
	"math"
	"time"

	"github.com/navarb/navarb/venues"
)

// choice is one loop kind at its chosen size.
type choice struct {
	loop  loop
	size  float64
	costs venues.Costs
	quote float64
}

// Decide returns the more profitable of the two loops at its
// profit-maximising size (notional capped at p.MaxSizeUSD), if its expected
// net profit is > 0 and >= p.MinNetUSD; ok=false otherwise. With
// p.NoMintSell only BuyRedeem is considered. Plan.ID is left 0
// for the engine to set.
func Decide(m *Market, p *Params, now time.Time) (plan venues.Plan, ok bool) {
	if p == nil {
		return venues.Plan{}, false
	}
	capUSD := math.Inf(1)
	if p.MaxSizeUSD > 0 {
		capUSD = p.MaxSizeUSD
	}
	var ms, br choice
	okMS := !p.NoMintSell && ms.best(venues.MintSell, m, p, capUSD)
	okBR := br.best(venues.BuyRedeem, m, p, capUSD)
	switch {
	case okMS && (!okBR || ms.costs.NetUSD >= br.costs.NetUSD):
		return ms.plan(m, p, now), true
	case okBR:
		return br.plan(m, p, now), true
	}
	return venues.Plan{}, false
}

// Resize re-plans kind on m with its notional capped at maxNotionalUSD (and
// at p.MaxSizeUSD), for a plan the risk gate shrank; ok=false if the loop no
// longer clears p.MinNetUSD (or maxNotionalUSD is not > 0, or kind is
// MintSell under p.NoMintSell).
func Resize(kind venues.PlanKind, m *Market, p *Params, maxNotionalUSD float64, now time.Time) (venues.Plan, bool) {
	if p == nil || !(maxNotionalUSD > 0) || (kind == venues.MintSell && p.NoMintSell) {
		return venues.Plan{}, false
	}
	capUSD := maxNotionalUSD
	if p.MaxSizeUSD > 0 && p.MaxSizeUSD < capUSD {
		capUSD = p.MaxSizeUSD
	}
	var c choice
	if !c.best(kind, m, p, capUSD) {
		return venues.Plan{}, false
	}
	return c.plan(m, p, now), true
}

// Evaluate returns the expected costs of a loop of kind and size tokens on m,
// ignoring p.MinNetUSD and p.MaxSizeUSD. A size the market cannot take (more
// than the book holds, the pool's whole base reserve for BuyRedeem, < 0) or
// invalid input gives NetUSD = GrossUSD = -Inf.
func Evaluate(kind venues.PlanKind, size float64, m *Market, p *Params) venues.Costs {
	l, ok := newLoop(kind, m, p)
	if !ok {
		return infeasible()
	}
	c, _, ok := l.evaluate(size, m)
	if !ok {
		return infeasible()
	}
	return c
}

// best sizes kind under capUSD of notional and prices it into c; false
// unless it clears p.MinNetUSD. (It fills c in place: a choice is big enough
// that returning it by value shows in Decide's profile.)
func (c *choice) best(kind venues.PlanKind, m *Market, p *Params, capUSD float64) bool {
	var ok bool
	c.loop, ok = newLoop(kind, m, p)
	if !ok || !validDecision(p) || !validVenue(m) {
		return false
	}
	c.size = c.loop.size(m, capUSD/m.NAV)
	if c.size == 0 {
		return false
	}
	c.costs, c.quote, ok = c.loop.evaluate(c.size, m)
	return ok && clears(c.costs.NetUSD, p.MinNetUSD)
}

// plan builds the plan for c. The market price is the pool's marginal price
// Rq/Rb, or the best bid (MintSell) or ask (BuyRedeem) of a book; c.size > 0
// guarantees that level exists. MinNetUSD is p.MinNetUSD, floored at 0 so an
// executor never accepts a loss.
func (c *choice) plan(m *Market, p *Params, now time.Time) venues.Plan {
	var price float64
	switch {
	case m.Kind == venues.MarketPool:
		price = m.ReserveQuote / m.ReserveBase
	case c.loop.kind == venues.MintSell:
		price = m.Bids[0].Price
	default:
		price = m.Asks[0].Price
	}
	return venues.Plan{
		Kind:        c.loop.kind,
		Token:       m.Token,
		Market:      m.Market,
		MarketKind:  m.Kind,
		Chain:       m.Chain,
		Size:        c.size,
		QuoteAmount: c.quote,
		NAV:         m.NAV,
		MarketPrice: price,
		PremiumBps:  (price/m.NAV - 1) * bpsDenom,
		NotionalUSD: c.size * m.NAV,
		Expected:    c.costs,
		MinNetUSD:   max(p.MinNetUSD, 0),
		GasUnits:    c.loop.gasUnits,
		MaxFeeGwei:  m.MaxFeeGwei,
		TipGwei:     m.TipGwei,
		Created:     now,
		Deadline:    now.Add(p.Deadline),
	}
}
