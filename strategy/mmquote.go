package strategy

import (
	"time"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

// cancelRetry is how long a cancel (or cancel-all) may go unanswered
// before it is sent again.
const cancelRetry = time.Second

// capMargin keeps new quotes this fraction inside the inventory cap, so
// that the fair value moving while a quote travels does not carry a fill
// past it.
const capMargin = 0.02

// evaluateMM runs one token's market making at now: cancel everything if
// quoting must stop, else refresh the ladder, then consider flattening.
func (e *Engine) evaluateMM(ms *mmState, now time.Time) {
	st := ms.status(e)
	fair := 0.0
	if st.FairAt != (time.Time{}) {
		fair = ms.fair(now)
		if fair > 0 {
			ms.observe(fair, st.FairAt)
		}
	}
	if r := mm.CancelAllReason(&st, ms.p, now); r != mm.NoCancel {
		e.cancelAllMM(ms, r, now)
		return
	}
	ms.cancelAllAt = time.Time{}
	if !(fair > 0) {
		e.cancelAllMM(ms, mm.CancelBadData, now)
		return
	}
	e.quoteMM(ms, fair, now)
	e.flattenMM(ms, fair, now)
}

// cancelAllMM sends one cancel-all for the book (outside the action
// budget) when we may have orders there, and again if they are still not
// all gone after cancelRetry.
func (e *Engine) cancelAllMM(ms *mmState, r mm.CancelReason, now time.Time) {
	if !ms.starting && (len(ms.orders) == 0 || (!ms.cancelAllAt.IsZero() && now.Sub(ms.cancelAllAt) < cancelRetry)) {
		return
	}
	if err := e.opts.Orders.SubmitCancelAll(ms.spec.Book); err != nil {
		// Still starting (or still quoted): the next decision tries again.
		ms.ts.log.Error().Err(err).Str("book", ms.spec.Book).Msg("mm: cancel-all not sent")
		return
	}
	if ms.starting {
		ms.starting = false
		r = mm.CancelStartup
	}
	ms.cancelAllAt = now
	for _, o := range ms.orders {
		o.cancelling, o.cancelAt = true, now
	}
	ms.acct.cancelAll(r)
	ms.ts.log.Warn().Time("at", now).Str("book", ms.spec.Book).Str("reason", r.String()).
		Int("orders", len(ms.orders)).Msg("mm: cancel all")
}

// quoteMM builds the ladder, has the risk gate approve each side, and
// reconciles our quotes with it within the action budget.
func (e *Engine) quoteMM(ms *mmState, fair float64, now time.Time) {
	m := mm.Market{Fair: fair, Sigma: ms.sigma(), Inventory: ms.inv}
	bids, asks, ok := mm.Ladder(&m, &ms.lp, ms.bids, ms.asks)
	if !ok {
		e.cancelAllMM(ms, mm.CancelBadData, now)
		return
	}
	bids = e.gateSide(ms, bids, fair, now)
	asks = e.gateSide(ms, asks, fair, now)
	ms.bids, ms.asks = bids, asks

	ms.resting, ms.restIdx = ms.resting[:0], ms.restIdx[:0]
	for i, o := range ms.orders {
		if o.cancelling {
			continue
		}
		ms.resting = append(ms.resting, mm.Resting{ClientID: o.clientID, Side: o.side, Price: o.price, Qty: o.qty, Placed: o.sent})
		ms.restIdx = append(ms.restIdx, i)
	}
	budget := mm.ActionBudget(&ms.budget, ms.p, now)
	acts, sum := mm.Reconcile(ms.resting, bids, asks, ms.p, budget, now, ms.acts)
	ms.acts = acts
	ms.acct.deferred += uint64(sum.Deferred)
	spent := 0
	capTokens := ms.p.MaxInventoryUSD / fair * (1 - capMargin)
	openBid, openAsk := ms.open(venues.Buy), ms.open(venues.Sell)
	for _, a := range acts {
		switch a.Kind {
		case mm.Cancel:
			o := ms.orders[ms.restIdx[a.Resting]]
			if err := e.opts.Orders.SubmitCancel(ms.spec.Book, o.clientID); err != nil {
				continue
			}
			o.cancelling, o.cancelAt = true, now
			spent++
			ms.acct.cancels++
		case mm.Place:
			side := bids
			if a.Side == venues.Sell {
				side = asks
			}
			q := &side[a.Desired]
			// Everything that could still fill on this side, this quote
			// included, must keep |inventory| within the cap.
			hi, lo := max(ms.inv, ms.inv+ms.flatTokens), min(ms.inv, ms.inv+ms.flatTokens)
			if a.Side == venues.Buy && hi+openBid+q.Qty > capTokens ||
				a.Side == venues.Sell && lo-openAsk-q.Qty < -capTokens {
				ms.acct.capSkips++
				continue
			}
			id := ms.nextID()
			if err := e.opts.Orders.SubmitOrder(q.Request(ms.spec.Book, id, ms.spec.Tick, ms.spec.Lot)); err != nil {
				ms.ts.log.Error().Err(err).Str("book", ms.spec.Book).Msg("mm: order not sent")
				continue
			}
			ms.orders = append(ms.orders, &mmOrder{clientID: id, side: q.Side, price: q.Price, qty: q.Qty, sent: now})
			if a.Side == venues.Buy {
				openBid += q.Qty
			} else {
				openAsk += q.Qty
			}
			spent++
			ms.acct.placed++
		}
	}
	// Cancels the venue has not answered go again, within the budget.
	for _, o := range ms.orders {
		if spent >= budget {
			break
		}
		if o.cancelling && now.Sub(o.cancelAt) >= cancelRetry {
			if e.opts.Orders.SubmitCancel(ms.spec.Book, o.clientID) == nil {
				o.cancelAt = now
				spent++
				ms.acct.cancels++
			}
		}
	}
	if spent > 0 {
		ms.budget.Spend(spent, now)
		ms.acct.actions(spent, now)
	}
}

// gateSide asks the risk gate about one ladder side and trims it to what
// was approved (nothing if denied).
func (e *Engine) gateSide(ms *mmState, qs []mm.Quote, fair float64, now time.Time) []mm.Quote {
	if e.opts.Gate == nil || len(qs) == 0 {
		return qs
	}
	ts := ms.ts
	plan, delta := mm.SidePlan(qs, ts.cfg.Symbol, ms.spec.Book, fair, ms.p.MaxQuoteAge, now)
	c := &ts.check
	*c = riskCheckMM(ms, &plan, fair, delta, now)
	v := e.opts.Gate.Check(c, now)
	c.Plan = nil
	if !v.Approved() {
		ms.acct.denied++
		return qs[:0]
	}
	if v.MaxNotionalUSD < plan.NotionalUSD {
		return mm.TrimSide(qs, ms.p, fair, v.MaxNotionalUSD)
	}
	return qs
}
