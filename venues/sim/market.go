package sim

import (
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/shopspring/decimal"
)

// Market is a simulated market. Create it with New and drive it with Run.
//
// Run and the handler it calls form a single thread: with Submit called only
// from the handler, a seed gives one event stream. The other methods are safe
// to call from any goroutine.
type Market struct {
	o   Options
	end time.Time

	mu    sync.Mutex
	state runState
	now   time.Time
	block uint64

	und   *underlying
	book  *bookMaker
	iss   *issuer
	pool  *pool
	noise *noise
	gas   *gasMarket
	acct  account
	tb    *tokenBook // nil unless Options.TokenBook.Enabled
	hedge *hedgeDesk // nil unless Options.Hedge.Enabled

	pending []pendingTx
	mined   []*venues.TxReceipt // this block's receipts, in order
	instant []*venues.TxReceipt // instant receipts waiting for delivery
	swaps   []venues.Swap       // this block's noise trades (EmitSwaps)
	nonce   uint64
	seq     uint64
	stats   Stats

	// Reused event structs (handlers must not retain them).
	evBook   venues.BookUpdate
	evPool   venues.PoolUpdate
	evNAV    venues.NAVUpdate
	evGas    venues.GasUpdate
	evIssuer venues.IssuerUpdate
}

type runState uint8

const (
	stateIdle runState = iota
	stateRunning
	stateDone
)

// account is our balances in base units.
type account struct {
	quote, token, native *big.Int
}

// Stats counts what happened in a run.
type Stats struct {
	Steps  uint64
	Blocks uint64
	Events EventCounts

	Jumps          uint64
	NoiseTrades    uint64
	NoiseVolumeUSD float64
	GasSpikes      uint64

	OracleUpdates uint64
	Rebalances    uint64 // gradual rebalances started
	Ripcords      uint64 // immediate rebalances above the ripcord
	// KeeperTraded is the collateral (underlying units) the keeper traded.
	KeeperTraded float64

	LoopsExecuted uint64
	LoopsReverted uint64
	LoopsDropped  uint64
}

// EventCounts counts delivered events by type.
type EventCounts struct {
	Book, Pool, NAV, Gas, Issuer, Receipt uint64
	Swap                                  uint64 // only with Options.EmitSwaps
	// TokenBook counts the token book's events (ours and its book).
	TokenBook uint64
}

// Snapshot is the world's current state, for tests, reports and scenarios.
type Snapshot struct {
	Time        time.Time
	Block       uint64
	Price       float64 // underlying market price (the book's centre)
	OraclePrice float64
	OracleAt    time.Time
	// NAV is the issuer NAV per token mint and redeem use now.
	NAV                decimal.Decimal
	Supply             decimal.Decimal
	CollateralPerToken float64
	DebtPerToken       float64
	Leverage           float64
	Rebalancing        bool
	PoolBase           decimal.Decimal
	PoolQuote          decimal.Decimal
	BaseFeeGwei        float64
	TipGwei            float64
	Pending            int // our transactions waiting for a block
}

