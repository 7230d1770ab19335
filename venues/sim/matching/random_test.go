package matching_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// model is a naive reference book: a flat list of resting orders, matched by
// sorting the crossing ones by price then arrival.
type model struct {
	orders []*modelOrder
	seq    int
}

type modelOrder struct {
	account, id string
	side        venues.Side
	price, rem  decimal.Decimal
	seq         int
}

func (m *model) crossing(r venues.OrderRequest) []*modelOrder {
	var out []*modelOrder
	for _, o := range m.orders {
		if o.side == r.Side {
			continue
		}
		if r.Type == venues.Market || (r.Side == venues.Buy && o.price.LessThanOrEqual(r.Price)) || (r.Side == venues.Sell && o.price.GreaterThanOrEqual(r.Price)) {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b *modelOrder) int {
		if c := a.price.Cmp(b.price); c != 0 {
			if r.Side == venues.Sell {
				return -c
			}
			return c
		}
		return a.seq - b.seq
	})
	return out
}

// place returns the expected trades ("maker qty@price") or "rejected".
func (m *model) place(account string, r venues.OrderRequest, maxTrade decimal.Decimal) []string {
	cross := m.crossing(r)
	if r.Type == venues.LimitMaker && len(cross) > 0 {
		return []string{"rejected"}
	}
	rem := r.Qty
	var trades []string
	for _, o := range cross {
		for rem.IsPositive() && o.rem.IsPositive() {
			q := decimal.Min(rem, o.rem)
			if maxTrade.IsPositive() {
				q = decimal.Min(q, maxTrade)
			}
			rem, o.rem = rem.Sub(q), o.rem.Sub(q)
			trades = append(trades, fmt.Sprintf("%s %s@%s", o.id, q, o.price))
		}
	}
	m.orders = slices.DeleteFunc(m.orders, func(o *modelOrder) bool { return o.rem.IsZero() })
	m.seq++
	if rem.IsPositive() && (r.Type == venues.Limit || r.Type == venues.LimitMaker) {
		m.orders = append(m.orders, &modelOrder{account: account, id: r.ClientID, side: r.Side, price: r.Price, rem: rem, seq: m.seq})
	}
	return trades
}

func (m *model) cancel(id string) bool {
	n := len(m.orders)
	m.orders = slices.DeleteFunc(m.orders, func(o *modelOrder) bool { return o.id == id })
	return len(m.orders) < n
}

func (m *model) depth(s venues.Side) []string {
	agg := map[string]decimal.Decimal{}
	var prices []decimal.Decimal
	for _, o := range m.orders {
		if o.side != s {
			continue
		}
		k := o.price.String()
		if _, ok := agg[k]; !ok {
			prices = append(prices, o.price)
		}
		agg[k] = agg[k].Add(o.rem)
	}
	slices.SortFunc(prices, func(a, b decimal.Decimal) int {
		if s == venues.Buy {
			return b.Cmp(a)
		}
		return a.Cmp(b)
	})
	out := make([]string, len(prices))
	for i, p := range prices {
		out[i] = p.String() + ":" + agg[p.String()].String()
	}
	return out
}

func TestRandomAgainstModel(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { runRandom(t, seed, 1500) })
	}
}

