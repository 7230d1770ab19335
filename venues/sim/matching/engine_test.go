package matching_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// seedBook is a book with asks 100.00 (a1 1, a2 2), 100.50 (a3 1) and bids
// 99.50 (b1 1), 99.00 (b2 3), placed in that order by account "mm".
func seedBook(t *testing.T) *matching.Engine {
	t.Helper()
	e := matching.NewEngine(rules())
	for _, r := range []venues.OrderRequest{
		req(venues.Sell, venues.Limit, "100.50", "1", "a3"),
		req(venues.Sell, venues.Limit, "100.00", "1", "a1"),
		req(venues.Sell, venues.Limit, "100.00", "2", "a2"),
		req(venues.Buy, venues.Limit, "99.50", "1", "b1"),
		req(venues.Buy, venues.Limit, "99.00", "3", "b2"),
	} {
		mustPlace(t, e, "mm", r)
	}
	return e
}

func tradeStrings(ts []matching.Trade) []string {
	out := make([]string, len(ts))
	for i, tr := range ts {
		out[i] = fmt.Sprintf("%s %s@%s", tr.Maker.ClientID, tr.Qty, tr.Price)
	}
	return out
}

func TestPlace(t *testing.T) {
	tests := []struct {
		name       string
		req        venues.OrderRequest
		wantTrades []string
		wantStatus venues.OrderStatus
		wantFilled string
		wantQuote  string
		wantBids   []string
		wantAsks   []string
	}{
		{
			name:       "limit rests without crossing",
			req:        req(venues.Buy, venues.Limit, "99.90", "1", "t"),
			wantStatus: venues.OrderNew, wantFilled: "0", wantQuote: "0",
			wantBids: []string{"99.9:1", "99.5:1", "99:3"}, wantAsks: []string{"100:3", "100.5:1"},
		},
		{
			name:       "limit buy takes in time priority then rests the rest",
			req:        req(venues.Buy, venues.Limit, "100.00", "4", "t"),
			wantTrades: []string{"a1 1@100", "a2 2@100"},
			wantStatus: venues.OrderPartiallyFilled, wantFilled: "3", wantQuote: "300",
			wantBids: []string{"100:1", "99.5:1", "99:3"}, wantAsks: []string{"100.5:1"},
		},
		{
			name:       "limit buy sweeps levels at maker prices",
			req:        req(venues.Buy, venues.Limit, "101.00", "3.5", "t"),
			wantTrades: []string{"a1 1@100", "a2 2@100", "a3 0.5@100.5"},
			wantStatus: venues.OrderFilled, wantFilled: "3.5", wantQuote: "350.25",
			wantBids: []string{"99.5:1", "99:3"}, wantAsks: []string{"100.5:0.5"},
		},
		{
			name:       "limit sell partially fills a maker",
			req:        req(venues.Sell, venues.Limit, "99.00", "1.5", "t"),
			wantTrades: []string{"b1 1@99.5", "b2 0.5@99"},
			wantStatus: venues.OrderFilled, wantFilled: "1.5", wantQuote: "149",
			wantBids: []string{"99:2.5"}, wantAsks: []string{"100:3", "100.5:1"},
		},
		{
			name:       "limit maker that does not cross rests",
			req:        req(venues.Sell, venues.LimitMaker, "99.99", "1", "t"),
			wantStatus: venues.OrderNew, wantFilled: "0", wantQuote: "0",
			wantBids: []string{"99.5:1", "99:3"}, wantAsks: []string{"99.99:1", "100:3", "100.5:1"},
		},
		{
			name:       "ioc takes what it can and expires",
			req:        req(venues.Buy, venues.IOC, "100.00", "5", "t"),
			wantTrades: []string{"a1 1@100", "a2 2@100"},
			wantStatus: venues.OrderExpired, wantFilled: "3", wantQuote: "300",
			wantBids: []string{"99.5:1", "99:3"}, wantAsks: []string{"100.5:1"},
		},
		{
			name:       "ioc that cannot cross expires unfilled",
			req:        req(venues.Sell, venues.IOC, "99.60", "1", "t"),
			wantStatus: venues.OrderExpired, wantFilled: "0", wantQuote: "0",
			wantBids: []string{"99.5:1", "99:3"}, wantAsks: []string{"100:3", "100.5:1"},
		},
		{
			name:       "market sell sweeps the bids",
			req:        req(venues.Sell, venues.Market, "", "4", "t"),
			wantTrades: []string{"b1 1@99.5", "b2 3@99"},
			wantStatus: venues.OrderFilled, wantFilled: "4", wantQuote: "396.5",
			wantBids: []string{}, wantAsks: []string{"100:3", "100.5:1"},
		},
		{
			name:       "market larger than the book expires the rest",
			req:        req(venues.Buy, venues.Market, "", "5", "t"),
			wantTrades: []string{"a1 1@100", "a2 2@100", "a3 1@100.5"},
			wantStatus: venues.OrderExpired, wantFilled: "4", wantQuote: "400.5",
			wantBids: []string{"99.5:1", "99:3"}, wantAsks: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := seedBook(t)
			p := mustPlace(t, e, "me", tc.req)
			if got, want := tradeStrings(p.Trades), tc.wantTrades; !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
				t.Errorf("trades = %v, want %v", got, want)
			}
			if got, want := p.Order.Status, tc.wantStatus; got != want {
				t.Errorf("status = %v, want %v", got, want)
			}
			if got, want := p.Order.Filled, d(tc.wantFilled); !got.Equal(want) {
				t.Errorf("filled = %s, want %s", got, want)
			}
			if got, want := p.Order.QuoteFilled, d(tc.wantQuote); !got.Equal(want) {
				t.Errorf("quote filled = %s, want %s", got, want)
			}
			bids, asks := e.DepthExact(0)
			if got, want := levels(bids), tc.wantBids; !slices.Equal(got, want) {
				t.Errorf("bids = %v, want %v", got, want)
			}
			if got, want := levels(asks), tc.wantAsks; !slices.Equal(got, want) {
				t.Errorf("asks = %v, want %v", got, want)
			}
			for _, tr := range p.Trades {
				if tr.Taker.ClientID != "t" || tr.Taker.Account != "me" || tr.Maker.Account != "mm" || tr.TakerSide != tc.req.Side {
					t.Errorf("trade refs = %+v / %+v side %v", tr.Maker, tr.Taker, tr.TakerSide)
				}
			}
		})
	}
}

