package nav

import "math"

// Drift returns the leverage of an L-times position after the underlying
// moves by the simple return r with no rebalance:
//
//	L' = L (1 + r) / (1 + L r)
//
// Leverage rises after a loss and falls after a gain. When 1 + L r <= 0 the
// position's equity is gone and Drift returns +Inf (also for NaN inputs).
func Drift(L, r float64) float64 {
	g := 1 + L*r
	if !(g > 0) {
		return math.Inf(1)
	}
	return L * (1 + r) / g
}

// ContinuousDecay returns exp(-(L^2 - L) sigma^2 T / 2): for a token
// rebalanced continuously to leverage L on an underlying following geometric
// Brownian motion with volatility sigma (annualised) and zero rates, the
// ratio NAV_T/NAV_0 / (S_T/S_0)^L after T years. In continuous time the ratio
// is the same on every path; a token rebalanced at discrete intervals dt has
// a mean ratio of about ContinuousDecay x exp(-L^3 (L-1) sigma^4 T dt / 2).
func ContinuousDecay(L, sigma, T float64) float64 {
	return math.Exp(-(L*L - L) * sigma * sigma * T / 2)
}
