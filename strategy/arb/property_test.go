package arb_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/navarb/navarb/strategy/arb"
	"github.com/navarb/navarb/venues"
)

const propertyMarkets = 2500

// logUniform draws from [lo, hi) uniformly in log space.
func logUniform(r *rand.Rand, lo, hi float64) float64 {
	return lo * math.Pow(hi/lo, r.Float64())
}

// randomParams draws params with a cap half the time and a hedge cost half
// the time.
func randomParams(r *rand.Rand) arb.Params {
	p := arb.Params{
		MinNetUSD: logUniform(r, 0.01, 20),
		Leverage:  1 + 2*r.Float64(),
		Deadline:  baseParams().Deadline,
	}
	if r.IntN(2) == 0 {
		p.MaxSizeUSD = logUniform(r, 100, 1e6)
	}
	if r.IntN(2) == 0 {
		p.HedgeBps = 20 * r.Float64()
	}
	return p
}

// randomMarket draws a pool or book market with a premium or discount of up
// to 5%, issuer fees, venue fees and gas.
func randomMarket(r *rand.Rand, kind venues.MarketKind) arb.Market {
	nav := logUniform(r, 1, 2000)
	price := nav * (1 + (r.Float64()*2-1)*0.05)
	m := arb.Market{
		Token: "TKN", Market: "TKN-USD", Chain: "test", Kind: kind,
		NAV:        nav,
		MintFeeBps: 30 * r.Float64(), RedeemFeeBps: 30 * r.Float64(),
		GasUSDMintSell:  20 * r.Float64(),
		GasUSDBuyRedeem: 20 * r.Float64(),
	}
	if kind == venues.MarketPool {
		m.ReserveQuote = logUniform(r, 1e4, 1e8)
		m.ReserveBase = m.ReserveQuote / price
		m.PoolFeeBps = []float64{1, 5, 30, 100}[r.IntN(4)]
		return m
	}
	m.TakerFeeBps = 10 * r.Float64()
	spread := price * 30 * r.Float64() / 1e4
	levels := 1 + r.IntN(25)
	bid, ask := price-spread/2, price+spread/2
	for range levels {
		m.Bids = append(m.Bids, venues.Level{Price: bid, Qty: logUniform(r, 100, 1e5) / price})
		m.Asks = append(m.Asks, venues.Level{Price: ask, Qty: logUniform(r, 100, 1e5) / price})
		bid -= price * 60 * r.Float64() / 1e4
		ask += price * 60 * r.Float64() / 1e4
	}
	return m
}

// maxSize bounds the sizes worth scanning, from the market alone: the notional
// cap, the book side's depth, the pool's base reserve (buying), or Rq/NAV
// (selling: proceeds < Rq while minting costs > q NAV).
func maxSize(kind venues.PlanKind, m *arb.Market, p *arb.Params) float64 {
	var hi float64
	switch {
	case m.Kind == venues.MarketBook:
		side := m.Asks
		if kind == venues.MintSell {
			side = m.Bids
		}
		for _, l := range side {
			hi += l.Qty
		}
	case kind == venues.MintSell:
		hi = m.ReserveQuote / m.NAV
	default:
		hi = m.ReserveBase * (1 - 1e-9)
	}
	if p.MaxSizeUSD > 0 {
		hi = math.Min(hi, p.MaxSizeUSD/m.NAV)
	}
	return hi
}

// bruteForce maximises Evaluate's NetUSD over [0, hi]: a dense scan, then a
// golden-section search in the bracket around the best grid point (the net
// is concave, so the bracket holds the maximum).
func bruteForce(kind venues.PlanKind, m *arb.Market, p *arb.Params, hi float64) (q, net float64) {
	f := func(q float64) float64 { return arb.Evaluate(kind, q, m, p).NetUSD }
	const n = 1000
	bestI, bestNet := 0, f(0)
	for i := 1; i <= n; i++ {
		if v := f(hi * float64(i) / n); v > bestNet {
			bestI, bestNet = i, v
		}
	}
	q, net = hi*float64(bestI)/n, bestNet
	a, b := hi*float64(max(bestI-1, 0))/n, hi*float64(min(bestI+1, n))/n
	const phi = 0.6180339887498949
	x1, x2 := b-phi*(b-a), a+phi*(b-a)
	f1, f2 := f(x1), f(x2)
	for range 200 {
		if f1 < f2 {
			a, x1, f1 = x1, x2, f2
			x2 = a + phi*(b-a)
			f2 = f(x2)
		} else {
			b, x2, f2 = x2, x1, f1
			x1 = b - phi*(b-a)
			f1 = f(x1)
		}
	}
	for _, c := range []float64{x1, x2, a, b} {
		if v := f(c); v > net {
			q, net = c, v
		}
	}
	return q, net
}

// propertyStats counts what the property checks compared, so a generator
// that never produces plans fails instead of passing vacuously.
type propertyStats struct {
	plans, sizesCompared int
}

