package mm

import (
	"math"
	"time"
)

// RateBudget is a token bucket for order actions: it refills at
// MaxActionsPerSecond up to ActionBurst. It is a plain value the engine owns
// (no locking, no clock): Available and Spend take now.
type RateBudget struct {
	rate, burst float64
	tokens      float64
	last        time.Time
}

// NewRateBudget returns a full bucket for p's rate and burst, as of now.
func NewRateBudget(p *Params, now time.Time) RateBudget {
	b := float64(p.ActionBurst)
	return RateBudget{rate: p.MaxActionsPerSecond, burst: b, tokens: b, last: now}
}

func (b *RateBudget) refill(now time.Time) {
	if dt := now.Sub(b.last).Seconds(); dt > 0 {
		b.tokens = math.Min(b.burst, b.tokens+dt*b.rate)
		b.last = now
	}
}

// Available returns how many actions may be sent at now.
func (b *RateBudget) Available(now time.Time) int {
	b.refill(now)
	if !(b.tokens >= 1) {
		return 0
	}
	return int(b.tokens)
}

// Spend records n actions sent at now.
func (b *RateBudget) Spend(n int, now time.Time) {
	b.refill(now)
	b.tokens -= float64(n)
}

// ActionBudget is the budget for one Reconcile call at now:
// min(p.MaxActionsPerCall, b.Available(now)).
func ActionBudget(b *RateBudget, p *Params, now time.Time) int {
	return min(p.MaxActionsPerCall, b.Available(now))
}
