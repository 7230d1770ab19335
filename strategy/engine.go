package strategy

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

// TokenSpec says where one token trades and how its loops are sized.
type TokenSpec struct {
	Symbol string
	Chain  string
	// Pool is the AMM pool the token trades on (base token, quote USD).
	Pool string
	// UnderlyingBook is the underlying's order book; its mid prices the
	// component NAV. Empty: no component NAV check.
	UnderlyingBook                      string
	Leverage                            float64
	GasUnitsMintSell, GasUnitsBuyRedeem uint64
	Arb                                 arb.Params
}

// Options configure an Engine. Gate, Equity and Ledger may be nil: a nil
// gate approves every plan (the reference arbitrageur runs that way).
type Options struct {
	Tokens              []TokenSpec
	Clock               Clock
	Executor            Executor
	Gate                Gate
	Equity              EquityWatcher
	Ledger              Ledger
	Log                 zerolog.Logger
	MaxInFlightPerToken int
	// ArbDisabled turns the premium/discount loops off (data still flows).
	ArbDisabled bool
}

// Engine is the event loop. All its state is owned by the goroutine that
// calls Handle (or Run); it is not safe for concurrent use.
type Engine struct {
	opts    Options
	log     zerolog.Logger
	ctx     context.Context
	tokens  []*tokenState
	byPool  map[string]*tokenState
	byToken map[string]*tokenState
	books   map[string]*bookState
	gas     map[string]*gasState

	nextID   uint64
	inflight map[uint64]inflightLoop
	acct     Accounts
	counters Counters
}

// Counters are the engine's activity counts.
type Counters struct {
	Events        uint64
	Opportunities uint64 // plans the decision functions proposed
	Denied        uint64 // plans the risk gate refused
	Shrunk        uint64 // plans the risk gate shrank
	Busy          uint64 // approved plans skipped because loops were in flight
	Submitted     uint64
	SubmitErrors  uint64
	UnknownEvents uint64 // events for books, pools or tokens not configured
}

type inflightLoop struct {
	token     *tokenState
	kind      venues.PlanKind
	expected  venues.Costs
	nav       float64
	submitted time.Time
}

// New builds an engine. It does no I/O.
func New(opts Options) (*Engine, error) {
	if opts.Clock == nil {
		return nil, errors.New("strategy: Options.Clock is required")
	}
	if opts.Executor == nil {
		return nil, errors.New("strategy: Options.Executor is required")
	}
	if len(opts.Tokens) == 0 {
		return nil, errors.New("strategy: at least one token is required")
	}
	if opts.MaxInFlightPerToken <= 0 {
		opts.MaxInFlightPerToken = 1
	}
	e := &Engine{
		opts:     opts,
		log:      opts.Log,
		ctx:      context.Background(),
		byPool:   map[string]*tokenState{},
		byToken:  map[string]*tokenState{},
		books:    map[string]*bookState{},
		gas:      map[string]*gasState{},
		inflight: map[uint64]inflightLoop{},
	}
	e.acct.init(opts.Clock.Now())
	for i := range opts.Tokens {
		spec := opts.Tokens[i]
		if spec.Symbol == "" || spec.Pool == "" || spec.Chain == "" {
			return nil, fmt.Errorf("strategy: token %d: symbol, pool and chain are required", i)
		}
		if !(spec.Leverage > 0) {
			return nil, fmt.Errorf("strategy: token %s: leverage must be > 0", spec.Symbol)
		}
		if _, dup := e.byToken[spec.Symbol]; dup {
			return nil, fmt.Errorf("strategy: token %s configured twice", spec.Symbol)
		}
		if _, dup := e.byPool[spec.Pool]; dup {
			return nil, fmt.Errorf("strategy: pool %s configured for two tokens", spec.Pool)
		}
		ts := newTokenState(spec, opts.Log)
		e.tokens = append(e.tokens, ts)
		e.byToken[spec.Symbol] = ts
		e.byPool[spec.Pool] = ts
		g := e.gas[spec.Chain]
		if g == nil {
			g = &gasState{}
			e.gas[spec.Chain] = g
		}
		g.tokens = append(g.tokens, ts)
		ts.gas = g
		if spec.UnderlyingBook != "" {
			b := e.books[spec.UnderlyingBook]
			if b == nil {
				b = newBookState()
				e.books[spec.UnderlyingBook] = b
			}
			b.tokens = append(b.tokens, ts)
			ts.book = b
		}
	}
	return e, nil
}

// Run handles events from ch until ctx is cancelled or ch is closed. It is
// the live/paper loop; sim and backtest drivers call Handle directly.
func (e *Engine) Run(ctx context.Context, ch <-chan venues.Event) error {
	e.ctx = ctx
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case ev, ok := <-ch:
			if !ok {
				return nil
			}
			e.Handle(ev)
		}
	}
}

// SetContext sets the context passed to the executor (for drivers that call
// Handle directly).
func (e *Engine) SetContext(ctx context.Context) { e.ctx = ctx }

