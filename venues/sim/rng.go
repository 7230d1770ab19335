package sim

import (
	"math"
	"math/rand/v2"
)

// Independent random streams, one per component, so that one component's
// draws (or our trades) never shift another's.
const (
	streamPrice uint64 = iota + 1
	streamBook
	streamNoise
	streamGas
)

func newRNG(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream*0x9e3779b97f4a7c15))
}

// poisson draws a Poisson count with the given mean (Knuth's method for small
// means, a rounded normal for large ones).
func poisson(r *rand.Rand, mean float64) int {
	if mean <= 0 {
		return 0
	}
	if mean > 30 {
		n := math.Round(mean + math.Sqrt(mean)*r.NormFloat64())
		return int(max(n, 0))
	}
	limit := math.Exp(-mean)
	p := r.Float64()
	k := 0
	for p > limit {
		p *= r.Float64()
		k++
	}
	return k
}

const year = 365 * 24 * 3600.0 // seconds
