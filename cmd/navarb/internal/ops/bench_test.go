package ops_test

import (
	"testing"
	"time"

	"github.com/navarb/navarb/cmd/navarb/internal/ops"
	"github.com/navarb/navarb/venues"
)

// BenchmarkTrackerObserve is the tracker's cost per event on the run loop,
// over the simulated market's mix (two book updates per pool update, a NAV
// and a gas update now and then).
func BenchmarkTrackerObserve(b *testing.B) {
	m := ops.NewMetrics("bench")
	tr := ops.NewTracker(ops.TrackerOptions{Tokens: []ops.TokenRef{{Symbol: "ETH2X", Pool: "ETH2X-USDC"}},
		MaxBookAge: 5 * time.Second, MaxPoolAge: 10 * time.Second, MaxNAVAge: 10 * time.Second, Latency: m})
	book := &venues.BookUpdate{Venue: "binance", Symbol: "ETHUSDT"}
	pool := &venues.PoolUpdate{Venue: "sim", Pool: "ETH2X-USDC", ReserveBase: 1e5, ReserveQuote: 3e6}
	nav := &venues.NAVUpdate{Token: "ETH2X", NAV: 30, Source: venues.NAVIssuer}
	gas := &venues.GasUpdate{Chain: "sim"}
	evs := []venues.Event{book, pool, book, nav, book, pool, book, gas}
	t := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t = t.Add(time.Millisecond)
		book.Time, pool.Time, nav.Time = t, t, t
		tr.Observe(evs[i&7])
		i++
	}
}

// BenchmarkPublish is one snapshot: the tracker's part filled and handed
// to metrics (the run loop does this every 1024 events).
func BenchmarkPublish(b *testing.B) {
	m := ops.NewMetrics("bench")
	tr := ops.NewTracker(ops.TrackerOptions{Tokens: []ops.TokenRef{{Symbol: "ETH2X", Pool: "ETH2X-USDC"}}, Latency: m})
	t := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	tr.Observe(&venues.BookUpdate{Time: t, Venue: "binance", Symbol: "ETHUSDT"})
	tr.Observe(&venues.PoolUpdate{Time: t, Venue: "sim", Pool: "ETH2X-USDC", ReserveBase: 1e5, ReserveQuote: 3e6})
	tr.Observe(&venues.NAVUpdate{Time: t, Token: "ETH2X", NAV: 30, Source: venues.NAVIssuer})
	a := ops.NewAlerts(nil)
	b.ReportAllocs()
	for b.Loop() {
		var s ops.Snapshot
		tr.Fill(&s, t)
		s.Loops = map[ops.LoopKey]uint64{{Kind: "mint_sell", Outcome: "success"}: 1}
		m.Publish(s)
		a.Update(&s)
	}
}
