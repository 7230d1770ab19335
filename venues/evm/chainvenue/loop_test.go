package chainvenue_test

import (
	"bytes"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/chainvenue/chaintest"
)

// Fees of the world: mint and redeem 10 bps, pool 0.3%.
const (
	mintFee   = 0.001
	redeemFee = 0.001
	poolFee   = 0.003
)

// band is the no-arbitrage band around NAV the configured fees give: above
// it minting and selling pays, below it buying and redeeming does.
func band(nav float64) (lo, hi float64) {
	return nav * (1 - redeemFee) * (1 - poolFee), nav * (1 + mintFee) / (1 - poolFee)
}

func ratio(a, b *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	return f
}

// checkLoop checks one settled loop: the pool ends inside the band at the
// edge the loop pushed it to, the executor's USDC grew by exactly the
// fills' quote deltas, and expected and realised net agree within the
// price movement between decision and execution (moveUSD) and the gas
// difference.
func checkLoop(t *testing.T, b *bot, kind venues.PlanKind, usdcBefore *big.Int, moveUSD float64) {
	t.Helper()
	w := b.w
	nav := ratio(w.NAV(t), big.NewInt(1e6))
	price := ratio(w.Price(t), big.NewInt(1e6))
	lo, hi := band(nav)
	if price < lo*(1-1e-6) || price > hi*(1+1e-6) {
		t.Errorf("pool price %.6f outside the band [%.6f, %.6f] around NAV %.6f", price, lo, hi, nav)
	}
	edge := hi
	if kind == venues.BuyRedeem {
		edge = lo
	}
	// The mid ends a few bps inside the edge: the pool keeps its fee in
	// its reserves, so the last marginal price (which the loop brings to
	// the edge) and the mid after it differ by about fee x size/reserve.
	if moveUSD == 0 && math.Abs(price/edge-1) > 5e-4 {
		t.Errorf("pool price %.6f, want the band's edge %.6f: the loop did not close the gap", price, edge)
	}

	res := b.eng.Results(time.Now())
	if len(res.LoopResults) != 1 || len(b.receipts) != 1 {
		t.Fatalf("%d loop results, %d receipts, want 1", len(res.LoopResults), len(b.receipts))
	}
	lr, rec := res.LoopResults[0], b.receipts[0]
	if lr.Kind != kind || lr.Status != venues.TxSuccess || rec.TxHash == "" {
		t.Fatalf("loop %+v receipt %s %s, want a mined %s", lr, rec.Status, rec.TxHash, kind)
	}
	// Exact accounting: the fills' quote deltas are the executor's USDC change.
	gotDelta := new(big.Int).Sub(w.USDCOf(t, w.Executor), usdcBefore)
	var sum, base = rec.Fills[0].QuoteDelta, rec.Fills[0].BaseDelta
	for _, f := range rec.Fills[1:] {
		sum, base = sum.Add(f.QuoteDelta), base.Add(f.BaseDelta)
	}
	if got, want := sum.Shift(6).BigInt(), gotDelta; got.Cmp(want) != 0 || !base.IsZero() {
		t.Errorf("fills sum to %s USDC raw and %s tokens, executor balance moved %s raw and 0 tokens", got, base, want)
	}
	if want := sum.Sub(rec.GasUSD); !lr.RealisedNetUSD.Equal(want) {
		t.Errorf("realised net %s, want fills %s - gas %s", lr.RealisedNetUSD, sum, rec.GasUSD)
	}
	plan := b.plans[lr.PlanID]
	gasDiff := math.Abs(rec.GasUSD.InexactFloat64() - plan.Expected.GasUSD)
	diff := lr.RealisedNetUSD.InexactFloat64() - lr.ExpectedNetUSD
	bound := moveUSD + gasDiff + 1e-6*plan.NotionalUSD
	t.Logf("%s: size %.4f, expected net %.6f, realised %s (diff %.6f; gas expected %.6f realised %s; movement %.6f; bound %.6f)",
		kind, plan.Size, lr.ExpectedNetUSD, lr.RealisedNetUSD.StringFixed(6), diff, plan.Expected.GasUSD, rec.GasUSD.StringFixed(6), moveUSD, bound)
	if math.Abs(diff) > bound {
		t.Errorf("realised - expected = %.6f, beyond the bound %.6f (movement %.6f, gas difference %.6f)", diff, bound, moveUSD, gasDiff)
	}
	if !(lr.RealisedNetUSD.InexactFloat64() >= minNetUSD) {
		t.Errorf("realised net %s below the minimum %v", lr.RealisedNetUSD, minNetUSD)
	}

	// The report shows both, per loop and in total.
	rep := strategy.NewReport(res, b.eng.Counters(), nil)
	rep.SetLoopResults(res)
	var buf bytes.Buffer
	if err := rep.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"loops net expected / realised (USD)", lr.RealisedNetUSD.StringFixed(6), rec.TxHash, "expected "} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestLoopClosesGap(t *testing.T) {
	cases := []struct {
		name string
		v3   bool
		kind venues.PlanKind
		push func(w *chaintest.World, t *testing.T)
	}{
		{"v2 premium mint and sell", false, venues.MintSell, func(w *chaintest.World, t *testing.T) { w.PushPremium(t, chaintest.E6(5_000)) }},
		{"v2 discount buy and redeem", false, venues.BuyRedeem, func(w *chaintest.World, t *testing.T) { w.PushDiscount(t, chaintest.E18(50)) }},
		{"v3 premium mint and sell", true, venues.MintSell, func(w *chaintest.World, t *testing.T) { w.PushPremium(t, chaintest.E6(1_500)) }},
		{"v3 discount buy and redeem", true, venues.BuyRedeem, func(w *chaintest.World, t *testing.T) { w.PushDiscount(t, chaintest.E18(15)) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := chaintest.New(t, chaintest.Options{V3: tc.v3})
			b := startBot(t, w, false)
			b.ready(t)
			if n := b.eng.Counters().Submitted; n != 0 {
				t.Fatalf("%d loops submitted with the pool at NAV", n)
			}
			before := w.USDCOf(t, w.Executor)
			tc.push(w, t)
			if p := w.PremiumBps(t); math.Abs(p) < 200 {
				t.Fatalf("premium after the push %.1f bps, want > 200", p)
			}
			b.runUntil(t, "loop settled", 60*time.Second, b.settled(tc.kind, 1))
			checkLoop(t, b, tc.kind, before, 0)
		})
	}
}
