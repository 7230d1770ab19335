package matching

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// TrackChanges makes the engine remember which price levels change, for
// Changes. Off by default so that an engine nobody drains stays small.
func (e *Engine) TrackChanges() {
	e.track = true
	if e.dirtyBids == nil {
		e.dirtyBids = map[string]decimal.Decimal{}
		e.dirtyAsks = map[string]decimal.Decimal{}
	}
}

func (e *Engine) dirty(s venues.Side, price decimal.Decimal) {
	e.bookChange++
	if !e.track {
		return
	}
	if s == venues.Buy {
		e.dirtyBids[price.String()] = price
	} else {
		e.dirtyAsks[price.String()] = price
	}
}

// BookChanges counts level changes since the engine was made; it grows by
// at least one on every call that changed the book.
func (e *Engine) BookChanges() uint64 { return e.bookChange }

// Changes returns the levels that changed since the last call with their
// current aggregated quantity (zero: the level is gone), best first, and
// forgets them. It needs TrackChanges.
func (e *Engine) Changes() (bids, asks []PriceLevel) {
	bids = drain(&e.bids, e.dirtyBids)
	asks = drain(&e.asks, e.dirtyAsks)
	return bids, asks
}

func drain(s *side, m map[string]decimal.Decimal) []PriceLevel {
	if len(m) == 0 {
		return nil
	}
	out := make([]PriceLevel, 0, len(m))
	for k, p := range m {
		out = append(out, PriceLevel{Price: p, Qty: s.qtyAt(p)})
		delete(m, k)
	}
	slices.SortFunc(out, func(a, b PriceLevel) int {
		if s.bids {
			return b.Price.Cmp(a.Price)
		}
		return a.Price.Cmp(b.Price)
	})
	return out
}