// New builds a market from validated options. It does no I/O.
func New(o Options) (*Market, error) {
	if err := o.Validate(); err != nil {
		return nil, fmt.Errorf("sim: new market: %w", err)
	}
	o.Underlying.Shocks = append([]Shock(nil), o.Underlying.Shocks...)
	price := o.Underlying.InitialPrice
	iss := newIssuer(o.Token, price, o.Start)
	poolPrice := dec8(iss.navE8).Mul(decimal.NewFromFloat(1 + o.Pool.InitialPremiumBps/1e4))
	if !poolPrice.IsPositive() {
		return nil, fmt.Errorf("sim: new market: initial pool price %s: %w", poolPrice, ErrInvalidOptions)
	}
	depth := decimal.NewFromFloat(o.Pool.DepthUSD)
	quote := toUnits(depth, quoteDecimals)
	base := toUnits(depth.DivRound(poolPrice, tokenDecimals), tokenDecimals)
	if quote.Sign() == 0 || base.Sign() == 0 {
		return nil, fmt.Errorf("sim: new market: empty pool: %w", ErrInvalidOptions)
	}
	m := &Market{
		o:     o,
		end:   o.Start.Add(o.Duration),
		now:   o.Start,
		und:   newUnderlying(o.Underlying, o.Step, o.Seed),
		book:  newBookMaker(o.Book, o.Seed),
		iss:   iss,
		pool:  newPool(o.Pool.FeeBps, base, quote),
		noise: newNoise(o.Noise, o.BlockTime, o.Seed),
		gas:   newGasMarket(o.Gas, o.BlockTime, o.Seed),
		acct: account{
			quote:  toUnits(o.Account.Quote, quoteDecimals),
			token:  toUnits(o.Account.Token, tokenDecimals),
			native: toUnits(o.Account.Native, nativeDecimals),
		},
	}
	if o.TokenBook.Enabled {
		tb, err := newTokenBook(o.TokenBook, o.Pool.Quote, o.Token.Symbol, o.Start, o.Seed)
		if err != nil {
			return nil, fmt.Errorf("sim: new market: token book: %w", err)
		}
		m.tb = tb
	}
	if o.Hedge.Enabled {
		m.hedge = &hedgeDesk{o: o.Hedge, base: o.Hedge.Base, quote: o.Hedge.Quote}
	}
	if o.EmitSwaps {
		m.noise.record = m.recordSwap
	}
	m.evBook = venues.BookUpdate{Venue: o.BookVenue, Symbol: o.BookSymbol}
	m.evPool = venues.PoolUpdate{Venue: o.Pool.Venue, Pool: o.Pool.Name, Base: o.Token.Symbol, Quote: o.Pool.Quote, FeeBps: o.Pool.FeeBps}
	m.evNAV = venues.NAVUpdate{Token: o.Token.Symbol, Source: venues.NAVIssuer}
	m.evGas = venues.GasUpdate{Chain: o.Chain, L1FeeUSD: o.Gas.L1FeeUSD}
	m.evIssuer = venues.IssuerUpdate{
		Token:              o.Token.Symbol,
		MintFeeBps:         o.Token.MintFeeBps,
		RedeemFeeBps:       o.Token.RedeemFeeBps,
		StreamingFeeAnnual: o.Token.StreamingFeeAnnual,
	}
	return m, nil
}

// Options returns the market's options.
func (m *Market) Options() Options { return m.o }

// Now is the simulated time of the event being delivered (Start before Run).
func (m *Market) Now() time.Time {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.now
}

// Balances returns our exact balances keyed by asset symbol (the token, the
// quote stablecoin and the native gas asset).
func (m *Market) Balances() map[string]decimal.Decimal {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := map[string]decimal.Decimal{
		m.o.Pool.Quote:   fromUnits(m.acct.quote, quoteDecimals),
		m.o.Token.Symbol: fromUnits(m.acct.token, tokenDecimals),
		m.o.Gas.Native:   fromUnits(m.acct.native, nativeDecimals),
	}
	if m.tb != nil {
		// One account across the chain and the exchange: the token book's
		// balances add to the chain's.
		for _, x := range m.tb.cex.Balances() {
			b[x.Asset] = b[x.Asset].Add(x.Free)
		}
	}
	if m.hedge != nil {
		b[m.o.Gas.Native] = b[m.o.Gas.Native].Add(m.hedge.base)
		b[m.o.Pool.Quote] = b[m.o.Pool.Quote].Add(m.hedge.quote)
	}
	return b
}

// Stats returns the run's counters so far.
func (m *Market) Stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.stats
	s.Jumps = m.und.jumps
	s.NoiseTrades = m.noise.trades
	s.NoiseVolumeUSD = m.noise.volumeUSD
	s.GasSpikes = m.gas.spikes
	s.OracleUpdates = m.iss.oracleUpdates
	s.Rebalances = m.iss.rebalances
	s.Ripcords = m.iss.ripcords
	s.KeeperTraded = m.iss.keeperTradedUnderlying
	return s
}

// Snapshot returns the current state of the world.
func (m *Market) Snapshot() Snapshot {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.und.price
	return Snapshot{
		Time:               m.now,
		Block:              m.block,
		Price:              p,
		OraclePrice:        m.iss.oracle,
		OracleAt:           m.iss.oracleAt,
		NAV:                dec8(m.iss.navE8),
		Supply:             fromUnits(m.iss.supply, tokenDecimals),
		CollateralPerToken: m.iss.c,
		DebtPerToken:       m.iss.d,
		Leverage:           m.iss.leverage(p),
		Rebalancing:        m.iss.rebalancing,
		PoolBase:           fromUnits(m.pool.base, tokenDecimals),
		PoolQuote:          fromUnits(m.pool.quote, quoteDecimals),
		BaseFeeGwei:        float64(m.gas.baseWei) / 1e9,
		TipGwei:            float64(m.gas.tipWei) / 1e9,
		Pending:            len(m.pending),
	}
}
