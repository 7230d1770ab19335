package executor_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/executor"
)

// TestIssuerState: the bootstrap figures read back, NAV = equity/supply.
func TestIssuerState(t *testing.T) {
	w := newWorld(t)
	s := w.state(t)
	checks := []struct {
		name      string
		got, want *big.Int
	}{
		{"supply", s.Supply, e18(1000)},
		{"collateral", s.Collateral, e18(100)},
		{"debt", s.Debt, e6(100_000)},
		{"price", s.Price, wethPrice},
		// (100 WETH * 2000 - 100,000) / 1000 tokens = 100 USDC.
		{"nav", s.NAV, new(big.Int).Div(new(big.Int).Sub(new(big.Int).Div(new(big.Int).Mul(s.Collateral, s.Price), e18(1)), s.Debt), big.NewInt(1000))},
		{"leverage", s.Leverage, e18(2)},
		{"mint fee", s.MintFeeBps, mintFeeBps},
	}
	for _, c := range checks {
		if c.got.Cmp(c.want) != 0 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if s.QuoteToken != w.usdc || s.CollateralToken != w.weth || s.Feed != w.feed {
		t.Errorf("tokens %s %s %s, want %s %s %s", s.CollateralToken, s.QuoteToken, s.Feed, w.weth, w.usdc, w.feed)
	}
	if s.Paused || s.ShouldRebalance {
		t.Errorf("paused %v, shouldRebalance %v on a fresh token", s.Paused, s.ShouldRebalance)
	}
}

// TestMintRedeemAtPreview: mint and redeem settle exactly at their previews,
// which are NAV plus or minus the fee; the fee goes to the fee recipient.
func TestMintRedeemAtPreview(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	lt := contracts.NewNavLeveragedToken()
	me := w.c.Addrs[trader]
	w.c.Mint(t, w.usdc, me, e6(10_000))
	w.c.Approve(t, trader, w.usdc, w.issuer)
	q := e18(10)
	nav := w.state(t).NAV

	cost, fee, err := executor.PreviewMint(ctx, w.c.Client, w.issuer, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	// cost = 10 * NAV * (1 + 10 bps), give or take rounding up.
	atNAV := new(big.Int).Div(new(big.Int).Mul(nav, q), e18(1))
	if d := new(big.Int).Sub(new(big.Int).Sub(cost, fee), atNAV); d.Sign() < 0 || d.Cmp(big.NewInt(2)) > 0 {
		t.Errorf("mint cost before fee %v, 10 tokens at NAV %v", new(big.Int).Sub(cost, fee), atNAV)
	}
	if got, want := ratio(fee, atNAV), 0.001; got < want || got > want*1.0001 {
		t.Errorf("mint fee share %.6f, want %.4f", got, want)
	}
	usdc0, rec0 := w.balance(t, w.usdc, me), w.balance(t, w.usdc, w.c.Addrs[owner])
	w.send(t, trader, w.issuer, lt.PackMint(q, cost, me))
	if got, want := new(big.Int).Sub(usdc0, w.balance(t, w.usdc, me)), cost; got.Cmp(want) != 0 {
		t.Errorf("mint paid %v, preview %v", got, want)
	}
	if got, want := new(big.Int).Sub(w.balance(t, w.usdc, w.c.Addrs[owner]), rec0), fee; got.Cmp(want) != 0 {
		t.Errorf("fee recipient got %v, want %v", got, want)
	}
	if got, want := w.balance(t, w.issuer, me), q; got.Cmp(want) != 0 {
		t.Errorf("minted %v, want %v", got, want)
	}
	if got := w.state(t).NAV; new(big.Int).Sub(got, nav).CmpAbs(big.NewInt(1)) > 0 {
		t.Errorf("NAV moved by a mint: %v -> %v", nav, got)
	}

	proceeds, rfee, err := executor.PreviewRedeem(ctx, w.c.Client, w.issuer, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ratio(rfee, new(big.Int).Add(proceeds, rfee)), 0.001; got < want || got > want*1.0001 {
		t.Errorf("redeem fee share %.6f, want %.4f", got, want)
	}
	usdc1 := w.balance(t, w.usdc, me)
	w.send(t, trader, w.issuer, lt.PackRedeem(q, proceeds, me))
	if got, want := new(big.Int).Sub(w.balance(t, w.usdc, me), usdc1), proceeds; got.Cmp(want) != 0 {
		t.Errorf("redeem paid %v, preview %v", got, want)
	}
	if got := w.balance(t, w.issuer, me); got.Sign() != 0 {
		t.Errorf("balance %v after redeeming everything", got)
	}

	// Slippage limits hold.
	_, err = w.call(trader, w.issuer, lt.PackMint(q, new(big.Int).Sub(cost, big.NewInt(1)), me))
	mustRevert(t, err, "Slippage")
}

// TestFeedUpdateRule: the keeper publishes only on deviation or heartbeat;
// a price older than maxPriceAge stops the issuer.
func TestFeedUpdateRule(t *testing.T) {
	w := newWorld(t)
	f := contracts.NewNavPriceFeed()
	small := big.NewInt(2001e6) // 5 bps < 50 bps
	_, err := w.call(owner, w.feed, f.PackUpdate(small))
	mustRevert(t, err, "NoUpdateDue")
	_, err = w.call(stranger, w.feed, f.PackUpdate(big.NewInt(2100e6)))
	mustRevert(t, err, "NotKeeper")

	w.send(t, owner, w.feed, f.PackUpdate(big.NewInt(2020e6))) // 100 bps
	if got, want := w.state(t).Price, big.NewInt(2020e6); got.Cmp(want) != 0 {
		t.Errorf("price %v, want %v", got, want)
	}

	// After the heartbeat any change may be published.
	if err := w.c.Sim.AdjustTime(time.Duration(heartbeat.Int64()) * time.Second); err != nil {
		t.Fatal(err)
	}
	w.c.Sim.Commit()
	w.send(t, owner, w.feed, f.PackUpdate(small))
	if got, want := w.state(t).Price, small; got.Cmp(want) != 0 {
		t.Errorf("price %v after the heartbeat, want %v", got, want)
	}

	// Stale: the issuer refuses to price.
	if err := w.c.Sim.AdjustTime(time.Duration(maxPriceAge.Int64()+60) * time.Second); err != nil {
		t.Fatal(err)
	}
	w.c.Sim.Commit()
	_, err = w.call(owner, w.issuer, contracts.NewNavLeveragedToken().PackNav())
	mustRevert(t, err, "StalePrice")
}

// TestRebalanceAndRipcord: the keeper rebalances only outside the bands,
// anyone pulls the ripcord above it; both return to the target leverage and
// keep NAV.
func TestRebalanceAndRipcord(t *testing.T) {
	w := newWorld(t)
	f := contracts.NewNavPriceFeed()
	lt := contracts.NewNavLeveragedToken()

	_, err := w.call(owner, w.issuer, lt.PackRebalance())
	mustRevert(t, err, "WithinBands")

	// WETH +30%: leverage 260/160 = 1.625 < 1.7.
	w.send(t, owner, w.feed, f.PackUpdate(big.NewInt(2600e6)))
	s := w.state(t)
	if !s.ShouldRebalance {
		t.Fatalf("shouldRebalance false at leverage %v", s.Leverage)
	}
	_, err = w.call(stranger, w.issuer, lt.PackRebalance())
	mustRevert(t, err, "NotKeeper")
	w.send(t, owner, w.issuer, lt.PackRebalance())
	after := w.state(t)
	if got := ratio(after.Leverage, e18(1)); got < 1.999999 || got > 2.000001 {
		t.Errorf("leverage after rebalance %.7f, want 2", got)
	}
	if d := new(big.Int).Sub(after.NAV, s.NAV); d.CmpAbs(big.NewInt(1)) > 0 {
		t.Errorf("NAV %v -> %v across a rebalance", s.NAV, after.NAV)
	}

	// WETH -36%: far above the ripcord; a stranger pulls it, even paused.
	w.send(t, owner, w.feed, f.PackUpdate(big.NewInt(1650e6)))
	_, err = w.call(stranger, w.issuer, lt.PackRipcord())
	if err != nil {
		t.Fatalf("ripcord: %v", err)
	}
	w.send(t, owner, w.issuer, lt.PackPause(true))
	s = w.state(t)
	if got := ratio(s.Leverage, e18(1)); got < 2.5 {
		t.Fatalf("leverage %.3f, want above the 2.5 ripcord", got)
	}
	r := w.send(t, stranger, w.issuer, lt.PackRipcord())
	after = w.state(t)
	if got := ratio(after.Leverage, e18(1)); got < 1.999999 || got > 2.000001 {
		t.Errorf("leverage after ripcord %.7f, want 2", got)
	}
	found := false
	for _, l := range r.Logs {
		if ev, err := lt.UnpackRebalancedEvent(l); err == nil {
			found = ev.Ripcord && ev.Caller == w.c.Addrs[stranger]
		}
	}
	if !found {
		t.Error("no Rebalanced(ripcord) event from the stranger")
	}
	_, err = w.call(stranger, w.issuer, lt.PackRipcord())
	mustRevert(t, err, "BelowRipcord")

	// Paused: no mint, no redeem.
	_, err = w.call(owner, w.issuer, lt.PackMint(e18(1), e6(1000), w.c.Addrs[owner]))
	mustRevert(t, err, "IsPaused")
	_, err = w.call(owner, w.issuer, lt.PackRedeem(e18(1), new(big.Int), w.c.Addrs[owner]))
	mustRevert(t, err, "IsPaused")
}

// TestStreamingFee: a year at 2% dilutes NAV by 2% and mints the
// difference to the fee recipient.
func TestStreamingFee(t *testing.T) {
	w := newWorld(t)
	lt := contracts.NewNavLeveragedToken()
	rate := new(big.Int).Div(e18(2), big.NewInt(100))
	w.send(t, owner, w.issuer, lt.PackSetFees(mintFeeBps, redeemFee, rate))
	rec := w.c.Addrs[stranger]
	w.send(t, owner, w.issuer, lt.PackSetFeeRecipient(rec))
	s0 := w.state(t)
	nav0 := s0.NAV

	if err := w.c.Sim.AdjustTime(365 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	w.c.Sim.Commit()
	w.send(t, owner, w.feed, contracts.NewNavPriceFeed().PackUpdate(wethPrice)) // heartbeat passed
	pending := w.state(t)
	w.send(t, owner, w.issuer, lt.PackAccrueStreamingFee())
	s := w.state(t)

	if got := ratio(s.NAV, nav0); got < 0.9799 || got > 0.9801 {
		t.Errorf("NAV ratio after a year %.6f, want 0.98", got)
	}
	if got := ratio(pending.NAV, s.NAV); got < 0.99999 || got > 1.00001 {
		t.Errorf("NAV with the fee pending %v, after accrual %v", pending.NAV, s.NAV)
	}
	minted := w.balance(t, w.issuer, rec)
	// f/(1-f) of the supply with f = 2%.
	if got := ratio(minted, s0.Supply); got < 0.02040 || got > 0.02042 {
		t.Errorf("fee tokens %v = %.6f of supply, want 0.0204", minted, got)
	}
	if got, want := s.Supply, new(big.Int).Add(s0.Supply, minted); got.Cmp(want) != 0 {
		t.Errorf("supply %v, want %v", got, want)
	}
}

// TestSizing: the sized trade is the profit maximum of the integer pool
// formula (a little more or less earns less), and nothing is sized when
// the pool is inside the costs.
func TestSizing(t *testing.T) {
	r := executor.V2Reserves{Token: e18(476), Quote: e6(52_500), FeeBps: 30}
	cost := e6(100) // per 1e18 tokens
	profitSell := func(q *big.Int) *big.Int {
		out := executor.V2AmountOut(q, r.Token, r.Quote, r.FeeBps)
		return out.Sub(out, new(big.Int).Div(new(big.Int).Mul(q, cost), e18(1)))
	}
	q := executor.MintAndSellSize(r, cost)
	scale := func(v *big.Int, num int64) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(num)), big.NewInt(1000))
	}
	for _, other := range []*big.Int{scale(q, 990), scale(q, 1010)} {
		if profitSell(other).Cmp(profitSell(q)) > 0 {
			t.Errorf("selling %v earns %v, more than the sized %v (%v)", other, profitSell(other), q, profitSell(q))
		}
	}

	rb := executor.V2Reserves{Token: e18(530), Quote: e6(47_200), FeeBps: 30}
	profitBuy := func(in *big.Int) *big.Int {
		tokens := executor.V2AmountOut(in, rb.Quote, rb.Token, rb.FeeBps)
		p := new(big.Int).Div(new(big.Int).Mul(tokens, cost), e18(1))
		return p.Sub(p, in)
	}
	in := executor.BuyAndRedeemSize(rb, cost)
	for _, other := range []*big.Int{scale(in, 990), scale(in, 1010)} {
		if profitBuy(other).Cmp(profitBuy(in)) > 0 {
			t.Errorf("buying with %v earns %v, more than the sized %v (%v)", other, profitBuy(other), in, profitBuy(in))
		}
	}

	atCost := executor.V2Reserves{Token: e18(500), Quote: e6(50_000), FeeBps: 30}
	if got := executor.MintAndSellSize(atCost, cost); got.Sign() != 0 {
		t.Errorf("sized %v on a pool at the mint cost", got)
	}
	if got := executor.BuyAndRedeemSize(atCost, cost); got.Sign() != 0 {
		t.Errorf("sized %v on a pool at the redemption proceeds", got)
	}
}
