package nav_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/nav"
)

func TestResetModelStepBand(t *testing.T) {
	m := nav.ResetModel{Target: 2, Min: 1.8, Max: 2.3}
	start := nav.ResetState{NAV: 100, Leverage: 2}
	inf := math.Inf(1)
	tests := []struct {
		name string
		in   nav.ResetState
		r    float64
		want nav.ResetState
	}{
		// 2 x 1.02 / 1.04 = 1.9615 inside the band; NAV 100 x 1.04.
		{"small gain inside band", start, 0.02, nav.ResetState{NAV: 104, Leverage: 2.04 / 1.04}},
		// 2 x 0.95 / 0.9 = 2.111 inside; NAV 100 x 0.9.
		{"small loss inside band", start, -0.05, nav.ResetState{NAV: 90, Leverage: 1.9 / 0.9}},
		// 2 x 0.885 / 0.77 = 2.2987 just inside Max 2.3; NAV 100 x 0.77.
		{"loss to the edge of the band", start, -0.115, nav.ResetState{NAV: 77, Leverage: 1.77 / 0.77}},
		// 2 x 0.88 / 0.76 = 2.3158 > 2.3: reset to 2; NAV 100 x 0.76.
		{"loss beyond Max resets", start, -0.12, nav.ResetState{NAV: 76, Leverage: 2, Rebalanced: true}},
		// 2 x 1.15 / 1.3 = 1.769 < 1.8: reset to 2; NAV 100 x 1.3.
		{"gain beyond Min resets", start, 0.15, nav.ResetState{NAV: 130, Leverage: 2, Rebalanced: true}},
		{"flag clears on a step inside the band", nav.ResetState{NAV: 100, Leverage: 2, Rebalanced: true}, 0, nav.ResetState{NAV: 100, Leverage: 2}},
		// Levered at 2.2 (drifted earlier): NAV 100 x (1 - 0.022) = 97.8,
		// L' = 2.2 x 0.99 / 0.978 = 2.2270 inside.
		{"uses the drifted leverage", nav.ResetState{NAV: 100, Leverage: 2.2}, -0.01, nav.ResetState{NAV: 97.8, Leverage: 2.178 / 0.978}},
		{"wiped out", start, -0.5, nav.ResetState{NAV: 0, Leverage: inf}},
		{"wiped out stays wiped out", nav.ResetState{NAV: 0, Leverage: inf}, 0.5, nav.ResetState{NAV: 0, Leverage: inf}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.Step(tt.in, tt.r, 0)
			if !stateNear(got, tt.want) {
				t.Errorf("Step(%+v, %v) = %+v, want %+v", tt.in, tt.r, got, tt.want)
			}
		})
	}
}

