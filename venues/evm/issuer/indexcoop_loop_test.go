package issuer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/executor"
)

func TestIndexCoopMintAndSellThroughExecutor(t *testing.T) {
	w := newIndexWorld(t)
	w.buyToken(t, w.pair, w.set, e6(5_000)) // premium
	q := e18(10)

	// Expected, from the balances and reserves: the mint costs
	// getAmountIn(c) - d on the aWETH pair, the sale pays the V2 output.
	c, d := w.units(t, q, true)
	rColl, rQuote := w.reserves(t, w.collPair, w.atoken)
	amountIn := add(div(mul(mul(rQuote, c), big.NewInt(1000)), mul(sub(rColl, c), big.NewInt(997))), big.NewInt(1))
	cost := sub(amountIn, d)
	rTok, rQ := w.reserves(t, w.pair, w.set)
	proceeds := executor.V2AmountOut(q, rTok, rQ, 30)
	want := sub(proceeds, cost)
	if want.Sign() <= 0 {
		t.Fatalf("test setup: no premium (cost %s, proceeds %s)", cost, proceeds)
	}
	out, err := w.call(owner, w.adapter, contracts.NewIndexCoopExecIssuer().PackPreviewMint(q))
	if err != nil {
		t.Fatal(err)
	}
	preview, err := contracts.NewIndexCoopExecIssuer().UnpackPreviewMint(out)
	if err != nil {
		t.Fatal(err)
	}
	if preview.QuoteIn.Cmp(cost) != 0 {
		t.Fatalf("previewMint %s, want %s", preview.QuoteIn, cost)
	}

	before := w.balance(t, w.usdc, w.executor)
	data, err := executor.MintAndSellCall(w.adapter, w.pair, q, cost, want)
	if err != nil {
		t.Fatal(err)
	}
	r := w.send(t, owner, w.executor, data)
	if got := sub(w.balance(t, w.usdc, w.executor), before); got.Cmp(want) != 0 {
		t.Fatalf("profit %s, want %s", got, want)
	}
	// The adapter reports the mint as NavLeveragedToken does, fee valued pro rata.
	ev := issuerEvent(t, r, w.adapter, "Minted")
	total := add(q, div(mul(q, issueFee), one18))
	wantFee := div(mul(cost, sub(total, q)), total)
	if got := [5]string{ev[0].String(), ev[1].String(), ev[2].String(), ev[3].String(), ev[4].String()}; got != [5]string{q.String(), c.String(), d.String(), cost.String(), wantFee.String()} {
		t.Fatalf("Minted %v, want quantity %s collateral %s debt %s quoteIn %s fee %s", got, q, c, d, cost, wantFee)
	}
	for _, tok := range []common.Address{w.usdc, w.set, w.atoken} {
		if b := w.balance(t, tok, w.adapter); b.Sign() != 0 {
			t.Fatalf("adapter keeps %s of %s", b, tok)
		}
	}
	if b := w.balance(t, w.set, w.executor); b.Sign() != 0 {
		t.Fatalf("executor keeps %s tokens", b)
	}
	if got, err := w.call(owner, w.usdc, contracts.NewTestERC20().PackAllowance(w.executor, w.adapter)); err != nil || new(big.Int).SetBytes(got).Sign() != 0 {
		t.Fatalf("executor's USDC allowance to the adapter left at %x (%v)", got, err)
	}
}

