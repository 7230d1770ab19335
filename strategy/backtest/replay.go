package backtest

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
)

// Result is one replay's outcome.
type Result struct {
	Results  strategy.Results
	Counters strategy.Counters
	// Denials counts the risk gate's denials by reason (every reason, zeros
	// included, so the set is stable).
	Denials map[string]uint64
	// Balances are the venue's final balances (the ledger equals them).
	Balances map[string]decimal.Decimal
	// Trades and Series are collected with Options.Series.
	Trades []Trade
	Series *Series
	// Pools are the final exact reserves of every pool, by name.
	Pools map[string]PoolReserves
	// Unsettled counts loops still waiting for execution at the end.
	Unsettled  int
	Start, End time.Time
	Complete   bool
}

// PoolReserves are a pool's exact reserves.
type PoolReserves struct {
	Base, Quote decimal.Decimal
}

// Run replays s through the engine with o's tokens, limits and latency: our
// strategy, with the risk gate and the ledger. At the end the ledger is
// reconciled with the venue's balances, exactly; a mismatch is an error.
// ctx cancels the replay (the partial result is returned with the error).
func Run(ctx context.Context, s *Stream, o Options) (*Result, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	r, err := newRunner(ctx, s, &o, false)
	if err != nil {
		return nil, err
	}
	gate, err := risk.NewGate(o.Limits, r.now)
	if err != nil {
		return nil, fmt.Errorf("backtest: %w", err)
	}
	ledger := risk.NewLedger(r.v.initial)
	r.eng, err = strategy.New(strategy.Options{
		Tokens: o.Tokens, Clock: r, Executor: r.v, Gate: gate, Equity: gate, Ledger: ledger, Funds: ledger,
		Log: o.Log, MaxInFlightPerToken: o.MaxInFlightPerToken, ArbDisabled: o.ArbDisabled,
	})
	if err != nil {
		return nil, fmt.Errorf("backtest: %w", err)
	}
	r.eng.SetContext(ctx)
	if o.Series {
		r.series = newSeriesCollector(s, r, o.SeriesPoints)
	}
	runErr := r.batches()
	res := r.result()
	res.Denials = denials(gate)
	if err := reconcile(ledger.Balances(), res.Balances); err != nil {
		return res, err
	}
	return res, runErr
}

// RunReference replays s for the reference arbitrageur: the same decision
// functions with zero latency (its plans execute at once against the
// current state), no risk gate, no size cap and any positive expected
// profit, deciding after every event.
func RunReference(ctx context.Context, s *Stream, o Options) (strategy.Results, error) {
	if err := o.validate(); err != nil {
		return strategy.Results{}, err
	}
	o.Series = false
	r, err := newRunner(ctx, s, &o, true)
	if err != nil {
		return strategy.Results{}, err
	}
	r.eng, err = strategy.New(strategy.Options{
		Tokens: ReferenceTokens(o.Tokens), Clock: r, Executor: r.v, Funds: r.v, Log: zerolog.Nop(), MaxInFlightPerToken: 1,
	})
	if err != nil {
		return strategy.Results{}, fmt.Errorf("backtest: reference: %w", err)
	}
	r.eng.SetContext(ctx)
	if err := r.events(); err != nil {
		return strategy.Results{}, err
	}
	return r.eng.Results(r.now), nil
}

// runner drives one replay. It is the engine's clock.
type runner struct {
	ctx   context.Context
	s     *Stream
	o     *Options
	v     *venue
	eng   *strategy.Engine
	now   time.Time
	nowNS int64
	last  int64 // time of the last event handled

	// Reused engine events, by table index, and whether the engine wants
	// them (a configured token uses the book, token or chain).
	evBook  []venues.BookUpdate
	evPool  []venues.PoolUpdate
	evNAV   []venues.NAVUpdate
	evGas   []venues.GasUpdate
	evIss   []venues.IssuerUpdate
	inBook  []bool
	inToken []bool
	inChain []bool

	// Books only the risk gate reads (an underlying's, for its mid and age)
	// are held back: the latest is delivered, stamped with its own time,
	// just before a decision that might read it (engine.Pending).
	lazyBook []bool   // the book is no token's market
	sentBook []bool   // delivered at least once (the engine needs one to be ready)
	held     []*event // latest held-back event, by book
	heldList []int

	series *seriesCollector
}

