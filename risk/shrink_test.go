package risk_test

import (
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
)

func TestShrink(t *testing.T) {
	lim := baseLimits() // per token 5000, total 8000, inventory 3000
	now := t0.Add(time.Minute)
	tests := []struct {
		name     string
		reserved [][2]float64 // token index (0 = ETH2X, 1 = BTC2X), notional
		inv, dlt float64      // inventory and delta of a 1000 USD plan
		want     risk.Reason
		wantMax  float64
	}{
		{name: "full size", want: risk.None, wantMax: 1000},
		{name: "token headroom", reserved: [][2]float64{{0, 4600}}, want: risk.None, wantMax: 400},
		{name: "token headroom equals notional", reserved: [][2]float64{{0, 4000}}, want: risk.None, wantMax: 1000},
		{name: "token headroom gone", reserved: [][2]float64{{0, 5000}}, want: risk.NotionalToken},
		{name: "token over-reserved", reserved: [][2]float64{{0, 6000}}, want: risk.NotionalToken},
		{name: "total headroom", reserved: [][2]float64{{1, 4000}, {0, 3750}}, want: risk.None, wantMax: 250},
		{name: "total headroom gone", reserved: [][2]float64{{1, 5000}, {0, 3000}}, want: risk.NotionalTotal},
		{name: "inventory headroom long", inv: 2800, dlt: 1000, want: risk.None, wantMax: 200},
		{name: "inventory headroom short", inv: -2500, dlt: -2000, want: risk.None, wantMax: 250},
		{name: "inventory crossing sides", inv: -1000, dlt: 5000, want: risk.None, wantMax: 800},
		{name: "inventory headroom gone", inv: 3000, dlt: 1, want: risk.Inventory},
		{name: "tightest of all wins", reserved: [][2]float64{{0, 4300}, {1, 3000}}, inv: 2500, dlt: 1000,
			want: risk.None, wantMax: 500}, // token 700, total 700, inventory 500
		{name: "tightest is total", reserved: [][2]float64{{0, 4300}, {1, 3100}}, dlt: 1000,
			want: risk.None, wantMax: 600}, // token 700, total 600, inventory 1000
	}
	tokens := []string{"ETH2X", "BTC2X"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGate(t, lim)
			for i, r := range tc.reserved {
				g.Reserve(planFor(uint64(100+i), tokens[int(r[0])], r[1], 0), now)
			}
			c := baseCheck()
			c.InventoryUSD, c.InventoryDeltaUSD = tc.inv, tc.dlt
			v := g.Check(c, now)
			if v.Reason != tc.want {
				t.Fatalf("reason = %v, want %v", v.Reason, tc.want)
			}
			if math.Abs(v.MaxNotionalUSD-tc.wantMax) > 1e-6 {
				t.Errorf("MaxNotionalUSD = %v, want %v", v.MaxNotionalUSD, tc.wantMax)
			}
			if tc.want != risk.None {
				return
			}
			// A shrink (and only a shrink) is counted.
			_, shrunk := g.Approvals()
			if got, want := shrunk == 1, tc.wantMax < c.Plan.NotionalUSD; got != want {
				t.Errorf("shrunk count %d, want shrunk = %v", shrunk, want)
			}
		})
	}
}

func TestReserveReleaseRoundTrip(t *testing.T) {
	lim := baseLimits()
	g := newGate(t, lim)
	now := t0.Add(time.Minute)
	// Many small reservations with values float would sum badly.
	for i := range 30 {
		g.Reserve(planFor(uint64(i), "ETH2X", 0.1, 0.01), now)
	}
	tok, total, gas := g.Open("ETH2X")
	if tok != 3 || total != 3 || gas != 0.3 {
		t.Errorf("Open = %v, %v, %v; want 3, 3, 0.3", tok, total, gas)
	}
	for i := range 30 {
		g.Release(uint64(i), 0, now)
	}
	tok, total, gas = g.Open("ETH2X")
	if tok != 0 || total != 0 || gas != 0 {
		t.Errorf("after release Open = %v, %v, %v; want 0, 0, 0", tok, total, gas)
	}
	// Re-reserving an ID replaces the old reservation instead of adding.
	g.Reserve(planFor(1, "ETH2X", 2000, 0), now)
	g.Reserve(planFor(1, "ETH2X", 500, 0), now)
	if tok, _, _ := g.Open("ETH2X"); tok != 500 {
		t.Errorf("after re-reserve Open = %v, want 500", tok)
	}
	// Releasing an unknown plan still books its gas.
	g.Release(12345, 2.5, now)
	if hour, _ := g.GasSpent(now); hour != 2.5 {
		t.Errorf("GasSpent hour = %v, want 2.5", hour)
	}
}

func TestShrunkPlanUsesUpHeadroom(t *testing.T) {
	g := newGate(t, baseLimits())
	now := t0.Add(time.Minute)
	g.Reserve(planFor(100, "ETH2X", 4600, 0), now)
	c := baseCheck()
	v := g.Check(c, now)
	if v.Reason != risk.None || v.MaxNotionalUSD >= c.Plan.NotionalUSD {
		t.Fatalf("Check = %+v, want a shrink", v)
	}
	c.Plan.NotionalUSD = v.MaxNotionalUSD
	g.Reserve(c.Plan, now)
	next := baseCheck()
	next.Plan.ID = 2
	if got, want := g.Check(next, now).Reason, risk.NotionalToken; got != want {
		t.Errorf("next plan: reason = %v, want %v", got, want)
	}
}
