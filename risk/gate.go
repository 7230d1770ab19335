package risk

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/navarb/navarb/venues"
)

// Check is what the engine gathered for one plan.
type Check struct {
	Plan *venues.Plan
	// BookAge, PoolAge and NAVAge are the ages of the data the plan used. A
	// negative BookAge or PoolAge means "not used"; the market the plan
	// trades on (Plan.MarketKind) must have been used.
	BookAge, PoolAge, NAVAge time.Duration
	// GasPriceGwei is the chain's base fee plus tip.
	GasPriceGwei float64
	// NAVDisagreementBps is |issuer NAV / component NAV - 1| in bps.
	NAVDisagreementBps        float64
	IssuerPaused, Rebalancing bool
	// InventoryUSD is the current signed inventory value of Plan.Token.
	InventoryUSD float64
	// InventoryDeltaUSD is the signed change the plan would make to it, at
	// its full size (zero for an atomic loop).
	InventoryDeltaUSD float64
}

type reservation struct {
	token    string
	notional int64 // micro-USD
	gas      int64 // micro-USD
}

// Gate is the risk gate. It is safe for concurrent use (Kill may come from a
// signal handler while the engine checks plans); Check does not allocate.
type Gate struct {
	mu  sync.Mutex
	lim Limits

	killed  bool
	killWhy string

	pausedUntil time.Time
	equitySet   bool
	startEquity float64
	peakEquity  float64

	plans       map[uint64]reservation
	openToken   map[string]int64 // micro-USD
	openTotal   int64
	reservedGas int64

	gas gasWindow

	denials          [NumReasons]uint64
	approved, shrunk uint64
}

// NewGate validates the limits and returns a gate whose gas windows start at
// now. The starting equity is the first UpdateEquity.
func NewGate(l Limits, now time.Time) (*Gate, error) {
	if err := l.Validate(); err != nil {
		return nil, fmt.Errorf("risk: new gate: %w", err)
	}
	g := &Gate{
		lim:       l,
		plans:     make(map[uint64]reservation),
		openToken: make(map[string]int64),
	}
	g.gas.reset(minuteOf(now))
	return g, nil
}

// Check runs the rules against one plan and counts a denial by its reason.
// Plans that touch no chain (Chain == "", no gas units, no expected gas)
// skip the gas rules. It does not allocate.
func (g *Gate) Check(c *Check, now time.Time) Verdict {
	g.mu.Lock()
	defer g.mu.Unlock()
	r, maxNotional := g.check(c, now)
	if r != None {
		g.denials[r]++
		return Verdict{Reason: r}
	}
	g.approved++
	if maxNotional < c.Plan.NotionalUSD {
		g.shrunk++
	}
	return Verdict{MaxNotionalUSD: maxNotional}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// within reports |v| <= limit; NaN is never within.
func within(v, limit float64) bool { return math.Abs(v) <= limit }

// stale reports whether data of this age may not be used. A negative age
// means the data was not used, which is only fine if it is not required.
func stale(age, limit time.Duration, required bool) bool {
	if age < 0 {
		return required
	}
	return age > limit
}

func usesGas(p *venues.Plan) bool {
	return p.Chain != "" || p.GasUnits > 0 || p.Expected.GasUSD > 0
}

func (g *Gate) check(c *Check, now time.Time) (Reason, float64) {
	l := &g.lim
	if g.killed {
		return KillSwitch, 0
	}
	if now.Before(g.pausedUntil) {
		return Drawdown, 0
	}
	if c == nil || c.Plan == nil {
		return BadPlan, 0
	}
	p := c.Plan
	if p.Token == "" || !(p.NotionalUSD > 0) || !finite(p.NotionalUSD) ||
		!(p.Expected.GasUSD >= 0) || !finite(p.Expected.GasUSD) {
		return BadPlan, 0
	}
	if !p.Deadline.IsZero() && !now.Before(p.Deadline) {
		return Expired, 0
	}
	if stale(c.BookAge, l.MaxBookAge, p.MarketKind == venues.MarketBook) {
		return StaleBook, 0
	}
	if stale(c.PoolAge, l.MaxPoolAge, p.MarketKind == venues.MarketPool) {
		return StalePool, 0
	}
	if c.NAVAge > l.MaxNAVAge {
		return StaleNAV, 0
	}
	if c.IssuerPaused {
		return IssuerPaused, 0
	}
	if c.Rebalancing {
		return Rebalancing, 0
	}
	if !within(p.PremiumBps, l.NAVSanityBps) {
		return NAVSanity, 0
	}
	if !within(c.NAVDisagreementBps, l.NAVDisagreementBps) {
		return NAVDisagreement, 0
	}
	if usesGas(p) {
		if !(c.GasPriceGwei <= l.MaxGasPriceGwei) {
			return GasPrice, 0
		}
		g.gas.advance(minuteOf(now))
		if fromMicro(g.gas.hour+g.reservedGas)+p.Expected.GasUSD > l.GasBudgetUSDPerHour {
			return GasBudgetHour, 0
		}
		if fromMicro(g.gas.day+g.reservedGas)+p.Expected.GasUSD > l.GasBudgetUSDPerDay {
			return GasBudgetDay, 0
		}
	}
	maxNotional := p.NotionalUSD
	head := l.MaxNotionalUSDPerToken - fromMicro(g.openToken[p.Token])
	if head <= 0 {
		return NotionalToken, 0
	}
	maxNotional = math.Min(maxNotional, head)
	head = l.MaxTotalNotionalUSD - fromMicro(g.openTotal)
	if head <= 0 {
		return NotionalTotal, 0
	}
	maxNotional = math.Min(maxNotional, head)
	head = inventoryHeadroom(c.InventoryUSD, c.InventoryDeltaUSD, l.MaxInventoryUSD, p.NotionalUSD)
	if head <= 0 {
		return Inventory, 0
	}
	return None, math.Min(maxNotional, head)
}

// inventoryHeadroom returns the most notional a plan of the given notional
// may keep so that |inventory| ends within limit, assuming the inventory
// change scales with the notional. A plan that does not grow |inventory| is
// not limited (it may always reduce or keep exposure); bad data gives 0.
func inventoryHeadroom(inv, delta, limit, notional float64) float64 {
	if !finite(inv) || !finite(delta) {
		return 0
	}
	after := inv + delta
	if math.Abs(after) <= limit || math.Abs(after) <= math.Abs(inv) {
		return notional
	}
	var f float64
	if delta > 0 {
		f = (limit - inv) / delta
	} else {
		f = (-limit - inv) / delta
	}
	if f <= 0 {
		return 0
	}
	return f * notional
}
