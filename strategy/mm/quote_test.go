package mm_test

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

func TestHalfSpreadBps(t *testing.T) {
	p := baseParams()
	p.VolK, p.VolHorizon = 2, mm.Year/100 // sqrt(1/100) = 0.1
	// 10 + 2 x 0.8 x 0.1 x 1e4 = 1610 bps.
	if got, want := mm.HalfSpreadBps(&p, 0.8), 10+2*0.8*0.1*1e4; !closeTo(got, want, 1e-12) {
		t.Errorf("HalfSpreadBps = %v, want %v", got, want)
	}
	if got, want := mm.HalfSpreadBps(&p, 0), p.BaseHalfSpreadBps; got != want {
		t.Errorf("HalfSpreadBps(no vol) = %v, want the base %v", got, want)
	}
}

func TestLadderPrices(t *testing.T) {
	p := baseParams()
	p.Skew = mm.SkewNone
	p.BaseHalfSpreadBps = 20
	m := mm.Market{Fair: 100.003}
	b, a, ok := mm.Ladder(&m, &p, nil, nil)
	if !ok || len(b) != p.Levels || len(a) != p.Levels {
		t.Fatalf("ok=%v, %d bids, %d asks; want %d a side", ok, len(b), len(a), p.Levels)
	}
	for i := range p.Levels {
		// 20 bps and 5 bps steps compound from the best level.
		rawBid := m.Fair * (1 - 20e-4) * (1 - 5e-4*float64(i))
		rawAsk := m.Fair * (1 + 20e-4) * (1 + 5e-4*float64(i))
		wantBid := math.Floor(rawBid/p.Tick) * p.Tick
		wantAsk := math.Ceil(rawAsk/p.Tick) * p.Tick
		if got := b[i].Price; !closeTo(got, wantBid, 1e-12) {
			t.Errorf("bid %d = %v, want %v (raw %v rounded down)", i, got, wantBid, rawBid)
		}
		if got := a[i].Price; !closeTo(got, wantAsk, 1e-12) {
			t.Errorf("ask %d = %v, want %v (raw %v rounded up)", i, got, wantAsk, rawAsk)
		}
		if b[i].Side != venues.Buy || a[i].Side != venues.Sell || b[i].Level != i || a[i].Level != i {
			t.Errorf("level %d: sides %v/%v levels %d/%d", i, b[i].Side, a[i].Side, b[i].Level, a[i].Level)
		}
	}
}

// TestLadderMinProfitable: a half-spread below the maker fee + edge is
// floored at the profit bounds.
func TestLadderMinProfitable(t *testing.T) {
	p := baseParams()
	p.Skew = mm.SkewNone
	p.BaseHalfSpreadBps = 0
	p.MakerFeeBps, p.MinEdgeBps = 10, 5
	m := mm.Market{Fair: 100}
	b, a, ok := mm.Ladder(&m, &p, nil, nil)
	if !ok {
		t.Fatal("no ladder")
	}
	maxBid, minAsk := mm.ProfitBounds(&p, m.Fair)
	if got, want := b[0].Price, math.Floor(maxBid/p.Tick)*p.Tick; !closeTo(got, want, 1e-12) {
		t.Errorf("best bid %v, want the bound %v rounded down (%v)", got, maxBid, want)
	}
	if got, want := a[0].Price, math.Ceil(minAsk/p.Tick)*p.Tick; !closeTo(got, want, 1e-12) {
		t.Errorf("best ask %v, want the bound %v rounded up (%v)", got, minAsk, want)
	}
	// A fill at either best quote nets at least the edge after the fee.
	f := p.MakerFeeBps / 1e4
	if net := m.Fair - b[0].Price*(1+f); net < p.MinEdgeBps/1e4*m.Fair-1e-9 {
		t.Errorf("bid fill nets %v, want >= edge", net)
	}
	if net := a[0].Price*(1-f) - m.Fair; net < p.MinEdgeBps/1e4*m.Fair-1e-9 {
		t.Errorf("ask fill nets %v, want >= edge", net)
	}
}

// TestLadderTickCollision: levels that would round to the same tick are
// pushed one tick apart.
func TestLadderTickCollision(t *testing.T) {
	p := baseParams()
	p.Skew = mm.SkewNone
	p.LevelSpacingBps = 0
	p.Tick = 1
	m := mm.Market{Fair: 100}
	b, a, ok := mm.Ladder(&m, &p, nil, nil)
	if !ok {
		t.Fatal("no ladder")
	}
	for i := 1; i < len(b); i++ {
		if got, want := b[i].Ticks, b[i-1].Ticks-1; got != want {
			t.Errorf("bid %d ticks %d, want %d", i, got, want)
		}
	}
	for i := 1; i < len(a); i++ {
		if got, want := a[i].Ticks, a[i-1].Ticks+1; got != want {
			t.Errorf("ask %d ticks %d, want %d", i, got, want)
		}
	}
}

func TestLadderMinQty(t *testing.T) {
	p := baseParams()
	p.SizeReduction = 0
	p.MinQty = 6
	m := mm.Market{Fair: 100, Inventory: 45} // 5 tokens of bid room
	b, a, ok := mm.Ladder(&m, &p, nil, nil)
	if !ok {
		t.Fatal("no ladder")
	}
	if len(b) != 0 {
		t.Errorf("bids %+v, want none (5 tokens of room < min qty 6)", b)
	}
	if got, want := len(a), p.Levels; got != want {
		t.Errorf("%d asks, want %d", got, want)
	}
}

