package chainvenue

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

// ExecutorOptions configure an Executor.
type ExecutorOptions struct {
	Chain  string
	Client *evm.Client
	// Sender sends live transactions. Nil: paper mode, where nothing is
	// ever sent and From is the account the calls are simulated from.
	Sender *evm.Sender
	From   common.Address
	// Executor is the NavArbExecutor contract (owned by From / the
	// sender's account, holding the quote capital).
	Executor common.Address
	Markets  []Market
	// NativeAsset names the gas asset (default "ETH"); NativeUSD prices it
	// (paper receipts; live receipts are priced by the Sender's own
	// NativeUSD).
	NativeAsset string
	NativeUSD   func() decimal.Decimal
	// Events receives one *venues.TxReceipt per submitted plan (blocking:
	// receipts never drop).
	Events chan<- venues.Event
	Logger zerolog.Logger
	Now    func() time.Time
}

// Executor carries out approved loop plans on the chain through the
// NavArbExecutor contract. Submit never blocks: each plan runs in its own
// goroutine, which Drain waits for.
type Executor struct {
	opts    ExecutorOptions
	log     zerolog.Logger
	caller  pendingCaller
	markets map[string]*Market

	base   context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewExecutor validates opts; it does no I/O.
func NewExecutor(opts ExecutorOptions) (*Executor, error) {
	if opts.Chain == "" || opts.Client == nil || opts.Events == nil || opts.Executor == (common.Address{}) {
		return nil, errors.New("chainvenue: executor: chain, client, events and executor address are required")
	}
	if opts.Sender == nil && opts.From == (common.Address{}) {
		return nil, fmt.Errorf("chainvenue %s: executor: paper mode needs From", opts.Chain)
	}
	if opts.Sender != nil {
		opts.From = opts.Sender.From()
	}
	if opts.NativeAsset == "" {
		opts.NativeAsset = "ETH"
	}
	if opts.NativeUSD == nil {
		opts.NativeUSD = func() decimal.Decimal { return decimal.Zero }
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	e := &Executor{
		opts: opts, caller: pendingCaller{opts.Client}, markets: map[string]*Market{},
		log: opts.Logger.With().Str("venue", opts.Chain).Str("component", "executor").Logger(),
	}
	for i := range opts.Markets {
		m := &opts.Markets[i]
		if err := m.validate(); err != nil {
			return nil, fmt.Errorf("chainvenue %s: executor: %w", opts.Chain, err)
		}
		e.markets[m.PoolName] = m
	}
	e.base, e.cancel = context.WithCancel(context.Background())
	return e, nil
}

// Paper reports whether the executor only simulates.
func (e *Executor) Paper() bool { return e.opts.Sender == nil }

// Submit implements strategy.Executor: it checks the plan and starts its
// execution; the receipt comes back on Events.
func (e *Executor) Submit(_ context.Context, p venues.Plan) error {
	m := e.markets[p.Market]
	switch {
	case m == nil:
		return fmt.Errorf("chainvenue %s: plan %d: unknown market %q: %w", e.opts.Chain, p.ID, p.Market, venues.ErrRejected)
	case p.Kind != venues.MintSell && p.Kind != venues.BuyRedeem:
		return fmt.Errorf("chainvenue %s: plan %d: kind %s: %w", e.opts.Chain, p.ID, p.Kind, venues.ErrRejected)
	case p.Kind == venues.MintSell && !m.Issuer.MintSellAllowed():
		return fmt.Errorf("chainvenue %s: plan %d: %s cannot mint and sell atomically: %w", e.opts.Chain, p.ID, m.Token, venues.ErrRejected)
	case e.base.Err() != nil:
		return fmt.Errorf("chainvenue %s: plan %d: executor stopped: %w", e.opts.Chain, p.ID, venues.ErrRejected)
	}
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		rec := e.execute(e.base, m, &p)
		select {
		case e.opts.Events <- rec:
		case <-e.base.Done():
			e.log.Warn().Uint64("plan", p.ID).Str("tx", rec.TxHash).Msg("receipt not delivered: executor stopped")
		}
	}()
	return nil
}

// Drain waits for every loop in flight to settle; when ctx ends first it
// abandons them (their receipts are not delivered) and returns ctx's error.
// No Submit succeeds after Drain.
func (e *Executor) Drain(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		e.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		e.cancel()
		return nil
	case <-ctx.Done():
		e.cancel()
		<-done
		return fmt.Errorf("chainvenue %s: drain: %w", e.opts.Chain, ctx.Err())
	}
}

