package issuer_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/executor"
	"github.com/navarb/navarb/venues/evm/issuer"
	"github.com/navarb/navarb/venues/evm/issuer/issuertest"
)

const exitCooldown = issuertest.TorosExitCooldown

// torosWorld is a Toros ETHBULL3X look-alike: the owner (also the manager)
// deposited 100,000 USDC for 100,000 tokens, then the pool gained 150 WETH
// against 200,000 USDC of debt (value 200,000 USD: token price 2 USD,
// leverage 2); entry and exit fees 0.1%; a WETH/USDC pair of 1000 WETH and
// 2,000,000 USDC, a BULL/USDC pair of 50,000 tokens and 100,000 USDC; the
// executor allows the TorosExecIssuer adapter.
type torosWorld struct {
	base
	factory, pool, pml, adapter common.Address
	wethPair, pair              common.Address
}

// newTorosWorld builds the world with an annual management fee of
// managementBps.
func newTorosWorld(t *testing.T, managementBps int64) *torosWorld {
	t.Helper()
	w := &torosWorld{base: newBase(t, "WETH")}
	d := issuertest.DeployToros(t, w.env(), managementBps)
	w.factory, w.pool, w.pml, w.adapter, w.wethPair, w.pair = d.Factory, d.Pool, d.ManagerLogic, d.Adapter, d.WETHPair, d.Pair
	return w
}

// wait moves the chain's clock forward and mines a block.
func (w *torosWorld) wait(t *testing.T, seconds int64) {
	t.Helper()
	waitChain(t, &w.base, time.Duration(seconds)*time.Second)
}

func (w *torosWorld) issuer(t *testing.T) *issuer.Toros {
	return issuer.NewToros(issuer.TorosOptions{
		Caller: w.client(t), Token: "ETHBULL3X", Pool: w.pool, ExecIssuer: w.adapter,
		Now: func() time.Time { return time.Unix(1_700_000_000, 0) },
	})
}

func (w *torosWorld) uint(t *testing.T, to common.Address, data []byte) *big.Int {
	t.Helper()
	out, err := w.call(owner, to, data)
	if err != nil {
		t.Fatal(err)
	}
	return new(big.Int).SetBytes(out)
}

// fund returns the pool's supply, WETH and USDC balances, debt and the
// feed price, read directly.
func (w *torosWorld) fund(t *testing.T) (supply, weth, usdc, debt *big.Int) {
	t.Helper()
	supply = w.uint(t, w.pool, contracts.NewTorosPoolLogic().PackTotalSupply())
	debt = w.uint(t, w.pml, contracts.NewTorosPoolManagerLogic().PackDebt())
	return supply, w.balance(t, w.weth, w.pool), w.balance(t, w.usdc, w.pool), debt
}

