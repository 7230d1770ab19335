package ledgerdb_test

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
)

// BenchmarkRecordFill measures durable fills: each one a committed SQLite
// transaction (WAL, synchronous=FULL) plus the in-memory balance update.
func BenchmarkRecordFill(b *testing.B) {
	l := open(b, tempPath(b))
	r := rand.New(rand.NewPCG(1, 2))
	fills := make([]*venues.Fill, 0, 1024)
	for i := range 1024 {
		fills = append(fills, hedgeFill(uint64(i+1), 0, t0, r))
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; b.Loop(); i++ {
		f := *fills[i%len(fills)]
		f.TradeID = strconv.Itoa(i)
		l.RecordFill(&f)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "fills/s")
	if err := l.Err(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkRecordLoop measures one settled loop: its intent, then its
// receipt with two fills and gas (two committed transactions).
func BenchmarkRecordLoop(b *testing.B) {
	l := open(b, tempPath(b))
	r := rand.New(rand.NewPCG(1, 2))
	start := time.Now()
	id := uint64(0)
	for b.Loop() {
		id++
		l.RecordIntent(plan(id, venues.MintSell, t0), t0)
		l.RecordReceipt(loop(id, t0, r))
	}
	b.ReportMetric(float64(id)/time.Since(start).Seconds(), "loops/s")
	if err := l.Err(); err != nil {
		b.Fatal(err)
	}
}
