package strategy

import (
	"time"

	"github.com/navarb/navarb/venues"
)

// Apply updates the snapshot with one event and books receipts and fills,
// without deciding: the tokens it touches are queued for the next Decide.
func (e *Engine) Apply(ev venues.Event) { e.ApplyAt(ev, e.opts.Clock.Now()) }

// ApplyAt is Apply for an event received at at (<= now) and delivered
// late: the snapshot is stamped at, so data ages count from then. A replay
// holds back books that no pending decision reads and delivers the latest
// one, with its time, before the next decision that might (see Pending).
func (e *Engine) ApplyAt(ev venues.Event, now time.Time) {
	e.counters.Events++
	e.acct.tick(now)
	switch x := ev.(type) {
	case *venues.BookUpdate:
		b := e.bookOf(x.Symbol)
		if b == nil {
			e.counters.UnknownEvents++
			return
		}
		b.apply(x, now)
		e.markMM(b)
		for _, ts := range b.market {
			ts.needPool = false
			e.markDirty(ts, true)
		}
		for _, ts := range b.tokens {
			e.markDirty(ts, false)
		}
	case *venues.PoolUpdate:
		ts := e.poolOf(x.Pool)
		if ts == nil {
			e.counters.UnknownEvents++
			return
		}
		e.markDirty(ts, ts.applyPool(x, now))
	case *venues.NAVUpdate:
		ts := e.tokenOf(x.Token)
		if ts == nil || x.Source != venues.NAVIssuer {
			e.counters.UnknownEvents++
			return
		}
		changed := x.NAV != ts.nav
		ts.nav, ts.navAt = x.NAV, now
		e.markDirty(ts, changed)
	case *venues.GasUpdate:
		g := e.gasOf(x.Chain)
		if g == nil {
			e.counters.UnknownEvents++
			return
		}
		changed := !g.ok || x.BaseFeeGwei != g.u.BaseFeeGwei || x.TipGwei != g.u.TipGwei ||
			x.NativeUSD != g.u.NativeUSD || x.L1FeeUSD != g.u.L1FeeUSD
		g.u, g.at, g.ok = *x, now, true
		for _, ts := range g.tokens {
			e.markDirty(ts, changed)
		}
	case *venues.IssuerUpdate:
		ts := e.tokenOf(x.Token)
		if ts == nil {
			e.counters.UnknownEvents++
			return
		}
		changed := !ts.issuerOK || x.MintFeeBps != ts.issuer.MintFeeBps || x.RedeemFeeBps != ts.issuer.RedeemFeeBps
		ts.issuer, ts.issuerOK = *x, true
		e.markDirty(ts, changed)
		if ts.mm != nil {
			e.markMMState(ts.mm)
		}
	case *venues.TxReceipt:
		e.settle(x, now)
	case *venues.Fill:
		if e.opts.Ledger != nil {
			e.opts.Ledger.RecordFill(x)
		}
		e.fillMM(x, now)
	case *venues.OrderUpdate:
		e.orderMM(&x.Order)
	case *venues.BalanceUpdate:
		e.balanceMM(x)
	case *venues.Swap:
		// Someone else's trade: the pool's state arrives as a PoolUpdate.
	case *venues.VenueStatus:
		e.applyStatus(x)
	default:
		e.counters.UnknownEvents++
	}
}

// applyStatus marks a venue's data untrustworthy (or trustworthy again).
// A status naming a chain covers every token on it; one naming an exchange
// covers its books, or one book when Symbol is set. Recovery only clears the
// flag: the data must still be fresh enough for the risk gate.
func (e *Engine) applyStatus(x *venues.VenueStatus) {
	matched := false
	if g := e.gas[x.Venue]; g != nil && x.Symbol == "" {
		matched = true
		for _, ts := range g.tokens {
			ts.chainDown = x.Stale
			e.markDirty(ts, true)
		}
	}
	for sym, b := range e.books {
		if b.venue != x.Venue || (x.Symbol != "" && x.Symbol != sym) {
			continue
		}
		matched = true
		b.venueDown, b.venueWide = x.Stale, x.Stale && x.Symbol == ""
		e.markMM(b)
		for _, ts := range b.market {
			e.markDirty(ts, true)
		}
		for _, ts := range b.tokens {
			e.markDirty(ts, true)
		}
	}
	if !matched {
		e.counters.UnknownEvents++
		return
	}
	ev := e.log.Info()
	if x.Stale {
		ev = e.log.Warn()
	}
	ev.Str("venue", x.Venue).Str("symbol", x.Symbol).Bool("stale", x.Stale).Str("reason", x.Reason).Msg("venue status")
}

// lookup is a one-entry cache in front of a name map: a replay or a venue
// sends the same few names again and again, usually the very same string.
type lookup[T any] struct {
	name string
	val  *T
	m    map[string]*T
}

func (l *lookup[T]) get(name string) *T {
	if l.val != nil && l.name == name {
		return l.val
	}
	v := l.m[name]
	if v != nil {
		l.name, l.val = name, v
	}
	return v
}

func (e *Engine) bookOf(symbol string) *bookState { return e.bookCache.get(symbol) }
func (e *Engine) poolOf(pool string) *tokenState  { return e.poolCache.get(pool) }
func (e *Engine) tokenOf(tok string) *tokenState  { return e.tokenCache.get(tok) }
func (e *Engine) gasOf(chain string) *gasState    { return e.gasCache.get(chain) }
