package issuer_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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

// priceFor is the feed price at which a position owing 1000 USDC per
// WETH of collateral (the Index Coop world's 100.1 aWETH against 100,100
// USDC, the reference world's 100 WETH against 100,000 USDC) has leverage
// n/100: price = n/(n-100) * 1000 USDC.
func priceFor(n int64) *big.Int {
	return div(mul(big.NewInt(n), big.NewInt(1e9)), big.NewInt(n-100))
}