// Handle applies one event and acts on it.
func (e *Engine) Handle(ev venues.Event) {
	now := e.opts.Clock.Now()
	e.counters.Events++
	e.acct.tick(now)
	switch x := ev.(type) {
	case *venues.BookUpdate:
		b := e.books[x.Symbol]
		if b == nil {
			e.counters.UnknownEvents++
			return
		}
		b.apply(x, now)
		for _, ts := range b.tokens {
			e.evaluate(ts, now)
		}
	case *venues.PoolUpdate:
		ts := e.byPool[x.Pool]
		if ts == nil {
			e.counters.UnknownEvents++
			return
		}
		ts.applyPool(x, now)
		e.evaluate(ts, now)
	case *venues.NAVUpdate:
		ts := e.byToken[x.Token]
		if ts == nil || x.Source != venues.NAVIssuer {
			e.counters.UnknownEvents++
			return
		}
		ts.nav, ts.navAt = x.NAV, now
		e.evaluate(ts, now)
	case *venues.GasUpdate:
		g := e.gas[x.Chain]
		if g == nil {
			e.counters.UnknownEvents++
			return
		}
		g.u, g.at, g.ok = *x, now, true
		for _, ts := range g.tokens {
			e.evaluate(ts, now)
		}
	case *venues.IssuerUpdate:
		ts := e.byToken[x.Token]
		if ts == nil {
			e.counters.UnknownEvents++
			return
		}
		ts.issuer, ts.issuerOK = *x, true
		e.evaluate(ts, now)
	case *venues.TxReceipt:
		e.settle(x, now)
	case *venues.Fill:
		if e.opts.Ledger != nil {
			e.opts.Ledger.RecordFill(x)
		}
	default:
		e.counters.UnknownEvents++
	}
}

// evaluate runs the decision for one token and dispatches an approved plan.
func (e *Engine) evaluate(ts *tokenState, now time.Time) {
	if e.opts.ArbDisabled || !ts.ready() {
		return
	}
	m := ts.fillMarket()
	plan, ok := arb.Decide(m, &ts.cfg.Arb, now)
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
	e.dispatch(ts, now)
}

// dispatch records, reserves and submits ts.plan.
func (e *Engine) dispatch(ts *tokenState, now time.Time) {
	e.nextID++
	ts.plan.ID = e.nextID
	p := &ts.plan
	if e.opts.Ledger != nil {
		e.opts.Ledger.RecordIntent(p, now)
	}
	if e.opts.Gate != nil {
		e.opts.Gate.Reserve(p, now)
	}
	e.inflight[p.ID] = inflightLoop{token: ts, kind: p.Kind, expected: p.Expected, nav: p.NAV, submitted: now}
	ts.inflight++
	e.counters.Submitted++
	if err := e.opts.Executor.Submit(e.ctx, *p); err != nil {
		e.counters.SubmitErrors++
		ts.inflight--
		delete(e.inflight, p.ID)
		if e.opts.Gate != nil {
			e.opts.Gate.Release(p.ID, 0, now)
		}
		ts.log.Error().Err(err).Time("at", now).Uint64("plan", p.ID).Str("kind", p.Kind.String()).Msg("submit failed")
		return
	}
	ts.log.Info().Time("at", now).Uint64("plan", p.ID).Str("kind", p.Kind.String()).
		Float64("size", p.Size).Float64("premium_bps", round2(p.PremiumBps)).
		Float64("expected_net_usd", round2(p.Expected.NetUSD)).Msg("loop submitted")
}

// settle books a receipt: ledger first, then the gate and the accounts.
func (e *Engine) settle(r *venues.TxReceipt, now time.Time) {
	if e.opts.Ledger != nil {
		e.opts.Ledger.RecordReceipt(r)
	}
	fl, ok := e.inflight[r.PlanID]
	if !ok {
		e.log.Warn().Uint64("plan", r.PlanID).Str("tx", r.TxHash).Msg("receipt for unknown plan")
		e.acct.settle(r, 0, 0)
		return
	}
	delete(e.inflight, r.PlanID)
	ts := fl.token
	ts.inflight--
	// Our own trade changed the pool: wait for a pool state that includes it.
	ts.needPool = true
	gasUSD := r.GasUSD.InexactFloat64()
	if e.opts.Gate != nil {
		e.opts.Gate.Release(r.PlanID, gasUSD, now)
	}
	net := e.acct.settle(r, fl.kind, fl.nav)
	if e.opts.Equity != nil {
		e.opts.Equity.UpdateEquity(e.acct.equity.InexactFloat64(), now)
	}
	ev := ts.log.Info()
	if r.Status != venues.TxSuccess {
		ev = ts.log.Warn().Str("reason", r.Reason)
	}
	ev.Time("at", now).Uint64("plan", r.PlanID).Str("kind", fl.kind.String()).Str("status", r.Status.String()).
		Str("net_usd", net.StringFixed(4)).Float64("expected_net_usd", round2(fl.expected.NetUSD)).
		Str("gas_usd", r.GasUSD.StringFixed(4)).Msg("loop settled")
}

// Counters returns the activity counts.
func (e *Engine) Counters() Counters { return e.counters }

// InFlight is the number of loops submitted and not yet settled.
func (e *Engine) InFlight() int { return len(e.inflight) }

// Results returns the strategy's accounts so far, closed at now.
func (e *Engine) Results(now time.Time) Results { return e.acct.results(now) }

func round2(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return math.Round(x*100) / 100
}
