package binance_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

func TestBookSetKeepsSidesSortedBestFirst(t *testing.T) {
	b := binance.NewBook(4)
	b.Set(venues.Buy, 100, 1)
	b.Set(venues.Buy, 102, 2)
	b.Set(venues.Buy, 101, 3)
	b.Set(venues.Sell, 105, 1)
	b.Set(venues.Sell, 103, 2)
	b.Set(venues.Sell, 104, 3)
	b.Set(venues.Buy, 101, 4)  // update
	b.Set(venues.Sell, 104, 0) // delete
	b.Set(venues.Sell, 110, 0) // delete of a missing level: no-op
	if err := b.SetString(venues.Buy, "99.50", "0.25"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		side venues.Side
		n    int
		want []venues.Level
	}{
		{venues.Buy, 10, []venues.Level{{Price: 102, Qty: 2}, {Price: 101, Qty: 4}, {Price: 100, Qty: 1}, {Price: 99.5, Qty: 0.25}}},
		{venues.Buy, 2, []venues.Level{{Price: 102, Qty: 2}, {Price: 101, Qty: 4}}},
		{venues.Sell, 10, []venues.Level{{Price: 103, Qty: 2}, {Price: 105, Qty: 1}}},
	}
	for _, tt := range tests {
		got := b.Top(tt.side, tt.n, nil)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Top(%v, %d) = %v, want %v", tt.side, tt.n, got, tt.want)
		}
	}
	if got, ok := b.Best(venues.Sell); !ok || got.Price != 103 {
		t.Errorf("Best(Sell) = %v, %v; want 103", got, ok)
	}
	if err := b.SetString(venues.Buy, "x", "1"); err == nil {
		t.Error("SetString accepted a malformed price")
	}
	b.Clear()
	if got := b.Len(venues.Buy) + b.Len(venues.Sell); got != 0 {
		t.Errorf("after Clear: %d levels, want 0", got)
	}
}

// TestBookMatchesMapModel applies random updates and checks every level
// against a map after each one.
func TestBookMatchesMapModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	b := binance.NewBook(0)
	model := map[venues.Side]map[float64]float64{venues.Buy: {}, venues.Sell: {}}
	var buf []venues.Level
	for i := range 5000 {
		side := venues.Side(1 + rng.IntN(2))
		price := float64(9000+rng.IntN(200)) / 100
		qty := 0.0
		if rng.IntN(3) > 0 {
			qty = float64(1+rng.IntN(1000)) / 1000
		}
		b.Set(side, price, qty)
		if qty > 0 {
			model[side][price] = qty
		} else {
			delete(model[side], price)
		}
		for _, s := range []venues.Side{venues.Buy, venues.Sell} {
			buf = b.Top(s, 1<<30, buf[:0])
			if len(buf) != len(model[s]) {
				t.Fatalf("step %d side %v: %d levels, want %d", i, s, len(buf), len(model[s]))
			}
			for j, l := range buf {
				if model[s][l.Price] != l.Qty {
					t.Fatalf("step %d side %v: level %v, want qty %v", i, s, l, model[s][l.Price])
				}
				if j > 0 && (s == venues.Buy) != (l.Price < buf[j-1].Price) {
					t.Fatalf("step %d side %v: levels out of order: %v", i, s, buf)
				}
			}
		}
	}
}

// BenchmarkBookApply applies diff events of eight levels each to a synced
// book of about 1000 levels a side, most changes near the top, a third of
// them deletions. levels/s counts price levels applied.
func BenchmarkBookApply(b *testing.B) {
	const levelsPerDiff = 8
	rng := rand.New(rand.NewPCG(7, 7))
	lb := binance.NewLocalBook(false, 4096)
	var bids, asks []venues.Level
	for i := range 1000 {
		bids = append(bids, venues.Level{Price: 3000 - float64(i)*0.01, Qty: 1})
		asks = append(asks, venues.Level{Price: 3000.01 + float64(i)*0.01, Qty: 1})
	}
	lb.Snapshot(0, bids, asks)
	diffs := make([]binance.Diff, 4096)
	for i := range diffs {
		d := binance.Diff{}
		for range levelsPerDiff {
			off := float64(int(rng.ExpFloat64()*60)%1000) * 0.01
			qty := 0.0
			if rng.IntN(3) > 0 {
				qty = float64(1+rng.IntN(5000)) / 1000
			}
			if rng.IntN(2) == 0 {
				d.Bids = append(d.Bids, venues.Level{Price: 3000 - off, Qty: qty})
			} else {
				d.Asks = append(d.Asks, venues.Level{Price: 3000.01 + off, Qty: qty})
			}
		}
		diffs[i] = d
	}
	id := int64(0)
	apply := func(i int) {
		d := diffs[i%len(diffs)]
		d.First, d.Last = id+1, id+1
		id++
		if lb.Apply(d) != binance.Applied {
			b.Fatalf("diff %d not applied", i)
		}
	}
	for i := range 2 * len(diffs) { // warm up: the book reaches its steady size
		apply(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		apply(i)
	}
	b.ReportMetric(float64(b.N*levelsPerDiff)/b.Elapsed().Seconds(), "levels/s")
}
