package backtest

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Writer writes the recorded event format: one JSON object a line, numbers
// as decimal strings, times in RFC 3339 (UTC, nanoseconds). It refuses to
// write a line earlier than the previous one.
type Writer struct {
	w     *bufio.Writer
	buf   []byte
	last  time.Time
	lines uint64
}

// NewWriter writes to w (buffered: call Flush at the end).
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 1<<16), buf: make([]byte, 0, 4096)}
}

// Lines is the number of lines written.
func (w *Writer) Lines() uint64 { return w.lines }

// Flush writes buffered lines.
func (w *Writer) Flush() error {
	if err := w.w.Flush(); err != nil {
		return fmt.Errorf("events: write: %w", err)
	}
	return nil
}

func (w *Writer) begin(t time.Time, typ string) error {
	if t.Before(w.last) {
		return fmt.Errorf("events: write %s at %s: before the previous line (%s)", typ, t.Format(time.RFC3339Nano), w.last.Format(time.RFC3339Nano))
	}
	w.last = t
	b := append(w.buf[:0], `{"t":"`...)
	b = t.UTC().AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","type":"`...)
	b = append(b, typ...)
	w.buf = append(b, '"')
	return nil
}

func (w *Writer) end() error {
	w.buf = append(w.buf, '}', '\n')
	w.lines++
	if _, err := w.w.Write(w.buf); err != nil {
		return fmt.Errorf("events: write: %w", err)
	}
	return nil
}

func (w *Writer) str(key, v string) {
	w.buf = appendKey(w.buf, key)
	w.buf = appendJSONString(w.buf, v)
}

func (w *Writer) float(key string, v float64) {
	w.buf = appendKey(w.buf, key)
	w.buf = append(w.buf, '"')
	w.buf = strconv.AppendFloat(w.buf, v, 'f', -1, 64)
	w.buf = append(w.buf, '"')
}

func (w *Writer) dec(key string, v decimal.Decimal) {
	w.buf = appendKey(w.buf, key)
	w.buf = append(w.buf, '"')
	w.buf = append(w.buf, v.String()...)
	w.buf = append(w.buf, '"')
}

func (w *Writer) int(key string, v int64) {
	w.buf = appendKey(w.buf, key)
	w.buf = strconv.AppendInt(w.buf, v, 10)
}

func (w *Writer) bool(key string, v bool) {
	w.buf = appendKey(w.buf, key)
	w.buf = strconv.AppendBool(w.buf, v)
}

func appendKey(b []byte, key string) []byte {
	b = append(b, ',', '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

// appendJSONString appends s as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// Header writes the stream's header line (first, once).
func (w *Writer) Header(t time.Time, h Header) error {
	if err := w.begin(t, "header"); err != nil {
		return err
	}
	format := h.Format
	if format == "" {
		format = FormatV1
	}
	w.str("format", format)
	if h.Source != "" {
		w.str("source", h.Source)
	}
	if h.Seed != 0 {
		w.int("seed", h.Seed)
	}
	if h.Note != "" {
		w.str("note", h.Note)
	}
	return w.end()
}

// Book writes a book snapshot (or, with snapshot false, a diff in which
// quantity 0 deletes a level).
func (w *Writer) Book(b *venues.BookUpdate, snapshot bool) error {
	if err := w.begin(b.Time, "book"); err != nil {
		return err
	}
	w.str("venue", b.Venue)
	w.str("symbol", b.Symbol)
	w.bool("snapshot", snapshot)
	if b.Stale {
		w.bool("stale", true)
	}
	w.levels("bids", b.Bids)
	w.levels("asks", b.Asks)
	return w.end()
}

func (w *Writer) levels(key string, ls []venues.Level) {
	b := appendKey(w.buf, key)
	b = append(b, '[')
	for i, l := range ls {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[', '"')
		b = strconv.AppendFloat(b, l.Price, 'f', -1, 64)
		b = append(b, '"', ',', '"')
		b = strconv.AppendFloat(b, l.Qty, 'f', -1, 64)
		b = append(b, '"', ']')
	}
	w.buf = append(b, ']')
}

// PoolLine is one pool state, exact.
type PoolLine struct {
	Time                      time.Time
	Pool                      PoolInfo
	ReserveBase, ReserveQuote decimal.Decimal
	FeeBps                    int
	Block                     uint64
}

// Pool writes a pool's state.
func (w *Writer) Pool(p PoolLine) error {
	if err := w.begin(p.Time, "pool"); err != nil {
		return err
	}
	w.str("venue", p.Pool.Venue)
	w.str("pool", p.Pool.Name)
	w.str("base", p.Pool.Base)
	w.str("quote", p.Pool.Quote)
	w.dec("reserve_base", p.ReserveBase)
	w.dec("reserve_quote", p.ReserveQuote)
	w.int("fee_bps", int64(p.FeeBps))
	w.int("base_decimals", int64(p.Pool.BaseDecimals))
	w.int("quote_decimals", int64(p.Pool.QuoteDecimals))
	if p.Block > 0 {
		w.int("block", int64(p.Block))
	}
	return w.end()
}

// Swap writes someone else's trade on a pool.
func (w *Writer) Swap(s *venues.Swap) error {
	if err := w.begin(s.Time, "swap"); err != nil {
		return err
	}
	w.str("venue", s.Venue)
	w.str("pool", s.Pool)
	w.dec("base_delta", s.BaseDelta)
	w.dec("quote_delta", s.QuoteDelta)
	if s.Block > 0 {
		w.int("block", int64(s.Block))
	}
	return w.end()
}

// NAV writes a NAV figure; outage marks one the issuer pays but the
// strategy's NAV source did not deliver (scenarios).
func (w *Writer) NAV(n *venues.NAVUpdate, outage bool) error {
	if err := w.begin(n.Time, "nav"); err != nil {
		return err
	}
	w.str("token", n.Token)
	w.float("nav", n.NAV)
	w.str("source", n.Source.String())
	if outage {
		w.bool("outage", true)
	}
	return w.end()
}

// Gas writes a chain's fee market; native names its gas asset.
func (w *Writer) Gas(g *venues.GasUpdate, native string) error {
	if err := w.begin(g.Time, "gas"); err != nil {
		return err
	}
	w.str("chain", g.Chain)
	w.float("base_fee_gwei", g.BaseFeeGwei)
	w.float("tip_gwei", g.TipGwei)
	w.float("native_usd", g.NativeUSD)
	w.float("l1_fee_usd", g.L1FeeUSD)
	if native != "" {
		w.str("native", native)
	}
	return w.end()
}

// Issuer writes a token's issuer state; venue names the issuer on fills.
func (w *Writer) Issuer(u *venues.IssuerUpdate, venue string) error {
	if err := w.begin(u.Time, "issuer"); err != nil {
		return err
	}
	w.str("token", u.Token)
	if venue != "" {
		w.str("venue", venue)
	}
	w.int("mint_fee_bps", int64(u.MintFeeBps))
	w.int("redeem_fee_bps", int64(u.RedeemFeeBps))
	w.bool("paused", u.Paused)
	w.bool("rebalancing", u.Rebalancing)
	w.float("leverage", u.Leverage)
	w.float("collateral_per_token", u.CollateralPerToken)
	w.float("debt_per_token", u.DebtPerToken)
	w.float("streaming_fee_annual", u.StreamingFeeAnnual)
	if !u.FeeAccruedAt.IsZero() {
		w.buf = appendKey(w.buf, "fee_accrued_at")
		w.buf = append(w.buf, '"')
		w.buf = u.FeeAccruedAt.UTC().AppendFormat(w.buf, time.RFC3339Nano)
		w.buf = append(w.buf, '"')
	}
	return w.end()
}