func TestPlaceRejects(t *testing.T) {
	tests := []struct {
		name string
		req  venues.OrderRequest
		want error
	}{
		{"limit maker would take", req(venues.Buy, venues.LimitMaker, "100.00", "1", "t"), matching.ErrWouldTake},
		{"duplicate open client id", req(venues.Buy, venues.Limit, "90.00", "1", "b1"), matching.ErrDuplicateOrder},
		{"wrong symbol", venues.OrderRequest{Symbol: "BTCUSDT", Side: venues.Buy, Type: venues.Limit, Price: d("1"), Qty: d("1")}, matching.ErrInvalidOrder},
		{"bad side", venues.OrderRequest{Symbol: "ETHUSDT", Type: venues.Limit, Price: d("100"), Qty: d("1")}, matching.ErrInvalidOrder},
		{"bad type", venues.OrderRequest{Symbol: "ETHUSDT", Side: venues.Buy, Price: d("100"), Qty: d("1")}, matching.ErrInvalidOrder},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := seedBook(t)
			before, _ := e.DepthExact(0)
			_, err := e.Place("mm", tc.req, t0)
			if !errors.Is(err, tc.want) || !errors.Is(err, venues.ErrRejected) {
				t.Fatalf("Place: %v, want %v wrapping ErrRejected", err, tc.want)
			}
			after, _ := e.DepthExact(0)
			if got, want := levels(after), levels(before); !slices.Equal(got, want) {
				t.Errorf("bids changed by a rejected order: %v, want %v", got, want)
			}
		})
	}
}

func TestLimitMakerRejectReportsRejectedOrder(t *testing.T) {
	e := seedBook(t)
	p, err := e.Place("me", req(venues.Sell, venues.LimitMaker, "99.50", "1", "pm"), t0)
	if !errors.Is(err, matching.ErrWouldTake) {
		t.Fatalf("Place: %v, want ErrWouldTake", err)
	}
	if got, want := p.Order.Status, venues.OrderRejected; got != want {
		t.Errorf("status = %v, want %v", got, want)
	}
	if _, ok := e.Order("me", "pm"); ok {
		t.Errorf("rejected order is known to the engine")
	}
}

