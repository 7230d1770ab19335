package issuer_test

import (
	"context"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/executor"
	"github.com/navarb/navarb/venues/evm/issuer"
)

// indexWorld is an Index Coop ETH2X look-alike: 1001 tokens backed by 100.1
// aWETH and 100,100 USDC of debt (NAV 100 USDC, leverage 2 at 2000 USDC),
// issue and redeem fees 0.1%, max leverage 2.3 and ripcord 2.5; an
// aWETH/USDC pair of 1000 aWETH and 2,000,000 USDC for FlashMint; an
// ETH2X/USDC pair of 500 tokens and 50,000 USDC; the executor allows the
// IndexCoopExecIssuer adapter.
type indexWorld struct {
	base
	atoken, debtToken, dim, set, ext, flash, adapter, fees common.Address
	collPair, pair                                         common.Address
}

var (
	issueFee  = frac(1, 1000)
	redeemFee = frac(1, 1000)
)

func newIndexWorld(t *testing.T) *indexWorld {
	t.Helper()
	w := &indexWorld{base: newBase(t, "aWETH")}
	c := w.c
	// aWETH is modelled as a WETH9-style token, so FlashMint's ETH variants can wrap it.
	w.atoken = c.Deploy(t, owner, append(common.FromHex(contracts.TestWETHMetaData.Bin),
		contracts.NewTestWETH().PackConstructor("Aave WETH", "aWETH")...))
	w.dim = c.Deploy(t, owner, common.FromHex(contracts.IndexDebtIssuanceModuleMetaData.Bin))
	w.debtToken = c.Deploy(t, owner, append(common.FromHex(contracts.IndexDebtTokenMetaData.Bin),
		contracts.NewIndexDebtToken().PackConstructor("Variable Debt USDC", "variableDebtUSDC", 6, w.usdc, w.dim)...))
	units := [2]*big.Int{frac(1, 10), e6(100)}
	w.set = c.Deploy(t, owner, append(common.FromHex(contracts.IndexSetTokenMetaData.Bin),
		contracts.NewIndexSetToken().PackConstructor("ETH 2x", "ETH2X", w.atoken, w.usdc, w.debtToken, w.dim, units)...))
	set := contracts.NewIndexSetToken()
	dim := contracts.NewIndexDebtIssuanceModule()
	w.send(t, owner, w.set, set.PackAddModule(w.dim))
	w.send(t, owner, w.dim, dim.PackInitialize(w.set, frac(5, 100), issueFee, redeemFee, c.Addrs[owner], common.Address{}))
	c.Mint(t, w.usdc, w.dim, e6(1_000_000)) // the lender's reserve

	// Bootstrap: the owner issues 1000 tokens (1001 with the fee).
	c.Mint(t, w.atoken, c.Addrs[owner], e18(200))
	c.Approve(t, owner, w.atoken, w.dim)
	w.send(t, owner, w.dim, dim.PackIssue(w.set, e18(1000), c.Addrs[owner]))

	// Streaming fee 3.65% a year, as ETH2X.
	w.fees = c.Deploy(t, owner, common.FromHex(contracts.IndexStreamingFeeModuleMetaData.Bin))
	w.send(t, owner, w.set, set.PackAddModule(w.fees))
	w.send(t, owner, w.fees, contracts.NewIndexStreamingFeeModule().PackInitialize(w.set, contracts.IndexStreamingFeeModuleFeeState{
		FeeRecipient: c.Addrs[owner], MaxStreamingFeePercentage: frac(1, 10), StreamingFeePercentage: frac(365, 10_000), LastStreamingFeeTimestamp: new(big.Int),
	}))

	ext := contracts.NewIndexLeverageExtension()
	w.ext = c.Deploy(t, owner, append(common.FromHex(contracts.IndexLeverageExtensionMetaData.Bin), ext.PackConstructor(
		w.set, w.atoken, w.debtToken, w.feed,
		contracts.IndexLeverageExtensionMethodologySettings{
			TargetLeverageRatio: e18(2), MinLeverageRatio: frac(17, 10), MaxLeverageRatio: frac(23, 10),
			RecenteringSpeed: frac(5, 100), RebalanceInterval: big.NewInt(86400),
		},
		contracts.IndexLeverageExtensionIncentiveSettings{
			EtherReward: e18(1), IncentivizedLeverageRatio: frac(25, 10),
			IncentivizedSlippageTolerance: frac(5, 100), IncentivizedTwapCooldownPeriod: big.NewInt(1),
		}, "UniswapV3")...))

	w.collPair = w.pairWith(t, w.atoken, e18(1000), e6(2_000_000), true)
	w.flash = c.Deploy(t, owner, append(common.FromHex(contracts.IndexFlashMintMetaData.Bin),
		contracts.NewIndexFlashMint().PackConstructor(w.dim, w.collPair, w.atoken)...))
	c.Mint(t, w.atoken, w.flash, e18(50))
	c.Mint(t, w.usdc, w.flash, e6(100_000))
	w.adapter = c.Deploy(t, owner, append(common.FromHex(contracts.IndexCoopExecIssuerMetaData.Bin),
		contracts.NewIndexCoopExecIssuer().PackConstructor(w.flash, w.set, w.usdc, w.atoken)...))

	w.pair = w.pairWith(t, w.set, e18(500), e6(50_000), false)
	w.send(t, owner, w.executor, executor.SetIssuerCall(w.adapter, true))
	return w
}