// checkOptimal compares Resize(kind, +Inf) (the loop's optimum under
// p.MaxSizeUSD) with the brute-force optimum of Evaluate.
func checkOptimal(t *testing.T, i int, kind venues.PlanKind, m *arb.Market, p *arb.Params, st *propertyStats) {
	t.Helper()
	hi := maxSize(kind, m, p)
	qb, nb := bruteForce(kind, m, p, hi)
	plan, ok := arb.Resize(kind, m, p, math.Inf(1), t0)
	// Tolerance on nets: well above the float noise of the legs (a few ulps
	// of the notional).
	eps := 1e-12 * (1 + math.Max(qb, plan.Size)*m.NAV)
	if !ok {
		if nb > 0 && nb >= p.MinNetUSD+eps {
			t.Errorf("market %d %v: no plan, brute force nets %v at q=%v (min %v)", i, kind, nb, qb, p.MinNetUSD)
		}
		return
	}
	st.plans++
	if plan.Expected.NetUSD < nb-eps {
		t.Errorf("market %d %v: plan nets %v at q=%v, brute force %v at q=%v", i, kind, plan.Expected.NetUSD, plan.Size, nb, qb)
	}
	if plan.Size > hi*(1+1e-12) {
		t.Errorf("market %d %v: size %v beyond the cap/depth %v", i, kind, plan.Size, hi)
	}
	// Sizes: only where the optimum is interior and not flat, i.e. moving
	// 0.1% either way loses more than eps. Then, the net being concave, every
	// size netting within eps of the best lies within 0.1%.
	const rel = 1e-3
	if qb*(1+rel) > hi || qb*(1-rel) <= 0 {
		return
	}
	f := func(q float64) float64 { return arb.Evaluate(kind, q, m, p).NetUSD }
	if nb-f(qb*(1-rel)) <= 2*eps || nb-f(qb*(1+rel)) <= 2*eps {
		return
	}
	st.sizesCompared++
	if math.Abs(plan.Size-qb) > rel*qb {
		t.Errorf("market %d %v: size %v, brute force %v (%.4f%% off)", i, kind, plan.Size, qb, 100*math.Abs(plan.Size/qb-1))
	}
}

// checkPlan checks Decide's plan against the per-kind optima and Evaluate.
func checkPlan(t *testing.T, i int, m *arb.Market, p *arb.Params) {
	t.Helper()
	plan, ok := arb.Decide(m, p, t0)
	ms, okMS := arb.Resize(venues.MintSell, m, p, math.Inf(1), t0)
	br, okBR := arb.Resize(venues.BuyRedeem, m, p, math.Inf(1), t0)
	if ok != (okMS || okBR) {
		t.Fatalf("market %d: Decide ok=%v, per-kind ok=%v/%v", i, ok, okMS, okBR)
	}
	if !ok {
		return
	}
	bestNet := math.Max(ms.Expected.NetUSD, br.Expected.NetUSD)
	if !okMS {
		bestNet = br.Expected.NetUSD
	} else if !okBR {
		bestNet = ms.Expected.NetUSD
	}
	if plan.Expected.NetUSD != bestNet {
		t.Errorf("market %d: Decide nets %v, the better loop %v", i, plan.Expected.NetUSD, bestNet)
	}
	if !(plan.Expected.NetUSD > 0) || plan.Expected.NetUSD < p.MinNetUSD {
		t.Errorf("market %d: plan nets %v, below MinNetUSD %v", i, plan.Expected.NetUSD, p.MinNetUSD)
	}
	if p.MaxSizeUSD > 0 && plan.NotionalUSD > p.MaxSizeUSD*(1+1e-12) {
		t.Errorf("market %d: notional %v above the cap %v", i, plan.NotionalUSD, p.MaxSizeUSD)
	}
	got := arb.Evaluate(plan.Kind, plan.Size, m, p)
	want := plan.Expected
	if !sameCosts(got, want) {
		t.Errorf("market %d: Evaluate(plan) = %+v, plan says %+v", i, got, want)
	}
	if gap := costsIdentityGap(want); gap > 1e-9*(1+plan.NotionalUSD) {
		t.Errorf("market %d: costs identity off by %v: %+v", i, gap, want)
	}
}

func sameCosts(a, b venues.Costs) bool {
	const rel = 1e-12
	return closeTo(a.GrossUSD, b.GrossUSD, rel) && closeTo(a.IssuerFeeUSD, b.IssuerFeeUSD, rel) &&
		closeTo(a.VenueFeeUSD, b.VenueFeeUSD, rel) && closeTo(a.GasUSD, b.GasUSD, rel) &&
		closeTo(a.HedgeUSD, b.HedgeUSD, rel) && closeTo(a.NetUSD, b.NetUSD, rel)
}

func TestPropertyOptimalSize(t *testing.T) {
	for _, mk := range []venues.MarketKind{venues.MarketPool, venues.MarketBook} {
		name := "pool"
		if mk == venues.MarketBook {
			name = "book"
		}
		t.Run(name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(7, uint64(mk)))
			var st [2]propertyStats
			for i := range propertyMarkets {
				m := randomMarket(r, mk)
				p := randomParams(r)
				for k, kind := range []venues.PlanKind{venues.MintSell, venues.BuyRedeem} {
					checkOptimal(t, i, kind, &m, &p, &st[k])
				}
				checkPlan(t, i, &m, &p)
			}
			for k, kind := range []venues.PlanKind{venues.MintSell, venues.BuyRedeem} {
				t.Logf("%v: %d plans, %d sizes compared", kind, st[k].plans, st[k].sizesCompared)
				// About a third of the markets should profit each way.
				if st[k].plans < propertyMarkets/5 || st[k].sizesCompared < propertyMarkets/10 {
					t.Errorf("%v: only %d plans and %d size comparisons in %d markets", kind, st[k].plans, st[k].sizesCompared, propertyMarkets)
				}
			}
		})
	}
}
