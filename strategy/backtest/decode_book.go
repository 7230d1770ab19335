package backtest

import (
	"errors"
	"sort"

	"github.com/navarb/navarb/venues"
)

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
