package risk_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
)

func TestDrawdownPauseAndResume(t *testing.T) {
	lim := baseLimits() // drawdown 200, pause 30m, max loss 500
	g := newGate(t, lim)
	at := func(d time.Duration) time.Time { return t0.Add(d) }

	g.UpdateEquity(10_000, at(0))
	g.UpdateEquity(10_150, at(time.Minute)) // new peak
	g.UpdateEquity(9_951, at(2*time.Minute))
	if g.Paused(at(2 * time.Minute)) {
		t.Fatal("paused after a 199 drop, want not paused")
	}
	g.UpdateEquity(9_950, at(3*time.Minute)) // 200 below the 10150 peak
	if !g.Paused(at(3 * time.Minute)) {
		t.Fatal("not paused after a 200 drop from the peak")
	}
	if got, want := g.PausedUntil(), at(3*time.Minute+lim.DrawdownPause); !got.Equal(want) {
		t.Errorf("PausedUntil = %v, want %v", got, want)
	}
	if got := g.Check(baseCheck(), at(10*time.Minute)).Reason; got != risk.Drawdown {
		t.Errorf("Check during pause = %v, want drawdown", got)
	}
	// Further drops during the pause do not extend it.
	g.UpdateEquity(9_900, at(20*time.Minute))
	if g.Paused(at(33 * time.Minute)) {
		t.Error("still paused at the end of the pause")
	}
	if !g.Paused(at(33*time.Minute - time.Nanosecond)) {
		t.Error("not paused just before the end of the pause")
	}
	if got := g.Check(baseCheck(), at(34*time.Minute)).Reason; got != risk.None {
		t.Errorf("Check after pause = %v, want none", got)
	}
	// Resume resets the peak to the current equity.
	g.UpdateEquity(9_880, at(35*time.Minute))
	if _, peak := g.Equity(); peak != 9_880 {
		t.Errorf("peak after resume = %v, want 9880", peak)
	}
	if g.Paused(at(35 * time.Minute)) {
		t.Error("paused again right after resume")
	}
	g.UpdateEquity(9_680, at(36*time.Minute)) // 200 below the new peak
	if !g.Paused(at(36 * time.Minute)) {
		t.Error("not paused after a 200 drop from the reset peak")
	}
	if killed, _ := g.Killed(); killed {
		t.Error("killed at a 320 loss, max loss is 500")
	}
}

func TestKillSwitch(t *testing.T) {
	lim := baseLimits()
	t.Run("max loss", func(t *testing.T) {
		g := newGate(t, lim)
		g.UpdateEquity(10_000, t0)
		g.UpdateEquity(10_000-lim.MaxLossUSD+1, t0.Add(time.Minute))
		if killed, _ := g.Killed(); killed {
			t.Fatal("killed before max loss")
		}
		g.UpdateEquity(10_000-lim.MaxLossUSD, t0.Add(2*time.Minute))
		killed, why := g.Killed()
		if !killed || !strings.Contains(why, "max loss") {
			t.Fatalf("Killed() = %v, %q; want true, a max loss reason", killed, why)
		}
		// No resume: not after the drawdown pause, not on recovery.
		later := t0.Add(48 * time.Hour)
		g.UpdateEquity(20_000, later)
		if got := g.Check(baseCheck(), later).Reason; got != risk.KillSwitch {
			t.Errorf("Check after recovery = %v, want kill_switch", got)
		}
	})
	t.Run("max loss off", func(t *testing.T) {
		l := lim
		l.MaxLossUSD = 0
		g := newGate(t, l)
		g.UpdateEquity(10_000, t0)
		g.UpdateEquity(1_000, t0.Add(time.Minute))
		if killed, _ := g.Killed(); killed {
			t.Error("killed with max_loss_usd = 0")
		}
	})
	t.Run("manual keeps first reason", func(t *testing.T) {
		g := newGate(t, lim)
		if killed, why := g.Killed(); killed || why != "" {
			t.Fatalf("new gate Killed() = %v, %q", killed, why)
		}
		g.Kill("operator stop")
		g.Kill("second")
		if killed, why := g.Killed(); !killed || why != "operator stop" {
			t.Errorf("Killed() = %v, %q; want true, operator stop", killed, why)
		}
		if got := g.Denials()[risk.KillSwitch]; got != 0 {
			t.Errorf("kill_switch denials before any check = %d", got)
		}
		g.Check(baseCheck(), t0)
		if got := g.Denials()[risk.KillSwitch]; got != 1 {
			t.Errorf("kill_switch denials = %d, want 1", got)
		}
	})
}

// TestGateConcurrent exercises the gate from several goroutines (run with
// -race): the engine checks while another goroutine kills.
func TestGateConcurrent(t *testing.T) {
	g := newGate(t, baseLimits())
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 500 {
				now := t0.Add(time.Duration(i) * time.Second)
				c := baseCheck()
				c.Plan.ID = uint64(w*1000 + i)
				c.Plan.NotionalUSD = 1
				if g.Check(c, now).Approved() {
					g.Reserve(c.Plan, now)
					g.Release(c.Plan.ID, 0.001, now)
				}
				g.UpdateEquity(10_000, now)
			}
		})
	}
	wg.Go(func() { g.Kill("concurrent") })
	wg.Wait()
	if killed, _ := g.Killed(); !killed {
		t.Fatal("not killed")
	}
	approved, _ := g.Approvals()
	d := g.Denials()
	var denied uint64
	for _, n := range d {
		denied += n
	}
	if got, want := approved+denied, uint64(4*500); got != want {
		t.Errorf("approved + denied = %d, want %d", got, want)
	}
	if _, _, gas := g.Open("ETH2X"); gas != 0 {
		t.Errorf("reserved gas after all releases = %v, want 0", gas)
	}
}
