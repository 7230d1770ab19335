package risk_test

import (
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
)

// busyGate has open reservations and gas spent across the day, so Check
// exercises every rule.
func busyGate(tb testing.TB) *risk.Gate {
	g := newGate(tb, baseLimits())
	for i := range 20 {
		at := t0.Add(time.Duration(i) * time.Hour)
		g.Release(uint64(1000+i), 0.5, at)
	}
	now := t0.Add(20 * time.Hour)
	g.Reserve(planFor(500, "ETH2X", 4500, 0.1), now)
	g.Reserve(planFor(501, "BTC2X", 1000, 0.1), now)
	return g
}

func TestCheckDoesNotAllocate(t *testing.T) {
	g := busyGate(t)
	c := baseCheck()
	c.InventoryUSD, c.InventoryDeltaUSD = 2000, 1000
	now := t0.Add(20 * time.Hour)
	var v risk.Verdict
	allocs := testing.AllocsPerRun(1000, func() {
		now = now.Add(7 * time.Second) // the gas window keeps sliding
		v = g.Check(c, now)
	})
	if allocs != 0 {
		t.Errorf("Check allocates %v times per call, want 0", allocs)
	}
	if v.Reason != risk.None || v.MaxNotionalUSD != 500 {
		t.Errorf("Check = %+v, want approved shrunk to 500", v)
	}
}

func BenchmarkCheck(b *testing.B) {
	g := busyGate(b)
	c := baseCheck()
	c.InventoryUSD, c.InventoryDeltaUSD = 2000, 1000
	now := t0.Add(20 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		now = now.Add(time.Second)
		if v := g.Check(c, now); v.Reason != risk.None {
			b.Fatalf("denied: %v", v.Reason)
		}
	}
}
