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
	// Book is the token's own order book (symbol), for a token that trades
	// on a book instead of a pool; exactly one of Pool and Book is set.
	Book string
	// TakerFeeBps is the book's taker fee (Book markets only).
	TakerFeeBps float64
	// Quote is the asset a Book market's loops pay in, for Options.Funds
	// (a pool's quote asset comes with its updates).
	Quote string
	// UnderlyingBook is the underlying's order book; its mid prices the
	// component NAV. Empty: no component NAV check.
	UnderlyingBook                      string
	Leverage                            float64
	GasUnitsMintSell, GasUnitsBuyRedeem uint64
	Arb                                 arb.Params
	// MM, if set, quotes both sides of the token's own order book around
	// its component NAV (which needs UnderlyingBook).
	MM *MMSpec
}

// Options configure an Engine. Gate, Equity and Ledger may be nil: a nil
// gate approves every plan (the reference arbitrageur runs that way).
type Options struct {
	Tokens   []TokenSpec
	Clock    Clock
	Executor Executor
	Gate     Gate
	Equity   EquityWatcher
	Ledger   Ledger
	// Funds, if set, caps each loop at what the account can pay for: a
	// plan is shrunk to the quote balance not already committed to loops
	// in flight (skipped, and counted as Unfunded, if none is left).
	Funds Funds
	// LastPlanID is the highest plan id already used (a restart continues
	// the ledger's numbering, so ids and client order ids stay unique).
	LastPlanID          uint64
	Log                 zerolog.Logger
	MaxInFlightPerToken int
	// ArbDisabled turns the premium/discount loops off (data still flows).
	ArbDisabled bool
	// Orders carries market-making quotes (required when a token has MM);
	// HedgeOrders, if set, carries hedges of the underlying.
	Orders      OrderRouter
	HedgeOrders OrderRouter
	// Kill, if set, stops quoting when the kill switch has tripped.
	Kill KillSwitch
	// MMTick, if > 0, makes Run re-evaluate market making this often even
	// without events, so that data going silent (a feed with no stale flag)
	// cancels the quotes once older than max_data_age. Sim and backtest
	// drivers have an event every step and leave it 0.
	MMTick time.Duration
}

// Engine is the event loop. All its state is owned by the goroutine that
// calls Handle (or Run, or Apply and Decide); it is not safe for concurrent
// use.
type Engine struct {
	opts    Options
	log     zerolog.Logger
	ctx     context.Context
	tokens  []*tokenState
	byPool  map[string]*tokenState
	byToken map[string]*tokenState
	books   map[string]*bookState
	gas     map[string]*gasState

	bookCache  lookup[bookState]
	poolCache  lookup[tokenState]
	tokenCache lookup[tokenState]
	gasCache   lookup[gasState]

	// dirty are the tokens whose inputs changed since their last decision,
	// in the order they changed.
	dirty []*tokenState

	nextID   uint64
	health   LedgerHealth // opts.Ledger, if it can fail
	inflight map[uint64]inflightLoop
	// committed is the quote committed to loops in flight, by asset.
	committed map[string]float64
	acct      Accounts
	counters  Counters

	// Market making: states by token, by the book and hedge symbols they
	// own, the tokens whose quoting inputs changed, and the mint/redeem
	// plans in flight.
	mms      []*mmState
	mmByBook map[string]*mmState
	mmHedge  map[string]*mmState
	mmDirty  []*mmState
	mmPlans  map[uint64]*mmState
	shutdown bool
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
	// Unrecorded counts approved plans not sent because the ledger could
	// not record their intent (see LedgerHealth).
	Unrecorded    uint64
	Unfunded      uint64 // approved plans shrunk or skipped for want of funds
	UnknownEvents uint64 // events for books, pools or tokens not configured
	// Decisions counts runs of the decision functions; evaluations whose
	// inputs had not changed since a decision that found nothing are
	// skipped and not counted.
	Decisions uint64
}

type inflightLoop struct {
	token     *tokenState
	kind      venues.PlanKind
	expected  venues.Costs
	nav       float64
	submitted time.Time
	quote     string  // asset committed
	committed float64 // quote committed to the loop
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
		opts:      opts,
		log:       opts.Log,
		ctx:       context.Background(),
		byPool:    map[string]*tokenState{},
		byToken:   map[string]*tokenState{},
		books:     map[string]*bookState{},
		gas:       map[string]*gasState{},
		inflight:  map[uint64]inflightLoop{},
		committed: map[string]float64{},
		nextID:    opts.LastPlanID,
		mmByBook:  map[string]*mmState{},
		mmHedge:   map[string]*mmState{},
		mmPlans:   map[uint64]*mmState{},
	}
	e.health, _ = opts.Ledger.(LedgerHealth)
	e.acct.init(opts.Clock.Now())
	for i := range opts.Tokens {
		if err := e.addToken(i, opts.Tokens[i]); err != nil {
			return nil, err
		}
	}
	e.dirty = make([]*tokenState, 0, len(e.tokens))
	e.bookCache.m, e.poolCache.m, e.tokenCache.m, e.gasCache.m = e.books, e.byPool, e.byToken, e.gas
	return e, nil
}