func TestIndexCoopBuyAndRedeemThroughExecutor(t *testing.T) {
	w := newIndexWorld(t)
	w.sellToken(t, w.pair, w.set, e18(100)) // discount
	quoteIn := e6(2_000)

	rTok, rQ := w.reserves(t, w.pair, w.set)
	q := executor.V2AmountOut(quoteIn, rQ, rTok, 30)
	c, d := w.units(t, q, false)
	rColl, rQuote := w.reserves(t, w.collPair, w.atoken)
	want := sub(sub(executor.V2AmountOut(c, rColl, rQuote, 30), d), quoteIn)
	if want.Sign() <= 0 {
		t.Fatalf("test setup: no discount (profit %s)", want)
	}

	preview, _, err := executor.PreviewRedeem(context.Background(), w.client(t), w.adapter, q, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := sub(preview, quoteIn); got.Cmp(want) != 0 {
		t.Fatalf("previewRedeem %s, want %s", preview, add(want, quoteIn))
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
	if ev := issuerEvent(t, r, w.adapter, "Redeemed"); ev[0].Cmp(q) != 0 || ev[1].Cmp(c) != 0 || ev[2].Cmp(d) != 0 || ev[3].Cmp(preview) != 0 {
		t.Fatalf("Redeemed %v, want quantity %s collateral %s debt %s quoteOut %s", ev, q, c, d, preview)
	}
	if got, err := w.call(owner, w.set, contracts.NewIndexSetToken().PackAllowance(w.executor, w.adapter)); err != nil || new(big.Int).SetBytes(got).Sign() != 0 {
		t.Fatalf("executor's token allowance to the adapter left at %x (%v)", got, err)
	}

	// Asking for more than the loop makes reverts with the executor's error.
	data, _ = executor.BuyAndRedeemCall(w.adapter, w.pair, quoteIn, add(want, e6(1_000)))
	_, err = w.call(owner, w.executor, data)
	mustRevertWith(t, err, "ProfitBelowMinimum")
}

func TestIndexCoopFlashMintETH(t *testing.T) {
	w := newIndexWorld(t)
	// Back the minted aWETH with ether so FlashMint can unwrap it.
	w.sendValue(t, owner, w.atoken, contracts.NewTestWETH().PackDeposit(), e18(1000))
	fm := contracts.NewIndexFlashMint()
	sd := func(from, to common.Address) contracts.DEXAdapterSwapData {
		return contracts.DEXAdapterSwapData{Path: []common.Address{from, to}, Fees: []*big.Int{}, Exchange: 2}
	}
	who := w.c.Addrs[trader]
	q := e18(5)

	// Issue with ether: the debt buys collateral on the pair, the rest is wrapped.
	c, d := w.units(t, q, true)
	rColl, rQuote := w.reserves(t, w.collPair, w.atoken)
	wantPaid := sub(c, executor.V2AmountOut(d, rQuote, rColl, 30))
	before := w.ethBalance(t, who)
	r := w.sendValue(t, trader, w.flash, fm.PackIssueExactSetFromETH(w.set, q, sd(w.usdc, w.atoken), sd(ethAddress, w.atoken)), e18(1))
	after := w.ethBalance(t, who)
	if got := sub(sub(before, after), gasCost(r)); got.Cmp(wantPaid) != 0 {
		t.Fatalf("issue from ETH paid %s wei, want %s", got, wantPaid)
	}
	if got := w.balance(t, w.set, who); got.Cmp(q) != 0 {
		t.Fatalf("trader holds %s tokens, want %s", got, q)
	}

	// Redeem for ether: just enough collateral buys the debt back.
	c, d = w.units(t, q, false)
	rColl, rQuote = w.reserves(t, w.collPair, w.atoken)
	spent := add(div(mul(mul(rColl, d), big.NewInt(1000)), mul(sub(rQuote, d), big.NewInt(997))), big.NewInt(1))
	wantOut := sub(c, spent)
	w.c.Approve(t, trader, w.set, w.flash)
	before = w.ethBalance(t, who)
	r = w.sendValue(t, trader, w.flash, fm.PackRedeemExactSetForETH(w.set, q, wantOut, sd(w.atoken, w.usdc), sd(w.atoken, ethAddress)), new(big.Int))
	after = w.ethBalance(t, who)
	if got := add(sub(after, before), gasCost(r)); got.Cmp(wantOut) != 0 {
		t.Fatalf("redeem for ETH paid %s wei, want %s", got, wantOut)
	}
	if got := w.balance(t, w.set, who); got.Sign() != 0 {
		t.Fatalf("trader still holds %s tokens", got)
	}
}
