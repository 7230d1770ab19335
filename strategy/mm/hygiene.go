package mm

import (
	"math"
	"time"

	"github.com/navarb/navarb/venues"
)

// Resting is one of our open quotes as the venue last reported it.
type Resting struct {
	ClientID string
	Side     venues.Side
	Price    float64
	// Qty is the remaining (unfilled) quantity.
	Qty    float64
	Placed time.Time
}

// ActionKind is what Reconcile asks for.
type ActionKind uint8

// Action kinds.
const (
	// Keep leaves Resting in place: it serves Desired.
	Keep ActionKind = iota + 1
	// Cancel removes Resting.
	Cancel
	// Place posts Desired as a new LimitMaker order.
	Place
)

func (k ActionKind) String() string {
	switch k {
	case Keep:
		return "keep"
	case Cancel:
		return "cancel"
	case Place:
		return "place"
	}
	return "unknown"
}

// Action is one decision. Resting indexes the resting slice (Keep, Cancel;
// -1 for Place); Desired indexes the desired side's ladder (Keep, Place; -1
// for Cancel), Side says which ladder.
type Action struct {
	Kind    ActionKind
	Side    venues.Side
	Resting int
	Desired int
}

// Reconciled sums up one Reconcile: how many actions it emitted by kind and
// how many wanted cancels and places it left for later calls because of the
// budget.
type Reconciled struct {
	Kept, Cancels, Places int
	Deferred              int
}

// Reconcile appends to dst[:0] the minimal actions that turn resting into
// the desired ladders (bids, asks as Ladder returns them).
//
// A resting order serves a desired quote of its side when its price is
// within RefreshToleranceBps of the desired price, it is at most MaxQuoteAge
// old, and its remaining quantity is not above the desired one (a smaller
// cap must not be exceeded by an old order; partially filled orders are
// kept). Each desired quote, best first, takes the closest such order still
// free. Everything else is cancelled, and desired quotes left unserved are
// placed.
//
// At most budget cancels and places are emitted (keeps are free; budget <= 0
// emits none): cancels first, since a stale quote is the risk, then places
// best level first, alternating sides. What does not fit is counted in
// Deferred and comes back on the next call. Cancels free room before
// places, so executing the actions in order never has a side's resting plus
// new quantity past the desired one. It does not allocate when dst has room
// for len(resting) + len(bids) + len(asks) actions. A nil p emits nothing.
func Reconcile(resting []Resting, bids, asks []Quote, p *Params, budget int, now time.Time, dst []Action) ([]Action, Reconciled) {
	dst = dst[:0]
	var sum Reconciled
	if p == nil {
		return dst, sum
	}
	tol := p.RefreshToleranceBps / bpsDenom
	// used marks resting orders a Keep took and served[side] the desired
	// levels one serves, for the first bitsetCap of each; beyond that the
	// actions themselves are scanned.
	var used bitset
	var servedBy [2]bitset
	// Keeps: match desired quotes to resting orders.
	for si, side := range [2]venues.Side{venues.Buy, venues.Sell} {
		want := bids
		if side == venues.Sell {
			want = asks
		}
		for di := range want {
			d := &want[di]
			best, bestDist := -1, math.Inf(1)
			for ri := range resting {
				o := &resting[ri]
				if o.Side != side || used.has(ri, dst) {
					continue
				}
				dist := math.Abs(o.Price/d.Price - 1)
				if dist > tol || dist >= bestDist || o.Qty > d.Qty*(1+1e-9) || now.Sub(o.Placed) > p.MaxQuoteAge {
					continue
				}
				best, bestDist = ri, dist
			}
			if best >= 0 {
				dst = append(dst, Action{Kind: Keep, Side: side, Resting: best, Desired: di})
				used.set(best)
				servedBy[si].set(di)
				sum.Kept++
			}
		}
	}
	kept := len(dst)
	// Cancels: every resting order nothing kept.
	for ri := range resting {
		if used.has(ri, dst[:kept]) {
			continue
		}
		if budget <= 0 {
			sum.Deferred++
			continue
		}
		dst = append(dst, Action{Kind: Cancel, Side: resting[ri].Side, Resting: ri, Desired: -1})
		sum.Cancels++
		budget--
	}
	// Places: desired quotes nothing serves, best level first.
	for lv := range max(len(bids), len(asks)) {
		for si, side := range [2]venues.Side{venues.Buy, venues.Sell} {
			want := bids
			if side == venues.Sell {
				want = asks
			}
			if lv >= len(want) || servedBy[si].served(lv, side, dst[:kept]) {
				continue
			}
			if budget <= 0 {
				sum.Deferred++
				continue
			}
			dst = append(dst, Action{Kind: Place, Side: side, Resting: -1, Desired: lv})
			sum.Places++
			budget--
		}
	}
	return dst, sum
}

// bitsetCap is how many indices a bitset holds; larger ones fall back to
// scanning the actions, so any size works without allocating.
const bitsetCap = 256

type bitset [bitsetCap / 64]uint64

func (b *bitset) set(i int) {
	if i < bitsetCap {
		b[i/64] |= 1 << (i % 64)
	}
}

// has reports whether resting order ri is taken by a Keep.
func (b *bitset) has(ri int, acts []Action) bool {
	if ri < bitsetCap {
		return b[ri/64]&(1<<(ri%64)) != 0
	}
	return matched(acts, ri)
}

// served reports whether desired level lv of side is served by a Keep.
func (b *bitset) served(lv int, side venues.Side, acts []Action) bool {
	if lv < bitsetCap {
		return b[lv/64]&(1<<(lv%64)) != 0
	}
	return served(acts, side, lv)
}

// matched reports whether a Keep in acts already uses resting order ri.
func matched(acts []Action, ri int) bool {
	for i := range acts {
		if acts[i].Kind == Keep && acts[i].Resting == ri {
			return true
		}
	}
	return false
}

// served reports whether a Keep in acts serves desired level lv of side.
func served(acts []Action, side venues.Side, lv int) bool {
	for i := range acts {
		if acts[i].Kind == Keep && acts[i].Side == side && acts[i].Desired == lv {
			return true
		}
	}
	return false
}
