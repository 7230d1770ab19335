package sim_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

// bookOptions is a quiet world with the token book on.
func bookOptions() sim.Options {
	o := quietOptions()
	o.TokenBook = sim.DefaultTokenBook()
	o.TokenBook.Enabled = true
	return o
}

func fairOf(m *sim.Market) float64 {
	s := m.Snapshot()
	return s.CollateralPerToken*s.Price - s.DebtPerToken
}

func order(side venues.Side, price, qty, id string) venues.OrderRequest {
	return venues.OrderRequest{Symbol: "ETH2XUSDC", Side: side, Type: venues.LimitMaker,
		Price: decimal.RequireFromString(price), Qty: decimal.RequireFromString(qty), ClientID: id}
}

// TestTokenBookDeterministic: the same seed gives the same token book, our
// fills included; another seed gives another.
func TestTokenBookDeterministic(t *testing.T) {
	run := func(seed uint64) string {
		o := bookOptions()
		o.Seed = seed
		o.Underlying.Vol = 0.8
		m := mustNew(t, o)
		h := sha256.New()
		n := 0
		mustRun(t, m, func(ev venues.Event) {
			fmt.Fprintf(h, "%T %+v\n", ev, ev)
			if b, ok := ev.(*venues.BookUpdate); ok && b.Symbol == "ETH2XUSDC" && len(b.Bids) > 0 && len(b.Asks) > 0 {
				n++
				if n%40 == 0 { // every 10 s, a fresh pair just inside the spread
					id := fmt.Sprint(n)
					bid := decimal.NewFromFloat(b.Bids[0].Price).Add(decimal.RequireFromString("0.001"))
					ask := decimal.NewFromFloat(b.Asks[0].Price).Sub(decimal.RequireFromString("0.001"))
					if bid.LessThan(ask) {
						m.SubmitOrder(order(venues.Buy, bid.String(), "1", "b"+id))  //nolint:errcheck // checked by the stream
						m.SubmitOrder(order(venues.Sell, ask.String(), "1", "a"+id)) //nolint:errcheck // checked by the stream
					}
				}
			}
		})
		st := m.TokenBookStats()
		if st.Trades == 0 || st.TakerOrders == 0 || st.MakerPosts == 0 {
			t.Fatalf("seed %d: no flow: %+v", seed, st)
		}
		return hex.EncodeToString(h.Sum(nil))
	}
	a, b, c := run(3), run(3), run(4)
	if a != b {
		t.Errorf("same seed, different streams: %s != %s", a, b)
	}
	if a == c {
		t.Error("different seeds, same stream")
	}
}

// TestTokenBookQueuePriority: our bid joins the providers' best bid behind
// them; takers' sells fill the providers first, so ours fills only once the
// quantity ahead of it has traded, never on touch.
func TestTokenBookQueuePriority(t *testing.T) {
	o := bookOptions()
	o.Duration = 30 * time.Minute
	o.TokenBook.Makers = sim.MakerFlowOptions{Count: 1, HalfSpreadBps: 10, Levels: 1, LevelQty: 50, Refresh: 24 * time.Hour}
	o.TokenBook.Takers = sim.TakerFlowOptions{PerHour: 600, MedianUSD: 60, SizeSigma: 0}
	m := mustNew(t, o)
	var ourPrice float64
	var ahead []float64 // bid qty at our price before each of our fills, ours excluded
	var lastQty float64
	placed, filled := false, false
	mustRun(t, m, func(ev venues.Event) {
		switch e := ev.(type) {
		case *venues.BookUpdate:
			if e.Symbol != "ETH2XUSDC" || len(e.Bids) == 0 {
				return
			}
			if !placed {
				placed = true
				ourPrice = e.Bids[0].Price
				m.SubmitOrder(order(venues.Buy, decimal.NewFromFloat(ourPrice).String(), "5", "q1")) //nolint:errcheck // checked below
				return
			}
			lastQty = 0
			for _, l := range e.Bids {
				if l.Price == ourPrice {
					lastQty = l.Qty
				}
			}
		case *venues.Fill:
			if !filled {
				ahead = append(ahead, lastQty)
			}
			filled = true
			if got := e.BaseDelta.Sign(); got <= 0 || !e.Maker {
				t.Errorf("fill %+v: want a maker buy", e)
			}
		}
	})
	if !filled {
		t.Fatal("our bid never filled in 30 minutes of sells")
	}
	// Before our first fill the level held at most our 5 tokens plus what
	// one tick of takers (about 2 tokens each, a few per tick) could take.
	t.Logf("qty at our price before our first fill: %.2f", ahead[0])
	if ahead[0] > 5+10 {
		t.Errorf("first fill with %.2f tokens still at our price: filled on touch, ahead of the queue", ahead[0])
	}
	if len(m.OpenOrders()) != 0 {
		// Filled orders are no longer open; a partial fill would be.
		for _, o := range m.OpenOrders() {
			if !o.Filled.IsPositive() {
				t.Errorf("order %s open without fills after the queue traded", o.ClientID)
			}
		}
	}
}

