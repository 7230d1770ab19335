package strategy

import (
	"errors"
	"fmt"
	"time"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

func (e *Engine) checkMM(spec TokenSpec) error {
	s := spec.MM
	if err := s.validate(spec.Symbol); err != nil {
		return err
	}
	if e.opts.Orders == nil {
		return errors.New("strategy: Options.Orders is required for market making")
	}
	if spec.UnderlyingBook == "" {
		return fmt.Errorf("strategy: token %s: mm: the fair value needs the underlying book", spec.Symbol)
	}
	if s.Book == spec.UnderlyingBook || s.Book == spec.Book || e.mmByBook[s.Book] != nil || e.mmHedge[s.Book] != nil {
		return fmt.Errorf("strategy: token %s: mm: book %s is already in use", spec.Symbol, s.Book)
	}
	if b := e.books[s.Book]; b != nil && (len(b.market) > 0 || len(b.tokens) > 0) {
		return fmt.Errorf("strategy: token %s: mm: book %s is already in use", spec.Symbol, s.Book)
	}
	return nil
}

func (e *Engine) addMM(ts *tokenState, spec *MMSpec) {
	b := e.book(spec.Book)
	b.venue = spec.Venue
	ms := newMMState(spec, ts, b, e.opts.Clock.Now())
	ts.mm = ms
	b.mm = append(b.mm, ms)
	ts.book.mm = append(ts.book.mm, ms)
	e.mms = append(e.mms, ms)
	e.mmByBook[spec.Book] = ms
	if spec.Hedge != nil {
		e.mmHedge[spec.Hedge.Symbol] = ms
	}
}

// markMM queues the market makers that read book b.
func (e *Engine) markMM(b *bookState) {
	for _, ms := range b.mm {
		e.markMMState(ms)
	}
}

func (e *Engine) markMMState(ms *mmState) {
	if !ms.dirty {
		ms.dirty = true
		e.mmDirty = append(e.mmDirty, ms)
	}
}

// decideMM runs market making for the tokens whose inputs changed.
func (e *Engine) decideMM(now time.Time) {
	for i, ms := range e.mmDirty {
		e.mmDirty[i] = nil
		ms.dirty = false
		e.evaluateMM(ms, now)
	}
	e.mmDirty = e.mmDirty[:0]
}

// fillMM books a fill of one of our quotes or hedges.
func (e *Engine) fillMM(f *venues.Fill, now time.Time) {
	if ms := e.mmByBook[f.Instrument]; ms != nil && f.Venue == ms.spec.Venue {
		ms.inv += ToFloat(f.BaseDelta)
		fair := ms.fair(now)
		if !(fair > 0) {
			fair = ms.lastFair
		}
		ms.acct.quoteFill(f, fair, ms.inv)
		e.markMMState(ms)
		return
	}
	if ms := e.mmHedge[f.Instrument]; ms != nil && f.Venue == ms.spec.Hedge.Venue {
		ms.hedge += ToFloat(f.BaseDelta)
		ms.acct.hedgeFill(f)
		e.markMMState(ms)
	}
}

// orderMM applies an order update for one of our quotes or hedges.
func (e *Engine) orderMM(o *venues.Order) {
	if ms := e.mmByBook[o.Symbol]; ms != nil && o.Venue == ms.spec.Venue {
		ms.onOrder(o)
		e.markMMState(ms)
		return
	}
	if ms := e.mmHedge[o.Symbol]; ms != nil && o.ClientID == ms.hedgeID && !o.Status.Open() {
		ms.hedgeID = ""
		e.markMMState(ms)
	}
}

// balanceMM keeps the hedge venue's underlying balance (what a spot hedge
// may sell).
func (e *Engine) balanceMM(u *venues.BalanceUpdate) {
	for _, ms := range e.mms {
		h := ms.spec.Hedge
		if h == nil || h.Venue != u.Venue {
			continue
		}
		for _, b := range u.Balances {
			if b.Asset == h.Base {
				ms.spotHeld = ToFloat(b.Free)
			}
		}
	}
}

// StartMM cancels, on every market-making book, the orders a previous run
// may have left, before the first quote. Run calls it; a driver that calls
// Handle itself may call it first (the first decision does it otherwise).
func (e *Engine) StartMM() {
	now := e.opts.Clock.Now()
	for _, ms := range e.mms {
		if ms.starting {
			e.cancelAllMM(ms, mm.CancelStartup, now)
		}
	}
}

// Shutdown stops quoting for good and sends a cancel-all for every
// market-making book. Run calls it when its context ends.
func (e *Engine) Shutdown() {
	if e.shutdown {
		return
	}
	e.shutdown = true
	now := e.opts.Clock.Now()
	for _, ms := range e.mms {
		ms.starting = false
		ms.cancelAllAt = time.Time{}
		if err := e.opts.Orders.SubmitCancelAll(ms.spec.Book); err != nil {
			ms.ts.log.Warn().Err(err).Str("book", ms.spec.Book).Msg("mm: shutdown cancel-all not sent (the router cancels on its own shutdown)")
			continue
		}
		for _, o := range ms.orders {
			o.cancelling, o.cancelAt = true, now
		}
		ms.cancelAllAt = now
		ms.acct.cancelAlls["shutdown"]++
	}
}

// MMResults returns every market-making token's figures at now (nil
// without market making).
func (e *Engine) MMResults(now time.Time) []MMResults {
	var out []MMResults
	for _, ms := range e.mms {
		fair := ms.fair(now)
		if !(fair > 0) {
			fair = ms.lastFair
		}
		out = append(out, ms.results(fair, ms.ts.book.mid()))
	}
	return out
}

// OpenQuotes is how many of a market-making book's orders the engine
// believes may still be open (sent and not reported gone).
func (e *Engine) OpenQuotes(book string) int {
	if ms := e.mmByBook[book]; ms != nil {
		return len(ms.orders)
	}
	return 0
}
