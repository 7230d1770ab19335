package nav

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Year is the 365-day year over which ResetModel.FeeAnnual accrues.
const Year = 365 * 24 * time.Hour

// ErrInvalidModel is wrapped by ResetModel.Validate.
var ErrInvalidModel = errors.New("invalid reset model")

// ResetModel is an exchange-style leveraged token that targets leverage
// Target and rebalances back to it whenever its leverage leaves the band
// [Min, Max] (Min = Max = Target rebalances on every step), paying a
// management fee FeeAnnual (0.0365 for 3.65%/yr) on its NAV.
type ResetModel struct {
	Target    float64
	Min       float64
	Max       float64
	FeeAnnual float64
}

// ResetState is a token's NAV per token and current leverage. Rebalanced
// reports whether the step (or reset) that produced it rebalanced to Target.
// A state with NAV <= 0 is wiped out: Leverage is +Inf and it stays so.
type ResetState struct {
	NAV        float64
	Leverage   float64
	Rebalanced bool
}

// Validate reports a model that Step cannot use, naming the field.
func (m ResetModel) Validate() error {
	switch {
	case !(m.Target > 0) || math.IsInf(m.Target, 0):
		return fmt.Errorf("nav: validate reset model: Target %v must be positive and finite: %w", m.Target, ErrInvalidModel)
	case !(m.Min <= m.Target):
		return fmt.Errorf("nav: validate reset model: Min %v must be <= Target %v: %w", m.Min, m.Target, ErrInvalidModel)
	case !(m.Max >= m.Target):
		return fmt.Errorf("nav: validate reset model: Max %v must be >= Target %v: %w", m.Max, m.Target, ErrInvalidModel)
	case !(m.FeeAnnual >= 0) || math.IsInf(m.FeeAnnual, 0):
		return fmt.Errorf("nav: validate reset model: FeeAnnual %v must be non-negative and finite: %w", m.FeeAnnual, ErrInvalidModel)
	}
	return nil
}

// Step advances s by one interval dt in which the underlying returned r
// (simple return):
//
//	NAV' = NAV (1 + L r) - NAV x FeeAnnual x dt / Year
//	L'   = Drift(L, r), reset to Target (Rebalanced) if outside [Min, Max]
//
// The fee is taken without changing leverage (as a supply-inflation fee
// does). If 1 + L r <= 0 or the fee leaves nothing, the token is wiped out
// (NAV 0, Leverage +Inf). Step assumes m passed Validate.
func (m ResetModel) Step(s ResetState, r float64, dt time.Duration) ResetState {
	if !(s.NAV > 0) {
		return wiped()
	}
	growth := 1 + s.Leverage*r
	nav := s.NAV*growth - s.NAV*m.FeeAnnual*float64(dt)/float64(Year)
	if !(growth > 0) || !(nav > 0) {
		return wiped()
	}
	next := ResetState{NAV: nav, Leverage: Drift(s.Leverage, r)}
	if next.Leverage < m.Min || next.Leverage > m.Max {
		next.Leverage = m.Target
		next.Rebalanced = true
	}
	return next
}

// Reset is a scheduled (daily) rebalance: the leverage returns to Target and
// the NAV is unchanged. Rebalanced reports whether the leverage had moved.
// A wiped-out state stays wiped out.
func (m ResetModel) Reset(s ResetState) ResetState {
	if !(s.NAV > 0) {
		return wiped()
	}
	return ResetState{NAV: s.NAV, Leverage: m.Target, Rebalanced: s.Leverage != m.Target}
}

func wiped() ResetState { return ResetState{Leverage: math.Inf(1)} }