// TestTokenBookTradeThrough: with no providers, an ask far below fair is
// taken by the arbitrageur at our price; one above fair with no takers is
// never filled; a post-only order that would cross and one below the lot
// are reported REJECTED by event.
func TestTokenBookTradeThrough(t *testing.T) {
	o := bookOptions()
	o.Duration = time.Minute
	o.TokenBook.Makers.Count = 0
	o.TokenBook.Takers = sim.TakerFlowOptions{MedianUSD: 1, ArbEdgeBps: 25}
	m := mustNew(t, o)
	fair := fairOf(m)
	low := decimal.NewFromFloat(fair * 0.99).Round(3)
	high := decimal.NewFromFloat(fair * 1.01).Round(3)
	var fills []*venues.Fill
	status := map[string]venues.OrderStatus{}
	sent := false
	mustRun(t, m, func(ev venues.Event) {
		switch e := ev.(type) {
		case *venues.BookUpdate:
			if e.Symbol == "ETH2XUSDC" && !sent {
				sent = true
				for _, r := range []venues.OrderRequest{
					order(venues.Sell, low.String(), "2", "cheap"),
					order(venues.Sell, high.String(), "2", "dear"),
					order(venues.Buy, high.String(), "1", "crosses"),
					order(venues.Buy, low.String(), "0.001", "tiny"),
				} {
					if err := m.SubmitOrder(r); err != nil {
						t.Fatal(err)
					}
				}
			}
		case *venues.Fill:
			fills = append(fills, e)
		case *venues.OrderUpdate:
			status[e.Order.ClientID] = e.Order.Status
		}
	})
	if len(fills) != 1 || !fills[0].QuoteDelta.Equal(low.Mul(decimal.NewFromInt(2))) {
		t.Fatalf("fills %+v: want the cheap ask taken whole at %s", fills, low)
	}
	want := map[string]venues.OrderStatus{"cheap": venues.OrderFilled, "dear": venues.OrderNew,
		"crosses": venues.OrderRejected, "tiny": venues.OrderRejected}
	for id, w := range want {
		if got := status[id]; got != w {
			t.Errorf("%s: status %v, want %v", id, got, w)
		}
	}
	if st := m.TokenBookStats(); st.ArbOrders == 0 {
		t.Errorf("stats %+v: no arbitrage order", st)
	}
}

