package mm_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

// randomCase draws params and a market over wide ranges: every skew mode,
// rebates, coarse and fine ticks and lots, inventories past the cap.
func randomCase(r *rand.Rand) (mm.Params, mm.Market) {
	p := baseParams()
	p.Levels = 1 + r.IntN(10)
	p.LevelQty = math.Exp(r.Float64()*8 - 3) // 0.05 .. 150
	p.LevelSpacingBps = r.Float64() * 50
	p.BaseHalfSpreadBps = r.Float64() * 100
	p.VolK = r.Float64() * 3
	p.VolHorizon = time.Duration(r.IntN(600)) * time.Second
	p.MakerFeeBps = r.Float64()*12 - 2
	p.MinEdgeBps = -p.MakerFeeBps + 0.01 + r.Float64()*5
	p.Tick = []float64{0.0001, 0.01, 0.5, 1}[r.IntN(4)]
	p.Lot = []float64{0.001, 0.1, 1}[r.IntN(3)]
	p.MinQty = p.Lot * float64(r.IntN(3))
	p.Skew = mm.SkewMode(r.IntN(3))
	p.SkewBpsPerToken = r.Float64() * 5
	p.Gamma = r.Float64() * 0.5
	p.SkewHorizon = time.Duration(r.IntN(48)) * time.Hour
	p.MaxInventoryUSD = math.Exp(r.Float64()*8 + 4) // ~55 .. 160k
	p.SizeReduction = r.Float64()
	p.FlattenBandUSD = p.MaxInventoryUSD * 0.6
	p.FlattenTargetUSD, p.UnwindBandUSD = p.FlattenBandUSD*0.1, p.FlattenBandUSD*0.2
	fair := math.Exp(r.Float64()*9 - 1) // 0.37 .. 3000
	capTokens := p.MaxInventoryUSD / fair
	m := mm.Market{
		Fair:      fair,
		Sigma:     r.Float64() * 3,
		Inventory: (r.Float64()*3 - 1.5) * capTokens,
	}
	return p, m
}

func TestLadderProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	var bids, asks []mm.Quote
	quoted := 0
	for i := range 20000 {
		p, m := randomCase(r)
		if err := p.Validate(); err != nil {
			t.Fatalf("case %d: invalid params: %v", i, err)
		}
		var ok bool
		bids, asks, ok = mm.Ladder(&m, &p, bids, asks)
		if !ok {
			t.Fatalf("case %d: no ladder for %+v", i, m)
		}
		if len(bids) > 0 && len(asks) > 0 {
			quoted++
		}
		maxBid, minAsk := mm.ProfitBounds(&p, m.Fair)
		capTokens := p.MaxInventoryUSD / m.Fair
		fail := func(format string, args ...any) {
			t.Helper()
			t.Fatalf("case %d (%+v, fair %v inv %v): "+format, append([]any{i, p, m.Fair, m.Inventory}, args...)...)
		}
		// Bids < asks, each side strictly ordered best first.
		if len(bids) > 0 && len(asks) > 0 && !(bids[0].Price < asks[0].Price) {
			fail("best bid %v >= best ask %v", bids[0].Price, asks[0].Price)
		}
		for j, q := range bids {
			if j > 0 && !(q.Price < bids[j-1].Price) {
				fail("bid %d %v not below bid %d", j, q.Price, j-1)
			}
			if !(q.Price > 0) || q.Price > maxBid*(1+1e-12) {
				fail("bid %d at %v, want in (0, %v] (min profitable)", j, q.Price, maxBid)
			}
		}
		for j, q := range asks {
			if j > 0 && !(q.Price > asks[j-1].Price) {
				fail("ask %d %v not above ask %d", j, q.Price, j-1)
			}
			if q.Price < minAsk*(1-1e-12) {
				fail("ask %d at %v, want >= %v (min profitable)", j, q.Price, minAsk)
			}
		}
		for _, q := range append(bids, asks...) {
			if q.Lots <= 0 || q.Qty < p.MinQty*(1-1e-9) || !closeTo(q.Qty, float64(q.Lots)*p.Lot, 1e-12) {
				fail("quote %+v: want whole lots >= min qty", q)
			}
			if !closeTo(q.Price, float64(q.Ticks)*p.Tick, 1e-12) {
				fail("quote %+v: price not on the tick", q)
			}
		}
		// Filling every quote of one side never passes the cap; past the
		// cap, the growing side is empty.
		inv := m.Inventory
		if got := inv + sumQty(bids); len(bids) > 0 && got > capTokens*(1+1e-12) {
			fail("all bids filled: inventory %v > cap %v", got, capTokens)
		}
		if got := inv - sumQty(asks); len(asks) > 0 && got < -capTokens*(1+1e-12) {
			fail("all asks filled: inventory %v < -cap %v", got, -capTokens)
		}
	}
	// The ranges must exercise two-sided ladders, not only capped ones.
	if quoted < 5000 {
		t.Errorf("only %d of 20000 cases quoted both sides", quoted)
	}
}

