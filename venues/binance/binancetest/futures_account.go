package binancetest

import (
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// futuresAccount is the connector's USD-M wallet, positions (one-way mode)
// and order history.
type futuresAccount struct {
	wallet   decimal.Decimal
	defLev   int
	leverage map[string]int
	pos      map[string]*position
	meta     map[orderKey]*orderMeta
	trades   map[string][]futTrade
}

// position is a one-way position: amt > 0 long, < 0 short. cost is the
// exact entry cost of the open amount, so entry = cost / |amt|.
type position struct {
	amt, cost, realized decimal.Decimal
}

func newFuturesAccount(wallet decimal.Decimal, lev int) *futuresAccount {
	return &futuresAccount{
		wallet: wallet, defLev: lev, leverage: map[string]int{},
		pos: map[string]*position{}, meta: map[orderKey]*orderMeta{}, trades: map[string][]futTrade{},
	}
}

func (a *futuresAccount) position(symbol string) *position {
	p, ok := a.pos[symbol]
	if !ok {
		p = &position{}
		a.pos[symbol] = p
	}
	return p
}

func (a *futuresAccount) lev(symbol string) int {
	if l, ok := a.leverage[symbol]; ok {
		return l
	}
	return a.defLev
}

// entry is the average entry price (zero when flat).
func (p *position) entry() decimal.Decimal {
	if p.amt.IsZero() {
		return decimal.Zero
	}
	return p.cost.DivRound(p.amt.Abs(), feeDecimals)
}

// unrealized is the position's PnL at mark.
func (p *position) unrealized(mark decimal.Decimal) decimal.Decimal {
	if p.amt.IsZero() || mark.IsZero() {
		return decimal.Zero
	}
	return p.amt.Mul(mark).Sub(p.cost.Mul(sign(p.amt))).Round(feeDecimals)
}

func sign(d decimal.Decimal) decimal.Decimal { return decimal.NewFromInt(int64(d.Sign())) }

// fill applies a fill of qty at price on side and returns the realized PnL.
// Closing basis is rounded to 8 decimals, except a full close which takes
// the exact remaining cost, so wallet changes stay exact.
func (p *position) fill(side venues.Side, qty, price decimal.Decimal) decimal.Decimal {
	signed := func(q decimal.Decimal) decimal.Decimal {
		if side == venues.Sell {
			return q.Neg()
		}
		return q
	}
	s := signed(qty)
	if p.amt.IsZero() || p.amt.Sign() == s.Sign() {
		p.amt = p.amt.Add(s)
		p.cost = p.cost.Add(qty.Mul(price))
		return decimal.Zero
	}
	abs := p.amt.Abs()
	closeQty := decimal.Min(qty, abs)
	basis := p.cost
	if !closeQty.Equal(abs) {
		basis = p.cost.Mul(closeQty).DivRound(abs, feeDecimals)
	}
	pnl := closeQty.Mul(price).Sub(basis)
	if p.amt.IsNegative() {
		pnl = pnl.Neg()
	}
	p.cost = p.cost.Sub(basis)
	p.amt = p.amt.Add(signed(closeQty))
	if rest := qty.Sub(closeQty); rest.IsPositive() {
		p.amt = p.amt.Add(signed(rest))
		p.cost = rest.Mul(price)
	}
	p.realized = p.realized.Add(pnl)
	return pnl
}
