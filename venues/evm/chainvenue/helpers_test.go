package chainvenue_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/chainvenue"
	"github.com/navarb/navarb/venues/evm/chainvenue/chaintest"
)

const (
	chain     = "dev"
	poolName  = "ETH2X-USDC"
	nativeUSD = 2000
	// gasUnits is what the engine budgets per loop.
	gasUnits = 300_000
	// minNetUSD is the plans' minimum net profit.
	minNetUSD = 1.0
)

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// bot is navarb on the world's chain: venue, executor, engine and ledger,
// with the engine driven by the test goroutine.
type bot struct {
	w      *chaintest.World
	client *evm.Client
	sender *evm.Sender
	exec   *chainvenue.Executor
	eng    *strategy.Engine
	ledger *risk.Ledger
	events chan venues.Event
	cancel context.CancelFunc
	done   chan error
	// plans are the plans submitted, by id.
	plans map[uint64]venues.Plan
	// receipts are the receipts handled, in order.
	receipts []*venues.TxReceipt
	// beforeSubmit, if set, runs when the engine submits a plan, before the
	// executor sees it (another account acting between decision and send).
	beforeSubmit func(p venues.Plan)
	// stop ends the bot (idempotent; the test's cleanup calls it too).
	stop func()
	// beforeMine, if set, runs once when our transaction first waits in
	// the pool, before the block that includes it is mined.
	beforeMine func()
}

// recorder wraps the executor to remember the plans it was given.
type recorder struct {
	b    *bot
	next strategy.Executor
}

func (r recorder) Submit(ctx context.Context, p venues.Plan) error {
	r.b.plans[p.ID] = p
	if r.b.beforeSubmit != nil {
		r.b.beforeSubmit(p)
	}
	return r.next.Submit(ctx, p)
}

func startBot(t *testing.T, w *chaintest.World, paper bool) *bot {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	b := &bot{w: w, events: make(chan venues.Event, 64), cancel: cancel, done: make(chan error, 3), plans: map[uint64]venues.Plan{}}
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)
	c, err := evm.NewClient(evm.ClientOptions{Venue: chain, ChainID: chaintest.ChainID, Endpoints: []evm.Endpoint{w.Endpoint()},
		Events: b.events, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	b.client = c
	price := func() decimal.Decimal { return decimal.NewFromInt(nativeUSD) }
	if !paper {
		b.sender, err = evm.NewSender(evm.SenderOptions{
			Client: c, Key: chaintest.BotKey(), NativeUSD: price, Logger: log, PollInterval: 20 * time.Millisecond,
			Fees: evm.FeePolicy{MaxFeePerGas: big.NewInt(1000 * params.GWei), MaxTipPerGas: big.NewInt(100 * params.GWei), MinTipPerGas: big.NewInt(params.GWei / 1000)},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	m := market(t, w, c)
	b.exec, err = chainvenue.NewExecutor(chainvenue.ExecutorOptions{
		Chain: chain, Client: c, Sender: b.sender, From: w.C.Addrs[chaintest.Bot], Executor: w.Executor,
		Markets: []chainvenue.Market{m}, NativeUSD: price, Events: b.events, Logger: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	v, err := chainvenue.New(chainvenue.Options{Chain: chain, Client: c, Markets: []chainvenue.Market{m},
		NativeUSD: func() float64 { return nativeUSD }, Events: b.events, PollInterval: 20 * time.Millisecond, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	b.ledger = risk.NewLedger(map[string]decimal.Decimal{"USDC": decimal.NewFromBigInt(chaintest.ExecutorUSDC, -6)})
	b.eng, err = strategy.New(strategy.Options{
		Tokens: []strategy.TokenSpec{{
			Symbol: "ETH2X", Chain: chain, Pool: poolName, Leverage: 2,
			GasUnitsMintSell: gasUnits, GasUnitsBuyRedeem: gasUnits,
			Arb: arb.Params{MinNetUSD: minNetUSD, Deadline: time.Minute, Leverage: 2},
		}},
		Clock: wallClock{}, Executor: recorder{b, b.exec}, Ledger: b.ledger, Funds: b.ledger, Log: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	b.eng.SetContext(ctx)
	go func() { b.done <- v.Run(ctx) }()
	go func() { b.done <- c.Run(ctx) }()
	runs := 2
	if b.sender != nil {
		runs++
		go func() { b.done <- b.sender.Run(ctx) }()
	}
	var once sync.Once
	b.stop = func() {
		once.Do(func() {
			cancel()
			dctx, dcancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer dcancel()
			if err := b.exec.Drain(dctx); err != nil {
				t.Errorf("drain: %v", err)
			}
			for i := 0; i < runs; i++ {
				if err := <-b.done; err != nil {
					t.Errorf("venue run: %v", err)
				}
			}
			c.Close()
		})
	}
	t.Cleanup(b.stop)
	return b
}

func market(t *testing.T, w *chaintest.World, c *evm.Client) chainvenue.Market {
	t.Helper()
	iss, err := chainvenue.NewReferenceIssuer(chainvenue.ReferenceOptions{
		Token: "ETH2X", Address: w.Issuer, Caller: c, TokenDecimals: 18, QuoteDecimals: 6, CollateralDecimals: 18,
	})
	if err != nil {
		t.Fatal(err)
	}
	kind := chainvenue.PoolV2
	if w.IsV3 {
		kind = chainvenue.PoolV3
	}
	return chainvenue.Market{
		Token: "ETH2X", Quote: "USDC", PoolName: poolName, Pool: w.Pool, Kind: kind,
		TokenAddr: w.Issuer, QuoteAddr: w.USDC, TokenIs0: w.TokenIs0, TokenDecimals: 18, QuoteDecimals: 6,
		FeePips: 3000, Issuer: iss,
	}
}

// step handles the events that are ready, mining a block whenever our
// sender has a transaction waiting, until cond holds or the timeout.
func (b *bot) runUntil(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.After(timeout)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case ev := <-b.events:
			if r, ok := ev.(*venues.TxReceipt); ok {
				b.receipts = append(b.receipts, r)
			}
			b.eng.Handle(ev)
		case <-tick.C:
			if b.sender != nil && b.sender.PendingCount() > 0 {
				if f := b.beforeMine; f != nil {
					b.beforeMine = nil
					f()
				}
				b.w.Sim.Commit()
			}
		case err := <-b.done:
			t.Fatalf("%s: a venue goroutine ended: %v", what, err)
		case <-deadline:
			t.Fatalf("%s: not reached within %s (counters %+v)", what, timeout, b.eng.Counters())
		}
	}
}

// settled reports whether n loops of kind settled successfully.
func (b *bot) settled(kind venues.PlanKind, n int) func() bool {
	return func() bool { return b.eng.Results(time.Now()).Loops[kind] >= n && b.eng.InFlight() == 0 }
}

// ready waits until the engine has seen the chain once (a decision ran).
func (b *bot) ready(t *testing.T) {
	t.Helper()
	b.runUntil(t, "first decision", 30*time.Second, func() bool { return b.eng.Counters().Decisions > 0 })
}
