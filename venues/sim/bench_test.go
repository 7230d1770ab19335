package sim_test

import (
	"context"
	"testing"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
	"github.com/shopspring/decimal"
)

// BenchmarkRunDay is one default simulated day (1 s steps, 2 s blocks) with
// no trading: one op is one day.
func BenchmarkRunDay(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m, err := sim.New(sim.DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		events := 0
		if err := m.Run(context.Background(), func(venues.Event) { events++ }); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(events), "events/op")
	}
}

// BenchmarkRunDayInstantArb is a default day with an instant-mode trader
// looping $5k whenever the pool is more than 60 bps off NAV.
func BenchmarkRunDayInstantArb(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		o := sim.DefaultOptions()
		o.Exec.Instant = true
		o.Account.Native = decimal.NewFromInt(2)
		m, err := sim.New(o)
		if err != nil {
			b.Fatal(err)
		}
		var v view
		var id uint64
		loops := 0
		err = m.Run(context.Background(), func(ev venues.Event) {
			v.update(ev)
			if _, ok := ev.(*venues.TxReceipt); ok {
				loops++
				return
			}
			if _, ok := ev.(*venues.IssuerUpdate); !ok {
				return
			}
			prem := v.premium()
			if prem < 0.006 && prem > -0.006 {
				return
			}
			id++
			p := plan(o, id, venues.BuyRedeem)
			p.QuoteAmount = 5000
			if prem > 0 {
				p.Kind, p.Size = venues.MintSell, 5000/v.nav
			}
			p.MinNetUSD = 0
			if err := m.Submit(context.Background(), p); err != nil {
				b.Fatal(err)
			}
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(loops), "loops/op")
	}
}
