package arb_test

import (
	"math"
	"testing"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

// TestNoMintSell: an issuer that cannot mint and sell atomically gets no
// MintSell plan, however large the premium, while its BuyRedeem plans are
// the same as without the flag.
func TestNoMintSell(t *testing.T) {
	const nav = 100.0
	tests := []struct {
		name     string
		m        arb.Market
		wantOK   bool
		wantKind venues.PlanKind
	}{
		{"pool premium", poolMarket(nav, nav*1.05, 1e6), false, 0},
		{"book premium", bookMarket(nav, nav*1.05, 2, 5, 50, 10), false, 0},
		{"pool discount", poolMarket(nav, nav*0.98, 1e6), true, venues.BuyRedeem},
		{"book discount", bookMarket(nav, nav*0.98, 2, 5, 50, 10), true, venues.BuyRedeem},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			free := baseParams()
			p := free
			p.NoMintSell = true
			plan, ok := arb.Decide(&tt.m, &p, t0)
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v (plan %+v)", ok, tt.wantOK, plan)
			}
			if !ok {
				if _, ok := arb.Decide(&tt.m, &free, t0); !ok {
					t.Fatal("without the flag there is no plan either: the case tests nothing")
				}
				if plan, ok := arb.Resize(venues.MintSell, &tt.m, &p, math.Inf(1), t0); ok {
					t.Errorf("Resize(MintSell) = %+v, want no plan", plan)
				}
				return
			}
			if got, want := plan.Kind, tt.wantKind; got != want {
				t.Errorf("kind = %v, want %v", got, want)
			}
			same, _ := arb.Decide(&tt.m, &free, t0)
			if plan != same {
				t.Errorf("plan %+v, want the unflagged plan %+v", plan, same)
			}
		})
	}
}
