package binance_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

func diff(first, last int64, bids ...venues.Level) binance.Diff {
	return binance.Diff{First: first, Last: last, Bids: bids}
}

func lvl(p, q float64) venues.Level { return venues.Level{Price: p, Qty: q} }

func TestLocalBookSpotProcedure(t *testing.T) {
	type step struct {
		diff     *binance.Diff
		snapshot int64 // >0: install a snapshot with this lastUpdateId (bid 1 @ qty 1)
		want     binance.SyncResult
	}
	d := func(first, last int64, price float64) *binance.Diff {
		x := diff(first, last, lvl(price, float64(last)))
		return &x
	}
	tests := []struct {
		name     string
		steps    []step
		wantLast int64
		wantBids []venues.Level
	}{
		{
			name: "buffered events at or before the snapshot are dropped; the straddling one applies",
			steps: []step{
				{diff: d(8, 9, 2), want: binance.Buffered},
				{diff: d(10, 12, 3), want: binance.Buffered},
				{diff: d(13, 13, 4), want: binance.Buffered},
				{snapshot: 11, want: binance.Synced},
				{diff: d(14, 15, 5), want: binance.Applied},
			},
			wantLast: 15,
			wantBids: []venues.Level{lvl(5, 15), lvl(4, 13), lvl(3, 12), lvl(1, 1)},
		},
		{
			name: "a snapshot older than the first buffered event asks for another",
			steps: []step{
				{diff: d(20, 21, 2), want: binance.Buffered},
				{snapshot: 15, want: binance.NeedSnapshot},
				{diff: d(22, 22, 3), want: binance.Buffered},
				{snapshot: 21, want: binance.Synced},
			},
			wantLast: 22,
			wantBids: []venues.Level{lvl(3, 22), lvl(1, 1)},
		},
		{
			name: "a snapshot newer than every buffered event waits for the straddling one",
			steps: []step{
				{diff: d(5, 6, 2), want: binance.Buffered},
				{snapshot: 9, want: binance.Synced},
				{diff: d(8, 9, 3), want: binance.Ignored},
				{diff: d(9, 10, 4), want: binance.Applied},
			},
			wantLast: 10,
			wantBids: []venues.Level{lvl(4, 10), lvl(1, 1)},
		},
		{
			name: "a gap while synced needs a snapshot and keeps the gapped event",
			steps: []step{
				{snapshot: 10, want: binance.Synced},
				{diff: d(11, 11, 2), want: binance.Applied},
				{diff: d(13, 14, 3), want: binance.NeedSnapshot},
				{diff: d(15, 15, 4), want: binance.Buffered},
				{snapshot: 12, want: binance.Synced},
			},
			wantLast: 15,
			wantBids: []venues.Level{lvl(4, 15), lvl(3, 14), lvl(1, 1)},
		},
		{
			name: "a first event past lastUpdateId+1 is a gap",
			steps: []step{
				{snapshot: 10, want: binance.Synced},
				{diff: d(12, 12, 2), want: binance.NeedSnapshot},
			},
			wantLast: 10,
		},
		{
			name: "an overlapping event after the first is a gap",
			steps: []step{
				{snapshot: 10, want: binance.Synced},
				{diff: d(11, 12, 2), want: binance.Applied},
				{diff: d(12, 13, 3), want: binance.NeedSnapshot},
			},
			wantLast: 12,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lb := binance.NewLocalBook(false, 8)
			for i, s := range tt.steps {
				var got binance.SyncResult
				if s.diff != nil {
					got = lb.Apply(*s.diff)
				} else {
					got = lb.Snapshot(s.snapshot, []venues.Level{lvl(1, 1)}, nil)
				}
				if got != s.want {
					t.Fatalf("step %d: got %v, want %v", i, got, s.want)
				}
			}
			if got := lb.LastUpdateID(); got != tt.wantLast {
				t.Errorf("LastUpdateID = %d, want %d", got, tt.wantLast)
			}
			if tt.wantBids != nil {
				got := lb.Book().Top(venues.Buy, 100, nil)
				if len(got) != len(tt.wantBids) {
					t.Fatalf("bids = %v, want %v", got, tt.wantBids)
				}
				for i := range got {
					if got[i] != tt.wantBids[i] {
						t.Fatalf("bids = %v, want %v", got, tt.wantBids)
					}
				}
			}
		})
	}
}

