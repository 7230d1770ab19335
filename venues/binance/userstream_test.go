package binance_test

import (
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

const userSym = "XRPUSDT"

// TestFillsWhileDisconnectedAreReconciledOnce: trades that happen while
// the user data stream is down are recovered by REST reconciliation after
// the reconnect, reported exactly once (also across a further reconnect),
// and the order's new state is reported.
func TestFillsWhileDisconnectedAreReconciledOnce(t *testing.T) {
	c := startConn(t, func(o *binance.Options) {
		o.Symbols = []string{userSym}
		o.ReconnectMin, o.ReconnectMax = 200*time.Millisecond, 400*time.Millisecond
	})
	c.waitFresh(t, userSym)
	ctx := ctxTimeout(t, 10*time.Second)
	o, err := c.PlaceOrder(ctx, venues.OrderRequest{Symbol: userSym, Side: venues.Sell, Type: venues.Limit, Price: d("50"), Qty: d("1"), PlanID: 601, Leg: 3})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "order acknowledged on the stream", 5*time.Second, func() bool {
		_, ok := c.lastOrderUpdate(o.ClientID)
		return ok
	})

	exchange.DropConnections()
	for _, q := range []string{"0.4", "0.3"} {
		if _, err := exchange.Place("taker", userSym, venues.OrderRequest{Side: venues.Buy, Type: venues.Market, Qty: d(q)}); err != nil {
			t.Fatal(err)
		}
	}
	fs := c.waitFills(t, 601, 2)
	base, quote := sumFills(fs)
	fee := d("35").Mul(makerFee)
	if !base.Equal(d("-0.7")) || !quote.Equal(d("35").Sub(fee)) {
		t.Errorf("fills sum %s/%s, want -0.7/%s", base, quote, d("35").Sub(fee))
	}
	for _, f := range fs {
		if f.PlanID != 601 || f.Leg != 3 || !f.Maker {
			t.Errorf("fill %+v: want plan 601 leg 3 maker", f)
		}
	}
	waitFor(t, "order state reconciled", 5*time.Second, func() bool {
		u, ok := c.lastOrderUpdate(o.ClientID)
		return ok && u.Status == venues.OrderPartiallyFilled && u.Filled.Equal(d("0.7"))
	})

	// Another reconnect reconciles again: still the same two fills, and a
	// fill on the live stream is reported once too.
	exchange.DropConnections()
	time.Sleep(600 * time.Millisecond)
	if _, err := exchange.Place("taker", userSym, venues.OrderRequest{Side: venues.Buy, Type: venues.Market, Qty: d("0.3")}); err != nil {
		t.Fatal(err)
	}
	c.waitFills(t, 601, 3)
	waitFor(t, "order filled", 5*time.Second, func() bool {
		u, ok := c.lastOrderUpdate(o.ClientID)
		return ok && u.Status == venues.OrderFilled
	})
}

// TestListenKeyExpiryReconnects: an expired listen key is replaced and
// fills keep coming.
func TestListenKeyExpiryReconnects(t *testing.T) {
	c := startConn(t, func(o *binance.Options) {
		o.Symbols = []string{userSym}
		o.ReconnectMin, o.ReconnectMax = 100*time.Millisecond, 500*time.Millisecond
	})
	c.waitFresh(t, userSym)
	// The expiry is an event on the user stream: expire only once the
	// connector listens, or the event has nobody to reach.
	waitFor(t, "user stream connected", 5*time.Second, func() bool { return exchange.UserStreams() > 0 })
	keys := exchange.Requests("/api/v3/userDataStream")
	exchange.ExpireListenKeys()
	waitFor(t, "new listen key", 5*time.Second, func() bool { return exchange.Requests("/api/v3/userDataStream") > keys })
	waitFor(t, "user stream back", 5*time.Second, func() bool {
		ss := c.statuses(c.Venue(), "")
		return len(ss) > 0 && !ss[len(ss)-1].Stale
	})
	rest(t, userSym, venues.Sell, "40", "1")
	if _, err := c.PlaceOrder(ctxTimeout(t, 5*time.Second), venues.OrderRequest{Symbol: userSym, Side: venues.Buy, Type: venues.Market, Qty: d("0.5"), PlanID: 602}); err != nil {
		t.Fatal(err)
	}
	c.waitFills(t, 602, 1)
}

// TestOrderStatesWhileDisconnectedAreReported: an order placed and
// cancelled while the user data stream is down (its events are lost) gets
// its final state reported after the reconnect.
func TestOrderStatesWhileDisconnectedAreReported(t *testing.T) {
	c := startConn(t, func(o *binance.Options) { // no book: orders are not gated on one
		o.ReconnectMin, o.ReconnectMax = 300*time.Millisecond, 400*time.Millisecond
	})
	waitFor(t, "user stream up", 5*time.Second, func() bool {
		ss := c.statuses(c.Venue(), "")
		return len(ss) > 0 && !ss[len(ss)-1].Stale
	})
	exchange.DropConnections()
	ctx := ctxTimeout(t, 5*time.Second)
	o, err := c.PlaceOrder(ctx, venues.OrderRequest{Symbol: userSym, Side: venues.Buy, Type: venues.Limit, Price: d("10"), Qty: d("1"), PlanID: 603})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.CancelOrder(ctx, userSym, o.ClientID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the cancel reported after the reconnect", 5*time.Second, func() bool {
		u, ok := c.lastOrderUpdate(o.ClientID)
		return ok && u.Status == venues.OrderCanceled
	})
}

// TestMalformedUserEventResyncs: an event carrying a malformed number is
// not applied as zero: the stream is dropped, the error names the venue and
// the field, and a new session reconciles over REST.
func TestMalformedUserEventResyncs(t *testing.T) {
	var logs syncBuffer
	c := startConn(t, func(o *binance.Options) {
		o.ReconnectMin, o.ReconnectMax = 50*time.Millisecond, 100*time.Millisecond
		o.Log = zerolog.New(&logs)
	})
	waitFor(t, "user stream up", 5*time.Second, func() bool {
		ss := c.statuses(c.Venue(), "")
		return len(ss) > 0 && !ss[len(ss)-1].Stale
	})
	keys := exchange.Requests("/api/v3/userDataStream")
	exchange.SendUserEvent(false, map[string]any{"e": "outboundAccountPosition", "E": 1, "u": 1,
		"B": []map[string]string{{"a": "USDT", "f": "12.3.4", "l": "0"}}})
	waitFor(t, "new session", 5*time.Second, func() bool { return exchange.Requests("/api/v3/userDataStream") > keys })
	for _, want := range []string{"binance: outboundAccountPosition: field USDT.f", `\"12.3.4\" is not a decimal number`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs lack %q:\n%s", want, logs.String())
		}
	}
	for _, e := range c.snapshot() {
		if b, ok := e.(*venues.BalanceUpdate); ok {
			for _, bal := range b.Balances {
				if bal.Asset == "USDT" && bal.Free.IsZero() {
					t.Errorf("the malformed balance was applied as zero: %+v", b)
				}
			}
		}
	}
}
