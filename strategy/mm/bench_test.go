package mm_test

import (
	"testing"

	"github.com/navarb/navarb/strategy/mm"
)

// benchCase is a 10-level Avellaneda-Stoikov ladder with a vol term and a
// long inventory, so every branch of the quote path runs.
func benchCase() (mm.Params, mm.Market) {
	p := baseParams()
	p.Levels = 10
	p.Skew = mm.SkewAvellanedaStoikov
	p.VolK, p.VolHorizon = 1, 5e9
	return p, mm.Market{Fair: 33.37, Sigma: 0.9, Inventory: 12.5}
}

// benchResting is the ladder moved by 2 and 5 bps on alternate levels, so
// Reconcile keeps half and refreshes half.
func benchResting(bids, asks []mm.Quote) []mm.Resting {
	var rs []mm.Resting
	for i, q := range append(append([]mm.Quote{}, bids...), asks...) {
		move := 2e-4
		if i%2 == 1 {
			move = 5e-4
		}
		rs = append(rs, mm.Resting{Side: q.Side, Price: q.Price * (1 + move), Qty: q.Qty, Placed: t0})
	}
	return rs
}

func BenchmarkLadder(b *testing.B) {
	p, m := benchCase()
	bids := make([]mm.Quote, 0, p.Levels)
	asks := make([]mm.Quote, 0, p.Levels)
	b.ReportAllocs()
	for b.Loop() {
		bids, asks, _ = mm.Ladder(&m, &p, bids, asks)
	}
}

func BenchmarkReconcile(b *testing.B) {
	p, m := benchCase()
	bids, asks, _ := mm.Ladder(&m, &p, nil, nil)
	resting := benchResting(bids, asks)
	acts := make([]mm.Action, 0, 2*len(resting))
	b.ReportAllocs()
	for b.Loop() {
		acts, _ = mm.Reconcile(resting, bids, asks, &p, 40, t0, acts)
	}
}

func BenchmarkDecideFlatten(b *testing.B) {
	p := baseParams()
	pos := basePosition(80)
	b.ReportAllocs()
	for b.Loop() {
		mm.DecideFlatten(&pos, &p)
	}
}

func TestHotPathDoesNotAllocate(t *testing.T) {
	p, m := benchCase()
	bids := make([]mm.Quote, 0, p.Levels)
	asks := make([]mm.Quote, 0, p.Levels)
	bids, asks, _ = mm.Ladder(&m, &p, bids, asks)
	resting := benchResting(bids, asks)
	acts := make([]mm.Action, 0, 2*len(resting))
	pos := basePosition(80)
	status := mm.Status{FairAt: t0, BookAt: t0}
	budget := mm.NewRateBudget(&p, t0)
	for _, f := range []struct {
		op  string
		run func()
	}{
		{"Ladder", func() { bids, asks, _ = mm.Ladder(&m, &p, bids, asks) }},
		{"Reconcile", func() { acts, _ = mm.Reconcile(resting, bids, asks, &p, 40, t0, acts) }},
		{"CancelAll", func() { acts = mm.CancelAll(resting, acts) }},
		{"CancelAllReason", func() { mm.CancelAllReason(&status, &p, t0) }},
		{"ActionBudget", func() { budget.Spend(mm.ActionBudget(&budget, &p, t0), t0) }},
		{"DecideFlatten", func() { mm.DecideFlatten(&pos, &p) }},
	} {
		if got := testing.AllocsPerRun(100, f.run); got != 0 {
			t.Errorf("%s: %v allocs/op, want 0", f.op, got)
		}
	}
	// The benchmark case does take the full path.
	acts, sum := mm.Reconcile(resting, bids, asks, &p, 40, t0, acts)
	if sum.Kept == 0 || sum.Cancels == 0 || sum.Places == 0 || len(acts) == 0 {
		t.Errorf("reconcile summary %+v, want keeps, cancels and places", sum)
	}
}