// TestReconcileProperties: the budget holds, every resting order is kept,
// cancelled or deferred exactly once, every desired quote is served by a
// keep, placed or deferred exactly once, and kept orders are within
// tolerance, age and size.
func TestReconcileProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	var bids, asks []mm.Quote
	var acts []mm.Action
	for i := range 5000 {
		p, m := randomCase(r)
		bids, asks, _ = mm.Ladder(&m, &p, bids, asks)
		var resting []mm.Resting
		for _, q := range append(append([]mm.Quote{}, bids...), asks...) {
			if r.IntN(3) == 0 {
				continue
			}
			resting = append(resting, mm.Resting{
				Side:   q.Side,
				Price:  q.Price * (1 + (r.Float64()*2-1)*2*p.RefreshToleranceBps/1e4),
				Qty:    q.Qty * (0.5 + r.Float64()*0.7),
				Placed: t0.Add(-time.Duration(r.IntN(60)) * time.Second),
			})
		}
		budget := r.IntN(25)
		var sum mm.Reconciled
		acts, sum = mm.Reconcile(resting, bids, asks, &p, budget, t0, acts)
		restingSeen := make([]int, len(resting))
		want := map[venues.Side][]int{venues.Buy: make([]int, len(bids)), venues.Sell: make([]int, len(asks))}
		spent := 0
		for _, a := range acts {
			switch a.Kind {
			case mm.Keep:
				restingSeen[a.Resting]++
				want[a.Side][a.Desired]++
				o, d := resting[a.Resting], bids
				if a.Side == venues.Sell {
					d = asks
				}
				q := d[a.Desired]
				if o.Side != q.Side || math.Abs(o.Price/q.Price-1) > p.RefreshToleranceBps/1e4 ||
					t0.Sub(o.Placed) > p.MaxQuoteAge || o.Qty > q.Qty*(1+1e-9) {
					t.Fatalf("case %d: kept %+v for %+v", i, o, q)
				}
			case mm.Cancel:
				restingSeen[a.Resting]++
				spent++
			case mm.Place:
				want[a.Side][a.Desired]++
				spent++
			}
		}
		if spent > max(budget, 0) {
			t.Fatalf("case %d: %d actions over budget %d", i, spent, budget)
		}
		deferred := 0
		for j, n := range restingSeen {
			if n > 1 {
				t.Fatalf("case %d: resting %d acted on %d times", i, j, n)
			}
			deferred += 1 - n
		}
		for side, seen := range want {
			for j, n := range seen {
				if n > 1 {
					t.Fatalf("case %d: desired %v %d served %d times", i, side, j, n)
				}
				deferred += 1 - n
			}
		}
		if deferred != sum.Deferred {
			t.Fatalf("case %d: %d left undone, summary says %d deferred", i, deferred, sum.Deferred)
		}
	}
}
