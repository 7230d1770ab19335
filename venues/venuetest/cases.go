package venuetest

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

func limitRestsAndCancels(t *testing.T, s *suite) {
	price, qty := s.ticks(-10), s.lots("1")
	req, o, err := s.place(t, venues.Buy, venues.Limit, price, qty, 0)
	if err != nil {
		t.Fatal(err)
	}
	if o.Status != venues.OrderNew || !o.Filled.IsZero() || o.ClientID == "" || o.ExchangeID == "" ||
		o.Symbol != s.h.Symbol || o.Side != venues.Buy || o.Type != venues.Limit || !o.Price.Equal(price) || !o.Qty.Equal(qty) {
		t.Errorf("placed %+v: want a NEW %s LIMIT BUY %s @ %s with ids", o, s.h.Symbol, qty, price)
	}
	c, err := s.h.Venue.CancelOrder(s.ctx(t), s.h.Symbol, o.ClientID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Status != venues.OrderCanceled || c.ClientID != o.ClientID {
		t.Errorf("cancelled %+v: want CANCELED %s", c, o.ClientID)
	}
	s.waitFor(t, "the cancel's order update", func(evs []venues.Event) bool {
		for _, e := range evs {
			if u, ok := e.(*venues.OrderUpdate); ok && u.Order.ClientID == o.ClientID && u.Order.Status == venues.OrderCanceled {
				return true
			}
		}
		return false
	})
	if _, err := s.h.Venue.CancelOrder(s.ctx(t), s.h.Symbol, o.ClientID); err == nil {
		t.Error("cancelling a cancelled order succeeded")
	}
	if len(s.fills(req.PlanID)) != 0 {
		t.Error("a cancelled, untouched order has fills")
	}
}

func limitMakerNeverTakes(t *testing.T, s *suite) {
	s.counterparty(t, venues.Sell, venues.Limit, s.h.Mid, s.lots("1"))
	rej, _, err := s.place(t, venues.Buy, venues.LimitMaker, s.h.Mid, s.lots("1"), 0)
	wantErr(t, "crossing LIMIT_MAKER", err, venues.ErrRejected)
	_, o, err := s.place(t, venues.Buy, venues.LimitMaker, s.ticks(-1), s.lots("1"), 1)
	if err != nil {
		t.Fatal(err)
	}
	if o.Status != venues.OrderNew || o.Type != venues.LimitMaker {
		t.Errorf("resting LIMIT_MAKER %+v: want NEW", o)
	}
	s.waitFor(t, "the resting order's update", func(evs []venues.Event) bool {
		for _, e := range evs {
			if u, ok := e.(*venues.OrderUpdate); ok && u.Order.ClientID == o.ClientID {
				return true
			}
		}
		return false
	})
	if fs := s.fills(rej.PlanID); len(fs) != 0 {
		t.Errorf("rejected LIMIT_MAKER has fills: %v", fs)
	}
	if _, err := s.h.Venue.CancelOrder(s.ctx(t), s.h.Symbol, o.ClientID); err != nil {
		t.Fatal(err)
	}
}

func iocFillsAndExpires(t *testing.T, s *suite) {
	s.counterparty(t, venues.Sell, venues.Limit, s.h.Mid, s.lots("2"))
	req, o, err := s.place(t, venues.Buy, venues.IOC, s.h.Mid, s.lots("3"), 2)
	if err != nil {
		t.Fatal(err)
	}
	if o.Status != venues.OrderExpired || !o.Filled.Equal(s.lots("2")) || !o.QuoteFilled.Equal(s.lots("2").Mul(s.h.Mid)) {
		t.Errorf("IOC %+v: want EXPIRED with %s filled", o, s.lots("2"))
	}
	fs := s.waitFilled(t, req.PlanID, o.ClientID, s.lots("2"), venues.OrderExpired)
	var quote decimal.Decimal
	for _, f := range fs {
		s.checkFill(t, f, req, false)
		quote = quote.Add(f.QuoteDelta)
	}
	if !quote.Equal(s.lots("2").Mul(s.h.Mid).Neg()) {
		t.Errorf("IOC fills paid %s quote, want %s", quote.Neg(), s.lots("2").Mul(s.h.Mid))
	}
}

func marketSweeps(t *testing.T, s *suite) {
	s.counterparty(t, venues.Sell, venues.Limit, s.h.Mid, s.lots("1"))
	s.counterparty(t, venues.Sell, venues.Limit, s.ticks(1), s.lots("1"))
	req, o, err := s.place(t, venues.Buy, venues.Market, decimal.Zero, s.lots("1.5"), 3)
	if err != nil {
		t.Fatal(err)
	}
	wantQuote := s.lots("1").Mul(s.h.Mid).Add(s.lots("0.5").Mul(s.ticks(1)))
	if o.Status != venues.OrderFilled || !o.Filled.Equal(s.lots("1.5")) || !o.QuoteFilled.Equal(wantQuote) {
		t.Errorf("market %+v: want FILLED %s for %s quote", o, s.lots("1.5"), wantQuote)
	}
	fs := s.waitFilled(t, req.PlanID, o.ClientID, s.lots("1.5"), venues.OrderFilled)
	var quote decimal.Decimal
	for _, f := range fs {
		s.checkFill(t, f, req, false)
		quote = quote.Add(f.QuoteDelta)
	}
	if !quote.Equal(wantQuote.Neg()) {
		t.Errorf("market fills paid %s quote, want %s", quote.Neg(), wantQuote)
	}
}

func makerFills(t *testing.T, s *suite) {
	price := s.ticks(1)
	req, o, err := s.place(t, venues.Sell, venues.Limit, price, s.lots("1"), 4)
	if err != nil {
		t.Fatal(err)
	}
	s.counterparty(t, venues.Buy, venues.Market, decimal.Zero, s.lots("1"))
	fs := s.waitFilled(t, req.PlanID, o.ClientID, s.lots("1"), venues.OrderFilled)
	var base, quote decimal.Decimal
	for _, f := range fs {
		s.checkFill(t, f, req, true)
		base, quote = base.Add(f.BaseDelta), quote.Add(f.QuoteDelta.Add(f.Fee))
	}
	if !base.Equal(s.lots("1").Neg()) || !quote.Equal(s.lots("1").Mul(price)) {
		t.Errorf("maker fills: %s base, %s quote before fees; want %s, %s", base, quote, s.lots("1").Neg(), s.lots("1").Mul(price))
	}
}

func sameClientIDOnce(t *testing.T, s *suite) {
	req := venues.OrderRequest{Symbol: s.h.Symbol, Side: venues.Buy, Type: venues.Limit, Price: s.ticks(-5), Qty: s.lots("1"), PlanID: s.nextPlan(), Leg: 1}
	a, err := s.h.Venue.PlaceOrder(s.ctx(t), req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.h.Venue.PlaceOrder(s.ctx(t), req)
	if err != nil {
		t.Fatalf("retry: %v", err)
	}
	if a.ExchangeID != b.ExchangeID || a.ClientID != b.ClientID {
		t.Errorf("retry placed %s/%s, first %s/%s: want the same order", b.ClientID, b.ExchangeID, a.ClientID, a.ExchangeID)
	}
	os, err := s.h.Venue.CancelAll(s.ctx(t), s.h.Symbol)
	if err != nil || len(os) != 1 {
		t.Errorf("cancel all = %v, %v; want the one order", os, err)
	}
}

func cancelAll(t *testing.T, s *suite) {
	want := map[string]bool{}
	for i := range 3 {
		_, o, err := s.place(t, venues.Buy, venues.Limit, s.ticks(int64(-1-i)), s.lots("1"), i)
		if err != nil {
			t.Fatal(err)
		}
		want[o.ClientID] = true
	}
	os, err := s.h.Venue.CancelAll(s.ctx(t), s.h.Symbol)
	if err != nil || len(os) != 3 {
		t.Fatalf("cancel all = %v, %v; want 3 orders", os, err)
	}
	for _, o := range os {
		if !want[o.ClientID] || o.Status != venues.OrderCanceled {
			t.Errorf("cancelled %+v: want one of ours, CANCELED", o)
		}
	}
	os, err = s.h.Venue.CancelAll(s.ctx(t), s.h.Symbol)
	if err != nil || len(os) != 0 {
		t.Errorf("second cancel all = %v, %v; want nothing", os, err)
	}
}

func tooSmall(t *testing.T, s *suite) {
	_, _, err := s.place(t, venues.Buy, venues.Limit, s.ticks(-1), s.h.MinQty.Div(decimal.NewFromInt(2)), 0)
	wantErr(t, "quantity below the minimum", err, venues.ErrRejected)
	os, err := s.h.Venue.CancelAll(s.ctx(t), s.h.Symbol)
	if err != nil || len(os) != 0 {
		t.Errorf("cancel all = %v, %v; want nothing placed", os, err)
	}
}
