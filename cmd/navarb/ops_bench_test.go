package main

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
)

// BenchmarkSimObserved measures what observability costs the engine loop:
// six hours of the reference simulated market through the engine, without
// an observer and with one (tracker on every event, a snapshot published
// to metrics and alerts every sampleEvery events). Compare ns/event.
func BenchmarkSimObserved(b *testing.B) {
	cfg, err := config.Load(refConfig, []string{"sim.duration=6h"})
	if err != nil {
		b.Fatal(err)
	}
	opts := cfg.SimOptions()
	for _, observed := range []bool{false, true} {
		name := "off"
		if observed {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			var events uint64
			for b.Loop() {
				var obs *observer
				if observed {
					obs = newObserver(cfg, tokenRefs(cfg), nil)
				}
				p, err := newSimParts(context.Background(), cfg, opts, zerolog.Nop(), obs)
				if err != nil {
					b.Fatal(err)
				}
				if err := p.run(context.Background(), cfg, zerolog.Nop(), obs); err != nil {
					b.Fatal(err)
				}
				obs.sample(p.mkt.Now(), p.eng, p.gate)
				events += p.eng.Counters().Events
				if observed && obs.metrics.Snapshot().Events != p.eng.Counters().Events {
					b.Fatal("the last snapshot does not count every event")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(events), "ns/event")
			b.ReportMetric(0, "ns/op")
		})
	}
}
