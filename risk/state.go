package risk

import (
	"fmt"
	"math"
	"time"

	"github.com/navarb/navarb/venues"
)

// Reserve records the open notional and expected gas of an approved plan, as
// it will be executed (after any shrink). Reserving an ID again replaces the
// earlier reservation.
func (g *Gate) Reserve(p *venues.Plan, now time.Time) {
	if p == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.gas.advance(minuteOf(now))
	g.unreserve(p.ID)
	r := reservation{token: p.Token, notional: toMicro(p.NotionalUSD), gas: toMicro(p.Expected.GasUSD)}
	g.plans[p.ID] = r
	g.openToken[r.token] += r.notional
	g.openTotal += r.notional
	g.reservedGas += r.gas
}

func (g *Gate) unreserve(id uint64) {
	r, ok := g.plans[id]
	if !ok {
		return
	}
	delete(g.plans, id)
	g.openTotal -= r.notional
	g.reservedGas -= r.gas
	if left := g.openToken[r.token] - r.notional; left > 0 {
		g.openToken[r.token] = left
	} else {
		delete(g.openToken, r.token)
	}
}

// Release marks a plan finished: its notional and reserved gas are freed and
// the gas it actually spent is booked into the rolling windows at now. Gas
// of an unknown (never reserved) plan is still booked.
func (g *Gate) Release(planID uint64, gasSpentUSD float64, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.unreserve(planID)
	g.gas.add(minuteOf(now), toMicro(gasSpentUSD))
}

// UpdateEquity feeds the current account equity. The first call sets the
// starting equity. A drop of MaxDrawdownUSD or more from the peak pauses
// trading for DrawdownPause; the first update at or after the pause's end
// resumes and resets the peak to that update's equity. A loss of MaxLossUSD
// or more from the starting equity trips the kill switch. Non-finite values
// are ignored.
func (g *Gate) UpdateEquity(equityUSD float64, now time.Time) {
	if !finite(equityUSD) {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.equitySet {
		g.equitySet = true
		g.startEquity, g.peakEquity = equityUSD, equityUSD
	}
	if !g.pausedUntil.IsZero() && !now.Before(g.pausedUntil) {
		g.pausedUntil = time.Time{}
		g.peakEquity = equityUSD
	}
	g.peakEquity = math.Max(g.peakEquity, equityUSD)
	if l := g.lim.MaxLossUSD; l > 0 && g.startEquity-equityUSD >= l && !g.killed {
		g.kill(fmt.Sprintf("max loss: equity %.2f is %.2f below start %.2f (limit %.2f)",
			equityUSD, g.startEquity-equityUSD, g.startEquity, l))
	}
	if g.pausedUntil.IsZero() && g.peakEquity-equityUSD >= g.lim.MaxDrawdownUSD {
		g.pausedUntil = now.Add(g.lim.DrawdownPause)
	}
}

// Equity returns the starting and peak equity (zero before the first
// UpdateEquity).
func (g *Gate) Equity() (start, peak float64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.startEquity, g.peakEquity
}

// Kill trips the kill switch; there is no resume. The first reason is kept.
func (g *Gate) Kill(why string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.kill(why)
}

func (g *Gate) kill(why string) {
	if g.killed {
		return
	}
	if why == "" {
		why = "killed"
	}
	g.killed, g.killWhy = true, why
}

// Killed reports whether the kill switch is tripped, and why.
func (g *Gate) Killed() (bool, string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.killed, g.killWhy
}

// Paused reports whether a drawdown pause is in force at now.
func (g *Gate) Paused(now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return now.Before(g.pausedUntil)
}

// PausedUntil returns when the current drawdown pause ends (zero if none).
func (g *Gate) PausedUntil() time.Time {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.pausedUntil
}

// Denials returns the number of denials per reason (index None stays 0).
func (g *Gate) Denials() [NumReasons]uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.denials
}

// Approvals returns how many plans were approved, and how many of those
// were shrunk.
func (g *Gate) Approvals() (approved, shrunk uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.approved, g.shrunk
}

// GasSpent returns the gas booked by Release over the last hour and the last
// day, with one-minute granularity (reservations not included).
func (g *Gate) GasSpent(now time.Time) (lastHour, lastDay float64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.gas.advance(minuteOf(now))
	return fromMicro(g.gas.hour), fromMicro(g.gas.day)
}

// Open returns the open (reserved) notional of a token and in total, and the
// gas reserved by open plans, in USD.
func (g *Gate) Open(token string) (tokenUSD, totalUSD, gasUSD float64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return fromMicro(g.openToken[token]), fromMicro(g.openTotal), fromMicro(g.reservedGas)
}
