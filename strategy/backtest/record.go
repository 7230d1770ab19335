package backtest

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// RecorderOptions configure a Recorder.
type RecorderOptions struct {
	// PoolsOnce writes each pool's state once, at its first update; its
	// later states follow from the swaps, which must then be recorded too
	// (a replay re-executes them against a pool our trades moved).
	PoolsOnce bool
	// PoolState returns a pool's exact reserves now (the simulated market's
	// Snapshot). Without it the PoolUpdate's float reserves are written.
	PoolState func(pool string) (base, quote decimal.Decimal, ok bool)
	// BaseDecimals and QuoteDecimals of the pools' assets (default 18, 6).
	BaseDecimals, QuoteDecimals int32
	// Native names each chain's gas asset (default ETH).
	Native map[string]string
	// Issuer names each token's issuer venue, the venue of mint and redeem
	// fills.
	Issuer map[string]string
}

// Recorder writes the market events a venue reports: books, pools, swaps,
// NAV, gas and issuer state. Our own receipts and fills are not market data
// and are not written.
type Recorder struct {
	w        *Writer
	o        RecorderOptions
	pools    map[string]bool
	counts   map[string]uint64
	ignored  uint64
	poolLine PoolLine
}

// NewRecorder records onto w.
func NewRecorder(w *Writer, o RecorderOptions) *Recorder {
	if o.BaseDecimals == 0 {
		o.BaseDecimals = DefaultBaseDecimals
	}
	if o.QuoteDecimals == 0 {
		o.QuoteDecimals = DefaultQuoteDecimals
	}
	return &Recorder{w: w, o: o, pools: map[string]bool{}, counts: map[string]uint64{}}
}

// Counts returns the lines written by type.
func (r *Recorder) Counts() map[string]uint64 {
	out := make(map[string]uint64, len(r.counts))
	for k, v := range r.counts {
		out[k] = v
	}
	return out
}

// Record writes one event (if it is market data).
func (r *Recorder) Record(ev venues.Event) error {
	var err error
	var typ string
	switch x := ev.(type) {
	case *venues.BookUpdate:
		typ, err = "book", r.w.Book(x, true)
	case *venues.PoolUpdate:
		if r.o.PoolsOnce && r.pools[x.Pool] {
			return nil
		}
		r.pools[x.Pool] = true
		typ, err = "pool", r.pool(x)
	case *venues.Swap:
		typ, err = "swap", r.w.Swap(x)
	case *venues.NAVUpdate:
		typ, err = "nav", r.w.NAV(x, false)
	case *venues.GasUpdate:
		native := r.o.Native[x.Chain]
		if native == "" {
			native = DefaultNative
		}
		typ, err = "gas", r.w.Gas(x, native)
	case *venues.IssuerUpdate:
		typ, err = "issuer", r.w.Issuer(x, r.o.Issuer[x.Token])
	default:
		r.ignored++
		return nil
	}
	if err != nil {
		return fmt.Errorf("record %s: %w", typ, err)
	}
	r.counts[typ]++
	return nil
}

func (r *Recorder) pool(x *venues.PoolUpdate) error {
	p := &r.poolLine
	*p = PoolLine{
		Time: x.Time,
		Pool: PoolInfo{Venue: x.Venue, Name: x.Pool, Base: x.Base, Quote: x.Quote,
			BaseDecimals: r.o.BaseDecimals, QuoteDecimals: r.o.QuoteDecimals},
		FeeBps: x.FeeBps,
		Block:  x.Block,
	}
	ok := false
	if r.o.PoolState != nil {
		p.ReserveBase, p.ReserveQuote, ok = r.o.PoolState(x.Pool)
	}
	if !ok {
		p.ReserveBase = decimal.NewFromFloat(x.ReserveBase).Truncate(r.o.BaseDecimals)
		p.ReserveQuote = decimal.NewFromFloat(x.ReserveQuote).Truncate(r.o.QuoteDecimals)
	}
	return r.w.Pool(*p)
}
