package nav

import "math"

// DisagreementBps returns how far NAV a is from the reference NAV b, in
// basis points: |a/b - 1| x 1e4. It returns +Inf when b <= 0 or when either
// input is NaN or infinite, so that a caller refusing to trade above a band
// (DisagreementBps(a, b) > band) also refuses on unusable inputs.
func DisagreementBps(a, b float64) float64 {
	if !(b > 0) || math.IsInf(b, 0) || math.IsNaN(a) || math.IsInf(a, 0) {
		return math.Inf(1)
	}
	return math.Abs(a/b-1) * 1e4
}
