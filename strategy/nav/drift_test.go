package nav_test

import (
	"math"
	"testing"

	"github.com/navarb/navarb/strategy/nav"
)

func TestDrift(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name string
		L, r float64
		want float64
	}{
		{"no move", 2, 0, 2},
		{"unlevered stays 1", 1, -0.3, 1},
		// 2 x 1.1 / 1.2 = 11/6: a gain lowers leverage.
		{"2x up 10%", 2, 0.1, 11.0 / 6},
		// 3 x 0.9 / 0.7 = 27/7: a loss raises leverage.
		{"3x down 10%", 3, -0.1, 27.0 / 7},
		// 2 x 0.501 / 0.002 = 501: just before wipe-out.
		{"2x almost wiped", 2, -0.499, 501},
		{"2x wiped exactly", 2, -0.5, inf},
		{"2x beyond wipe-out", 2, -0.6, inf},
		{"3x wiped", 3, -1.0 / 3, inf},
		// -1 x 1.1 / 0.9 = -11/9 for an inverse token.
		{"inverse up 10%", -1, 0.1, -11.0 / 9},
		{"inverse wiped", -1, 1, inf},
		{"half levered, underlying to zero", 0.5, -1, 0},
		{"NaN return", 2, math.NaN(), inf},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nav.Drift(tt.L, tt.r)
			if got != tt.want && !near(got, tt.want, 1e-9*math.Abs(tt.want)) {
				t.Errorf("Drift(%v, %v) = %v, want %v", tt.L, tt.r, got, tt.want)
			}
		})
	}
}

// TestDriftComposes: drifting through r1 then r2 equals drifting through the
// compound return (1+r1)(1+r2)-1, since neither rebalances.
func TestDriftComposes(t *testing.T) {
	for _, c := range []struct{ L, r1, r2 float64 }{{2, 0.05, -0.08}, {3, -0.1, 0.2}, {1.5, 0.3, 0.3}} {
		got := nav.Drift(nav.Drift(c.L, c.r1), c.r2)
		want := nav.Drift(c.L, (1+c.r1)*(1+c.r2)-1)
		if !near(got, want, 1e-12*want) {
			t.Errorf("Drift(Drift(%v, %v), %v) = %v, want %v", c.L, c.r1, c.r2, got, want)
		}
	}
}

func TestContinuousDecayLimits(t *testing.T) {
	tests := []struct {
		name     string
		L, sigma float64
		T        float64
		want     float64
	}{
		{"unlevered has no decay", 1, 0.8, 1, 1},
		{"zero volatility", 3, 0, 1, 1},
		{"zero time", 3, 0.8, 0, 1},
		// (4 - 2) x 0.5^2 x 2 / 2 = 0.5.
		{"2x, 50% vol, 2 years", 2, 0.5, 2, math.Exp(-0.5)},
		// inverse: (1 + 1) x 0.3^2 x 1 / 2 = 0.09.
		{"inverse", -1, 0.3, 1, math.Exp(-0.09)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nav.ContinuousDecay(tt.L, tt.sigma, tt.T)
			if !near(got, tt.want, 1e-12) {
				t.Errorf("ContinuousDecay(%v, %v, %v) = %v, want %v", tt.L, tt.sigma, tt.T, got, tt.want)
			}
		})
	}
}
