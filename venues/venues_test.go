package venues_test

import (
	"testing"

	"github.com/navarb/navarb/venues"
)

// Every enum value has its own name: reports, logs and the recorded event
// format key on them.
func TestNamesAreDistinct(t *testing.T) {
	seen := map[string]string{}
	check := func(kind, name string) {
		t.Helper()
		if name == "unknown" || name == "UNKNOWN" || name == "" {
			t.Errorf("%s has no name", kind)
		}
		if prev, dup := seen[kind[:4]+name]; dup {
			t.Errorf("%s and %s share the name %q", kind, prev, name)
		}
		seen[kind[:4]+name] = kind
	}
	for k := venues.PlanKind(1); int(k) < venues.NumPlanKinds; k++ {
		check("plan"+k.String(), k.String())
	}
	for _, a := range []venues.Action{venues.ActionMint, venues.ActionRedeem, venues.ActionBuy, venues.ActionSell} {
		check("actn"+a.String(), a.String())
	}
	for _, s := range []venues.TxStatus{venues.TxSuccess, venues.TxReverted, venues.TxDropped} {
		check("txst"+s.String(), s.String())
	}
	for _, s := range []venues.NAVSource{venues.NAVIssuer, venues.NAVComponent, venues.NAVModel} {
		check("navs"+s.String(), s.String())
	}
	for _, o := range []venues.OrderType{venues.Limit, venues.LimitMaker, venues.IOC, venues.Market} {
		check("otyp"+o.String(), o.String())
	}
	for _, s := range []venues.OrderStatus{venues.OrderNew, venues.OrderPartiallyFilled, venues.OrderFilled,
		venues.OrderCanceled, venues.OrderRejected, venues.OrderExpired} {
		check("osts"+s.String(), s.String())
	}
	if venues.PlanKind(0).String() != "unknown" || venues.Side(9).String() != "UNKNOWN" {
		t.Errorf("out-of-range values must not borrow a real name")
	}
}

func TestMidAndPrice(t *testing.T) {
	b := &venues.BookUpdate{Bids: []venues.Level{{Price: 99, Qty: 1}}, Asks: []venues.Level{{Price: 101, Qty: 1}}}
	if got := b.Mid(); got != 100 {
		t.Errorf("mid = %v, want 100", got)
	}
	if got := (&venues.BookUpdate{Bids: b.Bids}).Mid(); got != 0 {
		t.Errorf("one-sided mid = %v, want 0", got)
	}
	p := &venues.PoolUpdate{ReserveBase: 50, ReserveQuote: 1500}
	if got := p.Price(); got != 30 {
		t.Errorf("pool price = %v, want 30", got)
	}
	if got := (&venues.PoolUpdate{ReserveQuote: 1}).Price(); got != 0 {
		t.Errorf("empty pool price = %v, want 0", got)
	}
	if !venues.OrderPartiallyFilled.Open() || venues.OrderFilled.Open() {
		t.Errorf("Open() wrong")
	}
}
