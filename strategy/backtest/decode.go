package backtest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sort"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// ErrMalformed is wrapped by every error about the content of a stream;
// the message names the line.
var ErrMalformed = errors.New("malformed event stream")

// FormatV1 is the format name a stream's header line carries.
const FormatV1 = "navarb-events/1"

// Default asset decimals when a pool line does not give them.
const (
	DefaultBaseDecimals  = 18
	DefaultQuoteDecimals = 6
	// DefaultNative is the gas asset when a gas line does not name it.
	DefaultNative = "ETH"
	// MaxLevels bounds the levels kept per book side.
	MaxLevels = 64
)

// DecodeOptions shape what Decode keeps.
type DecodeOptions struct {
	// DepthBooks are the books (symbols) whose depth is kept, up to
	// MaxLevels a side: books a token trades on, which fills walk. Other
	// books keep their best level a side, which is all the engine reads of
	// an underlying's book (its mid).
	DepthBooks []string
}

// DecodeFile decodes the stream in path (gzip'd or not: the content says).
func DecodeFile(path string, o DecodeOptions) (*Stream, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer f.Close()
	s, err := Decode(f, o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Decode reads a JSON Lines event stream, gzip'd or not. A malformed line
// (bad JSON, a missing or bad field, time going backwards) fails with its
// line number; a line of an unknown type is skipped and counted. Reading
// (and decompressing) runs in a goroutine of its own, ahead of parsing.
func Decode(r io.Reader, o DecodeOptions) (*Stream, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("events: gzip: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	chunks := make(chan chunk, 4)
	free := make(chan []byte, 6)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		readChunks(src, chunks, free, done)
	}()
	defer wg.Wait()
	defer close(done)
	d := newDecoder(o)
	for c := range chunks {
		if c.err != nil {
			return nil, fmt.Errorf("events: line %d: %w", d.s.Lines+1, c.err)
		}
		b := c.data
		for len(b) > 0 {
			line := b
			if i := bytes.IndexByte(b, '\n'); i >= 0 {
				line, b = b[:i+1], b[i+1:]
			} else {
				b = nil
			}
			if err := d.line(line); err != nil {
				return nil, fmt.Errorf("events: line %d: %w", d.s.Lines, err)
			}
		}
		select {
		case free <- c.data[:0]:
		default:
		}
	}
	return d.s, nil
}

// chunk is a run of whole lines (the last may lack its newline at EOF), or
// a read error.
type chunk struct {
	data []byte
	err  error
}

// chunkSize is the read unit; a longer line grows the buffer.
const chunkSize = 4 << 20

// readChunks reads src into chunks of whole lines until EOF, an error, or
// done closing.
func readChunks(src io.Reader, out chan<- chunk, free <-chan []byte, done <-chan struct{}) {
	defer close(out)
	send := func(c chunk) bool {
		select {
		case out <- c:
			return true
		case <-done:
			return false
		}
	}
	var carry []byte
	size := chunkSize
	for {
		var buf []byte
		select {
		case buf = <-free:
		default:
		}
		if cap(buf) < size {
			buf = make([]byte, 0, size)
		}
		buf = append(buf[:0], carry...)
		for len(buf) < cap(buf) {
			n, err := src.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if errors.Is(err, io.EOF) {
				if len(buf) > 0 {
					send(chunk{data: buf})
				}
				return
			}
			if err != nil {
				send(chunk{err: err})
				return
			}
		}
		i := bytes.LastIndexByte(buf, '\n')
		if i < 0 {
			carry, size = buf, 2*cap(buf) // one line longer than the buffer
			continue
		}
		carry = append(carry[:0:0], buf[i+1:]...)
		size = chunkSize
		if !send(chunk{data: buf[:i+1]}) {
			return
		}
	}
}

// decoder turns lines into a Stream.
type decoder struct {
	s     *Stream
	depth map[string]bool
	obj   object
	tp    timeParser
	last  int64

	books                 map[string]int
	pools, chains, tokens map[string]int
	bookState             []bookBuild // current book state, by book
	sawHeader, sawEvent   bool
}

func newDecoder(o DecodeOptions) *decoder {
	d := &decoder{
		s:      &Stream{Skipped: map[string]uint64{}},
		depth:  map[string]bool{},
		books:  map[string]int{},
		pools:  map[string]int{},
		chains: map[string]int{},
		tokens: map[string]int{},
	}
	for _, b := range o.DepthBooks {
		d.depth[b] = true
	}
	return d
}

func (d *decoder) line(b []byte) error {
	d.s.Lines++
	if skipSpace(b, 0) == len(b) {
		return nil
	}
	if err := d.obj.parse(b); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := d.event(); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return nil
}

func (d *decoder) event() error {
	o := &d.obj
	typ, err := o.need("type")
	if err != nil {
		return err
	}
	tf := o.get("t")
	if tf == nil || tf.kind != vString {
		return errors.New("t: required (an RFC 3339 time string)")
	}
	t, err := d.tp.parse(tf.raw)
	if err != nil {
		return err
	}
	if d.sawEvent && t < d.last {
		return fmt.Errorf("t: %s is before the previous line's time (lines must be in time order)", tf.raw)
	}
	d.last, d.sawEvent = t, true
	ev := event{t: t}
	switch typ {
	case "header":
		return d.header()
	case "book":
		err = d.book(&ev)
	case "pool":
		err = d.pool(&ev)
	case "swap":
		err = d.swap(&ev)
	case "nav":
		err = d.nav(&ev)
	case "gas":
		err = d.gas(&ev)
	case "issuer":
		err = d.issuer(&ev, t)
	default:
		d.s.Skipped[typ]++
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", typ, err)
	}
	d.s.events = append(d.s.events, ev)
	return nil
}

func (d *decoder) header() error {
	if d.sawHeader || len(d.s.events) > 0 {
		return errors.New("header: must be the first line, once")
	}
	d.sawHeader = true
	o := &d.obj
	h := &d.s.Header
	var err error
	if h.Format, _, err = o.str("format"); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if h.Format != "" && h.Format != FormatV1 {
		return fmt.Errorf("header: format %q: this build reads %q", h.Format, FormatV1)
	}
	if h.Source, _, err = o.str("source"); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if h.Note, _, err = o.str("note"); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if h.Seed, err = o.int("seed", false); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	return nil
}

// index interns a name in m, calling add for a new one.
func (d *decoder) index(m map[string]int, key string, add func(name string) error) (int, error) {
	f := d.obj.get(key)
	if f != nil && f.kind == vString && !f.escaped && len(f.raw) > 0 {
		if i, ok := m[string(f.raw)]; ok {
			return i, nil
		}
	}
	name, err := d.obj.need(key)
	if err != nil {
		return 0, err
	}
	if i, ok := m[name]; ok {
		return i, nil
	}
	if len(m) >= 1<<16-1 {
		return 0, fmt.Errorf("%s: too many names", key)
	}
	if err := add(name); err != nil {
		return 0, err
	}
	i := len(m)
	m[name] = i
	return i, nil
}

func (d *decoder) book(ev *event) error {
	o := &d.obj
	bi, err := d.index(d.books, "symbol", func(name string) error {
		venue, err := o.need("venue")
		if err != nil {
			return err
		}
		base, _, _ := o.str("base")
		quote, _, _ := o.str("quote")
		d.s.Books = append(d.s.Books, BookInfo{Venue: venue, Symbol: name, Base: base, Quote: quote})
		d.bookState = append(d.bookState, bookBuild{})
		return nil
	})
	if err != nil {
		return err
	}
	snapshot := true
	if f := o.get("snapshot"); f != nil {
		if snapshot, err = o.bool("snapshot"); err != nil {
			return err
		}
	}
	stale, err := o.bool("stale")
	if err != nil {
		return err
	}
	bids, err := o.levelsOf("bids")
	if err != nil {
		return err
	}
	asks, err := o.levelsOf("asks")
	if err != nil {
		return err
	}
	bs := &d.bookState[bi]
	if snapshot {
		bs.bids = keepPositive(bs.bids[:0], bids)
		bs.asks = keepPositive(bs.asks[:0], asks)
		bs.sorted = false
	} else {
		bs.sort()
		for _, l := range bids {
			bs.bids = applyLevel(bs.bids, l, true)
		}
		for _, l := range asks {
			bs.asks = applyLevel(bs.asks, l, false)
		}
	}
	ev.kind, ev.ref, ev.i = kBook, uint16(bi), int32(len(d.s.levels))
	if stale {
		ev.flag |= flagStale
	}
	if len(d.s.levels) > 1<<31-2*MaxLevels {
		return errors.New("too many book levels in one stream")
	}
	var nb, na int
	if d.depth[d.s.Books[bi].Symbol] {
		bs.sort()
		nb, na = min(len(bs.bids), MaxLevels), min(len(bs.asks), MaxLevels)
		for _, l := range bs.bids[:nb] {
			d.s.levels = append(d.s.levels, venues.Level{Price: l.price, Qty: l.qty})
		}
		for _, l := range bs.asks[:na] {
			d.s.levels = append(d.s.levels, venues.Level{Price: l.price, Qty: l.qty})
		}
	} else {
		if l, ok := bs.best(true); ok {
			d.s.levels = append(d.s.levels, venues.Level{Price: l.price, Qty: l.qty})
			nb = 1
		}
		if l, ok := bs.best(false); ok {
			d.s.levels = append(d.s.levels, venues.Level{Price: l.price, Qty: l.qty})
			na = 1
		}
	}
	ev.nb, ev.na = uint16(nb), uint16(na)
	return nil
}

// better reports whether price a ranks before b on a side.
func better(a, b float64, bid bool) bool {
	if bid {
		return a > b
	}
	return a < b
}

// bookBuild is a book's state while decoding: the last snapshot's levels
// as given (sorted on demand) with the diffs since applied.
type bookBuild struct {
	bids, asks []rawLevel
	sorted     bool
}

// keepPositive copies a snapshot side without its zero quantities.
func keepPositive(dst, src []rawLevel) []rawLevel {
	for _, l := range src {
		if l.qty > 0 {
			dst = append(dst, l)
		}
	}
	return dst
}

// sort orders both sides best first; of equal prices the last given wins.
func (b *bookBuild) sort() {
	if b.sorted {
		return
	}
	b.sorted = true
	b.bids = sortSide(b.bids, true)
	b.asks = sortSide(b.asks, false)
}

func sortSide(side []rawLevel, bid bool) []rawLevel {
	sort.SliceStable(side, func(i, j int) bool { return better(side[i].price, side[j].price, bid) })
	out := side[:0]
	for i, l := range side {
		if i+1 < len(side) && side[i+1].price == l.price {
			continue
		}
		out = append(out, l)
	}
	return out
}

// best returns a side's best level (of equal prices, the last given).
func (b *bookBuild) best(bid bool) (rawLevel, bool) {
	side := b.asks
	if bid {
		side = b.bids
	}
	if len(side) == 0 {
		return rawLevel{}, false
	}
	if b.sorted {
		return side[0], true
	}
	top := side[0]
	for _, l := range side[1:] {
		if !better(top.price, l.price, bid) {
			top = l
		}
	}
	return top, true
}

// applyLevel sets (or, with qty 0, deletes) one price level, keeping the
// side sorted best first.
func applyLevel(side []rawLevel, l rawLevel, bid bool) []rawLevel {
	i := 0
	for i < len(side) && better(side[i].price, l.price, bid) {
		i++
	}
	if i < len(side) && side[i].price == l.price {
		if l.qty == 0 {
			return append(side[:i], side[i+1:]...)
		}
		side[i].qty = l.qty
		return side
	}
	if l.qty == 0 {
		return side
	}
	side = append(side, rawLevel{})
	copy(side[i+1:], side[i:])
	side[i] = l
	return side
}

func (d *decoder) pool(ev *event) error {
	o := &d.obj
	pi, err := d.index(d.pools, "pool", func(name string) error {
		venue, err := o.need("venue")
		if err != nil {
			return err
		}
		base, err := o.need("base")
		if err != nil {
			return err
		}
		quote, err := o.need("quote")
		if err != nil {
			return err
		}
		bd, err := o.int("base_decimals", false)
		if err != nil {
			return err
		}
		qd, err := o.int("quote_decimals", false)
		if err != nil {
			return err
		}
		if bd == 0 {
			bd = DefaultBaseDecimals
		}
		if qd == 0 {
			qd = DefaultQuoteDecimals
		}
		if bd < 0 || bd > 36 || qd < 0 || qd > 36 {
			return errors.New("decimals: want 0 to 36")
		}
		d.s.Pools = append(d.s.Pools, PoolInfo{Venue: venue, Name: name, Base: base, Quote: quote,
			BaseDecimals: int32(bd), QuoteDecimals: int32(qd)})
		return nil
	})
	if err != nil {
		return err
	}
	info := &d.s.Pools[pi]
	if base, ok, _ := o.str("base"); ok && base != info.Base {
		return fmt.Errorf("base %q: pool %s was %q", base, info.Name, info.Base)
	}
	var ps poolState
	if ps.base, err = d.units("reserve_base", info.BaseDecimals, true); err != nil {
		return err
	}
	if ps.quote, err = d.units("reserve_quote", info.QuoteDecimals, true); err != nil {
		return err
	}
	if ps.base.Sign() <= 0 || ps.quote.Sign() <= 0 {
		return errors.New("reserves must be > 0")
	}
	fee, err := o.int("fee_bps", true)
	if err != nil {
		return err
	}
	if fee < 0 || fee >= 10000 {
		return fmt.Errorf("fee_bps: %d: want 0 to 9999", fee)
	}
	ps.feeBps = int(fee)
	block, err := o.int("block", false)
	if err != nil {
		return err
	}
	ps.block = uint64(max(block, 0))
	ev.kind, ev.ref, ev.i = kPool, uint16(pi), int32(len(d.s.pools))
	d.s.pools = append(d.s.pools, ps)
	return nil
}

// units parses a non-negative decimal field into exact base units.
func (d *decoder) units(key string, decimals int32, required bool) (*big.Int, error) {
	v, ok, err := d.decimal(key, required)
	if err != nil || !ok {
		return new(big.Int), err
	}
	u := v.Abs().Shift(decimals)
	if !u.Equal(u.Truncate(0)) {
		return nil, fmt.Errorf("%s: %s has more than %d decimals", key, v, decimals)
	}
	return u.BigInt(), nil
}

func (d *decoder) decimal(key string, required bool) (decimal.Decimal, bool, error) {
	raw, ok, err := d.obj.num(key)
	if err != nil || !ok {
		if err == nil && required {
			err = fmt.Errorf("%s: required", key)
		}
		return decimal.Zero, false, err
	}
	v, err := decimal.NewFromString(string(raw))
	if err != nil {
		return decimal.Zero, false, fmt.Errorf("%s: %q is not a decimal", key, raw)
	}
	return v, true, nil
}

func (d *decoder) swap(ev *event) error {
	f := d.obj.get("pool")
	name := ""
	if f != nil && f.kind == vString {
		name = string(f.raw)
	}
	pi, ok := d.pools[name]
	if !ok {
		return fmt.Errorf("pool %q: no pool line before it (a swap needs the pool's state)", name)
	}
	info := &d.s.Pools[pi]
	bd, _, err := d.decimal("base_delta", true)
	if err != nil {
		return err
	}
	qd, _, err := d.decimal("quote_delta", true)
	if err != nil {
		return err
	}
	var in decimal.Decimal
	var dec int32
	switch {
	case bd.IsPositive() && !qd.IsPositive():
		in, dec, ev.flag = bd, info.BaseDecimals, flagBaseIn
	case qd.IsPositive() && !bd.IsPositive():
		in, dec = qd, info.QuoteDecimals
	default:
		return fmt.Errorf("deltas %s, %s: want one positive (paid in) and one not", bd, qd)
	}
	u := in.Shift(dec)
	if !u.Equal(u.Truncate(0)) {
		return fmt.Errorf("input %s has more than %d decimals", in, dec)
	}
	ev.kind, ev.ref, ev.i = kSwap, uint16(pi), int32(len(d.s.swaps))
	d.s.swaps = append(d.s.swaps, swapRec{in: u.BigInt(), base: bd, quote: qd})
	return nil
}

func (d *decoder) token(key string) (int, error) {
	return d.index(d.tokens, key, func(name string) error {
		d.s.Tokens = append(d.s.Tokens, TokenInfo{Symbol: name})
		return nil
	})
}

func (d *decoder) nav(ev *event) error {
	ti, err := d.token("token")
	if err != nil {
		return err
	}
	v, _, err := d.decimal("nav", true)
	if err != nil {
		return err
	}
	if !v.IsPositive() {
		return fmt.Errorf("nav: %s: want > 0", v)
	}
	src, _, err := d.obj.str("source")
	if err != nil {
		return err
	}
	switch src {
	case "issuer", "":
		ev.nb = uint16(venues.NAVIssuer)
	case "component":
		ev.nb = uint16(venues.NAVComponent)
	case "model":
		ev.nb = uint16(venues.NAVModel)
	default:
		return fmt.Errorf("source %q: want issuer, component or model", src)
	}
	outage, err := d.obj.bool("outage")
	if err != nil {
		return err
	}
	if outage {
		ev.flag |= flagOutage
	}
	ev.kind, ev.ref, ev.i = kNAV, uint16(ti), int32(len(d.s.navs))
	ev.f[0] = v.InexactFloat64()
	d.s.navs = append(d.s.navs, v)
	return nil
}

func (d *decoder) gas(ev *event) error {
	o := &d.obj
	ci, err := d.index(d.chains, "chain", func(name string) error {
		native, _, err := o.str("native")
		if err != nil {
			return err
		}
		if native == "" {
			native = DefaultNative
		}
		d.s.Chains = append(d.s.Chains, ChainInfo{Name: name, Native: native})
		return nil
	})
	if err != nil {
		return err
	}
	for k, key := range []string{"base_fee_gwei", "tip_gwei", "native_usd", "l1_fee_usd"} {
		if ev.f[k], err = o.float(key, k < 3); err != nil {
			return err
		}
		if ev.f[k] < 0 {
			return fmt.Errorf("%s: must be >= 0", key)
		}
	}
	if !(ev.f[2] > 0) {
		return errors.New("native_usd: must be > 0")
	}
	ev.kind, ev.ref = kGas, uint16(ci)
	return nil
}

func (d *decoder) issuer(ev *event, t int64) error {
	o := &d.obj
	ti, err := d.token("token")
	if err != nil {
		return err
	}
	if venue, ok, err := o.str("venue"); err != nil {
		return err
	} else if ok && d.s.Tokens[ti].Issuer == "" {
		d.s.Tokens[ti].Issuer = venue
	}
	u := venues.IssuerUpdate{Token: d.s.Tokens[ti].Symbol}
	mint, err := o.int("mint_fee_bps", true)
	if err != nil {
		return err
	}
	redeem, err := o.int("redeem_fee_bps", true)
	if err != nil {
		return err
	}
	if mint < 0 || mint >= 10000 || redeem < 0 || redeem >= 10000 {
		return errors.New("fees: want 0 to 9999 bps")
	}
	u.MintFeeBps, u.RedeemFeeBps = int(mint), int(redeem)
	if u.Paused, err = o.bool("paused"); err != nil {
		return err
	}
	if u.Rebalancing, err = o.bool("rebalancing"); err != nil {
		return err
	}
	for _, x := range []struct {
		key string
		dst *float64
	}{{"leverage", &u.Leverage}, {"collateral_per_token", &u.CollateralPerToken},
		{"debt_per_token", &u.DebtPerToken}, {"streaming_fee_annual", &u.StreamingFeeAnnual}} {
		if *x.dst, err = o.float(x.key, false); err != nil {
			return err
		}
	}
	if f := o.get("fee_accrued_at"); f != nil && f.kind != vNull {
		if f.kind != vString {
			return errors.New("fee_accrued_at: want an RFC 3339 time")
		}
		var tp timeParser
		at, err := tp.parse(f.raw)
		if err != nil {
			return fmt.Errorf("fee_accrued_at: %w", err)
		}
		u.FeeAccruedAt = unixTime(at)
	} else {
		u.FeeAccruedAt = unixTime(t)
	}
	ev.kind, ev.ref, ev.i = kIssuer, uint16(ti), int32(len(d.s.issuers))
	d.s.issuers = append(d.s.issuers, u)
	return nil
}
