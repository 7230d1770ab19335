package mm_test

import (
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/mm"
)

func TestReservation(t *testing.T) {
	year := mm.Year.Seconds()
	tests := []struct {
		name  string
		mode  mm.SkewMode
		fair  float64
		sigma float64
		inv   float64
		want  float64
	}{
		{"none ignores inventory", mm.SkewNone, 100, 0.8, 50, 100},
		{"linear flat", mm.SkewLinear, 100, 0.8, 0, 100},
		// 0.2 bps per token x 50 tokens = 10 bps below fair.
		{"linear long", mm.SkewLinear, 100, 0.8, 50, 100 * (1 - 10e-4)},
		{"linear short", mm.SkewLinear, 100, 0.8, -50, 100 * (1 + 10e-4)},
		{"AS flat", mm.SkewAvellanedaStoikov, 100, 0.8, 0, 100},
		// q gamma (s sigma)^2 tau = 50 x 0.01 x 80^2 x (3600/year).
		{"AS long", mm.SkewAvellanedaStoikov, 100, 0.8, 50, 100 - 50*0.01*6400*3600/year},
		{"AS short", mm.SkewAvellanedaStoikov, 100, 0.8, -50, 100 + 50*0.01*6400*3600/year},
		{"AS no vol", mm.SkewAvellanedaStoikov, 100, 0, 50, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			p.Skew = tt.mode
			m := mm.Market{Fair: tt.fair, Sigma: tt.sigma, Inventory: tt.inv}
			if got := mm.Reservation(&p, &m); !closeTo(got, tt.want, 1e-12) {
				t.Errorf("Reservation = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLadderSkew: a long inventory moves both sides down (cheaper asks sell
// it off, lower bids buy less), a short one up, and the side that grows
// |inventory| is smaller.
func TestLadderSkew(t *testing.T) {
	tests := []struct {
		name string
		mode mm.SkewMode
	}{
		{"linear", mm.SkewLinear},
		{"avellaneda_stoikov", mm.SkewAvellanedaStoikov},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			p.Skew = tt.mode
			p.Gamma, p.SkewHorizon = 0.05, 24*time.Hour
			p.BaseHalfSpreadBps = 40 // leave the skew room inside the profit bounds
			ladder := func(inv float64) (b, a []mm.Quote) {
				m := mm.Market{Fair: 100, Sigma: 0.8, Inventory: inv}
				b, a, ok := mm.Ladder(&m, &p, nil, nil)
				if !ok || len(b) == 0 || len(a) == 0 {
					t.Fatalf("inventory %v: ok=%v, %d bids, %d asks", inv, ok, len(b), len(a))
				}
				return b, a
			}
			fb, fa := ladder(0)
			lb, la := ladder(20)
			sb, sa := ladder(-20)
			if !(lb[0].Price < fb[0].Price && la[0].Price < fa[0].Price) {
				t.Errorf("long: best %v/%v, want both below flat %v/%v", lb[0].Price, la[0].Price, fb[0].Price, fa[0].Price)
			}
			if !(sb[0].Price > fb[0].Price && sa[0].Price > fa[0].Price) {
				t.Errorf("short: best %v/%v, want both above flat %v/%v", sb[0].Price, sa[0].Price, fb[0].Price, fa[0].Price)
			}
			if got, want := lb[0].Qty, la[0].Qty; !(got < want) {
				t.Errorf("long: bid qty %v, want < ask qty %v", got, want)
			}
			if got, want := sa[0].Qty, sb[0].Qty; !(got < want) {
				t.Errorf("short: ask qty %v, want < bid qty %v", got, want)
			}
			if got, want := fb[0].Qty, fa[0].Qty; got != want {
				t.Errorf("flat: bid qty %v, want = ask qty %v", got, want)
			}
		})
	}
}

// TestLadderSizeReduction: the growing side is LevelQty x (1 - r |q|/cap),
// rounded down to the lot.
func TestLadderSizeReduction(t *testing.T) {
	tests := []struct {
		name      string
		reduction float64
		inv       float64 // tokens; fair 100, cap $5,000 = 50 tokens
		wantBid   float64
		wantAsk   float64
	}{
		{"flat", 0.5, 0, 10, 10},
		{"long 40% of cap", 0.5, 20, 8, 10},
		{"short 40% of cap", 0.5, -20, 10, 8},
		{"no reduction", 0, 20, 10, 10},
		{"full reduction at 40%", 1, 20, 6, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			p.SizeReduction = tt.reduction
			m := mm.Market{Fair: 100, Inventory: tt.inv}
			b, a, ok := mm.Ladder(&m, &p, nil, nil)
			if !ok {
				t.Fatal("no ladder")
			}
			if got := b[0].Qty; !closeTo(got, tt.wantBid, 1e-9) {
				t.Errorf("bid qty %v, want %v", got, tt.wantBid)
			}
			if got := a[0].Qty; !closeTo(got, tt.wantAsk, 1e-9) {
				t.Errorf("ask qty %v, want %v", got, tt.wantAsk)
			}
		})
	}
}

// TestLadderCap: the side that would pass the cap is truncated, then gone.
func TestLadderCap(t *testing.T) {
	tests := []struct {
		name            string
		inv             float64 // cap = 50 tokens
		wantBid, wantAk float64 // total quantity per side
	}{
		{"flat: 5 levels of 10 fit", 0, 50, 50},
		{"long 35: 15 tokens of bids left", 35, 15, 50},
		{"long 49.95: half a lot is not a lot", 49.95, 0, 50},
		{"at the cap: no bids", 50, 0, 50},
		{"past the cap: no bids", 60, 0, 50},
		{"short past the cap: no asks", -60, 50, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			p.SizeReduction = 0
			m := mm.Market{Fair: 100, Inventory: tt.inv}
			b, a, ok := mm.Ladder(&m, &p, nil, nil)
			if !ok {
				t.Fatal("no ladder")
			}
			if got := sumQty(b); !closeTo(got, tt.wantBid, 1e-9) {
				t.Errorf("bids total %v, want %v", got, tt.wantBid)
			}
			if got := sumQty(a); !closeTo(got, tt.wantAk, 1e-9) {
				t.Errorf("asks total %v, want %v", got, tt.wantAk)
			}
			if math.Abs(tt.inv) <= 50 && (tt.inv+sumQty(b) > 50 || tt.inv-sumQty(a) < -50) {
				t.Errorf("filling a side passes the cap: %v + %v bids, - %v asks", tt.inv, sumQty(b), sumQty(a))
			}
		})
	}
}