func (e *Engine) addToken(i int, spec TokenSpec) error {
	if spec.Symbol == "" || spec.Chain == "" || (spec.Pool == "") == (spec.Book == "") {
		return fmt.Errorf("strategy: token %d: symbol, chain and one of pool or book are required", i)
	}
	if !(spec.Leverage > 0) {
		return fmt.Errorf("strategy: token %s: leverage must be > 0", spec.Symbol)
	}
	if _, dup := e.byToken[spec.Symbol]; dup {
		return fmt.Errorf("strategy: token %s configured twice", spec.Symbol)
	}
	if spec.Book != "" && spec.Book == spec.UnderlyingBook {
		return fmt.Errorf("strategy: token %s: book %s is also its underlying book", spec.Symbol, spec.Book)
	}
	if spec.MM != nil {
		if err := e.checkMM(spec); err != nil {
			return err
		}
	}
	ts := newTokenState(spec, e.opts.Log)
	if spec.Pool != "" {
		if _, dup := e.byPool[spec.Pool]; dup {
			return fmt.Errorf("strategy: pool %s configured for two tokens", spec.Pool)
		}
		e.byPool[spec.Pool] = ts
	} else {
		b := e.book(spec.Book)
		if len(b.market) > 0 {
			return fmt.Errorf("strategy: book %s configured for two tokens", spec.Book)
		}
		b.market = append(b.market, ts)
		ts.mbook = b
	}
	e.tokens = append(e.tokens, ts)
	e.byToken[spec.Symbol] = ts
	g := e.gas[spec.Chain]
	if g == nil {
		g = &gasState{}
		e.gas[spec.Chain] = g
	}
	g.tokens = append(g.tokens, ts)
	ts.gas = g
	if spec.UnderlyingBook != "" {
		b := e.book(spec.UnderlyingBook)
		b.tokens = append(b.tokens, ts)
		ts.book = b
	}
	if spec.MM != nil {
		e.addMM(ts, spec.MM)
	}
	return nil
}

func (e *Engine) book(symbol string) *bookState {
	b := e.books[symbol]
	if b == nil {
		b = newBookState()
		e.books[symbol] = b
	}
	return b
}

// Run handles events from ch until ctx is cancelled or ch is closed. It is
// the live/paper loop; sim and backtest drivers call Handle directly.
func (e *Engine) Run(ctx context.Context, ch <-chan venues.Event) error {
	e.ctx = ctx
	e.StartMM()
	var tick <-chan time.Time
	if e.opts.MMTick > 0 && len(e.mms) > 0 {
		t := time.NewTicker(e.opts.MMTick)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-ctx.Done():
			e.Shutdown()
			return ctx.Err()
		case <-tick:
			for _, ms := range e.mms {
				e.markMMState(ms)
			}
			e.Decide()
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

// Handle applies one event and acts on it: Apply, then Decide.
func (e *Engine) Handle(ev venues.Event) {
	e.Apply(ev)
	e.Decide()
}

// Decide runs the decision for every token whose inputs changed since its
// last decision, in the order they changed, and dispatches approved plans.
// A replay applies every event of one timestamp with Apply and then calls
// Decide once. A token whose market inputs (NAV, fees, pool or book, gas)
// are unchanged since a decision that found no plan is skipped: the same
// inputs give the same (empty) answer.
func (e *Engine) Decide() {
	if len(e.dirty) == 0 {
		e.decideMM(e.opts.Clock.Now())
		return
	}
	now := e.opts.Clock.Now()
	for i, ts := range e.dirty {
		e.dirty[i] = nil
		ts.dirty = false
		e.evaluate(ts, now)
	}
	e.dirty = e.dirty[:0]
	e.decideMM(now)
}

// Pending reports whether a Decide now, after the delivery of any event
// only the risk gate reads (an underlying's book), could run a decision:
// some token has a plan to reconsider (an event that touches it makes it
// decide again), or changed decision inputs. When it is false such events
// may be held back and delivered later with ApplyAt: until then no decision
// could read them.
func (e *Engine) Pending() bool {
	if e.opts.ArbDisabled {
		return false
	}
	for _, ts := range e.tokens {
		if ts.ready() && (!ts.noPlan || (ts.dirty && ts.arbChanged)) {
			return true
		}
	}
	return false
}

// markDirty queues ts for the next Decide; changed says a decision input
// (not just a risk input such as the underlying's book) changed.
func (e *Engine) markDirty(ts *tokenState, changed bool) {
	if changed {
		ts.arbChanged = true
	}
	if !ts.dirty {
		ts.dirty = true
		e.dirty = append(e.dirty, ts)
	}
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
