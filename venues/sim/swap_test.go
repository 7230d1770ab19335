package sim_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

// v2Out is Uniswap V2's getAmountOut with a bps fee, on exact decimals
// scaled to base units (floored), written independently of the simulator.
func v2Out(in, rIn, rOut decimal.Decimal, inDec, outDec int32, feeBps int64) decimal.Decimal {
	i, ri, ro := in.Shift(inDec), rIn.Shift(inDec), rOut.Shift(outDec)
	withFee := i.Mul(decimal.NewFromInt(10000 - feeBps))
	out := withFee.Mul(ro).Div(ri.Mul(decimal.NewFromInt(10000)).Add(withFee)).Floor()
	return out.Shift(-outDec)
}

// With EmitSwaps, the pool's first state plus its swaps, each re-executed by
// its input amount, reproduce the pool exactly; without it no swap is sent.
func TestSwapsReplayThePool(t *testing.T) {
	for _, emit := range []bool{true, false} {
		o := sim.DefaultOptions()
		o.Duration = 2 * time.Hour
		o.EmitSwaps = emit
		m := mustNew(t, o)
		s0 := m.Snapshot()
		base, quote := s0.PoolBase, s0.PoolQuote
		var swaps, pools int
		var last venues.PoolUpdate
		mustRun(t, m, func(ev venues.Event) {
			switch e := ev.(type) {
			case *venues.Swap:
				swaps++
				if e.Pool != o.Pool.Name || e.Venue != o.Pool.Venue || !e.Time.Equal(m.Now()) {
					t.Fatalf("swap %+v", e)
				}
				switch {
				case e.QuoteDelta.IsPositive() && e.BaseDelta.IsNegative():
					out := v2Out(e.QuoteDelta, quote, base, 6, 18, int64(o.Pool.FeeBps))
					if !out.Equal(e.BaseDelta.Neg()) {
						t.Fatalf("buy of %s paid %s, replay gives %s", e.QuoteDelta, e.BaseDelta.Neg(), out)
					}
				case e.BaseDelta.IsPositive() && e.QuoteDelta.IsNegative():
					out := v2Out(e.BaseDelta, base, quote, 18, 6, int64(o.Pool.FeeBps))
					if !out.Equal(e.QuoteDelta.Neg()) {
						t.Fatalf("sale of %s paid %s, replay gives %s", e.BaseDelta, e.QuoteDelta.Neg(), out)
					}
				default:
					t.Fatalf("swap deltas %s %s: want one in, one out", e.BaseDelta, e.QuoteDelta)
				}
				base, quote = base.Add(e.BaseDelta), quote.Add(e.QuoteDelta)
			case *venues.PoolUpdate:
				pools++
				last = *e
			}
		})
		end := m.Snapshot()
		if got := m.Stats().Events.Swap; got != uint64(swaps) {
			t.Errorf("emit=%v: Stats().Events.Swap = %d, delivered %d", emit, got, swaps)
		}
		if !emit {
			if swaps != 0 {
				t.Errorf("EmitSwaps off: %d swaps delivered", swaps)
			}
			continue
		}
		if got := m.Stats().NoiseTrades; swaps == 0 || uint64(swaps) != got {
			t.Errorf("swaps %d, noise trades %d", swaps, got)
		}
		if !base.Equal(end.PoolBase) || !quote.Equal(end.PoolQuote) {
			t.Errorf("replayed pool %s/%s, simulator %s/%s", base, quote, end.PoolBase, end.PoolQuote)
		}
		if pools == 0 || last.ReserveQuote != end.PoolQuote.InexactFloat64() {
			t.Errorf("last pool update %+v, end %s", last, end.PoolQuote)
		}
	}
}
