package binancetest

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues/sim/matching"
)

// gapSize is how many update ids an injected gap skips.
const gapSize = 3

// market is one symbol's book with its diff-stream bookkeeping.
type market struct {
	futures bool
	rules   matching.SymbolRules
	eng     *matching.Engine
	lower   string // lowercase symbol, for stream names

	updateID   uint64 // last update id applied to the book
	batchFirst uint64 // first id of the pending batch; 0: none
	batchBids  map[string]matching.PriceLevel
	batchAsks  map[string]matching.PriceLevel
	prevU      uint64 // u of the last event (sent, dropped or phantom)
	dropNext   bool
	lastPrice  decimal.Decimal
	lastTime   int64 // ms of the last trade
}

func newMarket(r matching.SymbolRules, futures bool) *market {
	e := matching.NewEngine(r)
	e.TrackChanges()
	return &market{
		futures: futures, rules: r, eng: e, lower: strings.ToLower(r.Symbol),
		batchBids: map[string]matching.PriceLevel{},
		batchAsks: map[string]matching.PriceLevel{},
	}
}

// collect moves the engine's changed levels into the pending batch; every
// level consumes one update id.
func (m *market) collect() {
	bids, asks := m.eng.Changes()
	add := func(dst map[string]matching.PriceLevel, ls []matching.PriceLevel) {
		for _, l := range ls {
			m.updateID++
			if m.batchFirst == 0 {
				m.batchFirst = m.updateID
			}
			dst[l.Price.String()] = l
		}
	}
	add(m.batchBids, bids)
	add(m.batchAsks, asks)
}

// depthEvent is a diff event in Binance's wire format. Pu and T are
// futures-only.
type depthEvent struct {
	Event string     `json:"e"`
	Time  int64      `json:"E"`
	T     int64      `json:"T,omitempty"`
	Sym   string     `json:"s"`
	First uint64     `json:"U"`
	Last  uint64     `json:"u"`
	Pu    *uint64    `json:"pu,omitempty"`
	Bids  [][]string `json:"b"`
	Asks  [][]string `json:"a"`
}

// takeBatch returns the pending batch as an event (ok false if empty) and
// starts a new batch.
func (m *market) takeBatch(nowMs int64) (depthEvent, bool) {
	if m.batchFirst == 0 {
		return depthEvent{}, false
	}
	ev := depthEvent{
		Event: "depthUpdate", Time: nowMs, Sym: m.rules.Symbol,
		First: m.batchFirst, Last: m.updateID,
		Bids: sortedLevels(m.batchBids, true, m.futures),
		Asks: sortedLevels(m.batchAsks, false, m.futures),
	}
	if m.futures {
		pu := m.prevU
		ev.Pu = &pu
		ev.T = nowMs
	}
	m.prevU = m.updateID
	m.batchFirst = 0
	clear(m.batchBids)
	clear(m.batchAsks)
	return ev, true
}

// skipIDs consumes gapSize update ids as if an event had been lost.
func (m *market) skipIDs() {
	m.updateID += gapSize
	m.prevU = m.updateID
}

func sortedLevels(ls map[string]matching.PriceLevel, desc, futures bool) [][]string {
	xs := make([]matching.PriceLevel, 0, len(ls))
	for _, l := range ls {
		xs = append(xs, l)
	}
	slices.SortFunc(xs, func(a, b matching.PriceLevel) int {
		if desc {
			return b.Price.Cmp(a.Price)
		}
		return a.Price.Cmp(b.Price)
	})
	return levelStrings(xs, futures)
}

func levelStrings(ls []matching.PriceLevel, futures bool) [][]string {
	out := make([][]string, len(ls))
	for i, l := range ls {
		out[i] = []string{num(l.Price, futures), num(l.Qty, futures)}
	}
	return out
}

// num formats a decimal the way Binance does: spot with (at least) 8
// decimals, futures plainly. It never loses digits.
func num(d decimal.Decimal, futures bool) string {
	if !futures && d.Exponent() >= -8 {
		return d.StringFixed(8)
	}
	return d.String()
}

// depthStreams are the stream names that carry symbol's diffs.
func depthStreams(lower string) [5]string {
	return [5]string{lower + "@depth", lower + "@depth@100ms", lower + "@depth@250ms", lower + "@depth@500ms", lower + "@depth@1000ms"}
}

// flushAll sends every market's pending batch. Caller holds x.mu.
func (x *Exchange) flushAll() {
	for _, m := range x.spot {
		x.flush(m)
	}
	for _, m := range x.fut {
		x.flush(m)
	}
}

// flush sends m's pending batch (unless a drop is armed). Caller holds x.mu.
func (x *Exchange) flush(m *market) {
	ev, ok := m.takeBatch(x.now().UnixMilli())
	if !ok {
		return
	}
	if m.dropNext {
		m.dropNext = false
		x.log.Debug().Str("symbol", m.rules.Symbol).Uint64("U", ev.First).Uint64("u", ev.Last).Msg("diff dropped")
		return
	}
	for _, s := range depthStreams(m.lower) {
		x.publish(m.futures, s, ev)
	}
}
