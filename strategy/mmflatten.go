package strategy

import (
	"math"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/strategy/nav"
	"github.com/navarb/navarb/venues"
)

// flattenDeadline bounds how long a mint or redeem may wait for a block.
const flattenDeadline = time.Minute

// riskCheckMM is the risk gate's view of a quote side or a flattening:
// data ages are those of the fair value (the underlying's book) and the
// token's book; quotes touch no chain. The issuer's pause and rebalance
// stop mint/redeem, not quoting around the component NAV.
func riskCheckMM(ms *mmState, p *venues.Plan, fair, delta float64, now time.Time) risk.Check {
	ts := ms.ts
	c := risk.Check{Plan: p, PoolAge: -1, BookAge: ms.book.age(now), NAVAge: now.Sub(ts.navAt)}
	if u := ts.book; u != nil {
		c.BookAge = max(c.BookAge, u.age(now))
		c.NAVAge = u.age(now)
	}
	if ts.nav > 0 {
		c.NAVDisagreementBps = nav.DisagreementBps(ts.nav, fair)
	}
	c.InventoryUSD = ms.inv * fair
	c.InventoryDeltaUSD = delta
	if p.Kind == venues.Mint || p.Kind == venues.Redeem {
		c.NAVAge = now.Sub(ts.navAt)
		if ts.chainDown {
			c.NAVAge = stale
		}
		g := &ts.gas.u
		c.GasPriceGwei = g.BaseFeeGwei + g.TipGwei
		c.IssuerPaused, c.Rebalancing = ts.issuer.Paused, ts.issuer.Rebalancing
	}
	return c
}

// flattenMM brings inventory back inside its band (mint/redeem at NAV or a
// hedge, whichever is cheaper) and unwinds a hedge once it is back, one
// action at a time.
func (e *Engine) flattenMM(ms *mmState, fair float64, now time.Time) {
	if ms.flatPlan != 0 || ms.hedgeID != "" || (!ms.lastFlat.IsZero() && now.Sub(ms.lastFlat) < ms.spec.FlattenCooldown) {
		return
	}
	ts := ms.ts
	if ts.book == nil || len(ts.book.bids) == 0 || len(ts.book.asks) == 0 || !ts.gas.ok || !(ts.nav > 0) {
		return
	}
	g := &ts.gas.u
	pos := mm.Position{
		Inventory: ms.inv, NAV: ts.nav,
		MintFeeBps: float64(ts.issuer.MintFeeBps), RedeemFeeBps: float64(ts.issuer.RedeemFeeBps),
		GasUSDMint:   arb.GasUSD(ms.spec.GasUnitsMint, g),
		GasUSDRedeem: arb.GasUSD(ms.spec.GasUnitsRedeem, g),
		IssuerOpen: ms.spec.MintRedeem && ts.issuerOK && !ts.issuer.Paused && !ts.issuer.Rebalancing &&
			!ts.chainDown && e.opts.Executor != nil,
		Leverage:      ts.cfg.Leverage,
		UnderlyingBid: ts.book.bids[0].Price, UnderlyingAsk: ts.book.asks[0].Price,
		Hedge: ms.hedge, SpotHeld: math.Max(ms.spotHeld, 0),
	}
	if h := ms.spec.Hedge; h != nil && e.opts.HedgeOrders != nil && ts.book.age(now) <= ms.p.MaxDataAge {
		pos.SpotTakerFeeBps, pos.PerpTakerFeeBps = h.TakerFeeBps, h.TakerFeeBps
		pos.SpotOpen, pos.PerpOpen = !h.Perp, h.Perp
		if ms.hedge != 0 {
			pos.HedgeOn = mm.HedgeSpot
			if h.Perp {
				pos.HedgeOn = mm.HedgePerp
			}
		}
	}
	f, ok := mm.DecideFlatten(&pos, ms.p)
	if !ok || f.Kind == mm.FlattenNone {
		return
	}
	switch f.Kind {
	case mm.FlattenRedeem, mm.FlattenMint:
		e.issueMM(ms, &f, fair, now)
	default:
		e.hedgeMM(ms, &f, now)
	}
}

