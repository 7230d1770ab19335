package issuer_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/issuer"
	"github.com/navarb/navarb/venues/evm/issuer/issuertest"
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
	issueFee  = issuertest.IndexIssueFee
	redeemFee = issuertest.IndexRedeemFee
)

func newIndexWorld(t *testing.T) *indexWorld {
	t.Helper()
	w := &indexWorld{base: newBase(t, "aWETH")}
	d := issuertest.DeployIndexCoop(t, w.env())
	w.atoken, w.debtToken, w.dim, w.set, w.ext = d.AToken, d.DebtToken, d.Module, d.Set, d.Extension
	w.flash, w.adapter, w.fees, w.collPair, w.pair = d.FlashMint, d.Adapter, d.FeeModule, d.CollPair, d.Pair
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