func TestClientIDReusableAfterFill(t *testing.T) {
	e := seedBook(t)
	mustPlace(t, e, "me", req(venues.Buy, venues.IOC, "100.00", "1", "x"))
	p := mustPlace(t, e, "me", req(venues.Buy, venues.Limit, "90.00", "1", "x"))
	if got, want := p.Order.Status, venues.OrderNew; got != want {
		t.Errorf("status = %v, want %v", got, want)
	}
	// Another account may use the same client id while it is open.
	if _, err := e.Place("other", req(venues.Buy, venues.Limit, "90.00", "1", "x"), t0); err != nil {
		t.Errorf("other account, same client id: %v", err)
	}
}

func TestCancel(t *testing.T) {
	e := seedBook(t)
	mustPlace(t, e, "me", req(venues.Buy, venues.Limit, "100.00", "4", "t")) // 3 filled, 1 rests
	o, err := e.Cancel("me", "t", t0)
	if err != nil {
		t.Fatalf("Cancel: %v", err)
	}
	if got, want := o.Status, venues.OrderCanceled; got != want {
		t.Errorf("status = %v, want %v", got, want)
	}
	if got, want := o.Filled, d("3"); !got.Equal(want) {
		t.Errorf("filled = %s, want %s", got, want)
	}
	bids, _ := e.DepthExact(0)
	if got, want := levels(bids), []string{"99.5:1", "99:3"}; !slices.Equal(got, want) {
		t.Errorf("bids = %v, want %v", got, want)
	}
	if _, err := e.Cancel("me", "t", t0); !errors.Is(err, matching.ErrUnknownOrder) {
		t.Errorf("second Cancel: %v, want ErrUnknownOrder", err)
	}
	if _, err := e.Cancel("me", "b1", t0); !errors.Is(err, matching.ErrUnknownOrder) {
		t.Errorf("Cancel of another account's order: %v, want ErrUnknownOrder", err)
	}
	got, ok := e.Order("me", "t")
	if !ok || got.Status != venues.OrderCanceled {
		t.Errorf("Order after cancel = %+v, %v", got, ok)
	}
}

func TestCancelMiddleOfQueueKeepsPriority(t *testing.T) {
	e := matching.NewEngine(rules())
	for _, id := range []string{"q1", "q2", "q3"} {
		mustPlace(t, e, "mm", req(venues.Sell, venues.Limit, "100.00", "1", id))
	}
	if _, err := e.Cancel("mm", "q2", t0); err != nil {
		t.Fatal(err)
	}
	p := mustPlace(t, e, "me", req(venues.Buy, venues.Market, "", "2", "t"))
	if got, want := tradeStrings(p.Trades), []string{"q1 1@100", "q3 1@100"}; !slices.Equal(got, want) {
		t.Errorf("trades = %v, want %v", got, want)
	}
}

func TestCancelAllAndOpen(t *testing.T) {
	e := seedBook(t)
	mustPlace(t, e, "me", req(venues.Buy, venues.Limit, "98.00", "1", "m1"))
	mustPlace(t, e, "me", req(venues.Sell, venues.Limit, "101.00", "1", "m2"))
	ids := func(os []venues.Order) []string {
		out := make([]string, len(os))
		for i, o := range os {
			out[i] = o.ClientID
		}
		return out
	}
	if got, want := ids(e.Open("mm")), []string{"a3", "a1", "a2", "b1", "b2"}; !slices.Equal(got, want) {
		t.Errorf("Open(mm) = %v, want %v", got, want)
	}
	got := e.CancelAll("me", t0)
	if g, want := ids(got), []string{"m1", "m2"}; !slices.Equal(g, want) {
		t.Errorf("CancelAll = %v, want %v", g, want)
	}
	for _, o := range got {
		if o.Status != venues.OrderCanceled {
			t.Errorf("%s status = %v", o.ClientID, o.Status)
		}
	}
	if n := len(e.Open("me")); n != 0 {
		t.Errorf("open after CancelAll = %d", n)
	}
	if n := len(e.Open("mm")); n != 5 {
		t.Errorf("mm open after me's CancelAll = %d, want 5", n)
	}
}