func newRunner(ctx context.Context, s *Stream, o *Options, instant bool) (*runner, error) {
	if s.Len() == 0 {
		return nil, fmt.Errorf("backtest: the stream has no events")
	}
	// A book market's loops pay in the book's quote asset.
	o.Tokens = append([]strategy.TokenSpec(nil), o.Tokens...)
	for i := range o.Tokens {
		if t := &o.Tokens[i]; t.Book != "" && t.Quote == "" {
			if bi := s.bookIndex(t.Book); bi >= 0 {
				t.Quote = bookQuote(&s.Books[bi])
			}
		}
	}
	v, err := newVenue(s, o, instant)
	if err != nil {
		return nil, err
	}
	r := &runner{
		ctx: ctx, s: s, o: o, v: v,
		evBook: make([]venues.BookUpdate, len(s.Books)), inBook: make([]bool, len(s.Books)),
		lazyBook: make([]bool, len(s.Books)), sentBook: make([]bool, len(s.Books)), held: make([]*event, len(s.Books)),
		evPool: make([]venues.PoolUpdate, len(s.Pools)),
		evNAV:  make([]venues.NAVUpdate, len(s.Tokens)), inToken: make([]bool, len(s.Tokens)),
		evIss: make([]venues.IssuerUpdate, len(s.Tokens)),
		evGas: make([]venues.GasUpdate, len(s.Chains)), inChain: make([]bool, len(s.Chains)),
	}
	for i, b := range s.Books {
		r.evBook[i] = venues.BookUpdate{Venue: b.Venue, Symbol: b.Symbol}
	}
	for i, p := range s.Pools {
		r.evPool[i] = venues.PoolUpdate{Venue: p.Venue, Pool: p.Name, Base: p.Base, Quote: p.Quote}
	}
	for i, t := range s.Tokens {
		r.evNAV[i] = venues.NAVUpdate{Token: t.Symbol}
	}
	for i, c := range s.Chains {
		r.evGas[i] = venues.GasUpdate{Chain: c.Name}
	}
	for _, t := range o.Tokens {
		r.inToken[s.tokenIndex(t.Symbol)] = true
		r.inChain[s.chainIndex(t.Chain)] = true
		if i := s.bookIndex(t.UnderlyingBook); i >= 0 {
			r.inBook[i], r.lazyBook[i] = true, true
		}
	}
	for _, t := range o.Tokens {
		if i := s.bookIndex(t.Book); i >= 0 {
			r.inBook[i], r.lazyBook[i] = true, false
		}
	}
	r.setNow(s.events[0].t)
	return r, nil
}

// Now implements strategy.Clock.
func (r *runner) Now() time.Time { return r.now }

func (r *runner) setNow(ns int64) {
	if ns != r.nowNS || r.now.IsZero() {
		r.nowNS, r.now = ns, unixTime(ns)
	}
	r.v.now = ns
}

// batches is our replay: per timestamp, the executions due, every event of
// the timestamp, the pools' new states, then one decision round.
func (r *runner) batches() error {
	evs := r.s.events
	for i := 0; i < len(evs); {
		if i&0xfff == 0 {
			if err := r.ctx.Err(); err != nil {
				return err
			}
		}
		t := evs[i].t
		for due := r.v.nextDue(); due < t; due = r.v.nextDue() {
			r.setNow(due)
			r.executions()
			r.decide()
		}
		r.setNow(t)
		r.executions()
		for ; i < len(evs) && evs[i].t == t; i++ {
			r.apply(&evs[i])
		}
		r.pools(true)
		r.decide()
		if r.series != nil {
			r.series.sample(t)
		}
		r.last = t
	}
	return nil
}

// events is the reference's replay: a decision after every event, and
// instant executions delivered (with the pool's new state) at once.
func (r *runner) events() error {
	evs := r.s.events
	for i := range evs {
		if i&0xfff == 0 {
			if err := r.ctx.Err(); err != nil {
				return err
			}
		}
		r.setNow(evs[i].t)
		r.apply(&evs[i])
		r.pools(false)
		r.decide()
		for round := 0; len(r.v.receipts) > 0 && round < 64; round++ {
			r.executions()
			r.decide()
		}
		r.last = evs[i].t
	}
	return nil
}

// executions executes what is due and delivers the receipts and the pools
// they moved.
func (r *runner) executions() {
	r.v.executeDue()
	if len(r.v.receipts) == 0 {
		return
	}
	for i, rc := range r.v.receipts {
		r.eng.Apply(rc)
		r.v.receipts[i] = nil
		if r.series != nil {
			r.series.receipt(rc)
		}
	}
	r.v.receipts = r.v.receipts[:0]
	r.pools(false)
}