func (w *indexWorld) issuer(t *testing.T, marginBps int) *issuer.IndexCoop {
	return issuer.NewIndexCoop(issuer.IndexCoopOptions{
		Caller: w.client(t), Token: "ETH2X", SetToken: w.set, Module: w.dim, Extension: w.ext,
		CollateralAToken: w.atoken, DebtToken: w.debtToken, PriceFeed: w.feed, ExecIssuer: w.adapter,
		StreamingFeeModule: w.fees, CollateralDecimals: 18, QuoteDecimals: 6, RipcordMarginBps: marginBps,
		Now: func() time.Time { return time.Unix(1_700_000_000, 0) },
	})
}

// position reads the set's supply and balances directly.
func (w *indexWorld) position(t *testing.T) (supply, coll, debt *big.Int) {
	t.Helper()
	out, err := w.call(owner, w.set, contracts.NewIndexSetToken().PackTotalSupply())
	if err != nil {
		t.Fatal(err)
	}
	supply = new(big.Int).SetBytes(out)
	return supply, w.balance(t, w.atoken, w.set), w.balance(t, w.debtToken, w.set)
}

// units are the module's units for quantity q, computed here from the
// set's balances: issue rounds the collateral up and the debt down,
// redeem the other way; fees are included.
func (w *indexWorld) units(t *testing.T, q *big.Int, issue bool) (coll, debt *big.Int) {
	t.Helper()
	s, c, d := w.position(t)
	cu := div(mul(c, one18), s)
	du := ceilDiv(mul(d, one18), s)
	if issue {
		total := add(q, div(mul(q, issueFee), one18))
		return ceilDiv(mul(cu, total), one18), div(mul(du, total), one18)
	}
	total := sub(q, div(mul(q, redeemFee), one18))
	return div(mul(cu, total), one18), ceilDiv(mul(du, total), one18)
}

