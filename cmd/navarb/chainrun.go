package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/evm/chainvenue"
)

// defaultShutdownWait bounds the wait for loops in flight at shutdown.
const defaultShutdownWait = 60 * time.Second

// eventBuffer bounds the channel from the venues to the engine.
const eventBuffer = 1024

// decideEvery forces a decision after this many events applied without
// one, should the venues never let the channel run empty.
const decideEvery = 256

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// chainExecutors routes each plan to its chain's executor.
type chainExecutors map[string]*chainvenue.Executor

func (m chainExecutors) Submit(ctx context.Context, p venues.Plan) error {
	e := m[p.Chain]
	if e == nil {
		return fmt.Errorf("plan %d: no executor for chain %q: %w", p.ID, p.Chain, venues.ErrRejected)
	}
	return e.Submit(ctx, p)
}

// runChains is mode live or paper: the venue goroutines of every chain
// feed one bounded channel; this goroutine applies every event to the
// engine and lets it decide whenever it has caught up. When ctx ends it
// stops deciding, waits (up to each chain's shutdown_wait) for the loops in
// flight to settle, booking their receipts, and returns the report.
func runChains(ctx context.Context, cfg *config.Config, log zerolog.Logger) (*strategy.Report, error) {
	events := make(chan venues.Event, eventBuffer)
	var rigs []*chainRig
	defer func() {
		for _, r := range rigs {
			r.client.Close()
		}
	}()
	prices := newNativePrices(log)
	execs := chainExecutors{}
	initial := map[string]decimal.Decimal{}
	wait := time.Duration(0)
	for _, name := range chainsInUse(cfg) {
		ch := cfg.Chains[name]
		r, err := setupChain(ctx, cfg, name, prices.source(ch.NativeUSDBook, ch.NativeUSD.Decimal), events, log)
		if err != nil {
			return nil, err
		}
		rigs = append(rigs, r)
		execs[name] = r.exec
		for sym, amt := range r.quoteUnits {
			initial[sym] = initial[sym].Add(amt)
		}
		initial[nativeAsset(r.cfg)] = initial[nativeAsset(r.cfg)].Add(r.native)
		w := r.cfg.ShutdownWait.Duration
		if w == 0 {
			w = defaultShutdownWait
		}
		wait = max(wait, w)
	}
	start := time.Now()
	gate, err := risk.NewGate(riskLimits(cfg), start)
	if err != nil {
		return nil, usageError{err}
	}
	ledger := risk.NewLedger(initial)
	eng, err := strategy.New(strategy.Options{
		Tokens: chainSpecs(cfg, rigs), Clock: wallClock{}, Executor: execs,
		Gate: gate, Equity: gate, Ledger: ledger, Funds: ledger, Log: log,
		MaxInFlightPerToken: cfg.Engine.MaxInFlightPerToken, ArbDisabled: !cfg.Arb.Enabled,
	})
	if err != nil {
		return nil, usageError{err}
	}

	// The venues run until the loops in flight have settled, not until ctx
	// ends: the senders must keep tracking receipts while we drain.
	runCtx, stopVenues := context.WithCancel(context.Background())
	defer stopVenues()
	eng.SetContext(runCtx)
	var wg sync.WaitGroup
	failed := make(chan error, 3*len(rigs))
	goRun := func(what string, run func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := run(runCtx); err != nil && runCtx.Err() == nil {
				failed <- fmt.Errorf("%s: %w", what, err)
			}
		}()
	}
	if b := cfg.Venues.Binance; b.Enabled {
		if err := setBinanceURLs(b); err != nil {
			return nil, usageError{err}
		}
		bc, err := binance.New(binanceOptions(b, log))
		if err != nil {
			return nil, usageError{err}
		}
		goRun("binance", func(ctx context.Context) error { return bc.Run(ctx, events) })
	}
	for _, r := range rigs {
		goRun("chain "+r.name+" client", r.client.Run)
		goRun("chain "+r.name+" venue", r.venue.Run)
		if r.sender != nil {
			goRun("chain "+r.name+" sender", r.sender.Run)
		}
	}
	log.Info().Str("mode", cfg.Mode).Strs("chains", chainsInUse(cfg)).Strs("tokens", cfg.TokenNames()).Msg("running")

	// A block's events arrive as a burst (issuer, NAV, gas, pools): apply
	// them all, then decide once on the whole block.
	var runErr error
	pending := 0
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case runErr = <-failed:
			break loop
		case ev := <-events:
			prices.observe(ev)
			eng.Apply(ev)
			if pending++; len(events) == 0 || pending >= decideEvery {
				eng.Decide()
				pending = 0
			}
		}
	}
	log.Info().Int("in_flight", eng.InFlight()).Dur("wait", wait).Msg("stopping: no new loops; waiting for loops in flight")
	drainErr := drain(eng, rigs, events, wait)
	stopVenues()
	wg.Wait()

	end := time.Now()
	res := eng.Results(end)
	rep := strategy.NewReport(res, eng.Counters(), denials(gate))
	rep.Mode, rep.Start, rep.End = cfg.Mode, start, end
	rep.Complete = runErr == nil && drainErr == nil
	rep.Balances = map[string]string{}
	for asset, amt := range ledger.Balances() {
		rep.Balances[asset] = amt.String()
	}
	rep.SetLoopResults(res)
	return &rep, errors.Join(runErr, drainErr)
}

// drain waits for every executor's loops to settle, applying the receipts
// (and only them: no decision is taken) as they arrive.
func drain(eng *strategy.Engine, rigs []*chainRig, events <-chan venues.Event, wait time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		var errs []error
		for _, r := range rigs {
			errs = append(errs, r.exec.Drain(ctx))
		}
		done <- errors.Join(errs...)
	}()
	settle := func(ev venues.Event) {
		if r, ok := ev.(*venues.TxReceipt); ok {
			eng.Apply(r)
		}
	}
	for {
		select {
		case err := <-done:
			// Receipts sent before the executors finished are buffered.
			for {
				select {
				case ev := <-events:
					settle(ev)
				default:
					if n := eng.InFlight(); n > 0 && err == nil {
						err = fmt.Errorf("%d loops still in flight after shutdown", n)
					}
					return err
				}
			}
		case ev := <-events:
			settle(ev)
		}
	}
}

// chainsInUse lists the chains the tokens trade on, sorted.
func chainsInUse(cfg *config.Config) []string {
	seen := map[string]bool{}
	var out []string
	for _, sym := range cfg.TokenNames() {
		if c := cfg.Tokens[sym].Chain; !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// chainSpecs are the tokens' specs, with mint-and-sell turned off for
// tokens whose issuer cannot mint and sell atomically (Toros).
func chainSpecs(cfg *config.Config, rigs []*chainRig) []strategy.TokenSpec {
	specs := tokenSpecs(cfg, false)
	noMintSell := map[string]bool{}
	for _, r := range rigs {
		for _, m := range r.markets {
			if !m.Issuer.MintSellAllowed() {
				noMintSell[m.Token] = true
			}
		}
	}
	for i := range specs {
		specs[i].Arb.NoMintSell = noMintSell[specs[i].Symbol]
	}
	return specs
}