// issueMM sends a mint or redeem through the gate, the ledger and the
// executor; its receipt moves the inventory.
func (e *Engine) issueMM(ms *mmState, f *mm.Flatten, fair float64, now time.Time) {
	ts := ms.ts
	g := &ts.gas.u
	p := venues.Plan{Kind: venues.Redeem, Token: ts.cfg.Symbol, Chain: ts.cfg.Chain, Size: f.Tokens,
		NAV: ts.nav, NotionalUSD: f.NotionalUSD, MarketPrice: fair, Created: now, Deadline: now.Add(flattenDeadline),
		GasUnits: ms.spec.GasUnitsRedeem, MaxFeeGwei: 2*g.BaseFeeGwei + g.TipGwei, TipGwei: g.TipGwei}
	delta := -f.Tokens * fair
	fee := float64(ts.issuer.RedeemFeeBps)
	if f.Kind == mm.FlattenMint {
		p.Kind, p.GasUnits, delta, fee = venues.Mint, ms.spec.GasUnitsMint, -delta, float64(ts.issuer.MintFeeBps)
	}
	p.Expected.GasUSD = arb.GasUSD(p.GasUnits, g)
	p.Expected.IssuerFeeUSD = f.NotionalUSD * fee / 1e4
	p.Expected.NetUSD = -f.ExpectedCostUSD
	if e.opts.Gate != nil {
		c := riskCheckMM(ms, &p, fair, delta, now)
		if v := e.opts.Gate.Check(&c, now); !v.Approved() {
			ms.acct.denied++
			return
		}
	}
	e.nextID++
	p.ID = e.nextID
	if e.opts.Ledger != nil {
		e.opts.Ledger.RecordIntent(&p, now)
	}
	if e.opts.Gate != nil {
		e.opts.Gate.Reserve(&p, now)
	}
	if err := e.opts.Executor.Submit(e.ctx, p); err != nil {
		if e.opts.Gate != nil {
			e.opts.Gate.Release(p.ID, 0, now)
		}
		ts.log.Error().Err(err).Uint64("plan", p.ID).Str("kind", p.Kind.String()).Msg("mm: flatten not sent")
		return
	}
	ms.flatPlan, ms.lastFlat = p.ID, now
	ms.flatTokens = -f.Tokens
	if p.Kind == venues.Mint {
		ms.flatTokens = f.Tokens
	}
	e.mmPlans[p.ID] = ms
	ms.acct.flattens[f.Kind]++
	ts.log.Info().Time("at", now).Uint64("plan", p.ID).Str("kind", p.Kind.String()).
		Float64("tokens", f.Tokens).Float64("inventory", ms.inv).Msg("mm: flatten")
}

// hedgeMM sends a market order on the hedge book.
func (e *Engine) hedgeMM(ms *mmState, f *mm.Flatten, now time.Time) {
	h := ms.spec.Hedge
	qty := decimal.NewFromFloat(f.UnderlyingQty).Div(h.Lot).Floor().Mul(h.Lot)
	if !qty.IsPositive() {
		return
	}
	id := ms.nextID()
	req := venues.OrderRequest{Symbol: h.Symbol, Side: f.Side, Type: venues.Market, Qty: qty, ClientID: id}
	if err := e.opts.HedgeOrders.SubmitOrder(req); err != nil {
		ms.ts.log.Error().Err(err).Str("symbol", h.Symbol).Msg("mm: hedge not sent")
		return
	}
	ms.hedgeID, ms.lastFlat = id, now
	ms.acct.flattens[f.Kind]++
	ms.ts.log.Info().Time("at", now).Str("kind", f.Kind.String()).Str("side", f.Side.String()).
		Str("qty", qty.String()).Float64("inventory", ms.inv).Msg("mm: hedge")
}

// settleMM books the receipt of a mint or redeem.
func (e *Engine) settleMM(ms *mmState, r *venues.TxReceipt, now time.Time) {
	delete(e.mmPlans, r.PlanID)
	if ms.flatPlan == r.PlanID {
		ms.flatPlan, ms.flatTokens = 0, 0
	}
	if e.opts.Gate != nil {
		e.opts.Gate.Release(r.PlanID, ToFloat(r.GasUSD), now)
	}
	for i := range r.Fills {
		f := &r.Fills[i]
		if f.Base == ms.ts.cfg.Symbol {
			ms.inv += ToFloat(f.BaseDelta)
		}
	}
	ms.acct.receipt(r, ms.ts.cfg.Symbol)
	ms.ts.log.Info().Time("at", now).Uint64("plan", r.PlanID).Str("status", r.Status.String()).
		Float64("inventory", ms.inv).Str("gas_usd", r.GasUSD.StringFixed(4)).Msg("mm: flatten settled")
}
