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