// execute runs one plan to its receipt. Every outcome is a receipt: a plan
// that was never sent settles as TxDropped with the reason and no gas.
func (e *Executor) execute(ctx context.Context, m *Market, p *venues.Plan) *venues.TxReceipt {
	log := e.log.With().Uint64("plan", p.ID).Str("token", m.Token).Str("kind", p.Kind.String()).Logger()
	if !p.Deadline.IsZero() && e.opts.Now().After(p.Deadline) {
		return e.dropped(p, "not sent: plan deadline passed")
	}
	c, err := build(ctx, e.caller, m, p)
	if err != nil {
		log.Info().Err(err).Msg("loop not sent")
		return e.dropped(p, fmt.Sprintf("not sent: %v", err))
	}
	if c.expected != nil {
		log.Debug().Str("expected_quote", exact(c.expected, m.QuoteDecimals).String()).
			Str("min_profit", exact(c.minProfit, m.QuoteDecimals).String()).Msg("loop sized")
	}
	if e.Paper() {
		return e.paper(ctx, m, p, c, log)
	}
	return e.live(ctx, m, p, c, log)
}

func (e *Executor) dropped(p *venues.Plan, reason string) *venues.TxReceipt {
	return &venues.TxReceipt{
		Time: e.opts.Now(), PlanID: p.ID, Chain: e.opts.Chain, Status: venues.TxDropped, Reason: reason,
		GasNative: decimal.Zero, NativeAsset: e.opts.NativeAsset, GasUSD: decimal.Zero,
	}
}

func (e *Executor) live(ctx context.Context, m *Market, p *venues.Plan, c call, log zerolog.Logger) *venues.TxReceipt {
	s := e.opts.Sender
	to := e.opts.Executor
	pt, err := s.Send(ctx, evm.TxRequest{PlanID: p.ID, To: &to, Data: c.data})
	if err != nil {
		log.Info().Err(err).Msg("loop not sent")
		return e.dropped(p, fmt.Sprintf("not sent: %v", err))
	}
	rec, err := s.Wait(ctx, pt)
	if err != nil {
		// Abandoned by Drain: the transaction may still be mined.
		r := e.dropped(p, fmt.Sprintf("receipt not awaited: %v", err))
		r.Nonce = pt.Nonce
		return r
	}
	out := *rec
	_, raw := s.Receipt(pt)
	if out.Status != venues.TxSuccess || raw == nil {
		log.Warn().Str("tx", out.TxHash).Str("status", out.Status.String()).Str("reason", out.Reason).Msg("loop not executed")
		return &out
	}
	res, err := decodeLoop(raw.Logs, e.opts.Executor, m.Issuer.ExecIssuer())
	if err != nil {
		// Mined and successful, but unreadable: settle with no fills and
		// say so loudly (the ledger will not match the chain).
		log.Error().Err(err).Str("tx", out.TxHash).Msg("loop receipt not decoded")
		out.Reason = "receipt not decoded: " + err.Error()
		return &out
	}
	out.Fills = fills(m, p.Kind, p.ID, res, out.Time)
	log.Info().Str("tx", out.TxHash).Str("profit_quote", exact(res.profit, m.QuoteDecimals).String()).
		Str("gas_usd", out.GasUSD.StringFixed(6)).Msg("loop mined")
	return &out
}

// gasPrice is what a transaction would pay per gas now: the latest base
// fee plus the market tip.
func (e *Executor) gasPrice(ctx context.Context) (*big.Int, error) {
	h, err := e.opts.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip, err := marketTip(ctx, e.opts.Client, h.Number)
	if err != nil {
		return nil, err
	}
	price := new(big.Int).Set(tip)
	if h.BaseFee != nil {
		price.Add(price, h.BaseFee)
	}
	return price, nil
}
