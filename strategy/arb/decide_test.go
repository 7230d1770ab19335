package arb_test

import (
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

func TestDecideDirection(t *testing.T) {
	const nav = 100.0
	thinPool := poolMarket(nav, nav*1.006, 10_000) // premium 60 bps, fees 40 bps, shallow
	thinPool.GasUSDMintSell = 5
	thinPoolNoGas := thinPool
	thinPoolNoGas.GasUSDMintSell = 0
	noGas := baseParams()
	noGas.MinNetUSD = 0

	tests := []struct {
		name     string
		m        arb.Market
		p        arb.Params
		wantOK   bool
		wantKind venues.PlanKind
	}{
		{"pool at NAV", poolMarket(nav, nav, 1e6), baseParams(), false, 0},
		{"book at NAV", bookMarket(nav, nav, 2, 1, 50, 10), baseParams(), false, 0},
		{"pool premium below fees", poolMarket(nav, nav*1.0035, 1e6), baseParams(), false, 0},
		{"pool discount below fees", poolMarket(nav, nav*0.9965, 1e6), baseParams(), false, 0},
		{"book premium below taker and mint fee", bookMarket(nav, nav*1.0015, 2, 1, 50, 10), baseParams(), false, 0},
		{"pool premium above fees below gas", thinPool, baseParams(), false, 0},
		{"same pool without gas", thinPoolNoGas, noGas, true, venues.MintSell},
		{"pool premium", poolMarket(nav, nav*1.02, 1e6), baseParams(), true, venues.MintSell},
		{"pool discount", poolMarket(nav, nav*0.98, 1e6), baseParams(), true, venues.BuyRedeem},
		{"book premium", bookMarket(nav, nav*1.02, 2, 5, 50, 10), baseParams(), true, venues.MintSell},
		{"book discount", bookMarket(nav, nav*0.98, 2, 5, 50, 10), baseParams(), true, venues.BuyRedeem},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, ok := arb.Decide(&tt.m, &tt.p, t0)
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v (plan %+v)", ok, tt.wantOK, plan)
			}
			if !ok {
				return
			}
			if got, want := plan.Kind, tt.wantKind; got != want {
				t.Errorf("kind = %v, want %v", got, want)
			}
			if !(plan.Expected.NetUSD > 0) || plan.Expected.NetUSD < tt.p.MinNetUSD {
				t.Errorf("net = %v, want > 0 and >= %v", plan.Expected.NetUSD, tt.p.MinNetUSD)
			}
		})
	}
}