// apply moves the venue by one event and hands the engine what it sees.
func (r *runner) apply(ev *event) {
	r.v.apply(ev)
	switch ev.kind {
	case kBook:
		if !r.inBook[ev.ref] {
			return
		}
		if r.lazyBook[ev.ref] && r.sentBook[ev.ref] {
			if r.held[ev.ref] == nil {
				r.heldList = append(r.heldList, int(ev.ref))
			}
			r.held[ev.ref] = ev
			return
		}
		r.sentBook[ev.ref] = true
		r.deliverBook(ev)
	case kNAV:
		if !r.inToken[ev.ref] || ev.flag&flagOutage != 0 {
			return
		}
		n := &r.evNAV[ev.ref]
		n.Time, n.NAV, n.Source = r.now, ev.f[0], venues.NAVSource(ev.nb)
		r.eng.Apply(n)
	case kGas:
		if !r.inChain[ev.ref] {
			return
		}
		g := &r.evGas[ev.ref]
		g.Time, g.BaseFeeGwei, g.TipGwei, g.NativeUSD, g.L1FeeUSD = r.now, ev.f[0], ev.f[1], ev.f[2], ev.f[3]
		r.eng.Apply(g)
	case kIssuer:
		if !r.inToken[ev.ref] {
			return
		}
		u := &r.evIss[ev.ref]
		*u = r.s.issuers[ev.i]
		u.Time = r.now
		r.eng.Apply(u)
	}
}

// deliverBook hands the engine a book event, stamped with its own time.
func (r *runner) deliverBook(ev *event) {
	b := &r.evBook[ev.ref]
	b.Time = unixTime(ev.t)
	l := r.s.levels[ev.i : int(ev.i)+int(ev.nb)+int(ev.na)]
	b.Bids, b.Asks = l[:ev.nb], l[ev.nb:]
	b.Stale = ev.flag&flagStale != 0
	r.eng.ApplyAt(b, b.Time)
}

// decide delivers the held-back books if a decision is pending, then lets
// the engine decide.
func (r *runner) decide() {
	if len(r.heldList) > 0 {
		if !r.eng.Pending() {
			return
		}
		for _, bi := range r.heldList {
			r.deliverBook(r.held[bi])
			r.held[bi] = nil
		}
		r.heldList = r.heldList[:0]
	}
	r.eng.Decide()
}

// pools sends the engine the state of every configured pool that changed;
// with fresh, also of every pool whose chain produced a block (a pool's
// state is current as of its chain's latest block).
func (r *runner) pools(fresh bool) {
	if !r.v.moved {
		return
	}
	for i := range r.v.pools {
		p := &r.v.pools[i]
		if !p.emit || !p.set {
			continue
		}
		refreshed := fresh && p.chain >= 0 && r.v.gas[p.chain].refreshed
		if !p.touched && !refreshed {
			continue
		}
		p.touched = false
		u := &r.evPool[i]
		u.Time, u.ReserveBase, u.ReserveQuote, u.FeeBps = r.now, p.baseF, p.quoteF, int(p.feeBps)
		u.Block = p.block
		if p.chain >= 0 {
			u.Block = r.v.gas[p.chain].block
		}
		r.eng.Apply(u)
	}
	if fresh {
		for i := range r.v.gas {
			r.v.gas[i].refreshed = false
		}
		r.v.moved = false
	}
}

func (r *runner) result() *Result {
	end := unixTime(r.last)
	res := &Result{
		Results:   r.eng.Results(end),
		Counters:  r.eng.Counters(),
		Balances:  r.v.Balances(),
		Trades:    r.v.trades,
		Unsettled: len(r.v.pending),
		Start:     r.s.Start(),
		End:       end,
		Complete:  r.last == r.s.events[len(r.s.events)-1].t,
	}
	if r.series != nil {
		res.Series = r.series.done()
	}
	res.Pools = map[string]PoolReserves{}
	for i := range r.v.pools {
		if p := &r.v.pools[i]; p.set {
			res.Pools[p.info.Name] = PoolReserves{Base: fromUnits(p.base, p.info.BaseDecimals), Quote: fromUnits(p.quote, p.info.QuoteDecimals)}
		}
	}
	return res
}

func denials(g *risk.Gate) map[string]uint64 {
	counts := g.Denials()
	out := make(map[string]uint64, len(counts))
	for i, n := range counts {
		if rs := risk.Reason(i); rs != risk.None {
			out[rs.String()] = n
		}
	}
	return out
}

// reconcile proves the ledger equals the venue's balances, to the unit.
func reconcile(ledger, venue map[string]decimal.Decimal) error {
	for asset, v := range venue {
		if l := ledger[asset]; !l.Equal(v) {
			return fmt.Errorf("backtest: reconcile: %s: ledger %s != venue %s", asset, l, v)
		}
	}
	for asset, l := range ledger {
		if _, ok := venue[asset]; !ok && !l.IsZero() {
			return fmt.Errorf("backtest: reconcile: %s: ledger %s, venue has none", asset, l)
		}
	}
	return nil
}
