package binance

import (
	"strconv"

	"github.com/navarb/navarb/venues"
)

// Book is one symbol's price levels: two sorted slices with the best price
// at the end, so updates near the top of the book move little memory and a
// steady-state update allocates nothing. Bids ascend (best bid last), asks
// descend (best ask last). Prices parsed from the same decimal string are
// the same float64, so levels are keyed by exact equality.
//
// A Book is not safe for concurrent use: one goroutine owns it.
type Book struct {
	bids []venues.Level
	asks []venues.Level
}

// NewBook returns an empty book with room for capacity levels per side.
func NewBook(capacity int) *Book {
	return &Book{
		bids: make([]venues.Level, 0, capacity),
		asks: make([]venues.Level, 0, capacity),
	}
}

// Clear removes every level, keeping the memory.
func (b *Book) Clear() {
	b.bids = b.bids[:0]
	b.asks = b.asks[:0]
}

// Len reports how many levels a side holds.
func (b *Book) Len(side venues.Side) int {
	if side == venues.Buy {
		return len(b.bids)
	}
	return len(b.asks)
}

// Set sets the quantity at a price; a quantity of zero (or less) removes the
// level. side is venues.Buy for bids and venues.Sell for asks.
func (b *Book) Set(side venues.Side, price, qty float64) {
	if side == venues.Buy {
		b.bids = set(b.bids, price, qty, false)
		return
	}
	b.asks = set(b.asks, price, qty, true)
}

// SetString parses a price and quantity in Binance's decimal string form
// and sets the level.
func (b *Book) SetString(side venues.Side, price, qty string) error {
	p, err := strconv.ParseFloat(price, 64)
	if err != nil {
		return err
	}
	q, err := strconv.ParseFloat(qty, 64)
	if err != nil {
		return err
	}
	b.Set(side, p, q)
	return nil
}

// set updates one side. The slice is sorted ascending (desc=false) or
// descending (desc=true) by price.
func set(ls []venues.Level, price, qty float64, desc bool) []venues.Level {
	// Binary search for the first index whose price is not before price.
	lo, hi := 0, len(ls)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		p := ls[m].Price
		if (!desc && p < price) || (desc && p > price) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ls) && ls[lo].Price == price {
		if qty > 0 {
			ls[lo].Qty = qty
			return ls
		}
		copy(ls[lo:], ls[lo+1:])
		return ls[:len(ls)-1]
	}
	if qty <= 0 {
		return ls
	}
	ls = append(ls, venues.Level{})
	copy(ls[lo+1:], ls[lo:])
	ls[lo] = venues.Level{Price: price, Qty: qty}
	return ls
}

// Top appends up to n levels of a side to dst, best first, and returns it.
func (b *Book) Top(side venues.Side, n int, dst []venues.Level) []venues.Level {
	ls := b.asks
	if side == venues.Buy {
		ls = b.bids
	}
	for i := len(ls) - 1; i >= 0 && n > 0; i-- {
		dst = append(dst, ls[i])
		n--
	}
	return dst
}

// Best returns a side's best level.
func (b *Book) Best(side venues.Side) (venues.Level, bool) {
	ls := b.asks
	if side == venues.Buy {
		ls = b.bids
	}
	if len(ls) == 0 {
		return venues.Level{}, false
	}
	return ls[len(ls)-1], true
}
