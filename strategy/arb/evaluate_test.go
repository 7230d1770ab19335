package arb_test

import (
	"math"
	"testing"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

// getAmountOut and getAmountIn are Uniswap V2's formulas in real numbers.
func getAmountOut(in, rIn, rOut, feeBps float64) float64 {
	g := 1 - feeBps/1e4
	return in * g * rOut / (rIn + in*g)
}

func getAmountIn(out, rIn, rOut, feeBps float64) float64 {
	g := 1 - feeBps/1e4
	return rIn * out / ((rOut - out) * g)
}

func TestEvaluatePool(t *testing.T) {
	m := poolMarket(100, 102, 1e6)
	p := baseParams()
	p.HedgeBps = 4
	const q = 250.0
	notional := q * m.NAV
	hedge := notional * p.Leverage * p.HedgeBps / 1e4

	out := getAmountOut(q, m.ReserveBase, m.ReserveQuote, m.PoolFeeBps)
	in := getAmountIn(q, m.ReserveQuote, m.ReserveBase, m.PoolFeeBps)
	// The fee on q tokens in, valued at the sale's average price out/q.
	sellFee := q * m.PoolFeeBps / 1e4 * (out / q)
	tests := []struct {
		kind venues.PlanKind
		want venues.Costs
	}{
		{venues.MintSell, venues.Costs{
			IssuerFeeUSD: notional * m.MintFeeBps / 1e4,
			VenueFeeUSD:  sellFee,
			GasUSD:       m.GasUSDMintSell,
			HedgeUSD:     hedge,
			NetUSD:       out - notional*(1+m.MintFeeBps/1e4) - hedge - m.GasUSDMintSell,
		}},
		{venues.BuyRedeem, venues.Costs{
			IssuerFeeUSD: notional * m.RedeemFeeBps / 1e4,
			VenueFeeUSD:  in * m.PoolFeeBps / 1e4,
			GasUSD:       m.GasUSDBuyRedeem,
			HedgeUSD:     hedge,
			NetUSD:       notional*(1-m.RedeemFeeBps/1e4) - hedge - in - m.GasUSDBuyRedeem,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.kind.String(), func(t *testing.T) {
			got := arb.Evaluate(tt.kind, q, &m, &p)
			want := tt.want
			want.GrossUSD = want.NetUSD + want.IssuerFeeUSD + want.VenueFeeUSD + want.GasUSD + want.HedgeUSD
			checkCosts(t, got, want)
		})
	}
}

func TestEvaluateBook(t *testing.T) {
	m := bookMarket(100, 100, 0, 0, 0, 0)
	m.Bids = []venues.Level{{Price: 103, Qty: 2}, {Price: 102, Qty: 3}, {Price: 101, Qty: 4}}
	m.Asks = []venues.Level{{Price: 97, Qty: 1}, {Price: 98, Qty: 5}}
	p := baseParams()
	p.HedgeBps = 2
	tf := m.TakerFeeBps / 1e4
	tests := []struct {
		name     string
		kind     venues.PlanKind
		q        float64
		notional float64 // price x qty walked
	}{
		{"mint-sell inside the first level", venues.MintSell, 1.5, 103 * 1.5},
		{"mint-sell exactly two levels", venues.MintSell, 5, 103*2 + 102*3},
		{"mint-sell into the third level", venues.MintSell, 6, 103*2 + 102*3 + 101},
		{"buy-redeem into the second level", venues.BuyRedeem, 3.5, 97 + 98*2.5},
		{"buy-redeem whole book", venues.BuyRedeem, 6, 97 + 98*5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := tt.q * m.NAV
			want := venues.Costs{VenueFeeUSD: tt.notional * tf, HedgeUSD: n * p.Leverage * p.HedgeBps / 1e4}
			if tt.kind == venues.MintSell {
				want.IssuerFeeUSD = n * m.MintFeeBps / 1e4
				want.GasUSD = m.GasUSDMintSell
				want.NetUSD = tt.notional*(1-tf) - n - want.IssuerFeeUSD - want.HedgeUSD - want.GasUSD
			} else {
				want.IssuerFeeUSD = n * m.RedeemFeeBps / 1e4
				want.GasUSD = m.GasUSDBuyRedeem
				want.NetUSD = n - want.IssuerFeeUSD - want.HedgeUSD - tt.notional*(1+tf) - want.GasUSD
			}
			want.GrossUSD = want.NetUSD + want.IssuerFeeUSD + want.VenueFeeUSD + want.GasUSD + want.HedgeUSD
			checkCosts(t, arb.Evaluate(tt.kind, tt.q, &m, &p), want)
		})
	}
}

func TestEvaluateInfeasible(t *testing.T) {
	pool := poolMarket(100, 100, 1e6)
	book := bookMarket(100, 100, 2, 1, 10, 3) // 30 tokens a side
	p := baseParams()
	tests := []struct {
		name string
		kind venues.PlanKind
		q    float64
		m    *arb.Market
	}{
		{"buy the whole base reserve", venues.BuyRedeem, pool.ReserveBase, &pool},
		{"buy more than the base reserve", venues.BuyRedeem, pool.ReserveBase * 2, &pool},
		{"negative size", venues.MintSell, -1, &pool},
		{"NaN size", venues.MintSell, math.NaN(), &pool},
		{"Inf size", venues.MintSell, math.Inf(1), &pool},
		{"sell more than the bids", venues.MintSell, 30.5, &book},
		{"buy more than the asks", venues.BuyRedeem, 31, &book},
		{"not a loop kind", venues.Hedge, 1, &pool},
		{"nil market", venues.MintSell, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := arb.Evaluate(tt.kind, tt.q, tt.m, &p)
			if !math.IsInf(c.NetUSD, -1) || !math.IsInf(c.GrossUSD, -1) {
				t.Errorf("costs = %+v, want -Inf net and gross", c)
			}
		})
	}
	// The edges themselves are feasible.
	for _, kind := range []venues.PlanKind{venues.MintSell, venues.BuyRedeem} {
		if c := arb.Evaluate(kind, 30, &book, &p); math.IsInf(c.NetUSD, 0) || math.IsNaN(c.NetUSD) {
			t.Errorf("%v of the whole book side: net %v, want finite", kind, c.NetUSD)
		}
		if c, want := arb.Evaluate(kind, 0, &pool, &p), -gasOf(kind, &pool); c.NetUSD != want {
			t.Errorf("%v of 0 tokens: net %v, want %v (gas only)", kind, c.NetUSD, want)
		}
	}
}