func TestLadderInvalid(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name string
		m    mm.Market
		mut  func(p *mm.Params)
	}{
		{"fair zero", mm.Market{Fair: 0}, nil},
		{"fair negative", mm.Market{Fair: -1}, nil},
		{"fair NaN", mm.Market{Fair: nan}, nil},
		{"fair Inf", mm.Market{Fair: inf}, nil},
		{"sigma NaN", mm.Market{Fair: 100, Sigma: nan}, nil},
		{"sigma negative", mm.Market{Fair: 100, Sigma: -1}, nil},
		{"inventory NaN", mm.Market{Fair: 100, Inventory: nan}, nil},
		{"inventory Inf", mm.Market{Fair: 100, Inventory: -inf}, nil},
		{"no tick", mm.Market{Fair: 100}, func(p *mm.Params) { p.Tick = 0 }},
		{"no lot", mm.Market{Fair: 100}, func(p *mm.Params) { p.Lot = nan }},
		{"no levels", mm.Market{Fair: 100}, func(p *mm.Params) { p.Levels = 0 }},
		{"no cap", mm.Market{Fair: 100}, func(p *mm.Params) { p.MaxInventoryUSD = 0 }},
		{"fee + edge <= 0", mm.Market{Fair: 100}, func(p *mm.Params) { p.MakerFeeBps, p.MinEdgeBps = -2, 1 }},
		{"maker fee 100%", mm.Market{Fair: 100}, func(p *mm.Params) { p.MakerFeeBps = 1e4 }},
		{"edge 100%", mm.Market{Fair: 100}, func(p *mm.Params) { p.MinEdgeBps = 1e4 }},
		{"NaN gamma", mm.Market{Fair: 100, Sigma: 1}, func(p *mm.Params) { p.Skew, p.Gamma = mm.SkewAvellanedaStoikov, nan }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			if tt.mut != nil {
				tt.mut(&p)
			}
			b, a, ok := mm.Ladder(&tt.m, &p, make([]mm.Quote, 3), nil)
			if ok || len(b) != 0 || len(a) != 0 {
				t.Errorf("Ladder = %d bids, %d asks, ok=%v; want none", len(b), len(a), ok)
			}
		})
	}
	m := mm.Market{Fair: 100}
	if _, _, ok := mm.Ladder(&m, nil, nil, nil); ok {
		t.Error("nil params: ok")
	}
	p := baseParams()
	if _, _, ok := mm.Ladder(nil, &p, nil, nil); ok {
		t.Error("nil market: ok")
	}
}

// TestLadderExtremeSkew: a reservation price pushed absurdly far drops the
// levels it cannot price instead of overflowing the tick count.
func TestLadderExtremeSkew(t *testing.T) {
	p := baseParams()
	p.Skew, p.Gamma, p.SkewHorizon = mm.SkewAvellanedaStoikov, 1e12, mm.Year
	p.MaxInventoryUSD = 1e9
	for _, inv := range []float64{-1e6, 1e6} {
		m := mm.Market{Fair: 100, Sigma: 3, Inventory: inv}
		b, a, ok := mm.Ladder(&m, &p, nil, nil)
		if !ok {
			t.Fatalf("inventory %v: no ladder", inv)
		}
		for _, q := range append(b, a...) {
			if q.Ticks <= 0 || !(q.Price > 0) || math.IsInf(q.Price, 0) {
				t.Errorf("inventory %v: quote %+v, want a positive finite price", inv, q)
			}
		}
		if inv > 0 && len(b) != 0 {
			t.Errorf("long with a huge skew: %d bids, want none (priced <= 0)", len(b))
		}
		if inv < 0 && len(a) != 0 {
			t.Errorf("short with a huge skew: %d asks, want none (beyond 2^52 ticks)", len(a))
		}
	}
}

func TestQuoteRequest(t *testing.T) {
	p := baseParams()
	m := mm.Market{Fair: 33.337, Sigma: 0.5}
	b, _, ok := mm.Ladder(&m, &p, nil, nil)
	if !ok {
		t.Fatal("no ladder")
	}
	tick, lot := decimal.RequireFromString("0.01"), decimal.RequireFromString("0.1")
	r := b[0].Request("ETH2XUSDT", "mm-1", tick, lot)
	if r.Type != venues.LimitMaker || r.Side != venues.Buy || r.Symbol != "ETH2XUSDT" || r.ClientID != "mm-1" {
		t.Errorf("request %+v, want a LIMIT_MAKER buy on ETH2XUSDT, client id mm-1", r)
	}
	if got, want := r.Price.InexactFloat64(), b[0].Price; !closeTo(got, want, 1e-12) {
		t.Errorf("price %v, want %v", got, want)
	}
	if got := r.Price.Exponent(); got < -2 {
		t.Errorf("price %v has exponent %d, want a multiple of 0.01", r.Price, got)
	}
	if got, want := r.Qty.InexactFloat64(), b[0].Qty; !closeTo(got, want, 1e-12) {
		t.Errorf("qty %v, want %v", got, want)
	}
}