func TestLocalBookFuturesProcedure(t *testing.T) {
	fd := func(first, last, prev int64) binance.Diff {
		return binance.Diff{First: first, Last: last, PrevLast: prev, Bids: []venues.Level{lvl(float64(last), 1)}}
	}
	tests := []struct {
		name  string
		snap  int64
		diffs []binance.Diff
		want  []binance.SyncResult
	}{
		{"straddling first event, then pu chain", 100,
			[]binance.Diff{fd(90, 99, 80), fd(95, 105, 99), fd(110, 120, 105), fd(121, 130, 120)},
			[]binance.SyncResult{binance.Ignored, binance.Applied, binance.Applied, binance.Applied}},
		{"first event starting after lastUpdateId with pu == lastUpdateId", 100,
			[]binance.Diff{fd(103, 107, 100)},
			[]binance.SyncResult{binance.Applied}},
		{"pu break is a gap", 100,
			[]binance.Diff{fd(95, 105, 99), fd(110, 120, 106)},
			[]binance.SyncResult{binance.Applied, binance.NeedSnapshot}},
		{"first event after lastUpdateId without pu link is a gap", 100,
			[]binance.Diff{fd(103, 107, 102)},
			[]binance.SyncResult{binance.NeedSnapshot}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lb := binance.NewLocalBook(true, 8)
			if got := lb.Snapshot(tt.snap, nil, nil); got != binance.Synced {
				t.Fatalf("Snapshot = %v, want synced", got)
			}
			for i, d := range tt.diffs {
				if got := lb.Apply(d); got != tt.want[i] {
					t.Fatalf("diff %d: got %v, want %v", i, got, tt.want[i])
				}
			}
		})
	}
}

// refBook is the test's model of the exchange's book: quantities by price
// index on a grid of refLevels prices a side (bids from 1000.00, asks from
// 1003.00, a cent apart).
type refBook struct {
	qty [2][refLevels]float64
	n   [2]int
	id  int64
}

const refLevels = 60

func refPrice(s venues.Side, k int) float64 {
	if s == venues.Sell {
		k += 300
	}
	return float64(100000+k) / 100
}

func refIndex(s venues.Side, p float64) int {
	k := int(math.Round(p*100)) - 100000
	if s == venues.Sell {
		k -= 300
	}
	return k
}

func (r *refBook) set(s venues.Side, k int, q float64) {
	i := s - 1
	if (r.qty[i][k] > 0) != (q > 0) {
		if q > 0 {
			r.n[i]++
		} else {
			r.n[i]--
		}
	}
	r.qty[i][k] = q
}

func (r *refBook) levels(s venues.Side) []venues.Level {
	var out []venues.Level
	for k, q := range r.qty[s-1] {
		if q > 0 {
			out = append(out, venues.Level{Price: refPrice(s, k), Qty: q})
		}
	}
	return out
}

// equal compares every level of the local book with the model.
func (r *refBook) equal(b *binance.Book, buf []venues.Level) bool {
	for _, s := range []venues.Side{venues.Buy, venues.Sell} {
		if b.Len(s) != r.n[s-1] {
			return false
		}
		for _, l := range b.Top(s, refLevels, buf[:0]) {
			k := refIndex(s, l.Price)
			if k < 0 || k >= refLevels || r.qty[s-1][k] != l.Qty {
				return false
			}
		}
	}
	return true
}

