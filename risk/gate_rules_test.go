package risk_test

import (
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/venues"
)

// TestGateRules has a deny and an allow row for every rule. Each row starts
// from a fresh gate and a check that passes, changes one thing, and expects
// exactly one verdict.
func TestGateRules(t *testing.T) {
	lim := baseLimits()
	now := t0.Add(6 * time.Hour) // the gate's gas window starts at t0
	exchangeOnly := func(c *risk.Check) {
		c.Plan.Chain, c.Plan.GasUnits, c.Plan.Expected.GasUSD = "", 0, 0
		c.Plan.MarketKind = venues.MarketBook
	}
	tests := []struct {
		name  string
		setup func(g *risk.Gate)
		edit  func(c *risk.Check)
		later time.Duration // check at now+later
		want  risk.Reason
	}{
		{name: "base passes", want: risk.None},

		{name: "kill switch deny", setup: func(g *risk.Gate) { g.Kill("operator") }, want: risk.KillSwitch},
		{name: "kill switch allow: loss below max", setup: func(g *risk.Gate) {
			g.UpdateEquity(10_000, now.Add(-time.Minute))
			g.UpdateEquity(10_000-lim.MaxDrawdownUSD+1, now.Add(-time.Second))
		}, want: risk.None},

		{name: "drawdown deny", setup: func(g *risk.Gate) {
			g.UpdateEquity(10_000, now.Add(-time.Minute))
			g.UpdateEquity(10_000-lim.MaxDrawdownUSD, now.Add(-time.Second))
		}, want: risk.Drawdown},
		{name: "drawdown allow: pause over", setup: func(g *risk.Gate) {
			g.UpdateEquity(10_000, now.Add(-lim.DrawdownPause-time.Minute))
			g.UpdateEquity(10_000-lim.MaxDrawdownUSD, now.Add(-lim.DrawdownPause))
		}, want: risk.None},

		{name: "bad plan: nil plan", edit: func(c *risk.Check) { c.Plan = nil }, want: risk.BadPlan},
		{name: "bad plan: zero notional", edit: func(c *risk.Check) { c.Plan.NotionalUSD = 0 }, want: risk.BadPlan},
		{name: "bad plan: NaN notional", edit: func(c *risk.Check) { c.Plan.NotionalUSD = math.NaN() }, want: risk.BadPlan},
		{name: "bad plan: no token", edit: func(c *risk.Check) { c.Plan.Token = "" }, want: risk.BadPlan},
		{name: "bad plan: negative gas", edit: func(c *risk.Check) { c.Plan.Expected.GasUSD = -1 }, want: risk.BadPlan},

		{name: "expired deny: at deadline", edit: func(c *risk.Check) { c.Plan.Deadline = now }, want: risk.Expired},
		{name: "expired allow: before deadline", edit: func(c *risk.Check) { c.Plan.Deadline = now.Add(time.Second) }, want: risk.None},

		{name: "stale book deny", edit: func(c *risk.Check) { c.BookAge = lim.MaxBookAge + 1 }, want: risk.StaleBook},
		{name: "stale book allow: at limit", edit: func(c *risk.Check) { c.BookAge = lim.MaxBookAge }, want: risk.None},
		{name: "stale book allow: no book used", edit: func(c *risk.Check) { c.BookAge = -1 }, want: risk.None},
		{name: "stale book deny: book market without book", edit: func(c *risk.Check) {
			c.Plan.MarketKind, c.BookAge, c.PoolAge = venues.MarketBook, -1, -1
		}, want: risk.StaleBook},

		{name: "stale pool deny", edit: func(c *risk.Check) { c.PoolAge = lim.MaxPoolAge + time.Millisecond }, want: risk.StalePool},
		{name: "stale pool allow: at limit", edit: func(c *risk.Check) { c.PoolAge = lim.MaxPoolAge }, want: risk.None},
		{name: "stale pool deny: pool market without pool", edit: func(c *risk.Check) { c.PoolAge = -1 }, want: risk.StalePool},
		{name: "stale pool allow: book market, no pool", edit: func(c *risk.Check) {
			c.Plan.MarketKind, c.PoolAge = venues.MarketBook, -1
		}, want: risk.None},

		{name: "stale nav deny", edit: func(c *risk.Check) { c.NAVAge = lim.MaxNAVAge + 1 }, want: risk.StaleNAV},
		{name: "stale nav allow: at limit", edit: func(c *risk.Check) { c.NAVAge = lim.MaxNAVAge }, want: risk.None},

		{name: "issuer paused deny", edit: func(c *risk.Check) { c.IssuerPaused = true }, want: risk.IssuerPaused},
		{name: "rebalancing deny", edit: func(c *risk.Check) { c.Rebalancing = true }, want: risk.Rebalancing},

		{name: "nav sanity deny: premium", edit: func(c *risk.Check) { c.Plan.PremiumBps = lim.NAVSanityBps + 0.1 }, want: risk.NAVSanity},
		{name: "nav sanity deny: discount", edit: func(c *risk.Check) { c.Plan.PremiumBps = -lim.NAVSanityBps - 0.1 }, want: risk.NAVSanity},
		{name: "nav sanity deny: NaN", edit: func(c *risk.Check) { c.Plan.PremiumBps = math.NaN() }, want: risk.NAVSanity},
		{name: "nav sanity allow: at limit", edit: func(c *risk.Check) { c.Plan.PremiumBps = -lim.NAVSanityBps }, want: risk.None},

		{name: "nav disagreement deny", edit: func(c *risk.Check) { c.NAVDisagreementBps = lim.NAVDisagreementBps + 0.1 }, want: risk.NAVDisagreement},
		{name: "nav disagreement deny: negative", edit: func(c *risk.Check) { c.NAVDisagreementBps = -lim.NAVDisagreementBps - 0.1 }, want: risk.NAVDisagreement},
		{name: "nav disagreement allow: at limit", edit: func(c *risk.Check) { c.NAVDisagreementBps = lim.NAVDisagreementBps }, want: risk.None},

		{name: "gas price deny", edit: func(c *risk.Check) { c.GasPriceGwei = lim.MaxGasPriceGwei + 0.001 }, want: risk.GasPrice},
		{name: "gas price deny: NaN", edit: func(c *risk.Check) { c.GasPriceGwei = math.NaN() }, want: risk.GasPrice},
		{name: "gas price allow: at limit", edit: func(c *risk.Check) { c.GasPriceGwei = lim.MaxGasPriceGwei }, want: risk.None},
		{name: "gas price allow: exchange-only plan", edit: func(c *risk.Check) {
			exchangeOnly(c)
			c.GasPriceGwei = 10 * lim.MaxGasPriceGwei
		}, want: risk.None},

		{name: "gas budget hour deny: spent", setup: func(g *risk.Gate) {
			g.Release(99, lim.GasBudgetUSDPerHour-0.5, now.Add(-30*time.Minute)) // plan expects 1
		}, want: risk.GasBudgetHour},
		{name: "gas budget hour deny: reserved", setup: func(g *risk.Gate) {
			g.Reserve(planFor(99, "BTC2X", 10, lim.GasBudgetUSDPerHour-0.5), now)
		}, want: risk.GasBudgetHour},
		{name: "gas budget hour allow: fits exactly", setup: func(g *risk.Gate) {
			g.Release(99, lim.GasBudgetUSDPerHour-1, now.Add(-30*time.Minute))
		}, want: risk.None},
		{name: "gas budget hour allow: exchange-only plan", setup: func(g *risk.Gate) {
			g.Release(99, lim.GasBudgetUSDPerHour+5, now.Add(-30*time.Minute))
		}, edit: exchangeOnly, want: risk.None},

		{name: "gas budget day deny", setup: func(g *risk.Gate) {
			for h := 5; h >= 2; h-- { // 4 x 9.9 = 39.6 spent, none in the last hour
				g.Release(uint64(100+h), 9.9, now.Add(-time.Duration(h)*time.Hour))
			}
		}, want: risk.GasBudgetDay},
		{name: "gas budget day allow: older than a day", setup: func(g *risk.Gate) {
			for h := 5; h >= 2; h-- {
				g.Release(uint64(100+h), 9.9, now.Add(-time.Duration(h)*time.Hour))
			}
		}, later: 19*time.Hour + time.Minute, want: risk.None}, // the now-5h spend has left the day

		{name: "notional token deny", setup: func(g *risk.Gate) {
			g.Reserve(planFor(7, "ETH2X", lim.MaxNotionalUSDPerToken, 0), now)
		}, want: risk.NotionalToken},
		{name: "notional token allow: other token", setup: func(g *risk.Gate) {
			g.Reserve(planFor(7, "BTC2X", lim.MaxNotionalUSDPerToken, 0), now)
		}, want: risk.None},
		{name: "notional token allow: released", setup: func(g *risk.Gate) {
			g.Reserve(planFor(7, "ETH2X", lim.MaxNotionalUSDPerToken, 0), now)
			g.Release(7, 0, now)
		}, want: risk.None},

		{name: "notional total deny", setup: func(g *risk.Gate) {
			g.Reserve(planFor(7, "BTC2X", 4000, 0), now)
			g.Reserve(planFor(8, "BTC3X", 4000, 0), now)
		}, want: risk.NotionalTotal},
		{name: "notional total allow: headroom left", setup: func(g *risk.Gate) {
			g.Reserve(planFor(7, "BTC2X", 4000, 0), now)
			g.Reserve(planFor(8, "BTC3X", 3000, 0), now)
		}, want: risk.None},

		{name: "inventory deny: at limit, growing", edit: func(c *risk.Check) {
			c.InventoryUSD, c.InventoryDeltaUSD = lim.MaxInventoryUSD, 1000
		}, want: risk.Inventory},
		{name: "inventory deny: short, growing short", edit: func(c *risk.Check) {
			c.InventoryUSD, c.InventoryDeltaUSD = -lim.MaxInventoryUSD-1, -1000
		}, want: risk.Inventory},
		{name: "inventory deny: NaN", edit: func(c *risk.Check) { c.InventoryUSD = math.NaN() }, want: risk.Inventory},
		{name: "inventory allow: reducing", edit: func(c *risk.Check) {
			c.InventoryUSD, c.InventoryDeltaUSD = lim.MaxInventoryUSD+500, -1000
		}, want: risk.None},
		{name: "inventory allow: atomic loop over the limit", edit: func(c *risk.Check) {
			c.InventoryUSD, c.InventoryDeltaUSD = lim.MaxInventoryUSD+500, 0
		}, want: risk.None},
		{name: "inventory allow: ends at limit", edit: func(c *risk.Check) {
			c.InventoryUSD, c.InventoryDeltaUSD = lim.MaxInventoryUSD-1000, 1000
		}, want: risk.None},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGate(t, lim)
			if tc.setup != nil {
				tc.setup(g)
			}
			c := baseCheck()
			if tc.edit != nil {
				tc.edit(c)
			}
			got := g.Check(c, now.Add(tc.later))
			if got.Reason != tc.want {
				t.Fatalf("Check() reason = %v, want %v", got.Reason, tc.want)
			}
			if tc.want == risk.None {
				if got, want := got.MaxNotionalUSD, c.Plan.NotionalUSD; got != want {
					t.Errorf("MaxNotionalUSD = %v, want the full notional %v", got, want)
				}
				return
			}
			if got.MaxNotionalUSD != 0 {
				t.Errorf("denied verdict has MaxNotionalUSD = %v, want 0", got.MaxNotionalUSD)
			}
			if got, want := g.Denials()[tc.want], uint64(1); got != want {
				t.Errorf("Denials()[%v] = %d, want %d", tc.want, got, want)
			}
		})
	}
}

