package main

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/cmd/navarb/internal/ops"
	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

// runSim runs the strategy on the embedded simulated market and, on a second
// core, the reference arbitrageur on an identical market (same seed) for the
// capture ratio.
func runSim(ctx context.Context, cfg *config.Config, log zerolog.Logger) (*strategy.Report, error) {
	opts := cfg.SimOptions()
	obs, err := startObserver(ctx, cfg, log, tokenRefs(cfg))
	if err != nil {
		return nil, err
	}
	defer func() {
		if err := obs.stop(); err != nil {
			log.Warn().Err(err).Msg("metrics server or notifier stopped with an error")
		}
	}()
	refCtx, cancelRef := context.WithCancel(ctx)
	defer cancelRef()
	refDone := make(chan refResult, 1)
	go func() { refDone <- runReference(refCtx, cfg, opts) }()

	p, err := newSimParts(ctx, cfg, opts, log, obs)
	if err != nil {
		cancelRef()
		<-refDone
		return nil, usageError{err}
	}
	mkt, gate, ledger, eng, store, initial := p.mkt, p.gate, p.ledger, p.eng, p.store, p.initial
	if store != nil {
		defer store.Close()
	}
	log.Info().Int64("seed", cfg.Sim.Seed).Time("start", opts.Start).Dur("duration", opts.Duration).
		Strs("tokens", cfg.TokenNames()).Msg("simulated market starting")
	started := time.Now()
	runErr := p.run(ctx, cfg, log, obs)
	end := mkt.Now()
	obs.sample(end, eng, gate)
	res := eng.Results(end)
	rep := strategy.NewReport(res, eng.Counters(), denials(gate))
	rep.SetMM(eng.MMResults(end))
	rep.Mode, rep.Seed, rep.Start, rep.End = "sim", cfg.Sim.Seed, opts.Start, end
	rep.Complete = runErr == nil
	rep.Balances = map[string]string{}
	for asset, amt := range ledger.Balances() {
		rep.Balances[asset] = amt.String()
	}
	if err := reconcile(ledger.Balances(), mkt.Balances()); err != nil {
		return &rep, err
	}
	if store != nil {
		if err := store.RecordSnapshot("sim", mkt.Balances(), end); err != nil {
			return &rep, err
		}
		if err := checkLedgerFile(ctx, store, initial, mkt.Balances()); err != nil {
			return &rep, err
		}
		log.Info().Str("path", cfg.Ledger.Path).Msg("ledger file reconciled with the venue to the unit")
	}
	if runErr != nil {
		cancelRef()
		<-refDone
		return &rep, runErr
	}
	ref := <-refDone
	if ref.err != nil {
		return &rep, fmt.Errorf("reference arbitrageur: %w", ref.err)
	}
	rep.SetReference(res.NetPnLUSD, ref.res)
	log.Info().Dur("wall", time.Since(started).Round(time.Millisecond)).Msg("simulated market finished")
	return &rep, nil
}

// simParts is the strategy side of a simulated run: the market, the risk
// gate, the ledger and the engine.
type simParts struct {
	mkt    *sim.Market
	gate   *risk.Gate
	ledger bookkeeper
	eng    *strategy.Engine
	// store is the SQLite ledger when [ledger] path is set (ledger is then
	// the same value); initial the market's starting balances.
	store   *ledgerdb.Ledger
	initial map[string]decimal.Decimal
}

func newSimParts(ctx context.Context, cfg *config.Config, opts sim.Options, log zerolog.Logger, obs *observer) (*simParts, error) {
	mkt, err := sim.New(opts)
	if err != nil {
		return nil, err
	}
	gate, err := risk.NewGate(riskLimits(cfg), opts.Start)
	if err != nil {
		return nil, err
	}
	initial := mkt.Balances()
	var ledger bookkeeper = risk.NewLedger(initial)
	var store *ledgerdb.Ledger
	if cfg.Ledger.Path != "" {
		if store, err = openSimLedger(ctx, cfg.Ledger.Path, initial, opts.Start, gate, log); err != nil {
			return nil, err
		}
		ledger = store
	}
	eng, err := strategy.New(strategy.Options{
		Tokens:              tokenSpecs(cfg, false),
		Clock:               mkt,
		Executor:            obs.executor(mkt, mkt),
		Gate:                gate,
		Equity:              gate,
		Ledger:              ledger,
		Funds:               ledger,
		Log:                 log,
		MaxInFlightPerToken: cfg.Engine.MaxInFlightPerToken,
		ArbDisabled:         !cfg.Arb.Enabled,
		Orders:              mkt,
		Kill:                gate,
		HedgeOrders:         hedgeRouter(cfg, mkt),
	})
	if err != nil {
		if store != nil {
			store.Close()
		}
		return nil, err
	}
	eng.SetContext(ctx)
	return &simParts{mkt: mkt, gate: gate, ledger: ledger, eng: eng, store: store, initial: initial}, nil
}