// TestTokenBookMintRedeem: a redeem takes tokens from the exchange account
// and pays quote on chain, a mint the reverse, and the summed balances move
// exactly by the receipt's fills and gas.
func TestTokenBookMintRedeem(t *testing.T) {
	o := bookOptions()
	o.Duration = time.Minute
	o.TokenBook.Token = decimal.NewFromInt(100)
	m := mustNew(t, o)
	before := m.Balances()
	var receipts []*venues.TxReceipt
	var id uint64
	mustRun(t, m, func(ev venues.Event) {
		switch e := ev.(type) {
		case *venues.NAVUpdate:
			if id < 2 {
				id++
				kind := venues.Redeem
				if id == 2 {
					kind = venues.Mint
				}
				if err := m.Submit(t.Context(), venues.Plan{ID: id, Kind: kind, Token: "ETH2X", Size: 10 * float64(id), MaxFeeGwei: 10}); err != nil {
					t.Fatal(err)
				}
			}
		case *venues.TxReceipt:
			receipts = append(receipts, e)
		}
	})
	if len(receipts) != 2 {
		t.Fatalf("%d receipts, want 2", len(receipts))
	}
	want := map[string]decimal.Decimal{}
	for k, v := range before {
		want[k] = v
	}
	for _, r := range receipts {
		if r.Status != venues.TxSuccess || len(r.Fills) != 1 {
			t.Fatalf("receipt %+v: want one successful fill", r)
		}
		f := r.Fills[0]
		want[f.Base] = want[f.Base].Add(f.BaseDelta)
		want[f.Quote] = want[f.Quote].Add(f.QuoteDelta)
		want[r.NativeAsset] = want[r.NativeAsset].Sub(r.GasNative)
	}
	if got := receipts[0].Fills[0].BaseDelta; !got.Equal(decimal.NewFromInt(-10)) {
		t.Errorf("redeem base delta %s, want -10", got)
	}
	for k, w := range want {
		if got := m.Balances()[k]; !got.Equal(w) {
			t.Errorf("%s: balance %s, want %s", k, got, w)
		}
	}
	// Redeeming more than the exchange account holds reverts.
	o2 := bookOptions()
	o2.Duration = 10 * time.Second
	m2 := mustNew(t, o2)
	var r2 *venues.TxReceipt
	mustRun(t, m2, func(ev venues.Event) {
		switch e := ev.(type) {
		case *venues.NAVUpdate:
			if r2 == nil && id < 3 {
				id = 3
				m2.Submit(t.Context(), venues.Plan{ID: 3, Kind: venues.Redeem, Token: "ETH2X", Size: 1, MaxFeeGwei: 10}) //nolint:errcheck // checked by the receipt
			}
		case *venues.TxReceipt:
			r2 = e
		}
	})
	if r2 == nil || r2.Status != venues.TxReverted || !strings.Contains(r2.Reason, "insufficient") {
		t.Errorf("redeem without tokens: receipt %+v, want reverted for insufficient funds", r2)
	}
}

// TestTokenBookValidate names the token book's bad fields.
func TestTokenBookValidate(t *testing.T) {
	o := bookOptions()
	o.TokenBook.Tick = decimal.Zero
	o.TokenBook.Makers.Refresh = 0
	o.TokenBook.Interval = -time.Second
	_, err := sim.New(o)
	if err == nil {
		t.Fatal("no error")
	}
	for _, f := range []string{"TokenBook.Tick", "TokenBook.Makers.Refresh", "TokenBook.Interval"} {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not name %s", err, f)
		}
	}
	// Disabled, the same bad values are not looked at.
	o.TokenBook.Enabled = false
	if _, err := sim.New(o); err != nil {
		t.Errorf("disabled token book: %v", err)
	}
}

