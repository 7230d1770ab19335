package arb_test

import (
	"math"
	"testing"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

func TestGasUSD(t *testing.T) {
	tests := []struct {
		name  string
		units uint64
		g     venues.GasUpdate
	}{
		{"mainnet", 300_000, venues.GasUpdate{BaseFeeGwei: 12, TipGwei: 1.5, NativeUSD: 3000}},
		{"arbitrum with L1 fee", 900_000, venues.GasUpdate{BaseFeeGwei: 0.01, TipGwei: 0.001, NativeUSD: 3000, L1FeeUSD: 0.07}},
		{"zero units pays only L1", 0, venues.GasUpdate{BaseFeeGwei: 5, NativeUSD: 3000, L1FeeUSD: 0.2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := arb.GasUSD(tt.units, &tt.g)
			// gwei = 1e-9 native.
			want := float64(tt.units)*(tt.g.BaseFeeGwei+tt.g.TipGwei)/1e9*tt.g.NativeUSD + tt.g.L1FeeUSD
			if !closeTo(got, want, 1e-12) {
				t.Errorf("GasUSD = %v, want %v", got, want)
			}
		})
	}
	if got := arb.GasUSD(1, nil); !math.IsNaN(got) {
		t.Errorf("GasUSD(nil) = %v, want NaN", got)
	}
}

func TestGasUSDFeedsDecide(t *testing.T) {
	// Gas priced by GasUSD can turn a profitable loop into no plan.
	m := poolMarket(100, 100.6, 1e5)
	p := baseParams()
	p.MinNetUSD = 0.01
	cheap := venues.GasUpdate{BaseFeeGwei: 0.01, NativeUSD: 3000}
	m.GasUSDMintSell = arb.GasUSD(m.GasUnitsMintSell, &cheap)
	if _, ok := arb.Decide(&m, &p, t0); !ok {
		t.Fatalf("cheap gas (%v USD): no plan", m.GasUSDMintSell)
	}
	spike := venues.GasUpdate{BaseFeeGwei: 50, NativeUSD: 3000}
	m.GasUSDMintSell = arb.GasUSD(m.GasUnitsMintSell, &spike)
	if plan, ok := arb.Decide(&m, &p, t0); ok {
		t.Errorf("gas spike (%v USD): plan %+v, want none", m.GasUSDMintSell, plan)
	}
}
