package sim

import (
	"math"
	"math/rand/v2"

	"github.com/navarb/navarb/venues"
)

// bookMaker lays an order book around the price.
type bookMaker struct {
	o          BookOptions
	rng        *rand.Rand
	bids, asks []venues.Level
}

func newBookMaker(o BookOptions, seed uint64) *bookMaker {
	return &bookMaker{
		o:    o,
		rng:  newRNG(seed, streamBook),
		bids: make([]venues.Level, o.Levels),
		asks: make([]venues.Level, o.Levels),
	}
}

// fill writes the book around price into ev, reusing the level slices.
func (b *bookMaker) fill(ev *venues.BookUpdate, price float64) {
	o := b.o
	qty := o.LevelQty
	for i := range o.Levels {
		off := (o.HalfSpreadBps + float64(i)*o.LevelSpacingBps) / 1e4
		bid, ask := price*(1-off), price*(1+off)
		if o.Tick > 0 {
			bid = math.Floor(bid/o.Tick) * o.Tick
			ask = math.Ceil(ask/o.Tick) * o.Tick
		}
		b.bids[i] = venues.Level{Price: bid, Qty: b.jitter(qty)}
		b.asks[i] = venues.Level{Price: ask, Qty: b.jitter(qty)}
		qty *= 1 + o.QtyGrowth
	}
	ev.Bids, ev.Asks = b.bids, b.asks
}

func (b *bookMaker) jitter(q float64) float64 {
	q *= 1 + b.o.QtyJitter*(2*b.rng.Float64()-1)
	return math.Round(q*1e4) / 1e4
}
