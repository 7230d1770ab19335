package sim

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// underlying is the underlying's price: GBM with Merton jumps, stepped every
// Step, plus scheduled shocks.
type underlying struct {
	rng      *rand.Rand
	logPrice float64
	price    float64

	driftStep float64 // compensated log drift per step
	volStep   float64 // log sd per step
	jumpMean  float64 // expected jumps per step
	jumpMu    float64
	jumpSD    float64

	shocks    []Shock // sorted by After
	nextShock int
	jumps     uint64
}

func newUnderlying(o UnderlyingOptions, step time.Duration, seed uint64) *underlying {
	dt := step.Seconds() / year
	lambda := o.JumpsPerDay * 365 // per year
	kappa := math.Exp(o.JumpMean+o.JumpStd*o.JumpStd/2) - 1
	shocks := slices.Clone(o.Shocks)
	slices.SortStableFunc(shocks, func(a, b Shock) int { return cmp.Compare(a.After, b.After) })
	return &underlying{
		rng:       newRNG(seed, streamPrice),
		logPrice:  math.Log(o.InitialPrice),
		price:     o.InitialPrice,
		driftStep: (o.Drift - o.Vol*o.Vol/2 - lambda*kappa) * dt,
		volStep:   o.Vol * math.Sqrt(dt),
		jumpMean:  lambda * dt,
		jumpMu:    o.JumpMean,
		jumpSD:    o.JumpStd,
		shocks:    shocks,
	}
}

// step advances the price by one step ending elapsed after Start.
func (u *underlying) step(elapsed time.Duration) {
	x := u.driftStep + u.volStep*u.rng.NormFloat64()
	for n := poisson(u.rng, u.jumpMean); n > 0; n-- {
		x += u.jumpMu + u.jumpSD*u.rng.NormFloat64()
		u.jumps++
	}
	for u.nextShock < len(u.shocks) && u.shocks[u.nextShock].After <= elapsed {
		x += u.shocks[u.nextShock].LogReturn
		u.nextShock++
	}
	u.logPrice += x
	u.price = math.Exp(u.logPrice)
}