// TestGateRuleOrder checks that with several rules failing, the earliest in
// the documented order is reported.
func TestGateRuleOrder(t *testing.T) {
	lim := baseLimits()
	// Everything wrong at once; fix one rule per step and expect the next.
	order := []struct {
		want risk.Reason
		fix  func(g **risk.Gate, c *risk.Check)
	}{
		{risk.KillSwitch, func(g **risk.Gate, c *risk.Check) { *g = newGate(t, lim) }},
		{risk.Expired, func(_ **risk.Gate, c *risk.Check) { c.Plan.Deadline = time.Time{} }},
		{risk.StaleBook, func(_ **risk.Gate, c *risk.Check) { c.BookAge = 0 }},
		{risk.StalePool, func(_ **risk.Gate, c *risk.Check) { c.PoolAge = 0 }},
		{risk.StaleNAV, func(_ **risk.Gate, c *risk.Check) { c.NAVAge = 0 }},
		{risk.IssuerPaused, func(_ **risk.Gate, c *risk.Check) { c.IssuerPaused = false }},
		{risk.Rebalancing, func(_ **risk.Gate, c *risk.Check) { c.Rebalancing = false }},
		{risk.NAVSanity, func(_ **risk.Gate, c *risk.Check) { c.Plan.PremiumBps = 0 }},
		{risk.NAVDisagreement, func(_ **risk.Gate, c *risk.Check) { c.NAVDisagreementBps = 0 }},
		{risk.GasPrice, func(_ **risk.Gate, c *risk.Check) { c.GasPriceGwei = 1 }},
		{risk.GasBudgetHour, func(_ **risk.Gate, c *risk.Check) { c.Plan.Expected.GasUSD = 1 }},
		{risk.Inventory, func(_ **risk.Gate, c *risk.Check) { c.InventoryDeltaUSD = 0 }},
		{risk.None, nil},
	}
	g := newGate(t, lim)
	g.Kill("test")
	c := baseCheck()
	c.Plan.Deadline = t0
	c.BookAge, c.PoolAge, c.NAVAge = time.Hour, time.Hour, time.Hour
	c.IssuerPaused, c.Rebalancing = true, true
	c.Plan.PremiumBps, c.NAVDisagreementBps = 1e4, 1e3
	c.GasPriceGwei = 1e3
	c.Plan.Expected.GasUSD = lim.GasBudgetUSDPerHour + 1
	c.InventoryUSD, c.InventoryDeltaUSD = lim.MaxInventoryUSD, 1
	now := t0.Add(time.Minute)
	for _, step := range order {
		if got := g.Check(c, now).Reason; got != step.want {
			t.Fatalf("Check() = %v, want %v", got, step.want)
		}
		if step.fix != nil {
			step.fix(&g, c)
		}
	}
}

func TestDenialCounters(t *testing.T) {
	g := newGate(t, baseLimits())
	want := [risk.NumReasons]uint64{}
	stale, paused := baseCheck(), baseCheck()
	stale.NAVAge = time.Hour
	paused.IssuerPaused = true
	seq := []*risk.Check{stale, baseCheck(), paused, stale, stale, baseCheck()}
	approved := uint64(0)
	for _, c := range seq {
		v := g.Check(c, t0)
		if v.Reason == risk.None {
			approved++
		} else {
			want[v.Reason]++
		}
	}
	if got := g.Denials(); got != want {
		t.Errorf("Denials() = %v, want %v", got, want)
	}
	if got, want := want[risk.StaleNAV], uint64(3); got != want {
		t.Errorf("stale_nav denials = %d, want %d", got, want)
	}
	if got, want := want[risk.IssuerPaused], uint64(1); got != want {
		t.Errorf("issuer_paused denials = %d, want %d", got, want)
	}
	if got, _ := g.Approvals(); got != approved || got != 2 {
		t.Errorf("Approvals() = %d, want %d (and 2)", got, approved)
	}
}
