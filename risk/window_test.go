package risk_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
)

func TestGasWindowSlides(t *testing.T) {
	spendAt := t0.Add(10 * time.Minute)
	tests := []struct {
		name               string
		after              time.Duration
		wantHour, wantDay  float64
		wantHourBudgetDeny bool
	}{
		{name: "just spent", after: 0, wantHour: 9.5, wantDay: 9.5, wantHourBudgetDeny: true},
		{name: "t+59m still in the hour", after: 59 * time.Minute, wantHour: 9.5, wantDay: 9.5, wantHourBudgetDeny: true},
		{name: "t+61m out of the hour", after: 61 * time.Minute, wantHour: 0, wantDay: 9.5},
		{name: "t+23h59m still in the day", after: 23*time.Hour + 59*time.Minute, wantHour: 0, wantDay: 9.5},
		{name: "t+24h1m out of the day", after: 24*time.Hour + time.Minute, wantHour: 0, wantDay: 0},
		{name: "t+3d", after: 72 * time.Hour, wantHour: 0, wantDay: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGate(t, baseLimits()) // hour budget 10, plan expects 1
			g.Release(1, 9.5, spendAt)
			at := spendAt.Add(tc.after)
			v := g.Check(baseCheck(), at)
			if got := v.Reason == risk.GasBudgetHour; got != tc.wantHourBudgetDeny {
				t.Errorf("Check at +%v = %v, want gas_budget_hour deny %v", tc.after, v.Reason, tc.wantHourBudgetDeny)
			}
			hour, day := g.GasSpent(at)
			if hour != tc.wantHour || day != tc.wantDay {
				t.Errorf("GasSpent(+%v) = %v, %v; want %v, %v", tc.after, hour, day, tc.wantHour, tc.wantDay)
			}
		})
	}
}

func TestGasWindowExactSums(t *testing.T) {
	g := newGate(t, baseLimits())
	g.Release(1, 0.1, t0)
	g.Release(2, 0.2, t0.Add(time.Second))
	if hour, day := g.GasSpent(t0.Add(time.Minute)); hour != 0.3 || day != 0.3 {
		t.Errorf("GasSpent = %v, %v; want exactly 0.3 (float would give %v)", hour, day, 0.1+0.2)
	}
	// Out-of-order spend counts in the newest bucket, never less.
	g.Release(3, 1, t0.Add(-2*time.Hour))
	if hour, _ := g.GasSpent(t0.Add(time.Minute)); hour != 1.3 {
		t.Errorf("late spend: hour = %v, want 1.3", hour)
	}
}

// TestGasWindowMatchesReference spends at random times over three days and
// compares the window's sums with a brute-force sum over one-minute buckets.
func TestGasWindowMatchesReference(t *testing.T) {
	type spend struct {
		at     time.Time
		micros int64
	}
	rng := rand.New(rand.NewPCG(1, 2))
	g := newGate(t, baseLimits())
	var spends []spend
	minute := func(t time.Time) int64 { return t.Unix() / 60 }
	now := t0
	for range 5000 {
		now = now.Add(time.Duration(rng.IntN(120)) * time.Second)
		if rng.IntN(3) == 0 {
			m := int64(rng.IntN(5_000_000))
			g.Release(0, float64(m)/1e6, now)
			spends = append(spends, spend{now, m})
		}
		var wantHour, wantDay int64
		for _, s := range spends {
			age := minute(now) - minute(s.at)
			if age < 60 {
				wantHour += s.micros
			}
			if age < 1440 {
				wantDay += s.micros
			}
		}
		hour, day := g.GasSpent(now)
		if math.Abs(hour-float64(wantHour)/1e6) > 1e-6 || math.Abs(day-float64(wantDay)/1e6) > 1e-6 {
			t.Fatalf("at %v: GasSpent = %v, %v; want %v, %v", now, hour, day,
				float64(wantHour)/1e6, float64(wantDay)/1e6)
		}
	}
	if now.Sub(t0) < 48*time.Hour {
		t.Fatalf("walk covered only %v, want > 2 days", now.Sub(t0))
	}
}
