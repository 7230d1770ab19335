package strategy

import (
	"time"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

// evaluate runs the decision for one token and dispatches an approved plan.
func (e *Engine) evaluate(ts *tokenState, now time.Time) {
	if e.opts.ArbDisabled || !ts.ready() {
		return
	}
	if !ts.arbChanged && ts.noPlan {
		return
	}
	ts.arbChanged = false
	e.counters.Decisions++
	m := ts.fillMarket()
	plan, ok := arb.Decide(m, &ts.cfg.Arb, now)
	ts.noPlan = !ok
	if !ok {
		return
	}
	e.counters.Opportunities++
	ts.plan = plan
	if e.opts.Gate != nil {
		ts.fillCheck(now)
		v := e.opts.Gate.Check(&ts.check, now)
		if !v.Approved() {
			e.counters.Denied++
			ts.lastDenial = v.Reason
			return
		}
		if v.MaxNotionalUSD < ts.plan.NotionalUSD {
			resized, ok := arb.Resize(ts.plan.Kind, m, &ts.cfg.Arb, v.MaxNotionalUSD, now)
			if !ok {
				e.counters.Denied++
				return
			}
			e.counters.Shrunk++
			ts.plan = resized
		}
	}
	if ts.inflight >= e.opts.MaxInFlightPerToken {
		e.counters.Busy++
		return
	}
	if e.opts.Funds != nil && !e.fund(ts, m, now) {
		e.counters.Unfunded++
		return
	}
	e.dispatch(ts, now)
}

// fundsMargin leaves room for the venue rounding the mint cost up.
const fundsMargin = 1e-6

// quoteNeeded is the quote a loop pays before it is paid: the mint cost of
// a MintSell, the quote paid in of a BuyRedeem.
func quoteNeeded(p *venues.Plan, mintFeeBps float64) float64 {
	if p.Kind == venues.MintSell {
		return p.NotionalUSD * (1 + mintFeeBps/1e4) * (1 + fundsMargin)
	}
	return p.QuoteAmount * (1 + fundsMargin)
}

// fund shrinks ts.plan to the quote not committed to loops in flight;
// false if nothing fundable is left.
func (e *Engine) fund(ts *tokenState, m *arb.Market, now time.Time) bool {
	asset := ts.quoteAsset()
	if asset == "" {
		return true
	}
	avail := ToFloat(e.opts.Funds.Balance(asset)) - e.committed[asset]
	need := quoteNeeded(&ts.plan, m.MintFeeBps)
	if need <= avail {
		return true
	}
	if !(avail > 0) {
		return false
	}
	// The quote needed grows at least in proportion to the notional (price
	// impact makes a BuyRedeem's convex), so scaling the notional by
	// avail/need leaves a plan that fits.
	resized, ok := arb.Resize(ts.plan.Kind, m, &ts.cfg.Arb, ts.plan.NotionalUSD*avail/need, now)
	if !ok || quoteNeeded(&resized, m.MintFeeBps) > avail {
		return false
	}
	ts.plan = resized
	return true
}

// dispatch records, reserves and submits ts.plan.
func (e *Engine) dispatch(ts *tokenState, now time.Time) {
	e.nextID++
	ts.plan.ID = e.nextID
	p := &ts.plan
	if e.opts.Ledger != nil {
		e.opts.Ledger.RecordIntent(p, now)
		if e.health != nil {
			if err := e.health.Err(); err != nil {
				e.counters.Unrecorded++
				ts.log.Error().Err(err).Time("at", now).Uint64("plan", p.ID).Msg("intent not recorded: plan not sent")
				return
			}
		}
	}
	if e.opts.Gate != nil {
		e.opts.Gate.Reserve(p, now)
	}
	fl := inflightLoop{token: ts, kind: p.Kind, expected: p.Expected, nav: p.NAV, submitted: now}
	if e.opts.Funds != nil {
		fl.quote, fl.committed = ts.quoteAsset(), quoteNeeded(p, float64(ts.issuer.MintFeeBps))
		e.committed[fl.quote] += fl.committed
	}
	e.inflight[p.ID] = fl
	ts.inflight++
	e.counters.Submitted++
	if err := e.opts.Executor.Submit(e.ctx, *p); err != nil {
		e.counters.SubmitErrors++
		ts.inflight--
		e.uncommit(e.inflight[p.ID])
		delete(e.inflight, p.ID)
		if e.opts.Gate != nil {
			e.opts.Gate.Release(p.ID, 0, now)
		}
		ts.log.Error().Err(err).Time("at", now).Uint64("plan", p.ID).Str("kind", p.Kind.String()).Msg("submit failed")
		return
	}
	if ev := ts.log.Info(); ev.Enabled() {
		ev.Time("at", now).Uint64("plan", p.ID).Str("kind", p.Kind.String()).
			Float64("size", p.Size).Float64("premium_bps", round2(p.PremiumBps)).
			Float64("expected_net_usd", round2(p.Expected.NetUSD)).Msg("loop submitted")
	}
}

// settle books a receipt: ledger first, then the gate and the accounts.
func (e *Engine) settle(r *venues.TxReceipt, now time.Time) {
	if e.opts.Ledger != nil {
		e.opts.Ledger.RecordReceipt(r)
	}
	if ms := e.mmPlans[r.PlanID]; ms != nil {
		e.settleMM(ms, r, now)
		return
	}
	fl, ok := e.inflight[r.PlanID]
	if !ok {
		e.log.Warn().Uint64("plan", r.PlanID).Str("tx", r.TxHash).Msg("receipt for unknown plan")
		e.acct.settle(r, 0, 0)
		return
	}
	delete(e.inflight, r.PlanID)
	e.uncommit(fl)
	ts := fl.token
	ts.inflight--
	// Our own trade changed the market: wait for a market state that
	// includes it.
	ts.needPool = true
	gasUSD := ToFloat(r.GasUSD)
	if e.opts.Gate != nil {
		e.opts.Gate.Release(r.PlanID, gasUSD, now)
	}
	net := e.acct.settle(r, fl.kind, fl.nav)
	e.acct.loopResults = append(e.acct.loopResults, LoopResult{
		PlanID: r.PlanID, Token: ts.cfg.Symbol, Kind: fl.kind, Status: r.Status, TxHash: r.TxHash, Time: r.Time,
		ExpectedNetUSD: fl.expected.NetUSD, RealisedNetUSD: net,
	})
	if e.opts.Equity != nil {
		e.opts.Equity.UpdateEquity(ToFloat(e.acct.equity), now)
	}
	ev := ts.log.Info()
	if r.Status != venues.TxSuccess {
		ev = ts.log.Warn().Str("reason", r.Reason)
	}
	if !ev.Enabled() {
		return
	}
	ev.Time("at", now).Uint64("plan", r.PlanID).Str("kind", fl.kind.String()).Str("status", r.Status.String()).
		Str("net_usd", net.StringFixed(4)).Float64("expected_net_usd", round2(fl.expected.NetUSD)).
		Str("gas_usd", r.GasUSD.StringFixed(4)).Msg("loop settled")
}

func (e *Engine) uncommit(fl inflightLoop) {
	if fl.quote == "" {
		return
	}
	if left := e.committed[fl.quote] - fl.committed; left > 1e-9 {
		e.committed[fl.quote] = left
	} else {
		delete(e.committed, fl.quote)
	}
}
