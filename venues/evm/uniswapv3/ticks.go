package uniswapv3

import "github.com/holiman/uint256"

// tickInfo is an initialized tick: its gross liquidity (uint128) and its
// net liquidity (int128, as magnitude and sign).
type tickInfo struct {
	tick   int32
	sqrt   uint256.Int // SqrtRatioAtTick(tick), cached for the swap loop
	gross  uint256.Int
	net    uint256.Int
	netNeg bool
}

// tickTable is a pool's initialized ticks in ascending order: the tick
// bitmap's set bits with each tick's liquidity.
type tickTable []tickInfo

// search returns the index of the first tick >= t.
func (tt tickTable) search(t int32) int {
	lo, hi := 0, len(tt)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if tt[m].tick < t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// get returns the tick's entry, or nil.
func (tt tickTable) get(t int32) *tickInfo {
	if i := tt.search(t); i < len(tt) && tt[i].tick == t {
		return &tt[i]
	}
	return nil
}

// nextInitializedTickWithinOneWord mirrors TickBitmap.nextInitializedTickWithinOneWord:
// the next initialized tick at or left of (lte) or right of the tick, not
// leaving the 256-tick bitmap word; if none, the word's boundary tick. idx
// is the tick's index in the table when initialized.
func (tt tickTable) nextInitializedTickWithinOneWord(tick, spacing int32, lte bool) (next int32, initialized bool, idx int) {
	compressed := tick / spacing
	if tick < 0 && tick%spacing != 0 {
		compressed--
	}
	if lte {
		wordStart := compressed - compressed&255 // floor to the word (two's complement & works for negatives)
		i := tt.search(compressed*spacing+1) - 1 // last tick <= compressed*spacing
		if i >= 0 && tt[i].tick >= wordStart*spacing {
			return tt[i].tick, true, i
		}
		return wordStart * spacing, false, -1
	}
	c := compressed + 1
	wordEnd := c + (255 - c&255)
	i := tt.search(c * spacing)
	if i < len(tt) && tt[i].tick <= wordEnd*spacing {
		return tt[i].tick, true, i
	}
	return wordEnd * spacing, false, -1
}

// update adds a signed liquidity delta to a tick as Tick.update does
// (lower ticks add to net, upper ticks subtract), inserting or removing the
// tick as its gross liquidity leaves or returns to zero. It returns the
// table, and the old entry (had=false if the tick was not initialized).
func (tt tickTable) update(t int32, delta *uint256.Int, deltaNeg, upper bool) (tickTable, tickInfo, bool, bool) {
	i := tt.search(t)
	had := i < len(tt) && tt[i].tick == t
	var old tickInfo
	if had {
		old = tt[i]
	} else {
		old = tickInfo{tick: t}
		sqrtRatioAtTick(t, &old.sqrt)
	}
	cur := old
	// gross: LiquidityMath.addDelta(gross, delta)
	if !addDelta(&cur.gross, &cur.gross, delta, deltaNeg) {
		return tt, old, had, false
	}
	// net: lower += delta, upper -= delta (int128)
	netDeltaNeg := deltaNeg != upper
	if !addSigned(&cur.net, &cur.netNeg, delta, netDeltaNeg) {
		return tt, old, had, false
	}
	switch {
	case cur.gross.IsZero() && had:
		tt = append(tt[:i], tt[i+1:]...)
	case cur.gross.IsZero():
		// a zero delta on an empty tick changes nothing
	case had:
		tt[i] = cur
	default:
		tt = append(tt, tickInfo{})
		copy(tt[i+1:], tt[i:])
		tt[i] = cur
	}
	return tt, old, had, true
}

// restore puts a tick back to an earlier entry (had=false: uninitialized).
func (tt tickTable) restore(old tickInfo, had bool) tickTable {
	i := tt.search(old.tick)
	exists := i < len(tt) && tt[i].tick == old.tick
	switch {
	case had && exists:
		tt[i] = old
	case had:
		tt = append(tt, tickInfo{})
		copy(tt[i+1:], tt[i:])
		tt[i] = old
	case exists:
		tt = append(tt[:i], tt[i+1:]...)
	}
	return tt
}

// addDelta sets z = x + (neg ? -d : d) for a uint128 x (LiquidityMath.addDelta).
func addDelta(z, x, d *uint256.Int, neg bool) bool {
	if neg {
		if x.Lt(d) {
			return false
		}
		z.Sub(x, d)
		return true
	}
	z.Add(x, d)
	return fitsUint128(z)
}

// addSigned adds a signed delta to a signed int128 (magnitude and sign).
func addSigned(mag *uint256.Int, neg *bool, d *uint256.Int, dNeg bool) bool {
	if *neg == dNeg {
		mag.Add(mag, d)
	} else if !mag.Lt(d) {
		mag.Sub(mag, d)
	} else {
		mag.Sub(d, mag)
		*neg = dNeg
	}
	if mag.IsZero() {
		*neg = false
	}
	// int128 range: magnitude <= 2^127 (only the negative end reaches it)
	return mag[3] == 0 && mag[2] == 0 && (mag[1] < 1<<63 || (*neg && mag[1] == 1<<63 && mag[0] == 0))
}
