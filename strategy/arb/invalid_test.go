package arb_test

import (
	"math"
	"testing"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

func TestDecideInvalid(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	pool := func(f func(m *arb.Market)) arb.Market {
		m := poolMarket(100, 103, 1e6)
		f(&m)
		return m
	}
	book := func(f func(m *arb.Market)) arb.Market {
		m := bookMarket(100, 103, 2, 5, 20, 10)
		f(&m)
		return m
	}
	params := func(f func(p *arb.Params)) arb.Params {
		p := baseParams()
		f(&p)
		return p
	}
	// The unmodified markets do trade, so each case fails for its own reason.
	for _, m := range []arb.Market{pool(func(*arb.Market) {}), book(func(*arb.Market) {})} {
		p := baseParams()
		if _, ok := arb.Decide(&m, &p, t0); !ok {
			t.Fatalf("valid %v market: no plan", m.Kind)
		}
	}
	tests := []struct {
		name string
		m    arb.Market
		p    arb.Params
	}{
		{"NAV zero", pool(func(m *arb.Market) { m.NAV = 0 }), baseParams()},
		{"NAV negative", pool(func(m *arb.Market) { m.NAV = -100 }), baseParams()},
		{"NAV NaN", pool(func(m *arb.Market) { m.NAV = nan }), baseParams()},
		{"NAV Inf", pool(func(m *arb.Market) { m.NAV = inf }), baseParams()},
		{"zero base reserve", pool(func(m *arb.Market) { m.ReserveBase = 0 }), baseParams()},
		{"zero quote reserve", pool(func(m *arb.Market) { m.ReserveQuote = 0 }), baseParams()},
		{"NaN reserve", pool(func(m *arb.Market) { m.ReserveQuote = nan }), baseParams()},
		{"Inf reserve", pool(func(m *arb.Market) { m.ReserveQuote = inf }), baseParams()},
		{"pool fee 100%", pool(func(m *arb.Market) { m.PoolFeeBps = 1e4 }), baseParams()},
		{"pool fee NaN", pool(func(m *arb.Market) { m.PoolFeeBps = nan }), baseParams()},
		{"negative mint fee", pool(func(m *arb.Market) { m.MintFeeBps = -10 }), baseParams()},
		{"mint fee NaN", pool(func(m *arb.Market) { m.MintFeeBps = nan }), baseParams()},
		{"gas NaN", pool(func(m *arb.Market) { m.GasUSDMintSell = nan }), baseParams()},
		{"gas Inf", pool(func(m *arb.Market) { m.GasUSDMintSell = inf }), baseParams()},
		{"negative gas", pool(func(m *arb.Market) { m.GasUSDMintSell = -1 }), baseParams()},
		{"unknown market kind", pool(func(m *arb.Market) { m.Kind = 0 }), baseParams()},
		{"empty book", book(func(m *arb.Market) { m.Bids, m.Asks = nil, nil }), baseParams()},
		{"NaN best bid", book(func(m *arb.Market) { m.Bids[0].Price = nan }), baseParams()},
		{"zero best bid qty", book(func(m *arb.Market) { m.Bids[0].Qty = 0 }), baseParams()},
		{"Inf best bid qty", book(func(m *arb.Market) { m.Bids[0].Qty = inf }), baseParams()},
		{"taker fee NaN", book(func(m *arb.Market) { m.TakerFeeBps = nan }), baseParams()},
		{"leverage NaN", pool(func(*arb.Market) {}), params(func(p *arb.Params) { p.Leverage = nan })},
		{"hedge NaN", pool(func(*arb.Market) {}), params(func(p *arb.Params) { p.HedgeBps = nan })},
		{"hedge negative", pool(func(*arb.Market) {}), params(func(p *arb.Params) { p.HedgeBps = -1 })},
		{"min net NaN", pool(func(*arb.Market) {}), params(func(p *arb.Params) { p.MinNetUSD = nan })},
		{"min net Inf", pool(func(*arb.Market) {}), params(func(p *arb.Params) { p.MinNetUSD = inf })},
		{"max size NaN", pool(func(*arb.Market) {}), params(func(p *arb.Params) { p.MaxSizeUSD = nan })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if plan, ok := arb.Decide(&tt.m, &tt.p, t0); ok {
				t.Errorf("Decide = %+v, want no plan", plan)
			}
			for _, kind := range []venues.PlanKind{venues.MintSell, venues.BuyRedeem} {
				if _, ok := arb.Resize(kind, &tt.m, &tt.p, 1e6, t0); ok {
					t.Errorf("Resize(%v): ok, want no plan", kind)
				}
			}
		})
	}
	p := baseParams()
	if _, ok := arb.Decide(nil, &p, t0); ok {
		t.Error("Decide(nil market): ok, want no plan")
	}
	m := poolMarket(100, 103, 1e6)
	if _, ok := arb.Decide(&m, nil, t0); ok {
		t.Error("Decide(nil params): ok, want no plan")
	}
}

func TestDecideBookStopsAtBadLevel(t *testing.T) {
	// Out-of-order or malformed levels end the usable book.
	m := bookMarket(100, 103, 2, 5, 10, 6)
	p := baseParams()
	full, ok := arb.Decide(&m, &p, t0)
	if !ok {
		t.Fatal("no plan")
	}
	m.Bids[2].Price = m.Bids[0].Price * 1.01 // better than level 0: out of order
	plan, ok := arb.Decide(&m, &p, t0)
	if !ok {
		t.Fatal("no plan on the truncated book")
	}
	want := m.Bids[0].Qty + m.Bids[1].Qty
	if got := plan.Size; !(got <= want && got < full.Size) {
		t.Errorf("size = %v, want <= %v (the first two levels) and < %v", got, want, full.Size)
	}
}