func TestDecidePlanFields(t *testing.T) {
	const nav = 40.0
	p := baseParams()
	p.HedgeBps = 3
	tests := []struct {
		name      string
		m         arb.Market
		wantKind  venues.PlanKind
		wantPrice func(m *arb.Market) float64
		wantUnits uint64
	}{
		{"pool mint-sell", poolMarket(nav, nav*1.015, 5e5), venues.MintSell,
			func(m *arb.Market) float64 { return m.ReserveQuote / m.ReserveBase }, 900_000},
		{"pool buy-redeem", poolMarket(nav, nav*0.985, 5e5), venues.BuyRedeem,
			func(m *arb.Market) float64 { return m.ReserveQuote / m.ReserveBase }, 950_000},
		{"book mint-sell", bookMarket(nav, nav*1.015, 4, 3, 100, 20), venues.MintSell,
			func(m *arb.Market) float64 { return m.Bids[0].Price }, 900_000},
		{"book buy-redeem", bookMarket(nav, nav*0.985, 4, 3, 100, 20), venues.BuyRedeem,
			func(m *arb.Market) float64 { return m.Asks[0].Price }, 950_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, ok := arb.Decide(&tt.m, &p, t0)
			if !ok {
				t.Fatal("no plan")
			}
			price := tt.wantPrice(&tt.m)
			if got, want := plan.Kind, tt.wantKind; got != want {
				t.Errorf("Kind = %v, want %v", got, want)
			}
			if plan.ID != 0 {
				t.Errorf("ID = %d, want 0 (set by the engine)", plan.ID)
			}
			if plan.Token != tt.m.Token || plan.Market != tt.m.Market || plan.Chain != tt.m.Chain || plan.MarketKind != tt.m.Kind {
				t.Errorf("ids = %q %q %q %v, want %q %q %q %v", plan.Token, plan.Market, plan.Chain, plan.MarketKind,
					tt.m.Token, tt.m.Market, tt.m.Chain, tt.m.Kind)
			}
			if !(plan.Size > 0) {
				t.Errorf("Size = %v, want > 0", plan.Size)
			}
			if got, want := plan.NAV, nav; got != want {
				t.Errorf("NAV = %v, want %v", got, want)
			}
			if got, want := plan.NotionalUSD, plan.Size*nav; !closeTo(got, want, 1e-12) {
				t.Errorf("NotionalUSD = %v, want %v", got, want)
			}
			if got, want := plan.MarketPrice, price; got != want {
				t.Errorf("MarketPrice = %v, want %v", got, want)
			}
			if got, want := plan.PremiumBps, (price/nav-1)*1e4; !closeTo(got, want, 1e-12) {
				t.Errorf("PremiumBps = %v, want %v", got, want)
			}
			// The quote leg is worth between the market price and the worst
			// price touched, fees aside: sanity-check it against the size.
			avg := plan.QuoteAmount / plan.Size
			if tt.wantKind == venues.MintSell && !(avg > 0 && avg < price) {
				t.Errorf("QuoteAmount/Size = %v, want in (0, %v)", avg, price)
			}
			if tt.wantKind == venues.BuyRedeem && !(avg > price) {
				t.Errorf("QuoteAmount/Size = %v, want > %v", avg, price)
			}
			if got, want := plan.Expected, arb.Evaluate(plan.Kind, plan.Size, &tt.m, &p); got != want {
				t.Errorf("Expected = %+v, want Evaluate = %+v", got, want)
			}
			if got, want := plan.Expected.HedgeUSD, plan.NotionalUSD*p.Leverage*p.HedgeBps/1e4; !closeTo(got, want, 1e-12) {
				t.Errorf("HedgeUSD = %v, want %v", got, want)
			}
			if got, want := plan.MinNetUSD, p.MinNetUSD; got != want {
				t.Errorf("MinNetUSD = %v, want %v", got, want)
			}
			if got, want := plan.GasUnits, tt.wantUnits; got != want {
				t.Errorf("GasUnits = %v, want %v", got, want)
			}
			if plan.MaxFeeGwei != tt.m.MaxFeeGwei || plan.TipGwei != tt.m.TipGwei {
				t.Errorf("fees = %v/%v gwei, want %v/%v", plan.MaxFeeGwei, plan.TipGwei, tt.m.MaxFeeGwei, tt.m.TipGwei)
			}
			if !plan.Created.Equal(t0) {
				t.Errorf("Created = %v, want %v", plan.Created, t0)
			}
			if got, want := plan.Deadline, t0.Add(p.Deadline); !got.Equal(want) {
				t.Errorf("Deadline = %v, want %v", got, want)
			}
		})
	}
}

func TestDecidePicksMoreProfitable(t *testing.T) {
	// A book whose bids sit above NAV and asks below it (crossed around NAV):
	// both loops profit; Decide must take the larger.
	const nav = 100.0
	for _, bidQty := range []float64{10, 200} {
		m := bookMarket(nav, nav, 0, 1, 50, 5)
		m.Bids = []venues.Level{{Price: 103, Qty: bidQty}}
		m.Asks = []venues.Level{{Price: 97, Qty: 50}}
		p := baseParams()
		plan, ok := arb.Decide(&m, &p, t0)
		if !ok {
			t.Fatalf("bidQty %v: no plan", bidQty)
		}
		ms := arb.Evaluate(venues.MintSell, bidQty, &m, &p)
		br := arb.Evaluate(venues.BuyRedeem, 50, &m, &p)
		want := venues.MintSell
		if br.NetUSD > ms.NetUSD {
			want = venues.BuyRedeem
		}
		if got := plan.Kind; got != want {
			t.Errorf("bidQty %v: kind = %v, want %v (nets %v vs %v)", bidQty, got, want, ms.NetUSD, br.NetUSD)
		}
	}
}

func TestDecideMinNet(t *testing.T) {
	m := poolMarket(100, 101, 2e5)
	p := baseParams()
	p.MinNetUSD = 0
	plan, ok := arb.Decide(&m, &p, t0)
	if !ok {
		t.Fatal("no plan with MinNetUSD 0")
	}
	best := plan.Expected.NetUSD
	tests := []struct {
		name   string
		minNet float64
		wantOK bool
	}{
		{"zero means any positive", 0, true},
		{"negative means any positive", -1e9, true},
		{"just below the best", best * 0.999, true},
		{"just above the best", best * 1.001, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p.MinNetUSD = tt.minNet
			plan, ok := arb.Decide(&m, &p, t0)
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v", ok, tt.wantOK)
			}
			if ok && plan.MinNetUSD < 0 {
				t.Errorf("plan.MinNetUSD = %v, want >= 0", plan.MinNetUSD)
			}
		})
	}
}