// TestHedgeWalksTheUnderlyingBook: a market buy on the underlying's book
// fills at the levels it shows, level by level, paying the taker fee in
// the base asset; a sell pays it in quote; the balances move by exactly the
// fills; an order that is not a market order is rejected.
func TestHedgeWalksTheUnderlyingBook(t *testing.T) {
	o := quietOptions()
	o.Duration = 10 * time.Second
	o.Book.Tick = 0.01
	// Sent while the book is delivered, with no latency: filled against
	// the very levels the handler saw.
	o.Hedge = sim.HedgeOptions{Enabled: true, TakerFeeBps: decimal.NewFromInt(4),
		Lot: decimal.RequireFromString("0.001"), Base: decimal.NewFromInt(10)}
	m := mustNew(t, o)
	before := m.Balances()
	var book venues.BookUpdate
	var fills []*venues.Fill
	status := map[string]venues.OrderStatus{}
	sent := false
	mustRun(t, m, func(ev venues.Event) {
		switch e := ev.(type) {
		case *venues.BookUpdate:
			if e.Symbol == "ETHUSDT" && !sent {
				sent = true
				book = venues.BookUpdate{Bids: append([]venues.Level(nil), e.Bids...), Asks: append([]venues.Level(nil), e.Asks...)}
				// More than the best ask holds: it walks into the second level.
				qty := decimal.NewFromFloat(e.Asks[0].Qty).Add(decimal.RequireFromString("1.5"))
				for _, r := range []venues.OrderRequest{
					{Symbol: "ETHUSDT", Side: venues.Buy, Type: venues.Market, Qty: qty, ClientID: "buy"},
					{Symbol: "ETHUSDT", Side: venues.Sell, Type: venues.Market, Qty: decimal.RequireFromString("2"), ClientID: "sell"},
					{Symbol: "ETHUSDT", Side: venues.Sell, Type: venues.Limit, Price: decimal.NewFromInt(1), Qty: decimal.NewFromInt(1), ClientID: "limit"},
				} {
					if err := m.SubmitOrder(r); err != nil {
						t.Fatal(err)
					}
				}
			}
		case *venues.Fill:
			fills = append(fills, e)
		case *venues.OrderUpdate:
			status[e.Order.ClientID] = e.Order.Status
		}
	})
	if len(fills) < 3 {
		t.Fatalf("%d fills, want the buy across two levels and the sell", len(fills))
	}
	// The book is the quiet world's: flat price, so the levels do not move.
	if got, want := fills[0].QuoteDelta.Neg(), decimal.NewFromFloat(book.Asks[0].Price).Mul(decimal.NewFromFloat(book.Asks[0].Qty)); !got.Equal(want) {
		t.Errorf("first buy fill paid %s, want the whole best ask %s", got, want)
	}
	if f := fills[1]; f.Action != venues.ActionBuy || !f.QuoteDelta.Neg().Equal(f.BaseDelta.Add(f.Fee).Mul(decimal.NewFromFloat(book.Asks[1].Price))) {
		t.Errorf("second buy fill %+v, want the rest at the second ask %v", f, book.Asks[1].Price)
	}
	if f := fills[0]; !f.Fee.Equal(decimal.NewFromFloat(book.Asks[0].Qty).Mul(decimal.RequireFromString("0.0004"))) || f.FeeAsset != "ETH" {
		t.Errorf("buy fee %s %s, want 4 bps of the quantity in ETH", f.Fee, f.FeeAsset)
	}
	last := fills[len(fills)-1]
	if last.Action != venues.ActionSell || last.FeeAsset != "USDC" || !last.BaseDelta.Equal(decimal.NewFromInt(-2)) {
		t.Errorf("sell fill %+v: want 2 ETH sold, the fee in USDC", last)
	}
	want := map[string]venues.OrderStatus{"buy": venues.OrderFilled, "sell": venues.OrderFilled, "limit": venues.OrderRejected}
	for id, w := range want {
		if status[id] != w {
			t.Errorf("%s: %v, want %v", id, status[id], w)
		}
	}
	after := m.Balances()
	for _, a := range []string{"ETH", "USDC"} {
		d := before[a]
		for _, f := range fills {
			if f.Base == a {
				d = d.Add(f.BaseDelta)
			}
			if f.Quote == a {
				d = d.Add(f.QuoteDelta)
			}
		}
		if !after[a].Equal(d) {
			t.Errorf("%s: balance %s, want %s", a, after[a], d)
		}
	}
}
