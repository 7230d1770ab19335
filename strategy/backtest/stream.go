package backtest

import (
	"math/big"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// kind is a decoded event's type.
type kind uint8

const (
	kBook kind = iota + 1
	kPool
	kSwap
	kNAV
	kGas
	kIssuer
)

// Event flags.
const (
	flagStale  uint8 = 1 << iota // book: the venue flagged it stale
	flagOutage                   // nav: not delivered to the strategy (its NAV source was down)
	flagBaseIn                   // swap: the trader paid base in
)

// event is one decoded line, pre-resolved: names are table indices and
// payloads live inline or in the stream's side tables.
type event struct {
	t    int64 // Unix nanoseconds
	kind kind
	flag uint8
	ref  uint16 // book, pool, token or chain index
	i    int32  // side-table index (levels offset for books)
	nb   uint16 // book: bid levels
	na   uint16 // book: ask levels
	f    [4]float64
}

// BookInfo names one order book.
type BookInfo struct {
	Venue, Symbol string
	// Base and Quote are the book's assets (optional in the format).
	Base, Quote string
}

// PoolInfo names one pool and the decimals of its assets.
type PoolInfo struct {
	Venue, Name, Base, Quote    string
	BaseDecimals, QuoteDecimals int32
}

// ChainInfo names one chain and its native (gas) asset.
type ChainInfo struct {
	Name, Native string
}

// TokenInfo names one token and its issuer venue.
type TokenInfo struct {
	Symbol, Issuer string
}

// poolState is a pool line's exact state.
type poolState struct {
	base, quote *big.Int // base units
	feeBps      int
	block       uint64
}

// swapRec is a swap line: its input in base units of the input asset
// (what a replay re-executes) and the recorded deltas.
type swapRec struct {
	in          *big.Int
	base, quote decimal.Decimal
}

// Header is the optional first line of a stream.
type Header struct {
	Format string
	Source string
	Seed   int64
	Note   string
}

// Stream is a decoded event stream: compact, time-ordered and immutable, so
// that any number of runs may replay it concurrently.
type Stream struct {
	Header Header
	Books  []BookInfo
	Pools  []PoolInfo
	Chains []ChainInfo
	Tokens []TokenInfo

	// Lines is the number of lines read (blank lines included).
	Lines uint64
	// Skipped counts lines of unknown event types, by type.
	Skipped map[string]uint64

	events  []event
	levels  []venues.Level
	pools   []poolState
	swaps   []swapRec
	navs    []decimal.Decimal
	issuers []venues.IssuerUpdate
}

// Len is the number of events.
func (s *Stream) Len() int { return len(s.events) }

// Start and End are the times of the first and last events (zero if empty).
func (s *Stream) Start() time.Time {
	if len(s.events) == 0 {
		return time.Time{}
	}
	return time.Unix(0, s.events[0].t).UTC()
}

// End is the time of the last event.
func (s *Stream) End() time.Time {
	if len(s.events) == 0 {
		return time.Time{}
	}
	return time.Unix(0, s.events[len(s.events)-1].t).UTC()
}

// Counts returns the number of events by type name.
func (s *Stream) Counts() map[string]uint64 {
	out := map[string]uint64{}
	for i := range s.events {
		out[s.events[i].kind.String()]++
	}
	return out
}

func (k kind) String() string {
	switch k {
	case kBook:
		return "book"
	case kPool:
		return "pool"
	case kSwap:
		return "swap"
	case kNAV:
		return "nav"
	case kGas:
		return "gas"
	case kIssuer:
		return "issuer"
	}
	return "unknown"
}

func (s *Stream) poolIndex(name string) int {
	for i := range s.Pools {
		if s.Pools[i].Name == name {
			return i
		}
	}
	return -1
}

func (s *Stream) bookIndex(symbol string) int {
	for i := range s.Books {
		if s.Books[i].Symbol == symbol {
			return i
		}
	}
	return -1
}

func (s *Stream) chainIndex(name string) int {
	for i := range s.Chains {
		if s.Chains[i].Name == name {
			return i
		}
	}
	return -1
}

func (s *Stream) tokenIndex(symbol string) int {
	for i := range s.Tokens {
		if s.Tokens[i].Symbol == symbol {
			return i
		}
	}
	return -1
}

// unixTime is Unix nanoseconds as a UTC time.
func unixTime(ns int64) time.Time { return time.Unix(0, ns).UTC() }

// Event returns event i as the venues event a replay hands the engine
// (fresh values, safe to keep): *venues.BookUpdate (the levels kept, best
// first), *venues.PoolUpdate (float reserves), *venues.Swap,
// *venues.NAVUpdate, *venues.GasUpdate or *venues.IssuerUpdate.
func (s *Stream) Event(i int) venues.Event {
	ev := &s.events[i]
	t := unixTime(ev.t)
	switch ev.kind {
	case kBook:
		b := &s.Books[ev.ref]
		l := s.levels[ev.i : int(ev.i)+int(ev.nb)+int(ev.na)]
		return &venues.BookUpdate{Time: t, Venue: b.Venue, Symbol: b.Symbol, Stale: ev.flag&flagStale != 0,
			Bids: append([]venues.Level(nil), l[:ev.nb]...), Asks: append([]venues.Level(nil), l[ev.nb:]...)}
	case kPool:
		p, ps := &s.Pools[ev.ref], &s.pools[ev.i]
		return &venues.PoolUpdate{Time: t, Venue: p.Venue, Pool: p.Name, Base: p.Base, Quote: p.Quote,
			ReserveBase: unitsFloat(ps.base, p.BaseDecimals), ReserveQuote: unitsFloat(ps.quote, p.QuoteDecimals),
			FeeBps: ps.feeBps, Block: ps.block}
	case kSwap:
		p := &s.Pools[ev.ref]
		sw := &s.swaps[ev.i]
		return &venues.Swap{Time: t, Venue: p.Venue, Pool: p.Name, BaseDelta: sw.base, QuoteDelta: sw.quote}
	case kNAV:
		return &venues.NAVUpdate{Time: t, Token: s.Tokens[ev.ref].Symbol, NAV: ev.f[0], Source: venues.NAVSource(ev.nb)}
	case kGas:
		return &venues.GasUpdate{Time: t, Chain: s.Chains[ev.ref].Name, BaseFeeGwei: ev.f[0], TipGwei: ev.f[1],
			NativeUSD: ev.f[2], L1FeeUSD: ev.f[3]}
	case kIssuer:
		u := s.issuers[ev.i]
		u.Time = t
		return &u
	}
	return nil
}

// NAVOutage reports whether event i is a NAV the strategy's source did not
// deliver (an outage line).
func (s *Stream) NAVOutage(i int) bool {
	return s.events[i].kind == kNAV && s.events[i].flag&flagOutage != 0
}
