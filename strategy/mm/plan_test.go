package mm_test

import (
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

func TestSidePlan(t *testing.T) {
	p := baseParams()
	m := mm.Market{Fair: 100}
	bids, asks, _ := mm.Ladder(&m, &p, nil, nil)
	for _, tt := range []struct {
		name string
		qs   []mm.Quote
		sign float64
	}{
		{"bids grow inventory", bids, 1},
		{"asks shrink it", asks, -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			plan, delta := mm.SidePlan(tt.qs, "ETH2X", "ETH2XUSDT", m.Fair, 5*time.Second, t0)
			qty := sumQty(tt.qs)
			if plan.Kind != venues.Quote || plan.MarketKind != venues.MarketBook || plan.Token != "ETH2X" {
				t.Errorf("plan %+v, want a book quote plan for ETH2X", plan)
			}
			if got, want := plan.NotionalUSD, qty*m.Fair; !closeTo(got, want, 1e-12) {
				t.Errorf("notional %v, want %v", got, want)
			}
			if got, want := delta, tt.sign*qty*m.Fair; !closeTo(got, want, 1e-12) {
				t.Errorf("inventory delta %v, want %v", got, want)
			}
			if got, want := plan.MarketPrice, tt.qs[0].Price; got != want {
				t.Errorf("price %v, want the best quote %v", got, want)
			}
			if got, want := plan.Deadline, t0.Add(5*time.Second); !got.Equal(want) {
				t.Errorf("deadline %v, want %v", got, want)
			}
		})
	}
	if plan, delta := mm.SidePlan(nil, "ETH2X", "X", 100, time.Second, t0); plan.Kind != 0 || delta != 0 {
		t.Errorf("empty side: %+v %v, want zero", plan, delta)
	}
}

func TestTrimSide(t *testing.T) {
	// 5 levels of 10 tokens at fair 100: $1,000 a level.
	tests := []struct {
		name     string
		maxUSD   float64
		minQty   float64
		levels   int
		totalQty float64
	}{
		{"everything fits", 1e6, 0.1, 5, 50},
		{"two and a half levels", 2500, 0.1, 3, 25},
		{"exact two levels", 2000, 0.1, 2, 20},
		{"remainder under min qty", 2050, 1, 2, 20},
		{"nothing", 0, 0.1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			p.MinQty = tt.minQty
			m := mm.Market{Fair: 100}
			bids, _, _ := mm.Ladder(&m, &p, nil, nil)
			got := mm.TrimSide(bids, &p, m.Fair, tt.maxUSD)
			if len(got) != tt.levels || !closeTo(sumQty(got), tt.totalQty, 1e-9) {
				t.Errorf("%d levels, %v tokens; want %d, %v", len(got), sumQty(got), tt.levels, tt.totalQty)
			}
			for _, q := range got {
				if !closeTo(q.Qty, float64(q.Lots)*p.Lot, 1e-12) {
					t.Errorf("quote %+v: qty and lots disagree", q)
				}
			}
		})
	}
}

// TestReconcileManyLevels runs past the internal bitset (256 entries):
// an unchanged 300-level-a-side ladder is kept whole.
func TestReconcileManyLevels(t *testing.T) {
	p := baseParams()
	p.Levels, p.LevelQty, p.LevelSpacingBps, p.MaxInventoryUSD = 300, 1, 1, 1e7
	p.FlattenBandUSD = 1e6
	m := mm.Market{Fair: 1000}
	bids, asks, _ := mm.Ladder(&m, &p, nil, nil)
	if len(bids) != 300 || len(asks) != 300 {
		t.Fatalf("%d bids %d asks, want 300 each", len(bids), len(asks))
	}
	var resting []mm.Resting
	for _, q := range append(append([]mm.Quote{}, bids...), asks...) {
		resting = append(resting, mm.Resting{Side: q.Side, Price: q.Price, Qty: q.Qty, Placed: t0})
	}
	resting = append(resting, mm.Resting{Side: venues.Buy, Price: 1, Qty: 1, Placed: t0})
	acts, sum := mm.Reconcile(resting, bids, asks, &p, 10, t0, nil)
	if sum.Kept != 600 || sum.Cancels != 1 || sum.Places != 0 || sum.Deferred != 0 {
		t.Errorf("summary %+v, want 600 kept and the stray bid cancelled", sum)
	}
	if last := acts[len(acts)-1]; last.Kind != mm.Cancel || last.Resting != 600 {
		t.Errorf("last action %+v, want the cancel of resting 600", last)
	}
}