func gasOf(kind venues.PlanKind, m *arb.Market) float64 {
	if kind == venues.MintSell {
		return m.GasUSDMintSell
	}
	return m.GasUSDBuyRedeem
}

func TestCostsIdentity(t *testing.T) {
	p := baseParams()
	p.HedgeBps = 7
	markets := map[string]arb.Market{
		"pool premium":  poolMarket(30, 31, 4e5),
		"pool discount": poolMarket(30, 29, 4e5),
		"book":          bookMarket(30, 30, 3, 2, 40, 25),
	}
	for name, m := range markets {
		for _, kind := range []venues.PlanKind{venues.MintSell, venues.BuyRedeem} {
			for _, q := range []float64{0, 0.01, 1, 17.3, 400, 999} {
				c := arb.Evaluate(kind, q, &m, &p)
				if math.IsInf(c.NetUSD, -1) {
					continue // past the book's depth
				}
				scale := math.Abs(c.GrossUSD) + c.IssuerFeeUSD + c.VenueFeeUSD + c.GasUSD + c.HedgeUSD
				if gap := costsIdentityGap(c); gap > 1e-12*math.Max(1, scale) {
					t.Errorf("%s %v q=%v: Gross - fees - gas - hedge - Net = %v (costs %+v)", name, kind, q, gap, c)
				}
				if c.IssuerFeeUSD < 0 || c.VenueFeeUSD < 0 || c.GasUSD < 0 || c.HedgeUSD < 0 {
					t.Errorf("%s %v q=%v: negative cost in %+v", name, kind, q, c)
				}
			}
		}
	}
	// A plan's costs obey it too.
	for name, m := range markets {
		if plan, ok := arb.Decide(&m, &p, t0); ok {
			if gap := costsIdentityGap(plan.Expected); gap > 1e-9 {
				t.Errorf("%s plan: identity gap %v", name, gap)
			}
		}
	}
}

func TestHedgeCost(t *testing.T) {
	// HedgeBps lowers the net by exactly its cost, for either leverage sign.
	m := poolMarket(100, 102, 1e6)
	for _, lev := range []float64{2, -3} {
		p := baseParams()
		p.Leverage = lev
		base := arb.Evaluate(venues.MintSell, 50, &m, &p)
		p.HedgeBps = 10
		hedged := arb.Evaluate(venues.MintSell, 50, &m, &p)
		want := 50 * m.NAV * math.Abs(lev) * 10 / 1e4
		if got := base.NetUSD - hedged.NetUSD; !closeTo(got, want, 1e-9) {
			t.Errorf("leverage %v: hedge lowers net by %v, want %v", lev, got, want)
		}
		if got := hedged.HedgeUSD; !closeTo(got, want, 1e-12) {
			t.Errorf("leverage %v: HedgeUSD = %v, want %v", lev, got, want)
		}
	}
}

func checkCosts(t *testing.T, got, want venues.Costs) {
	t.Helper()
	pairs := []struct {
		name      string
		got, want float64
	}{
		{"GrossUSD", got.GrossUSD, want.GrossUSD},
		{"IssuerFeeUSD", got.IssuerFeeUSD, want.IssuerFeeUSD},
		{"VenueFeeUSD", got.VenueFeeUSD, want.VenueFeeUSD},
		{"GasUSD", got.GasUSD, want.GasUSD},
		{"HedgeUSD", got.HedgeUSD, want.HedgeUSD},
		{"NetUSD", got.NetUSD, want.NetUSD},
	}
	for _, p := range pairs {
		if !closeTo(p.got, p.want, 1e-9) {
			t.Errorf("%s = %v, want %v", p.name, p.got, p.want)
		}
	}
}