// TestLocalBookRandomDiffsWithFaults drives 100,000 random diff events
// through a LocalBook with dropped events, id gaps, duplicates and
// snapshots that arrive late (while newer events are buffered), and checks
// that whenever the book says it is in sync and has seen the latest event
// it equals the exchange's book level for level, and that it equals it
// after every resync.
func TestLocalBookRandomDiffsWithFaults(t *testing.T) {
	const events = 100_000
	for _, futures := range []bool{false, true} {
		rng := rand.New(rand.NewPCG(42, 3))
		ref := &refBook{}
		lb := binance.NewLocalBook(futures, 512)
		buf := make([]venues.Level, 0, refLevels)
		type pendingSnap struct {
			at         int
			id         int64
			bids, asks []venues.Level
		}
		var snap *pendingSnap
		var prev binance.Diff
		var compared, resyncs, drops int
		lastDropped := false
		for i := range events {
			// The exchange changes 1-6 levels; update ids advance by 1-3.
			d := binance.Diff{First: ref.id + 1, PrevLast: ref.id}
			if rng.IntN(200) == 0 { // the exchange skips ids: a gap on the wire
				d.First += 5
				d.PrevLast += 3
			}
			d.Last = d.First + int64(rng.IntN(3))
			for range 1 + rng.IntN(6) {
				s := venues.Side(1 + rng.IntN(2))
				k := rng.IntN(refLevels)
				q := 0.0
				if rng.IntN(4) > 0 {
					q = float64(1+rng.IntN(9999)) / 1000
				}
				if s == venues.Buy {
					d.Bids = append(d.Bids, lvl(refPrice(s, k), q))
				} else {
					d.Asks = append(d.Asks, lvl(refPrice(s, k), q))
				}
				ref.set(s, k, q)
			}
			ref.id = d.Last

			var res binance.SyncResult
			switch r := rng.IntN(200); {
			case r == 0: // dropped on the wire
				drops++
				lastDropped = true
			case r == 1 && prev.Last > 0 && !lastDropped: // a duplicate of the previous event, then this one
				if got := lb.Apply(prev); lb.Synced() && got != binance.Ignored {
					t.Fatalf("futures=%v event %d: duplicate gave %v, want ignored", futures, i, got)
				}
				fallthrough
			default:
				res = lb.Apply(d)
				lastDropped = false
			}
			prev = d

			if res == binance.NeedSnapshot || (!lb.Synced() && snap == nil) {
				// Fetch a snapshot now; it arrives a few events later.
				snap = &pendingSnap{at: i + rng.IntN(8), id: ref.id,
					bids: ref.levels(venues.Buy), asks: ref.levels(venues.Sell)}
			}
			if snap != nil && i >= snap.at {
				s := snap
				snap = nil
				if lb.Snapshot(s.id, s.bids, s.asks) == binance.Synced {
					resyncs++
					if lb.LastUpdateID() == ref.id && !ref.equal(lb.Book(), buf) {
						t.Fatalf("futures=%v event %d: book differs from the exchange right after a resync", futures, i)
					}
				}
			}
			if lb.Synced() {
				if lb.LastUpdateID() != ref.id {
					if !lastDropped {
						t.Fatalf("futures=%v event %d: synced at %d but the exchange is at %d with nothing dropped", futures, i, lb.LastUpdateID(), ref.id)
					}
					continue
				}
				if !ref.equal(lb.Book(), buf) {
					t.Fatalf("futures=%v event %d: synced book differs from the exchange", futures, i)
				}
				compared++
			}
		}
		if compared < events*9/10 || resyncs < 500 || drops < 300 {
			t.Errorf("futures=%v: compared %d, resyncs %d, drops %d: faults or comparisons too few", futures, compared, resyncs, drops)
		}
		t.Logf("futures=%v: %d events, %d compared in sync, %d resyncs, %d drops", futures, events, compared, resyncs, drops)
	}
}
