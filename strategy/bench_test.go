package strategy_test

import (
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
)

// BenchmarkDecision measures one market event in -> snapshot updated, plan
// decided (closed-form sizing) and checked by the risk gate, for one token
// with one pool and one book. A loop is kept in flight so every event runs
// the full decision and ends at the in-flight limit instead of submitting.
func BenchmarkDecision(b *testing.B) {
	r := newRig(&testing.T{}, limits())
	r.warm(30.6)
	if len(r.exec.plans) != 1 {
		b.Fatalf("setup: %d plans", len(r.exec.plans))
	}
	evs := make([]venues.Event, 0, 64)
	for i := range 16 {
		d := float64(i%8) * 0.01
		evs = append(evs, book(3000+d), pool(30.6+d, uint64(10+i)), navEv(30), gasEv())
	}
	before := r.eng.Counters()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r.clk.advance(time.Millisecond)
		r.eng.Handle(evs[i%len(evs)])
	}
	b.StopTimer()
	after := r.eng.Counters()
	if decided := after.Busy - before.Busy; decided < after.Events-before.Events {
		b.Fatalf("only %d of %d events reached an approved plan", decided, after.Events-before.Events)
	}
}
