package executor

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/contracts"
)

// IssuerState is a NavLeveragedToken's state at one block. Prices and NAV
// are quote units (e.g. USDC raw units); leverage values are scaled by
// 1e18 (2e18 = 2x).
type IssuerState struct {
	Issuer          common.Address
	CollateralToken common.Address
	QuoteToken      common.Address
	Feed            common.Address

	// Supply is the token's total supply; EffectiveSupply adds the streaming
	// fee not yet minted (what NAV divides by).
	Supply, EffectiveSupply *big.Int
	// Collateral (collateral units) and Debt (quote units) back the supply.
	Collateral, Debt *big.Int
	// Price is quote units per collateral unit, scaled by 1e18.
	Price *big.Int
	// NAV is quote units per 1e18 token units.
	NAV *big.Int
	// Leverage is the current leverage, 1e18 = 1x.
	Leverage *big.Int

	MintFeeBps, RedeemFeeBps *big.Int
	// StreamingFeeRate is the annual streaming fee, 1e18 = 100%.
	StreamingFeeRate *big.Int

	MinLeverage, TargetLeverage, MaxLeverage, RipcordLeverage *big.Int

	Paused          bool
	ShouldRebalance bool
}

// ReadIssuer reads a NavLeveragedToken's state with eth_calls at block (nil:
// latest).
func ReadIssuer(ctx context.Context, caller evm.Caller, issuer common.Address, block *big.Int) (IssuerState, error) {
	t := contracts.NewNavLeveragedToken()
	r := &reader{ctx: ctx, caller: caller, to: issuer, block: block}
	s := IssuerState{Issuer: issuer}
	s.CollateralToken = unpack(r, "collateralToken", t.PackCollateralToken(), t.UnpackCollateralToken)
	s.QuoteToken = unpack(r, "quoteToken", t.PackQuoteToken(), t.UnpackQuoteToken)
	s.Feed = unpack(r, "feed", t.PackFeed(), t.UnpackFeed)
	s.Supply = unpack(r, "totalSupply", t.PackTotalSupply(), t.UnpackTotalSupply)
	s.EffectiveSupply = unpack(r, "effectiveSupply", t.PackEffectiveSupply(), t.UnpackEffectiveSupply)
	s.Collateral = unpack(r, "collateral", t.PackCollateral(), t.UnpackCollateral)
	s.Debt = unpack(r, "debt", t.PackDebt(), t.UnpackDebt)
	s.Price = unpack(r, "price", t.PackPrice(), t.UnpackPrice)
	s.NAV = unpack(r, "nav", t.PackNav(), t.UnpackNav)
	s.Leverage = unpack(r, "leverage", t.PackLeverage(), t.UnpackLeverage)
	s.MintFeeBps = unpack(r, "mintFeeBps", t.PackMintFeeBps(), t.UnpackMintFeeBps)
	s.RedeemFeeBps = unpack(r, "redeemFeeBps", t.PackRedeemFeeBps(), t.UnpackRedeemFeeBps)
	s.StreamingFeeRate = unpack(r, "streamingFeeRate", t.PackStreamingFeeRate(), t.UnpackStreamingFeeRate)
	s.MinLeverage = unpack(r, "minLeverage", t.PackMinLeverage(), t.UnpackMinLeverage)
	s.TargetLeverage = unpack(r, "targetLeverage", t.PackTargetLeverage(), t.UnpackTargetLeverage)
	s.MaxLeverage = unpack(r, "maxLeverage", t.PackMaxLeverage(), t.UnpackMaxLeverage)
	s.RipcordLeverage = unpack(r, "ripcordLeverage", t.PackRipcordLeverage(), t.UnpackRipcordLeverage)
	s.Paused = unpack(r, "paused", t.PackPaused(), t.UnpackPaused)
	s.ShouldRebalance = unpack(r, "shouldRebalance", t.PackShouldRebalance(), t.UnpackShouldRebalance)
	if r.err != nil {
		return IssuerState{}, fmt.Errorf("read issuer %s: %w", issuer, r.err)
	}
	return s, nil
}

// PreviewMint returns the quote units (fee included) the issuer charges for
// minting quantity at block (nil: latest), and the fee within it.
func PreviewMint(ctx context.Context, caller evm.Caller, issuer common.Address, quantity, block *big.Int) (quoteIn, fee *big.Int, err error) {
	t := contracts.NewNavLeveragedToken()
	data, err := t.TryPackPreviewMint(quantity)
	if err != nil {
		return nil, nil, fmt.Errorf("preview mint: %w", err)
	}
	r := &reader{ctx: ctx, caller: caller, to: issuer, block: block}
	out := unpack(r, "previewMint", data, t.UnpackPreviewMint)
	if r.err != nil {
		return nil, nil, fmt.Errorf("preview mint: %w", r.err)
	}
	return out.QuoteIn, out.Fee, nil
}

// PreviewRedeem returns the quote units (after the fee) the issuer pays for
// redeeming quantity at block (nil: latest), and the fee taken.
func PreviewRedeem(ctx context.Context, caller evm.Caller, issuer common.Address, quantity, block *big.Int) (quoteOut, fee *big.Int, err error) {
	t := contracts.NewNavLeveragedToken()
	data, err := t.TryPackPreviewRedeem(quantity)
	if err != nil {
		return nil, nil, fmt.Errorf("preview redeem: %w", err)
	}
	r := &reader{ctx: ctx, caller: caller, to: issuer, block: block}
	out := unpack(r, "previewRedeem", data, t.UnpackPreviewRedeem)
	if r.err != nil {
		return nil, nil, fmt.Errorf("preview redeem: %w", r.err)
	}
	return out.QuoteOut, out.Fee, nil
}

// reader makes eth_calls to one contract at one block and keeps the first
// error.
type reader struct {
	ctx    context.Context
	caller evm.Caller
	to     common.Address
	block  *big.Int
	err    error
}

func unpack[T any](r *reader, method string, data []byte, decode func([]byte) (T, error)) T {
	var zero T
	if r.err != nil {
		return zero
	}
	out, err := r.caller.CallContract(r.ctx, ethereum.CallMsg{To: &r.to, Data: data}, r.block)
	if err != nil {
		r.err = fmt.Errorf("%s: %w", method, err)
		return zero
	}
	v, err := decode(out)
	if err != nil {
		r.err = fmt.Errorf("%s: %w", method, err)
		return zero
	}
	return v
}
