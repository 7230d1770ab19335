package backtest

import (
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// venue is the simulated market of one replay: the pools, moved by
// recorded swaps and by our trades; the latest books, NAVs, issuer states
// and fee markets; our exact balances; and the executor of our plans.
type venue struct {
	s *Stream
	o *Options

	pools       []simPool
	books       []*event // each book's latest event, nil before one
	navs        []int32  // index of each token's latest NAV (issuer source) in s.navs
	issuer      []int32  // index of each token's latest issuer state in s.issuers
	gas         []gasState
	issuerVenue []string

	marketPool map[string]int // pool name -> index
	marketBook map[string]int // book symbol -> index
	tokenIdx   map[string]int // token symbol -> stream index

	balances map[string]decimal.Decimal
	initial  map[string]decimal.Decimal

	now int64 // Unix nanoseconds
	// moved: a pool changed or a chain produced a block since the pools
	// were last sent to the engine.
	moved    bool
	instant  bool
	pending  []pendingTx
	receipts []*venues.TxReceipt // executed, waiting for delivery
	seq      uint64
	nonce    uint64
	trades   []Trade
	record   bool
}

// gasState is a chain's latest fee market, in the units money moves in.
type gasState struct {
	baseWei, tipWei int64
	nativeE8        int64 // native price, 1e-8 USD
	l1USD           float64
	l1Wei           *big.Int // the L1 fee in wei at nativeE8, computed on first use
	block           uint64
	set             bool
	refreshed       bool // a new block since the pools were last sent
}

type pendingTx struct {
	plan  venues.Plan
	due   int64
	seq   uint64
	decid int64 // decision time
}

func newVenue(s *Stream, o *Options, instant bool) (*venue, error) {
	v := &venue{
		s: s, o: o, instant: instant, record: o.Series && !instant,
		pools:      make([]simPool, len(s.Pools)),
		books:      make([]*event, len(s.Books)),
		navs:       make([]int32, len(s.Tokens)),
		issuer:     make([]int32, len(s.Tokens)),
		gas:        make([]gasState, len(s.Chains)),
		marketPool: map[string]int{},
		marketBook: map[string]int{},
		tokenIdx:   map[string]int{},
		balances:   map[string]decimal.Decimal{},
	}
	for i := range v.navs {
		v.navs[i], v.issuer[i] = -1, -1
	}
	for i := range v.pools {
		v.pools[i].info, v.pools[i].chain = &s.Pools[i], -1
	}
	v.issuerVenue = make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		v.tokenIdx[t.Symbol] = i
		v.issuerVenue[i] = t.Issuer
		if v.issuerVenue[i] == "" {
			v.issuerVenue[i] = o.Issuer
		}
		if v.issuerVenue[i] == "" {
			v.issuerVenue[i] = "issuer"
		}
	}
	for _, t := range o.Tokens {
		if _, ok := v.tokenIdx[t.Symbol]; !ok {
			return nil, fmt.Errorf("backtest: token %s: the stream has no nav or issuer line for it", t.Symbol)
		}
		ci := s.chainIndex(t.Chain)
		if ci < 0 {
			return nil, fmt.Errorf("backtest: token %s: chain %q: the stream has no gas line for it", t.Symbol, t.Chain)
		}
		v.balances[s.Chains[ci].Native] = o.Account.Native
		v.balances[t.Symbol] = o.Account.Token
		if t.Pool != "" {
			pi := s.poolIndex(t.Pool)
			if pi < 0 {
				return nil, fmt.Errorf("backtest: token %s: pool %q: not in the stream (pools: %s)", t.Symbol, t.Pool, poolNames(s))
			}
			if s.Pools[pi].Base != t.Symbol {
				return nil, fmt.Errorf("backtest: token %s: pool %s trades %s", t.Symbol, t.Pool, s.Pools[pi].Base)
			}
			v.marketPool[t.Pool] = pi
			v.pools[pi].chain, v.pools[pi].emit = ci, true
			v.balances[s.Pools[pi].Quote] = o.Account.USD
		} else {
			bi := s.bookIndex(t.Book)
			if bi < 0 {
				return nil, fmt.Errorf("backtest: token %s: book %q: not in the stream", t.Symbol, t.Book)
			}
			v.marketBook[t.Book] = bi
			v.balances[bookQuote(&s.Books[bi])] = o.Account.USD
		}
		if t.UnderlyingBook != "" && s.bookIndex(t.UnderlyingBook) < 0 {
			return nil, fmt.Errorf("backtest: token %s: underlying book %q: not in the stream", t.Symbol, t.UnderlyingBook)
		}
	}
	v.initial = v.Balances()
	return v, nil
}

func poolNames(s *Stream) string {
	names := make([]string, len(s.Pools))
	for i, p := range s.Pools {
		names[i] = p.Name
	}
	sort.Strings(names)
	return fmt.Sprint(names)
}

// bookQuote is the asset a book token trades against.
func bookQuote(b *BookInfo) string {
	if b.Quote != "" {
		return b.Quote
	}
	return "USD"
}

// Balances returns a copy of our balances.
func (v *venue) Balances() map[string]decimal.Decimal {
	out := make(map[string]decimal.Decimal, len(v.balances))
	for a, b := range v.balances {
		out[a] = b
	}
	return out
}

// apply moves the venue's state by one recorded event.
func (v *venue) apply(ev *event) {
	switch ev.kind {
	case kBook:
		v.books[ev.ref] = ev
	case kPool:
		p := &v.pools[ev.ref]
		p.load(&v.s.pools[ev.i])
		v.moved = true
	case kSwap:
		p := &v.pools[ev.ref]
		if p.set {
			p.swap(v.s.swaps[ev.i].in, ev.flag&flagBaseIn != 0)
			v.moved = true
		}
	case kNAV:
		if venues.NAVSource(ev.nb) == venues.NAVIssuer {
			v.navs[ev.ref] = ev.i
		}
	case kGas:
		g := &v.gas[ev.ref]
		g.baseWei = max(int64(math.Round(ev.f[0]*1e9)), 0)
		g.tipWei = max(int64(math.Round(ev.f[1]*1e9)), 0)
		g.nativeE8 = int64(math.Round(ev.f[2] * 1e8))
		g.l1USD, g.l1Wei = ev.f[3], nil
		g.block++
		g.set, g.refreshed, v.moved = true, true, true
	case kIssuer:
		v.issuer[ev.ref] = ev.i
	}
}

// levels returns a book's latest sides (read-only stream memory).
func (v *venue) levels(book int) (bids, asks []venues.Level) {
	ev := v.books[book]
	if ev == nil {
		return nil, nil
	}
	l := v.s.levels[ev.i : int(ev.i)+int(ev.nb)+int(ev.na)]
	return l[:ev.nb], l[ev.nb:]
}

// Balance is our balance of asset (the reference's funds).
func (v *venue) Balance(asset string) decimal.Decimal { return v.balances[asset] }
