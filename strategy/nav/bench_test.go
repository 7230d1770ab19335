package nav_test

import (
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/nav"
)

func TestPerCallFunctionsDoNotAllocate(t *testing.T) {
	pos := nav.Position{CollateralUnits: 2, DebtUnits: 3000}
	m := nav.ResetModel{Target: 2, Min: 1.8, Max: 2.3, FeeAnnual: 0.0365}
	s := nav.ResetState{NAV: 100, Leverage: 2}
	var sinkFloat float64
	var sinkState nav.ResetState
	calls := map[string]func(){
		"Component":       func() { sinkFloat = nav.Component(pos, 3000, 1, 0.0365, t0, t0.Add(day)) },
		"Leverage":        func() { sinkFloat = nav.Leverage(pos, 3000, 1) },
		"DisagreementBps": func() { sinkFloat = nav.DisagreementBps(34.2, 34.21) },
		"Drift":           func() { sinkFloat = nav.Drift(2, -0.05) },
		"ContinuousDecay": func() { sinkFloat = nav.ContinuousDecay(3, 0.8, 1) },
		"Step":            func() { sinkState = m.Step(s, -0.12, time.Hour) },
		"Reset":           func() { sinkState = m.Reset(s) },
	}
	for name, f := range calls {
		if got := testing.AllocsPerRun(100, f); got != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, got)
		}
	}
	if sinkFloat == 0 || sinkState.NAV == 0 {
		t.Errorf("calls produced zero results: %v, %+v", sinkFloat, sinkState)
	}
}

func BenchmarkComponent(b *testing.B) {
	pos := nav.Position{CollateralUnits: 2, DebtUnits: 3000}
	now := t0.Add(100 * day)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ { // b.Loop keeps the calls' results alive
		nav.Component(pos, 3000+float64(i&1023), 1, 0.0365, t0, now)
	}
}

func BenchmarkStep(b *testing.B) {
	m := nav.ResetModel{Target: 3, Min: 2.5, Max: 3.5, FeeAnnual: 0.0548}
	s := nav.ResetState{NAV: 100, Leverage: 3}
	rs := [4]float64{0.01, -0.02, 0.2, -0.004} // 0.2 leaves the band and rebalances
	var out nav.ResetState
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		out = m.Step(s, rs[i&3], time.Hour)
	}
	if !(out.NAV > 0) {
		b.Fatalf("token wiped out: %+v", out)
	}
}