func TestDecideCap(t *testing.T) {
	const nav = 100.0
	p := baseParams()
	tests := []struct {
		name string
		m    arb.Market
	}{
		{"pool mint-sell", poolMarket(nav, 103, 1e6)},
		{"pool buy-redeem", poolMarket(nav, 97, 1e6)},
		{"book mint-sell", bookMarket(nav, 103, 2, 5, 7, 20)},
		{"book buy-redeem", bookMarket(nav, 97, 2, 5, 7, 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			free, ok := arb.Decide(&tt.m, &p, t0)
			if !ok {
				t.Fatal("no uncapped plan")
			}
			for _, frac := range []float64{0.9, 0.5, 0.13} {
				capped := p
				capped.MaxSizeUSD = free.NotionalUSD * frac
				plan, ok := arb.Decide(&tt.m, &capped, t0)
				if !ok {
					t.Fatalf("cap %.2f: no plan", frac)
				}
				if got, want := plan.NotionalUSD, capped.MaxSizeUSD; !closeTo(got, want, 1e-12) {
					t.Errorf("cap %.2f: notional = %v, want the cap %v", frac, got, want)
				}
				if got, want := plan.Kind, free.Kind; got != want {
					t.Errorf("cap %.2f: kind = %v, want %v", frac, got, want)
				}
				if !(plan.Expected.NetUSD < free.Expected.NetUSD) {
					t.Errorf("cap %.2f: net %v, want below uncapped %v", frac, plan.Expected.NetUSD, free.Expected.NetUSD)
				}
			}
			// A cap above the optimum changes nothing.
			loose := p
			loose.MaxSizeUSD = free.NotionalUSD * 2
			plan, ok := arb.Decide(&tt.m, &loose, t0)
			if !ok || plan.Size != free.Size {
				t.Errorf("loose cap: size = %v (ok %v), want %v", plan.Size, ok, free.Size)
			}
		})
	}
}

func TestResize(t *testing.T) {
	const nav = 100.0
	tests := []struct {
		name string
		m    arb.Market
	}{
		{"pool", poolMarket(nav, 98, 1e6)},
		{"book", bookMarket(nav, 98, 2, 5, 20, 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			full, ok := arb.Decide(&tt.m, &p, t0)
			if !ok || full.Kind != venues.BuyRedeem {
				t.Fatalf("Decide = %v, %v; want a buy-redeem plan", full.Kind, ok)
			}
			now := t0.Add(time.Second)

			same, ok := arb.Resize(full.Kind, &tt.m, &p, math.Inf(1), t0)
			if !ok || same != full {
				t.Errorf("Resize(+Inf) = %+v, %v; want Decide's plan %+v", same, ok, full)
			}

			half, ok := arb.Resize(full.Kind, &tt.m, &p, full.NotionalUSD/2, now)
			if !ok {
				t.Fatal("Resize(half): no plan")
			}
			if got, want := half.Size, full.Size/2; !closeTo(got, want, 1e-12) {
				t.Errorf("Resize(half) size = %v, want %v", got, want)
			}
			if got, want := half.Expected, arb.Evaluate(half.Kind, half.Size, &tt.m, &p); got != want {
				t.Errorf("Resize(half) costs = %+v, want Evaluate %+v", got, want)
			}
			if !(half.Expected.NetUSD < full.Expected.NetUSD) {
				t.Errorf("Resize(half) net = %v, want below %v", half.Expected.NetUSD, full.Expected.NetUSD)
			}
			if !half.Created.Equal(now) || !half.Deadline.Equal(now.Add(p.Deadline)) {
				t.Errorf("Resize(half) times = %v..%v, want from %v", half.Created, half.Deadline, now)
			}

			capped := p
			capped.MaxSizeUSD = full.NotionalUSD / 4
			quarter, ok := arb.Resize(full.Kind, &tt.m, &capped, full.NotionalUSD/2, now)
			if !ok || !closeTo(quarter.NotionalUSD, capped.MaxSizeUSD, 1e-12) {
				t.Errorf("Resize under a tighter MaxSizeUSD: notional %v (ok %v), want %v", quarter.NotionalUSD, ok, capped.MaxSizeUSD)
			}

			// Too small to pay for gas.
			if plan, ok := arb.Resize(full.Kind, &tt.m, &p, 1, now); ok {
				t.Errorf("Resize($1) = %+v, want no plan", plan)
			}
			for _, bad := range []float64{0, -5, math.NaN()} {
				if _, ok := arb.Resize(full.Kind, &tt.m, &p, bad, now); ok {
					t.Errorf("Resize(%v): ok, want no plan", bad)
				}
			}
			if _, ok := arb.Resize(venues.MintSell, &tt.m, &p, full.NotionalUSD, now); ok {
				t.Error("Resize(MintSell) at a discount: ok, want no plan")
			}
			if _, ok := arb.Resize(venues.Quote, &tt.m, &p, full.NotionalUSD, now); ok {
				t.Error("Resize(Quote): ok, want no plan")
			}
		})
	}
}