func runRandom(t *testing.T, seed uint64, steps int) {
	rng := rand.New(rand.NewPCG(seed, 7))
	e := matching.NewEngine(rules())
	e.TrackChanges()
	m := &model{}
	maxTrade := decimal.Zero
	if seed%2 == 0 {
		maxTrade = d("0.25")
		e.SetMaxTradeQty(maxTrade)
	}
	accounts := []string{"a", "b", "c"}
	filled := map[string]decimal.Decimal{} // per order id, from trades
	var ids []string
	// mirror rebuilds the book from Changes, as a diff-stream consumer would.
	mirror := map[venues.Side]map[string]decimal.Decimal{venues.Buy: {}, venues.Sell: {}}
	for i := range steps {
		acct := accounts[rng.IntN(len(accounts))]
		if len(ids) > 0 && rng.IntN(5) == 0 {
			id := ids[rng.IntN(len(ids))]
			_, err := e.Cancel(id[:1], id, t0)
			if got, want := err == nil, m.cancel(id); got != want {
				t.Fatalf("step %d: cancel %s: engine ok=%v (%v), model ok=%v", i, id, got, err, want)
			}
		} else {
			id := fmt.Sprintf("%s%d", acct, i)
			r := venues.OrderRequest{
				Symbol: "ETHUSDT", Side: venues.Side(1 + rng.IntN(2)),
				Type:     []venues.OrderType{venues.Limit, venues.Limit, venues.LimitMaker, venues.IOC, venues.Market}[rng.IntN(5)],
				Price:    decimal.New(int64(9900+rng.IntN(200)), -2),
				Qty:      decimal.New(int64(51+rng.IntN(3000)), -3),
				ClientID: id,
			}
			want := m.place(acct, r, maxTrade)
			p, err := e.Place(acct, r, t0)
			var got []string
			switch {
			case errors.Is(err, matching.ErrWouldTake):
				got = []string{"rejected"}
			case err != nil:
				t.Fatalf("step %d: Place: %v", i, err)
			default:
				got = tradeStrings(p.Trades)
				ids = append(ids, id)
			}
			if !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
				t.Fatalf("step %d: %v %v %s@%s trades = %v, want %v", i, r.Side, r.Type, r.Qty, r.Price, got, want)
			}
			sum := decimal.Zero
			for _, tr := range p.Trades {
				filled[tr.Maker.ClientID] = filled[tr.Maker.ClientID].Add(tr.Qty)
				sum = sum.Add(tr.Qty)
			}
			filled[id] = filled[id].Add(sum)
			if err == nil && !p.Order.Filled.Equal(sum) {
				t.Fatalf("step %d: taker filled %s, trades sum %s", i, p.Order.Filled, sum)
			}
		}
		bids, asks := e.DepthExact(0)
		if len(bids) > 0 && len(asks) > 0 && !bids[0].Price.LessThan(asks[0].Price) {
			t.Fatalf("step %d: crossed book: bid %s ask %s", i, bids[0].Price, asks[0].Price)
		}
		if got, want := levels(bids), m.depth(venues.Buy); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("step %d: bids = %v, want %v", i, got, want)
		}
		if got, want := levels(asks), m.depth(venues.Sell); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("step %d: asks = %v, want %v", i, got, want)
		}
		cb, ca := e.Changes()
		applyChanges(mirror[venues.Buy], cb)
		applyChanges(mirror[venues.Sell], ca)
		for _, l := range append(bids, asks...) {
			side := venues.Buy
			if len(bids) == 0 || l.Price.GreaterThan(bids[0].Price) {
				side = venues.Sell
			}
			if got := mirror[side][l.Price.String()]; !got.Equal(l.Qty) {
				t.Fatalf("step %d: mirror from Changes has %s at %s, book %s", i, got, l.Price, l.Qty)
			}
		}
		if got, want := len(mirror[venues.Buy])+len(mirror[venues.Sell]), len(bids)+len(asks); got != want {
			t.Fatalf("step %d: mirror from Changes has %d levels, book %d", i, got, want)
		}
	}
	// Conservation: every order's qty = filled + resting + cancelled/expired remainder,
	// and its filled equals the sum of its trades.
	for _, id := range ids {
		o, ok := e.Order(id[:1], id)
		if !ok {
			t.Fatalf("order %s unknown", id)
		}
		if got, want := o.Filled, filled[id]; !got.Equal(want) {
			t.Errorf("%s filled = %s, trades sum %s", id, got, want)
		}
		if o.Filled.GreaterThan(o.Qty) {
			t.Errorf("%s overfilled: %s > %s", id, o.Filled, o.Qty)
		}
		if o.Status == venues.OrderFilled && !o.Filled.Equal(o.Qty) {
			t.Errorf("%s FILLED with %s of %s", id, o.Filled, o.Qty)
		}
	}
}

func applyChanges(m map[string]decimal.Decimal, ls []matching.PriceLevel) {
	for _, l := range ls {
		if l.Qty.IsZero() {
			delete(m, l.Price.String())
		} else {
			m[l.Price.String()] = l.Qty
		}
	}
}
