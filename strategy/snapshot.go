package strategy

import (
	"math"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/strategy/nav"
	"github.com/navarb/navarb/venues"
)

// maxBookLevels bounds the levels kept per book side.
const maxBookLevels = 64

// stale marks data a venue flagged untrustworthy: older than any limit.
const stale = time.Duration(math.MaxInt64)

// bookState is the latest snapshot of one order book.
type bookState struct {
	bids, asks []venues.Level
	at         time.Time
	ok, stale  bool
	// venue sent the book; venueDown is set while a VenueStatus says the
	// venue or this symbol is stale.
	venue     string
	venueDown bool
	// venueWide: the last stale status was venue-wide (the connection),
	// not about this book alone.
	venueWide bool
	// tokens price their component NAV from this book; market tokens trade
	// on it; mm are the market makers that read it (their own book or
	// their underlying's).
	tokens, market []*tokenState
	mm             []*mmState
}

func newBookState() *bookState {
	return &bookState{
		bids: make([]venues.Level, 0, maxBookLevels),
		asks: make([]venues.Level, 0, maxBookLevels),
	}
}

// apply copies the update (the venue may reuse its buffers).
func (b *bookState) apply(u *venues.BookUpdate, now time.Time) {
	b.bids = append(b.bids[:0], u.Bids[:min(len(u.Bids), maxBookLevels)]...)
	b.asks = append(b.asks[:0], u.Asks[:min(len(u.Asks), maxBookLevels)]...)
	b.at, b.ok, b.stale, b.venue = now, true, u.Stale, u.Venue
}

// age is how old the book is at now (stale if flagged).
func (b *bookState) age(now time.Time) time.Duration {
	if b.stale || b.venueDown {
		return stale
	}
	return now.Sub(b.at)
}

func (b *bookState) mid() float64 {
	if len(b.bids) == 0 || len(b.asks) == 0 {
		return 0
	}
	return (b.bids[0].Price + b.asks[0].Price) / 2
}

// gasState is the latest fee market of one chain.
type gasState struct {
	u      venues.GasUpdate
	at     time.Time
	ok     bool
	tokens []*tokenState
}

// tokenState is everything the engine knows about one token. The plan,
// market and check scratch values live here so the hot path never allocates.
type tokenState struct {
	log zerolog.Logger

	cfg TokenSpec

	nav      float64
	navAt    time.Time
	issuer   venues.IssuerUpdate
	issuerOK bool

	pool     venues.PoolUpdate
	poolAt   time.Time
	poolOK   bool
	needPool bool // our trade settled; the market snapshot predates it
	// chainDown is set while a VenueStatus says the token's chain is stale
	// (every RPC endpoint down or lagging): its pool and NAV are unusable.
	chainDown bool

	book  *bookState // the underlying's book (component NAV), or nil
	mbook *bookState // the token's own book when it trades on one, or nil
	gas   *gasState

	// dirty: queued for Decide. arbChanged: a decision input changed since
	// the last decision. noPlan: the last decision found no plan.
	dirty, arbChanged, noPlan bool

	mm *mmState // market making, or nil

	inflight   int
	inventory  float64 // tokens held
	lastDenial risk.Reason

	market arb.Market
	plan   venues.Plan
	check  risk.Check
}

func newTokenState(spec TokenSpec, log zerolog.Logger) *tokenState {
	ts := &tokenState{cfg: spec, log: log.With().Str("token", spec.Symbol).Logger()}
	ts.market = arb.Market{
		Token:             spec.Symbol,
		Market:            spec.Pool,
		Chain:             spec.Chain,
		Kind:              venues.MarketPool,
		GasUnitsMintSell:  spec.GasUnitsMintSell,
		GasUnitsBuyRedeem: spec.GasUnitsBuyRedeem,
	}
	if spec.Book != "" {
		ts.market.Market, ts.market.Kind, ts.market.TakerFeeBps = spec.Book, venues.MarketBook, spec.TakerFeeBps
	}
	return ts
}