func TestMaxTradeQtySplitsFills(t *testing.T) {
	e := seedBook(t)
	e.SetMaxTradeQty(d("0.4"))
	p := mustPlace(t, e, "me", req(venues.Buy, venues.Limit, "100.00", "1.5", "t"))
	want := []string{"a1 0.4@100", "a1 0.4@100", "a1 0.2@100", "a2 0.4@100", "a2 0.1@100"}
	if got := tradeStrings(p.Trades); !slices.Equal(got, want) {
		t.Errorf("trades = %v, want %v", got, want)
	}
	var statuses []venues.OrderStatus
	for _, tr := range p.Trades {
		statuses = append(statuses, tr.TakerOrder.Status)
	}
	wantSt := []venues.OrderStatus{venues.OrderPartiallyFilled, venues.OrderPartiallyFilled, venues.OrderPartiallyFilled, venues.OrderPartiallyFilled, venues.OrderFilled}
	if !slices.Equal(statuses, wantSt) {
		t.Errorf("taker statuses = %v, want %v", statuses, wantSt)
	}
	if got, want := p.Trades[2].MakerOrder.Status, venues.OrderFilled; got != want {
		t.Errorf("a1 status after its last trade = %v, want %v", got, want)
	}
	for i, tr := range p.Trades {
		if tr.Seq != uint64(i+1) {
			t.Errorf("trade %d seq = %d", i, tr.Seq)
		}
	}
}

func TestChanges(t *testing.T) {
	e := seedBook(t)
	e.TrackChanges()
	mustPlace(t, e, "me", req(venues.Buy, venues.Limit, "100.50", "3.5", "t")) // eats 100 and half of 100.5
	mustPlace(t, e, "me", req(venues.Buy, venues.Limit, "99.70", "1", "u"))
	bids, asks := e.Changes()
	if got, want := levels(bids), []string{"99.7:1"}; !slices.Equal(got, want) {
		t.Errorf("bid changes = %v, want %v", got, want)
	}
	if got, want := levels(asks), []string{"100:0", "100.5:0.5"}; !slices.Equal(got, want) {
		t.Errorf("ask changes = %v, want %v", got, want)
	}
	bids, asks = e.Changes()
	if len(bids)+len(asks) != 0 {
		t.Errorf("second Changes = %v %v, want none", bids, asks)
	}
}

func TestPreview(t *testing.T) {
	e := seedBook(t)
	tests := []struct {
		side                  venues.Side
		qty, limit            string
		wantFilled, wantQuote string
	}{
		{venues.Buy, "3.5", "0", "3.5", "350.25"},
		{venues.Buy, "10", "100", "3", "300"},
		{venues.Sell, "2", "0", "2", "198.5"},
		{venues.Sell, "2", "99.60", "0", "0"},
	}
	for _, tc := range tests {
		f, q := e.Preview(tc.side, d(tc.qty), d(tc.limit))
		if !f.Equal(d(tc.wantFilled)) || !q.Equal(d(tc.wantQuote)) {
			t.Errorf("Preview(%v %s limit %s) = %s, %s; want %s, %s", tc.side, tc.qty, tc.limit, f, q, tc.wantFilled, tc.wantQuote)
		}
	}
	bids, asks := e.DepthExact(0)
	if len(bids) != 2 || len(asks) != 2 {
		t.Errorf("Preview changed the book: %v %v", levels(bids), levels(asks))
	}
}

func TestOrderByIDAndExchangeID(t *testing.T) {
	e := seedBook(t)
	p := mustPlace(t, e, "me", req(venues.Buy, venues.Limit, "90.00", "1", "z"))
	if got, want := p.Order.ExchangeID, "6"; got != want {
		t.Errorf("ExchangeID = %q, want %q", got, want)
	}
	o, ok := e.OrderByID("me", 6)
	if !ok || o.ClientID != "z" {
		t.Errorf("OrderByID = %+v, %v", o, ok)
	}
	if _, ok := e.OrderByID("mm", 6); ok {
		t.Errorf("OrderByID found another account's order")
	}
}

func TestPruneClosed(t *testing.T) {
	e := seedBook(t)
	mustPlace(t, e, "me", req(venues.Buy, venues.IOC, "100.00", "1", "old")) // fills a1, done
	later := t0.Add(time.Hour)
	if _, err := e.Cancel("mm", "b2", later); err != nil {
		t.Fatal(err)
	}
	if got, want := e.PruneClosed(t0.Add(time.Minute)), 2; got != want { // "old" and a1
		t.Errorf("PruneClosed = %d, want %d", got, want)
	}
	if _, ok := e.Order("me", "old"); ok {
		t.Errorf("pruned order still found")
	}
	if o, ok := e.Order("mm", "b2"); !ok || o.Status != venues.OrderCanceled {
		t.Errorf("recently closed order = %+v, %v; want kept", o, ok)
	}
	if got, want := len(e.Open("mm")), 3; got != want {
		t.Errorf("open orders after prune = %d, want %d", got, want)
	}
}
