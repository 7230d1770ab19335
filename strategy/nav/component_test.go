package nav_test

import (
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/nav"
)

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

var t0 = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// TestComponentStreamingFeeWorkedExample prices one ETH2X-like token by hand.
//
// Position per token: 2 ETH of collateral at 3000 USDC and 3000 USDC of debt.
//
//	equity          = 2 x 3000 - 3000 x 1           = 3000 USDC
//	fee share f     = 0.0365 x 100 days / 365.25 days
//	                = 3.65 / 365.25                  = 0.00999315537...
//	                  (365.25 x 0.01 = 3.6525, so f = 0.01 x 3.65/3.6525
//	                   = 0.01 x (1 - 0.0025/3.6525) = 0.01 x 0.999315537)
//	fee             = 3000 x f                       = 29.9794661
//	NAV             = 3000 - 29.9794661              = 2970.0205339
//
// (On a 365-day year the fee would be exactly 30 and the NAV 2970.)
func TestComponentStreamingFeeWorkedExample(t *testing.T) {
	pos := nav.Position{CollateralUnits: 2, DebtUnits: 3000}
	got := nav.Component(pos, 3000, 1, 0.0365, t0, t0.Add(100*day))
	want := 2970.0205339
	if !near(got, want, 1e-6) {
		t.Fatalf("Component = %.9f, want %.9f", got, want)
	}
}

// TestComponentMatchesSupplyInflation replays the on-chain fee mechanism:
// the fee recipient is minted feeQuantity = f x supply / (1 - f) new tokens
// and the set's total holdings are unchanged, so NAV per token is equity
// divided by the inflated supply.
func TestComponentMatchesSupplyInflation(t *testing.T) {
	const (
		supply     = 1234.5
		collateral = 987.6  // ETH held by the whole set
		debt       = 1.65e6 // USDC owed by the whole set
		price      = 3210.0
		fee        = 0.0548
	)
	for _, elapsed := range []time.Duration{0, time.Hour, 3 * day, 200 * day} {
		f := fee * elapsed.Seconds() / (365.25 * 86400)
		feeQuantity := f * supply / (1 - f)
		want := (collateral*price - debt) / (supply + feeQuantity)
		pos := nav.Position{CollateralUnits: collateral / supply, DebtUnits: debt / supply}
		got := nav.Component(pos, price, 1, fee, t0, t0.Add(elapsed))
		if !near(got, want, 1e-9*want) {
			t.Errorf("elapsed %v: Component = %.10f, want %.10f", elapsed, got, want)
		}
	}
}

func TestComponentEdges(t *testing.T) {
	pos := nav.Position{CollateralUnits: 2, DebtUnits: 3000}
	tests := []struct {
		name         string
		fee          float64
		accrued, now time.Time
		want         float64
	}{
		{"no fee", 0, t0, t0.Add(100 * day), 3000},
		{"no time elapsed", 0.0365, t0, t0, 3000},
		{"accrual after now clamps to zero elapsed", 0.0365, t0.Add(day), t0, 3000},
		// 0.0365 x 365.25 days / 365.25 days = 3.65% of 3000 = 109.5.
		{"one fee year", 0.0365, t0, t0.Add(nav.StreamingFeeYear), 2890.5},
		{"fee share above 100% clamps to zero", 2, t0, t0.Add(nav.StreamingFeeYear), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nav.Component(pos, 3000, 1, tt.fee, tt.accrued, tt.now)
			if !near(got, tt.want, 1e-9) {
				t.Errorf("Component = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestTwoXFixedDebtAfterDrop: a 2x token (2 ETH collateral, 1 ETH worth of
// debt) is not rebalanced through an 11.5% fall of ETH. Collateral is then
// 2 x 0.885 = 1.77, equity 1.77 - 1 = 0.77 (in units of the old price), so
// leverage = 1.77 / 0.77 = 2.2987, i.e. ETH2X's 2.3x maximum.
func TestTwoXFixedDebtAfterDrop(t *testing.T) {
	const r = -0.115
	const want, tol = 2.3, 0.01

	pos := nav.Position{CollateralUnits: 2, DebtUnits: 3000}
	before := nav.Leverage(pos, 3000, 1)
	if !near(before, 2, 1e-12) {
		t.Fatalf("Leverage before = %v, want 2", before)
	}
	after := nav.Leverage(pos, 3000*(1+r), 1)
	if !near(after, want, tol) {
		t.Errorf("Leverage after %v move = %v, want %v +/- %v", r, after, want, tol)
	}
	drift := nav.Drift(2, r)
	if !near(drift, want, tol) {
		t.Errorf("Drift(2, %v) = %v, want %v +/- %v", r, drift, want, tol)
	}
	if !near(drift, after, 1e-12) {
		t.Errorf("Drift(2, %v) = %v disagrees with Leverage of the repriced position %v", r, drift, after)
	}
}

func TestLeverage(t *testing.T) {
	tests := []struct {
		name       string
		pos        nav.Position
		coll, debt float64
		want       float64
	}{
		{"unlevered", nav.Position{CollateralUnits: 1}, 3000, 1, 1},
		// 3 ETH x 2000 = 6000 collateral, 4000 debt: 6000 / 2000 = 3.
		{"3x", nav.Position{CollateralUnits: 3, DebtUnits: 4000}, 2000, 1, 3},
		// debt priced at 1.01: equity 6000 - 4040 = 1960, 6000/1960.
		{"debt price", nav.Position{CollateralUnits: 3, DebtUnits: 4000}, 2000, 1.01, 6000.0 / 1960},
		{"zero equity", nav.Position{CollateralUnits: 1, DebtUnits: 3000}, 3000, 1, math.Inf(1)},
		{"negative equity", nav.Position{CollateralUnits: 1, DebtUnits: 3000}, 2000, 1, math.Inf(1)},
		{"NaN price", nav.Position{CollateralUnits: 1, DebtUnits: 3000}, math.NaN(), 1, math.Inf(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nav.Leverage(tt.pos, tt.coll, tt.debt)
			if got != tt.want && !near(got, tt.want, 1e-12) {
				t.Errorf("Leverage = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDisagreementBps(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name string
		a, b float64
		want float64
	}{
		{"equal", 34.21, 34.21, 0},
		{"1% above", 101, 100, 100},
		{"1% below", 99, 100, 100},
		{"half a bp", 100.005, 100, 0.5},
		{"zero reference", 1, 0, inf},
		{"negative reference", 1, -1, inf},
		{"NaN a", math.NaN(), 100, inf},
		{"NaN b", 100, math.NaN(), inf},
		{"infinite a", inf, 100, inf},
		{"infinite b", 100, inf, inf},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nav.DisagreementBps(tt.a, tt.b)
			if got != tt.want && !near(got, tt.want, 1e-9) {
				t.Errorf("DisagreementBps(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