// ready: every input the decision needs has been seen at least once.
func (ts *tokenState) ready() bool {
	return ts.nav > 0 && !ts.needPool && ts.issuerOK && ts.gas.ok &&
		(ts.book == nil || ts.book.ok) &&
		(ts.poolOK || (ts.mbook != nil && ts.mbook.ok))
}

// applyPool takes a pool state and reports whether what a decision reads
// of it (reserves, fee) changed.
func (ts *tokenState) applyPool(u *venues.PoolUpdate, now time.Time) bool {
	changed := !ts.poolOK || u.ReserveBase != ts.pool.ReserveBase ||
		u.ReserveQuote != ts.pool.ReserveQuote || u.FeeBps != ts.pool.FeeBps
	ts.pool, ts.poolAt, ts.poolOK, ts.needPool = *u, now, true, false
	return changed
}

// quoteAsset is the asset the token's loops pay in ("" if unknown).
func (ts *tokenState) quoteAsset() string {
	if ts.mbook != nil {
		return ts.cfg.Quote
	}
	return ts.pool.Quote
}

// fillMarket refreshes the arb market view from the snapshot.
func (ts *tokenState) fillMarket() *arb.Market {
	m := &ts.market
	g := &ts.gas.u
	m.NAV = ts.nav
	m.MintFeeBps = float64(ts.issuer.MintFeeBps)
	m.RedeemFeeBps = float64(ts.issuer.RedeemFeeBps)
	if b := ts.mbook; b != nil {
		m.Bids, m.Asks = b.bids, b.asks
	} else {
		m.ReserveBase = ts.pool.ReserveBase
		m.ReserveQuote = ts.pool.ReserveQuote
		m.PoolFeeBps = float64(ts.pool.FeeBps)
	}
	m.GasUSDMintSell = arb.GasUSD(ts.cfg.GasUnitsMintSell, g)
	m.GasUSDBuyRedeem = arb.GasUSD(ts.cfg.GasUnitsBuyRedeem, g)
	// Max fee: room for the base fee to double before inclusion, plus tip.
	m.MaxFeeGwei = 2*g.BaseFeeGwei + g.TipGwei
	m.TipGwei = g.TipGwei
	return m
}

// fillCheck gathers what the risk gate needs about ts.plan.
func (ts *tokenState) fillCheck(now time.Time) {
	c := &ts.check
	c.Plan = &ts.plan
	c.PoolAge = now.Sub(ts.poolAt)
	if ts.pool.Stale {
		c.PoolAge = stale
	}
	c.NAVAge = now.Sub(ts.navAt)
	if ts.chainDown {
		c.PoolAge, c.NAVAge = stale, stale
	}
	c.BookAge = -1
	c.NAVDisagreementBps = 0
	if b := ts.mbook; b != nil {
		c.PoolAge = -1
		c.BookAge = b.age(now)
	}
	if b := ts.book; b != nil {
		c.BookAge = max(c.BookAge, b.age(now))
		if mid := b.mid(); mid > 0 {
			pos := nav.Position{CollateralUnits: ts.issuer.CollateralPerToken, DebtUnits: ts.issuer.DebtPerToken}
			comp := nav.Component(pos, mid, 1, ts.issuer.StreamingFeeAnnual, ts.issuer.FeeAccruedAt, now)
			c.NAVDisagreementBps = nav.DisagreementBps(ts.nav, comp)
		} else {
			c.BookAge = stale
		}
	}
	g := &ts.gas.u
	c.GasPriceGwei = g.BaseFeeGwei + g.TipGwei
	c.IssuerPaused = ts.issuer.Paused
	c.Rebalancing = ts.issuer.Rebalancing
	c.InventoryUSD = ts.inventory * ts.nav
	c.InventoryDeltaUSD = 0 // atomic loops leave inventory unchanged
}