func TestIndexCoopReadIsExact(t *testing.T) {
	w := newIndexWorld(t)
	x := w.issuer(t, 1000)
	for _, price := range []*big.Int{wethPrice, big.NewInt(2150e6), big.NewInt(1900e6)} {
		if price.Cmp(wethPrice) != 0 {
			w.setPrice(t, price)
		}
		s, err := x.State(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		supply, coll, debt := w.position(t)
		wantNAV := div(mul(sub(div(mul(coll, price), one18), debt), one18), supply)
		if s.NAV.Cmp(wantNAV) != 0 || s.Supply.Cmp(supply) != 0 || s.Collateral.Cmp(coll) != 0 || s.Debt.Cmp(debt) != 0 {
			t.Fatalf("price %s: state NAV %s supply %s coll %s debt %s, want %s %s %s %s",
				price, s.NAV, s.Supply, s.Collateral, s.Debt, wantNAV, supply, coll, debt)
		}
		nav, iu, err := x.Read(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		wantF, _ := new(big.Rat).SetFrac(wantNAV, big.NewInt(1e6)).Float64()
		if nav.NAV != wantF || nav.Token != "ETH2X" || nav.Source != venues.NAVIssuer {
			t.Fatalf("price %s: NAV update %+v, want NAV %v", price, nav, wantF)
		}
		if got, want := [2]int{iu.MintFeeBps, iu.RedeemFeeBps}, [2]int{10, 10}; got != want {
			t.Fatalf("fees %v bps, want %v", got, want)
		}
		wantLev, _ := new(big.Rat).SetFrac(mul(coll, price), mul(sub(div(mul(coll, price), one18), debt), one18)).Float64()
		if math.Abs(iu.Leverage-wantLev) > 1e-9 {
			t.Fatalf("price %s: leverage %v, want %v", price, iu.Leverage, wantLev)
		}
		if got, want := iu.CollateralPerToken, 0.1; math.Abs(got-want) > 1e-12 {
			t.Fatalf("collateral per token %v, want %v", got, want)
		}
	}
	if nav, _, _ := x.Read(context.Background(), nil); nav.NAV == 100 {
		t.Fatal("NAV did not follow the price")
	}
}

// priceFor is the feed price at which a position owing 1000 USDC per
// WETH of collateral (the Index Coop world's 100.1 aWETH against 100,100
// USDC, the reference world's 100 WETH against 100,000 USDC) has leverage
// n/100: price = n/(n-100) * 1000 USDC.
func priceFor(n int64) *big.Int {
	return div(mul(big.NewInt(n), big.NewInt(1e9)), big.NewInt(n-100))
}

func TestIndexCoopRebalanceState(t *testing.T) {
	w := newIndexWorld(t)
	x := w.issuer(t, 1000) // near the ripcord (2.5) from 2.25
	ext := contracts.NewIndexLeverageExtension()
	tests := []struct {
		name        string
		leverage    int64 // x100
		twap        *big.Int
		wantActions []uint8
		want        bool
	}{
		{"at target", 200, nil, []uint8{0}, false},
		{"inside the band", 220, nil, []uint8{0}, false},
		{"near the ripcord", 228, nil, []uint8{0}, true},
		{"above max", 240, nil, []uint8{1}, true},
		{"above the ripcord", 260, nil, []uint8{3}, true},
		{"in a TWAP", 200, frac(21, 10), []uint8{2}, true},
	}
	last := wethPrice
	for _, tt := range tests {
		if p := priceFor(tt.leverage); p.Cmp(last) != 0 {
			w.setPrice(t, p)
			last = p
		}
		if tt.twap != nil {
			w.send(t, owner, w.ext, ext.PackSetTwapLeverageRatio(tt.twap))
		}
		s, err := x.State(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		_, iu, err := x.Read(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if string(s.Actions) != string(tt.wantActions) || iu.Rebalancing != tt.want {
			t.Errorf("%s: actions %v rebalancing %v, want %v %v (leverage %v)", tt.name, s.Actions, iu.Rebalancing, tt.wantActions, tt.want, iu.Leverage)
		}
		if got, want := iu.Leverage, float64(tt.leverage)/100; math.Abs(got-want) > 1e-6 {
			t.Errorf("%s: leverage %v, want %v", tt.name, got, want)
		}
	}
}

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

func TestIndexCoopCheck(t *testing.T) {
	w := newIndexWorld(t)
	spare := w.c.Deploy(t, owner, common.FromHex(contracts.IndexDebtIssuanceModuleMetaData.Bin))
	nobody := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
	tests := []struct {
		name   string
		mutate func(o *issuer.IndexCoopOptions)
		want   string // "" = no error
	}{
		{"configured", func(*issuer.IndexCoopOptions) {}, ""},
		{"set token without code", func(o *issuer.IndexCoopOptions) { o.SetToken = nobody }, "tokens.ETH2X.token_address: no contract code at " + nobody.Hex()},
		{"module without code", func(o *issuer.IndexCoopOptions) { o.Module = nobody }, "tokens.ETH2X.issuer_address: no contract code"},
		{"module not initialized", func(o *issuer.IndexCoopOptions) { o.Module = spare }, "tokens.ETH2X.issuer_address: module " + spare.Hex() + " is not initialized"},
		{"adapter for another token", func(o *issuer.IndexCoopOptions) { o.ExecIssuer = w.executor }, "tokens.ETH2X.exec_issuer_address"},
		{"strategy unset", func(o *issuer.IndexCoopOptions) { o.Extension = common.Address{} }, "tokens.ETH2X.strategy_address: not set"},
		{"fee module not initialized", func(o *issuer.IndexCoopOptions) { o.StreamingFeeModule = spare }, "tokens.ETH2X.streaming_fee_module_address: module " + spare.Hex() + " is not initialized"},
	}
	for _, tt := range tests {
		o := issuer.IndexCoopOptions{
			Caller: w.client(t), Token: "ETH2X", SetToken: w.set, Module: w.dim, Extension: w.ext,
			CollateralAToken: w.atoken, DebtToken: w.debtToken, PriceFeed: w.feed, ExecIssuer: w.adapter,
		}
		tt.mutate(&o)
		err := issuer.NewIndexCoop(o).Check(context.Background())
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, issuer.ErrConfig)):
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if !w.issuer(t, 0).MintSellAllowed() || w.issuer(t, 0).ExecIssuer() != w.adapter {
		t.Fatal("index coop: mint-and-sell should be allowed through the adapter")
	}
}

func TestIndexCoopStreamingFee(t *testing.T) {
	w := newIndexWorld(t)
	x := w.issuer(t, 0)
	sfm := contracts.NewIndexStreamingFeeModule()
	st, err := sfm.UnpackFeeStates(mustCall(t, &w.base, w.fees, sfm.PackFeeStates(w.set)))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.c.Sim.AdjustTime(30 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	w.c.Sim.Commit()

	s, err := x.State(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := new(big.Int).SetUint64(w.c.Head(t).Time - st.LastStreamingFeeTimestamp.Uint64())
	wantPending := div(mul(frac(365, 10_000), elapsed), big.NewInt(31_557_600))
	if s.PendingFee.Cmp(wantPending) != 0 || s.LastFeeAccrual.Cmp(st.LastStreamingFeeTimestamp) != 0 {
		t.Fatalf("pending fee %s since %s, want %s since %s", s.PendingFee, s.LastFeeAccrual, wantPending, st.LastStreamingFeeTimestamp)
	}
	_, iu, err := x.Read(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if iu.StreamingFeeAnnual != 0.0365 || !iu.FeeAccruedAt.Equal(time.Unix(st.LastStreamingFeeTimestamp.Int64(), 0)) {
		t.Fatalf("streaming fee %v accrued at %v, want 0.0365 at %v", iu.StreamingFeeAnnual, iu.FeeAccruedAt, st.LastStreamingFeeTimestamp)
	}

	// Accruing mints fee*S/(1-fee) tokens and dilutes the NAV by the fee.
	supply, _, _ := w.position(t)
	w.send(t, stranger, w.fees, sfm.PackAccrueFee(w.set))
	s2, err := x.State(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := div(mul(frac(365, 10_000), new(big.Int).SetUint64(w.c.Head(t).Time-st.LastStreamingFeeTimestamp.Uint64())), big.NewInt(31_557_600))
	wantSupply := add(supply, div(mul(fee, supply), sub(one18, fee)))
	if s2.Supply.Cmp(wantSupply) != 0 || s2.PendingFee.Sign() != 0 || s2.NAV.Cmp(s.NAV) >= 0 {
		t.Fatalf("after accrual: supply %s pending %s NAV %s, want supply %s, no pending fee, NAV below %s", s2.Supply, s2.PendingFee, s2.NAV, wantSupply, s.NAV)
	}
}

func TestIndexCoopChainlinkPrice(t *testing.T) {
	w := newIndexWorld(t)
	cl := contracts.NewTestChainlinkFeed()
	feed := w.c.Deploy(t, owner, append(common.FromHex(contracts.TestChainlinkFeedMetaData.Bin),
		cl.PackConstructor(8, "ETH / USD", big.NewInt(2123_4567_8901))...)) // 2123.45678901 USD
	o := issuer.IndexCoopOptions{
		Caller: w.client(t), Token: "ETH2X", SetToken: w.set, Module: w.dim, Extension: w.ext,
		CollateralAToken: w.atoken, DebtToken: w.debtToken, PriceFeed: feed, PriceFeedKind: "chainlink",
		ExecIssuer: w.adapter, CollateralDecimals: 18, QuoteDecimals: 6,
	}
	s, err := issuer.NewIndexCoop(o).State(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// 2123.45678901 USD with 8 decimals -> USDC units (6 decimals) per wei, 1e18-scaled.
	want := big.NewInt(2123_456789)
	if s.Price.Cmp(want) != 0 {
		t.Fatalf("price %s, want %s", s.Price, want)
	}
	supply, coll, debt := w.position(t)
	if wantNAV := div(mul(sub(div(mul(coll, want), one18), debt), one18), supply); s.NAV.Cmp(wantNAV) != 0 {
		t.Fatalf("NAV %s, want %s", s.NAV, wantNAV)
	}
	o.PriceFeedKind = "pyth"
	if err := issuer.NewIndexCoop(o).Check(context.Background()); err == nil || !strings.Contains(err.Error(), "tokens.ETH2X.price_feed_kind") {
		t.Fatalf("unknown feed kind: %v", err)
	}
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