// run drives the market through the engine, feeding the observer and
// logging progress.
func (p *simParts) run(ctx context.Context, cfg *config.Config, log zerolog.Logger, obs *observer) error {
	progressEvery := cfg.Engine.ProgressEvery.Duration
	nextProgress := p.mkt.Now().Add(progressEvery)
	return p.mkt.Run(ctx, func(ev venues.Event) {
		p.eng.Handle(ev)
		obs.observe(ev, p.eng, p.gate)
		if progressEvery > 0 && !ev.EventTime().Before(nextProgress) {
			nextProgress = nextProgress.Add(progressEvery)
			res := p.eng.Results(ev.EventTime())
			log.Info().Time("sim_time", ev.EventTime()).Str("net_pnl_usd", res.NetPnLUSD.StringFixed(2)).
				Int("loops", res.Loops[venues.MintSell]+res.Loops[venues.BuyRedeem]).
				Uint64("risk_denied", p.eng.Counters().Denied).Msg("progress")
		}
	})
}

type refResult struct {
	res strategy.Results
	err error
}

// runReference runs the reference arbitrageur: the same decision functions
// with zero latency (plans execute at once against the current state), no
// risk limits, no size cap and any positive expected profit, after every
// event of an identical market.
func runReference(ctx context.Context, cfg *config.Config, opts sim.Options) refResult {
	opts.Exec.Instant = true
	opts.Exec.Latency = 0
	opts.TokenBook.Enabled = false // the reference does not make markets
	mkt, err := sim.New(opts)
	if err != nil {
		return refResult{err: err}
	}
	eng, err := strategy.New(strategy.Options{
		Tokens:              tokenSpecs(cfg, true),
		Clock:               mkt,
		Executor:            mkt,
		Log:                 zerolog.Nop(),
		MaxInFlightPerToken: 1,
	})
	if err != nil {
		return refResult{err: err}
	}
	eng.SetContext(ctx)
	if err := mkt.Run(ctx, eng.Handle); err != nil {
		return refResult{err: err}
	}
	return refResult{res: eng.Results(mkt.Now())}
}

// tokenSpecs converts the [tokens] tables; reference specs take any
// positive-profit trade at any size.
func tokenSpecs(cfg *config.Config, reference bool) []strategy.TokenSpec {
	var specs []strategy.TokenSpec
	for _, name := range cfg.TokenNames() {
		t := cfg.Tokens[name]
		p := arb.Params{
			MinNetUSD:  cfg.Arb.MinNetProfitUSD.F(),
			MaxSizeUSD: cfg.Arb.MaxSizeUSD.F(),
			Deadline:   cfg.Arb.Deadline.Duration,
			Leverage:   t.Leverage.F(),
			HedgeBps:   cfg.Arb.HedgeBps.F(),
		}
		if reference {
			p.MinNetUSD, p.MaxSizeUSD = 0, 0
		}
		spec := strategy.TokenSpec{
			Symbol:            name,
			Chain:             t.Chain,
			Pool:              t.Pool,
			UnderlyingBook:    t.UnderlyingBook,
			Leverage:          t.Leverage.F(),
			GasUnitsMintSell:  uint64(t.GasUnitsMintSell),
			GasUnitsBuyRedeem: uint64(t.GasUnitsBuyRedeem),
			Arb:               p,
		}
		if cfg.MM.Enabled && cfg.MM.Token == name && !reference {
			spec.MM = mmSpec(cfg)
		}
		specs = append(specs, spec)
	}
	return specs
}

// tokenRefs ties each configured token to its pool, for premiums.
func tokenRefs(cfg *config.Config) []ops.TokenRef {
	var refs []ops.TokenRef
	for _, name := range cfg.TokenNames() {
		refs = append(refs, ops.TokenRef{Symbol: name, Pool: cfg.Tokens[name].Pool})
	}
	return refs
}

func riskLimits(cfg *config.Config) risk.Limits {
	r := cfg.Risk
	return risk.Limits{
		MaxNotionalUSDPerToken: r.MaxNotionalUSDPerToken.F(),
		MaxTotalNotionalUSD:    r.MaxTotalNotionalUSD.F(),
		MaxInventoryUSD:        r.MaxInventoryUSD.F(),
		MaxGasPriceGwei:        r.MaxGasPriceGwei.F(),
		GasBudgetUSDPerHour:    r.GasBudgetUSDPerHour.F(),
		GasBudgetUSDPerDay:     r.GasBudgetUSDPerDay.F(),
		MaxDrawdownUSD:         r.MaxDrawdownUSD.F(),
		DrawdownPause:          r.DrawdownPause.Duration,
		MaxLossUSD:             r.MaxLossUSD.F(),
		MaxBookAge:             r.MaxBookAge.Duration,
		MaxPoolAge:             r.MaxPoolAge.Duration,
		MaxNAVAge:              r.MaxNAVAge.Duration,
		NAVSanityBps:           r.NAVSanityBps.F(),
		NAVDisagreementBps:     r.NAVDisagreementBps.F(),
	}
}

func denials(g *risk.Gate) map[string]uint64 {
	counts := g.Denials()
	out := make(map[string]uint64, len(counts))
	for i, n := range counts {
		if r := risk.Reason(i); r != risk.None {
			out[r.String()] = n
		}
	}
	return out
}

// reconcile proves the ledger equals the venue's balances, to the unit.
func reconcile(ledger, venue map[string]decimal.Decimal) error {
	for asset, v := range venue {
		if l := ledger[asset]; !l.Equal(v) {
			return fmt.Errorf("reconcile: %s: ledger %s != venue %s", asset, l, v)
		}
	}
	for asset, l := range ledger {
		if _, ok := venue[asset]; !ok && !l.IsZero() {
			return fmt.Errorf("reconcile: %s: ledger %s, venue has none", asset, l)
		}
	}
	return nil
}