func TestTorosReadIsExact(t *testing.T) {
	w := newTorosWorld(t, 100) // 1% a year
	x := w.issuer(t)
	scale := big.NewInt(1e12)
	for _, price := range []*big.Int{wethPrice, big.NewInt(2100e6), big.NewInt(1950e6)} {
		if price.Cmp(wethPrice) != 0 {
			w.setPrice(t, price)
		}
		w.wait(t, 3600)
		s, err := x.State(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		supply, weth, usdc, debt := w.fund(t)
		fundValue := sub(add(mul(div(mul(weth, price), one18), scale), mul(usdc, scale)), mul(debt, scale))
		last := w.uint(t, w.pool, contracts.NewTorosPoolLogic().PackLastFeeMintTime())
		elapsed := new(big.Int).SetUint64(w.c.Head(t).Time - last.Uint64())
		fee := div(div(mul(mul(supply, elapsed), big.NewInt(100)), big.NewInt(10_000)), big.NewInt(365*86400))
		want := div(mul(fundValue, one18), add(supply, fee))
		if fee.Sign() == 0 {
			t.Fatal("test setup: no streaming fee accrued")
		}
		if s.TokenPrice.Cmp(want) != 0 {
			t.Fatalf("price %s: tokenPrice %s, want %s", price, s.TokenPrice, want)
		}
		nav, iu, err := x.Read(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		wantF, _ := new(big.Rat).SetFrac(want, one18).Float64()
		if nav.NAV != wantF || nav.Source != venues.NAVIssuer || nav.Token != "ETHBULL3X" {
			t.Fatalf("NAV update %+v, want NAV %v", nav, wantF)
		}
		if got, want := [3]any{iu.MintFeeBps, iu.RedeemFeeBps, iu.StreamingFeeAnnual}, [3]any{10, 10, 0.01}; got != want {
			t.Fatalf("fees %v, want %v", got, want)
		}
		if iu.Paused || iu.Rebalancing {
			t.Fatalf("issuer update %+v: not paused, not rebalancing", iu)
		}
	}
	w.send(t, owner, w.factory, contracts.NewTorosPoolFactory().PackSetPoolPaused(w.pool, true))
	if _, iu, err := x.Read(context.Background(), nil); err != nil || !iu.Paused {
		t.Fatalf("paused pool read as %+v (%v)", iu, err)
	}
}

func TestTorosMintRefused(t *testing.T) {
	w := newTorosWorld(t, 0)
	x := w.issuer(t)
	if x.MintSellAllowed() {
		t.Fatal("toros: mint-and-sell allowed, want buy-and-redeem only")
	}
	w.buyToken(t, w.pair, w.pool, e6(10_000)) // a premium the loop may not take
	_, err := w.call(owner, w.adapter, contracts.NewTorosExecIssuer().PackPreviewMint(e18(10)))
	mustRevertWith(t, err, "MintLocked")
	data, err := executor.MintAndSellCall(w.adapter, w.pair, e18(10), e6(1_000_000), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.call(owner, w.executor, data)
	mustRevertWith(t, err, "MintLocked")
}

func TestTorosExitCooldown(t *testing.T) {
	w := newTorosWorld(t, 0)
	pool := contracts.NewTorosPoolLogic()
	w.c.Mint(t, w.usdc, w.c.Addrs[trader], e6(1_000))
	w.c.Approve(t, trader, w.usdc, w.pool)
	w.send(t, trader, w.pool, pool.PackDeposit(w.usdc, e6(1_000)))
	minted := w.balance(t, w.pool, w.c.Addrs[trader])
	if got := w.uint(t, w.pool, pool.PackGetExitRemainingCooldown(w.c.Addrs[trader])); got.Int64() != exitCooldown {
		t.Fatalf("remaining cooldown %s, want %d", got, exitCooldown)
	}
	withdraw := pool.PackWithdrawSafe(minted, []contracts.IPoolLogicComplexAsset{
		{SupportedAsset: w.weth, WithdrawData: []byte{}, SlippageTolerance: big.NewInt(0)},
		{SupportedAsset: w.usdc, WithdrawData: []byte{}, SlippageTolerance: big.NewInt(0)},
	})
	w.wait(t, 60)
	tests := []struct {
		name string
		data []byte
	}{
		{"transfer", pool.PackTransfer(w.c.Addrs[stranger], minted)},
		{"withdrawSafe", withdraw},
	}
	for _, tt := range tests {
		if _, err := w.call(trader, w.pool, tt.data); err == nil || !strings.Contains(err.Error(), "dh3") {
			t.Errorf("%s during the cooldown: %v, want revert dh3", tt.name, err)
		}
	}
	w.wait(t, exitCooldown)
	for _, tt := range tests {
		if _, err := w.call(trader, w.pool, tt.data); err != nil {
			t.Errorf("%s after the cooldown: %v", tt.name, err)
		}
	}
}

func TestTorosBuyAndRedeemThroughExecutor(t *testing.T) {
	w := newTorosWorld(t, 0)
	w.sellToken(t, w.pair, w.pool, e18(5_000)) // discount
	quoteIn := e6(2_000)

	// Expected, from the balances, the feed and the reserves: the pool pays
	// its portion of WETH less the debt's share (at the feed price) and of
	// USDC; the adapter sells the WETH on the WETH/USDC pair.
	rTok, rQ := w.reserves(t, w.pair, w.pool)
	q := executor.V2AmountOut(quoteIn, rQ, rTok, 30)
	supply, weth, usdc, debt := w.fund(t)
	toBurn := sub(q, div(mul(q, big.NewInt(10)), big.NewInt(10_000)))
	portion := div(mul(toBurn, one18), supply)
	owed := div(mul(debt, portion), one18)
	wethOut := sub(div(mul(weth, portion), one18), ceilDiv(mul(owed, one18), wethPrice))
	usdcOut := div(mul(usdc, portion), one18)
	rW, rU := w.reserves(t, w.wethPair, w.weth)
	want := sub(add(usdcOut, executor.V2AmountOut(wethOut, rW, rU, 30)), quoteIn)
	if want.Sign() <= 0 {
		t.Fatalf("test setup: no discount (profit %s)", want)
	}

	// previewRedeem values the redemption from the pool's views; it may
	// differ from the withdrawal by the rounding of a few wei of WETH.
	preview, _, err := executor.PreviewRedeem(context.Background(), w.client(t), w.adapter, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := new(big.Int).Abs(sub(sub(preview, quoteIn), want)); diff.Cmp(big.NewInt(2)) > 0 {
		t.Fatalf("previewRedeem %s, want %s within 2 units", preview, add(want, quoteIn))
	}

	before := w.balance(t, w.usdc, w.executor)
	data, err := executor.BuyAndRedeemCall(w.adapter, w.pair, quoteIn, want)
	if err != nil {
		t.Fatal(err)
	}
	r := w.send(t, owner, w.executor, data)
	if got := sub(w.balance(t, w.usdc, w.executor), before); got.Cmp(want) != 0 {
		t.Fatalf("profit %s, want %s", got, want)
	}
	received := add(want, quoteIn)
	t.Logf("redeemed %s tokens for %s USDC units, previewRedeem %s (off by %s)", q, received, preview, sub(preview, received))
	wantFee := div(mul(received, sub(q, toBurn)), toBurn)
	if ev := issuerEvent(t, r, w.adapter, "Redeemed"); ev[0].Cmp(q) != 0 || ev[1].Cmp(wethOut) != 0 || ev[3].Cmp(received) != 0 || ev[4].Cmp(wantFee) != 0 {
		t.Fatalf("Redeemed %v, want quantity %s collateral %s quoteOut %s fee %s", ev, q, wethOut, received, wantFee)
	}
	for _, tok := range []common.Address{w.usdc, w.weth, w.pool} {
		if b := w.balance(t, tok, w.adapter); b.Sign() != 0 {
			t.Fatalf("adapter keeps %s of %s", b, tok)
		}
	}
}

func TestTorosCheck(t *testing.T) {
	w := newTorosWorld(t, 0)
	stray := w.c.Deploy(t, owner, append(common.FromHex(contracts.TorosPoolLogicMetaData.Bin),
		contracts.NewTorosPoolLogic().PackConstructor(w.factory, "Not Registered", "NR")...))
	nobody := common.HexToAddress("0x00000000000000000000000000000000000b0b02")
	tests := []struct {
		name       string
		pool, exec common.Address
		want       string
	}{
		{"configured", w.pool, w.adapter, ""},
		{"pool without code", nobody, w.adapter, "tokens.ETHBULL3X.issuer_address: no contract code at " + nobody.Hex()},
		{"pool not registered", stray, w.adapter, "tokens.ETHBULL3X.issuer_address: " + stray.Hex() + " is not a dHEDGE pool"},
		{"not a pool at all", w.usdc, w.adapter, "tokens.ETHBULL3X.issuer_address: " + w.usdc.Hex() + " is not a dHEDGE pool"},
		{"adapter without code", w.pool, nobody, "tokens.ETHBULL3X.exec_issuer_address: no contract code"},
		{"adapter of another pool", stray, w.adapter, "is not a dHEDGE pool"},
	}
	for _, tt := range tests {
		x := issuer.NewToros(issuer.TorosOptions{Caller: w.client(t), Token: "ETHBULL3X", Pool: tt.pool, ExecIssuer: tt.exec})
		err := x.Check(context.Background())
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, issuer.ErrConfig)):
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}
