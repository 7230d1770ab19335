package matching

import (
	"sort"

	"github.com/shopspring/decimal"
)

// order is a resting or finished order inside the engine.
type order struct {
	ref   OrderRef
	state orderState
	seq   uint64 // arrival sequence, for time priority
}

// level is one price level: a FIFO queue of resting orders.
type level struct {
	price  decimal.Decimal
	orders []*order
	total  decimal.Decimal
}

// side is one side of the book, best level first.
type side struct {
	bids   bool // true: descending prices
	levels []*level
}

// better reports whether price a has priority over price b on this side.
func (s *side) better(a, b decimal.Decimal) bool {
	if s.bids {
		return a.GreaterThan(b)
	}
	return a.LessThan(b)
}

// find returns the index where price is or would be inserted.
func (s *side) find(price decimal.Decimal) (int, bool) {
	i := sort.Search(len(s.levels), func(i int) bool { return !s.better(s.levels[i].price, price) })
	return i, i < len(s.levels) && s.levels[i].price.Equal(price)
}

// add appends o at the back of its price level's queue.
func (s *side) add(o *order, price, qty decimal.Decimal) {
	i, ok := s.find(price)
	if !ok {
		s.levels = append(s.levels, nil)
		copy(s.levels[i+1:], s.levels[i:])
		s.levels[i] = &level{price: price}
	}
	l := s.levels[i]
	l.orders = append(l.orders, o)
	l.total = l.total.Add(qty)
}

// remove takes o (with remaining quantity qty) out of the book.
func (s *side) remove(o *order, price, qty decimal.Decimal) {
	i, ok := s.find(price)
	if !ok {
		return
	}
	l := s.levels[i]
	for j, r := range l.orders {
		if r == o {
			l.orders = append(l.orders[:j], l.orders[j+1:]...)
			l.total = l.total.Sub(qty)
			break
		}
	}
	if len(l.orders) == 0 {
		s.levels = append(s.levels[:i], s.levels[i+1:]...)
	}
}

// popFront removes the best level if it is empty.
func (s *side) dropEmptyBest() {
	if len(s.levels) > 0 && len(s.levels[0].orders) == 0 {
		s.levels = s.levels[1:]
	}
}

// depth returns up to n aggregated levels (n <= 0: all).
func (s *side) depth(n int) []PriceLevel {
	if n <= 0 || n > len(s.levels) {
		n = len(s.levels)
	}
	out := make([]PriceLevel, n)
	for i := range n {
		out[i] = PriceLevel{Price: s.levels[i].price, Qty: s.levels[i].total}
	}
	return out
}

// qtyAt returns the aggregated quantity at price (zero if none).
func (s *side) qtyAt(price decimal.Decimal) decimal.Decimal {
	if i, ok := s.find(price); ok {
		return s.levels[i].total
	}
	return decimal.Zero
}