func TestResetModelStepFee(t *testing.T) {
	m := nav.ResetModel{Target: 3, Min: 3, Max: 3, FeeAnnual: 0.0365}
	s := nav.ResetState{NAV: 100, Leverage: 3}
	tests := []struct {
		name string
		r    float64
		dt   time.Duration
		want nav.ResetState
	}{
		// 100 x 0.0365 x 1/365 = 0.01.
		{"one flat day", 0, 24 * time.Hour, nav.ResetState{NAV: 99.99, Leverage: 3}},
		// 100 x 1.03 - 0.01 = 102.99; L' = 3 x 1.01/1.03 != 3, reset.
		{"one day up 1%", 0.01, 24 * time.Hour, nav.ResetState{NAV: 102.99, Leverage: 3, Rebalanced: true}},
		// 100 x 0.0365 x 10 = 36.5.
		{"ten years flat", 0, 10 * nav.Year, nav.ResetState{NAV: 63.5, Leverage: 3}},
		{"fee larger than NAV wipes out", 0, 30 * nav.Year, nav.ResetState{NAV: 0, Leverage: math.Inf(1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.Step(s, tt.r, tt.dt)
			if !stateNear(got, tt.want) {
				t.Errorf("Step(%+v, %v, %v) = %+v, want %+v", s, tt.r, tt.dt, got, tt.want)
			}
		})
	}
}

// TestResetModelNoBandTracksFixedDebt: with a band that never triggers, the
// token is a fixed-debt position, so after any path its NAV is
// NAV0 x (1 + L0 x R) for the compound return R, and its leverage is
// Drift(L0, R).
func TestResetModelNoBandTracksFixedDebt(t *testing.T) {
	m := nav.ResetModel{Target: 2, Min: 0, Max: math.Inf(1)}
	s := nav.ResetState{NAV: 50, Leverage: 2}
	growth := 1.0
	for _, r := range []float64{0.03, -0.07, 0.011, -0.02, 0.05, -0.045} {
		s = m.Step(s, r, time.Hour)
		growth *= 1 + r
		if s.Rebalanced {
			t.Fatalf("Step rebalanced with an unbounded band: %+v", s)
		}
	}
	R := growth - 1
	if want := 50 * (1 + 2*R); !near(s.NAV, want, 1e-9) {
		t.Errorf("NAV = %v, want %v", s.NAV, want)
	}
	if want := nav.Drift(2, R); !near(s.Leverage, want, 1e-9) {
		t.Errorf("Leverage = %v, want %v", s.Leverage, want)
	}
}

// TestResetModelDailyResetCompounds: rebalancing on every step compounds the
// levered daily returns: NAV0 x (1 + L r1)(1 + L r2)(1 + L r3).
func TestResetModelDailyResetCompounds(t *testing.T) {
	m := nav.ResetModel{Target: 3, Min: 3, Max: 3}
	s := nav.ResetState{NAV: 10, Leverage: 3}
	for _, r := range []float64{0.1, -0.1, 0.02} {
		s = m.Step(s, r, 24*time.Hour)
	}
	// 10 x 1.3 x 0.7 x 1.06 = 9.646.
	if want := 9.646; !near(s.NAV, want, 1e-12) {
		t.Errorf("NAV = %v, want %v", s.NAV, want)
	}
	if s.Leverage != 3 || !s.Rebalanced {
		t.Errorf("state = %+v, want leverage 3 after a rebalance", s)
	}
}

func TestResetModelReset(t *testing.T) {
	m := nav.ResetModel{Target: 2, Min: 1.5, Max: 2.5}
	inf := math.Inf(1)
	tests := []struct {
		name string
		in   nav.ResetState
		want nav.ResetState
	}{
		{"drifted up", nav.ResetState{NAV: 80, Leverage: 2.2}, nav.ResetState{NAV: 80, Leverage: 2, Rebalanced: true}},
		{"drifted down", nav.ResetState{NAV: 120, Leverage: 1.8}, nav.ResetState{NAV: 120, Leverage: 2, Rebalanced: true}},
		{"already on target", nav.ResetState{NAV: 100, Leverage: 2, Rebalanced: true}, nav.ResetState{NAV: 100, Leverage: 2}},
		{"wiped out", nav.ResetState{NAV: 0, Leverage: inf}, nav.ResetState{NAV: 0, Leverage: inf}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Reset(tt.in); got != tt.want {
				t.Errorf("Reset(%+v) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestResetModelValidate(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name  string
		m     nav.ResetModel
		field string // "" when valid
	}{
		{"band", nav.ResetModel{Target: 2, Min: 1.8, Max: 2.3, FeeAnnual: 0.0365}, ""},
		{"reset every step", nav.ResetModel{Target: 3, Min: 3, Max: 3}, ""},
		{"no upper band", nav.ResetModel{Target: 2, Min: 1, Max: math.Inf(1)}, ""},
		{"zero target", nav.ResetModel{Target: 0, Min: 0, Max: 1}, "Target"},
		{"negative target", nav.ResetModel{Target: -1, Min: -2, Max: 0}, "Target"},
		{"NaN target", nav.ResetModel{Target: nan, Min: 1, Max: 3}, "Target"},
		{"infinite target", nav.ResetModel{Target: math.Inf(1), Min: 1, Max: math.Inf(1)}, "Target"},
		{"Min above Target", nav.ResetModel{Target: 2, Min: 2.1, Max: 2.3}, "Min"},
		{"NaN Min", nav.ResetModel{Target: 2, Min: nan, Max: 2.3}, "Min"},
		{"Max below Target", nav.ResetModel{Target: 2, Min: 1.8, Max: 1.9}, "Max"},
		{"zero Max", nav.ResetModel{Target: 2, Min: 1.8}, "Max"},
		{"negative fee", nav.ResetModel{Target: 2, Min: 1.8, Max: 2.3, FeeAnnual: -0.01}, "FeeAnnual"},
		{"NaN fee", nav.ResetModel{Target: 2, Min: 1.8, Max: 2.3, FeeAnnual: nan}, "FeeAnnual"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.m.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate(%+v) = %v, want nil", tt.m, err)
				}
				return
			}
			if !errors.Is(err, nav.ErrInvalidModel) {
				t.Fatalf("Validate(%+v) = %v, want ErrInvalidModel", tt.m, err)
			}
			if !strings.Contains(err.Error(), "reset model: "+tt.field+" ") {
				t.Errorf("Validate(%+v) = %q, want it to name %s", tt.m, err, tt.field)
			}
		})
	}
}

func stateNear(got, want nav.ResetState) bool {
	lev := got.Leverage == want.Leverage || near(got.Leverage, want.Leverage, 1e-12)
	return near(got.NAV, want.NAV, 1e-9) && lev && got.Rebalanced == want.Rebalanced
}
