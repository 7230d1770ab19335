package issuer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/contracts"
)

// IndexCoopOptions configures an IndexCoop issuer. The field names in
// comments are the config fields Check's errors name (tokens.<Token>.<field>).
type IndexCoopOptions struct {
	Caller Caller
	Token  string
	// SetToken is the leverage token (field token_address).
	SetToken common.Address
	// Module is its DebtIssuanceModuleV2/V3 (field issuer_address).
	Module common.Address
	// Extension is its leverage strategy extension (field strategy_address).
	Extension common.Address
	// CollateralAToken and DebtToken are the Aave aToken and variable debt
	// token whose balances of the set are its position (fields
	// collateral_atoken_address, debt_token_address).
	CollateralAToken, DebtToken common.Address
	// PriceFeed prices the collateral (field price_feed_address), read as
	// PriceFeedKind says (field price_feed_kind):
	//   - "" or "navarb": a NavPriceFeed, latest() = quote units per
	//     collateral unit, 1e18-scaled;
	//   - "chainlink": a Chainlink aggregator of the collateral's USD price
	//     (latestRoundData, decimals), the quote taken as 1 USD, as the
	//     leverage extensions price it.
	PriceFeed     common.Address
	PriceFeedKind string
	// StreamingFeeModule is the set's StreamingFeeModule (field
	// streaming_fee_module_address); optional: without it the streaming fee
	// is reported as zero.
	StreamingFeeModule common.Address
	// ExecIssuer is the IndexCoopExecIssuer adapter the executor mints and
	// redeems through (field exec_issuer_address).
	ExecIssuer common.Address
	// CollateralDecimals and QuoteDecimals are the tokens' decimals (the
	// debt asset is the quote).
	CollateralDecimals, QuoteDecimals uint8
	// RipcordMarginBps: Rebalancing is reported once leverage reaches the
	// extension's incentivized (ripcord) ratio*(1 - margin).
	RipcordMarginBps int
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// IndexCoopState is an Index Coop leverage token's exact state at a block.
type IndexCoopState struct {
	// Supply is the set's total supply; Collateral (aToken units) and Debt
	// (debt-token units) are the set's balances.
	Supply, Collateral, Debt *big.Int
	// Price is quote units per collateral unit, 1e18-scaled.
	Price *big.Int
	// NAV is quote units per 1e18 set units:
	// (Collateral*Price/1e18 - Debt)*1e18/Supply, floored, 0 if insolvent.
	NAV *big.Int
	// IssueFee and RedeemFee are the module's manager fees (1e18 = 100%).
	IssueFee, RedeemFee *big.Int
	// Leverage is the extension's current leverage ratio (1e18 = 1x);
	// Min/Target/Max are its methodology, Ripcord its incentivized ratio.
	Leverage, MinLeverage, TargetLeverage, MaxLeverage, Ripcord *big.Int
	// TwapLeverageRatio is nonzero while a TWAP rebalance is under way.
	TwapLeverageRatio *big.Int
	// Actions are shouldRebalance's actions per exchange (0 none,
	// 1 rebalance, 2 iterate, 3 ripcord).
	Actions []uint8
	// StreamingFee is the annual streaming fee (1e18 = 100%/yr), PendingFee
	// the fraction due since LastFeeAccrual (unix s); zero without a
	// streaming fee module. Issue and redeem do not accrue it: NAV is what
	// they pay, and the pending fee dilutes holders when accrued.
	StreamingFee, PendingFee, LastFeeAccrual *big.Int
}

// RebalanceDue reports whether the extension has a rebalance or ripcord
// due or under way.
func (s IndexCoopState) RebalanceDue() bool {
	for _, a := range s.Actions {
		if a != 0 {
			return true
		}
	}
	return s.TwapLeverageRatio != nil && s.TwapLeverageRatio.Sign() != 0
}

// IndexCoop reads an Index Coop leverage token.
type IndexCoop struct {
	opt IndexCoopOptions
	now func() time.Time
}

// NewIndexCoop returns an IndexCoop issuer; it does no I/O.
func NewIndexCoop(opt IndexCoopOptions) *IndexCoop {
	return &IndexCoop{opt: opt, now: nowOr(opt.Now)}
}

// ExecIssuer implements the issuer method set.
func (x *IndexCoop) ExecIssuer() common.Address { return x.opt.ExecIssuer }

// MintSellAllowed implements the issuer method set: a minted set token is
// transferable at once.
func (x *IndexCoop) MintSellAllowed() bool { return true }

// Check verifies every address has code, the module is initialized on the
// set token and the adapter trades that set token.
func (x *IndexCoop) Check(ctx context.Context) error {
	o := x.opt
	if o.PriceFeedKind != "" && o.PriceFeedKind != "navarb" && o.PriceFeedKind != "chainlink" {
		return fmt.Errorf("%w: %s: %q is not one of navarb, chainlink", ErrConfig, field(o.Token, "price_feed_kind"), o.PriceFeedKind)
	}
	for _, f := range []struct {
		name string
		addr common.Address
	}{
		{"token_address", o.SetToken}, {"issuer_address", o.Module}, {"strategy_address", o.Extension},
		{"collateral_atoken_address", o.CollateralAToken}, {"debt_token_address", o.DebtToken},
		{"price_feed_address", o.PriceFeed}, {"exec_issuer_address", o.ExecIssuer},
	} {
		if err := checkCode(ctx, o.Caller, o.Token, f.name, f.addr); err != nil {
			return err
		}
	}
	if o.StreamingFeeModule != (common.Address{}) {
		if err := checkCode(ctx, o.Caller, o.Token, "streaming_fee_module_address", o.StreamingFeeModule); err != nil {
			return err
		}
	}
	set := contracts.NewIndexSetToken()
	rd := &reader{ctx: ctx, caller: o.Caller}
	ok := call(rd, o.SetToken, "isInitializedModule", set.PackIsInitializedModule(o.Module), set.UnpackIsInitializedModule)
	if rd.err != nil {
		return fmt.Errorf("%w: %s: %s does not answer as a SetToken: %v", ErrConfig, field(o.Token, "token_address"), o.SetToken, rd.err)
	}
	if !ok {
		return fmt.Errorf("%w: %s: module %s is not initialized for set token %s", ErrConfig, field(o.Token, "issuer_address"), o.Module, o.SetToken)
	}
	if o.StreamingFeeModule != (common.Address{}) {
		ok := call(rd, o.SetToken, "isInitializedModule", set.PackIsInitializedModule(o.StreamingFeeModule), set.UnpackIsInitializedModule)
		if rd.err != nil || !ok {
			return fmt.Errorf("%w: %s: module %s is not initialized for set token %s", ErrConfig, field(o.Token, "streaming_fee_module_address"), o.StreamingFeeModule, o.SetToken)
		}
	}
	ex := contracts.NewIndexCoopExecIssuer()
	tok := call(rd, o.ExecIssuer, "token", ex.PackToken(), ex.UnpackToken)
	if rd.err != nil || tok != o.SetToken {
		return fmt.Errorf("%w: %s: %s does not issue %s (token() = %s, err %v)", ErrConfig, field(o.Token, "exec_issuer_address"), o.ExecIssuer, o.SetToken, tok, rd.err)
	}
	return nil
}

// State returns the token's exact state at block (nil: latest).
func (x *IndexCoop) State(ctx context.Context, block *big.Int) (IndexCoopState, error) {
	o := x.opt
	set := contracts.NewIndexSetToken()
	erc := contracts.NewTestERC20()
	dim := contracts.NewIndexDebtIssuanceModule()
	ext := contracts.NewIndexLeverageExtension()
	rd := &reader{ctx: ctx, caller: o.Caller, block: block}

	var s IndexCoopState
	s.Supply = call(rd, o.SetToken, "totalSupply", set.PackTotalSupply(), set.UnpackTotalSupply)
	s.Collateral = call(rd, o.CollateralAToken, "balanceOf", erc.PackBalanceOf(o.SetToken), erc.UnpackBalanceOf)
	s.Debt = call(rd, o.DebtToken, "balanceOf", erc.PackBalanceOf(o.SetToken), erc.UnpackBalanceOf)
	s.Price = x.price(rd)
	settings := call(rd, o.Module, "issuanceSettings", dim.PackIssuanceSettings(o.SetToken), dim.UnpackIssuanceSettings)
	s.Leverage = call(rd, o.Extension, "getCurrentLeverageRatio", ext.PackGetCurrentLeverageRatio(), ext.UnpackGetCurrentLeverageRatio)
	m := call(rd, o.Extension, "getMethodology", ext.PackGetMethodology(), ext.UnpackGetMethodology)
	inc := call(rd, o.Extension, "getIncentive", ext.PackGetIncentive(), ext.UnpackGetIncentive)
	should := call(rd, o.Extension, "shouldRebalance", ext.PackShouldRebalance(), ext.UnpackShouldRebalance)
	s.TwapLeverageRatio = call(rd, o.Extension, "twapLeverageRatio", ext.PackTwapLeverageRatio(), ext.UnpackTwapLeverageRatio)
	s.StreamingFee, s.PendingFee, s.LastFeeAccrual = new(big.Int), new(big.Int), new(big.Int)
	if o.StreamingFeeModule != (common.Address{}) {
		sfm := contracts.NewIndexStreamingFeeModule()
		st := call(rd, o.StreamingFeeModule, "feeStates", sfm.PackFeeStates(o.SetToken), sfm.UnpackFeeStates)
		s.PendingFee = call(rd, o.StreamingFeeModule, "getFee", sfm.PackGetFee(o.SetToken), sfm.UnpackGetFee)
		s.StreamingFee, s.LastFeeAccrual = st.StreamingFeePercentage, st.LastStreamingFeeTimestamp
	}
	if rd.err != nil {
		return IndexCoopState{}, fmt.Errorf("index coop %s: %w", o.Token, rd.err)
	}
	s.IssueFee, s.RedeemFee = settings.ManagerIssueFee, settings.ManagerRedeemFee
	s.MinLeverage, s.TargetLeverage, s.MaxLeverage = m.MinLeverageRatio, m.TargetLeverageRatio, m.MaxLeverageRatio
	s.Ripcord = inc.IncentivizedLeverageRatio
	s.Actions = should.Arg1
	s.NAV = new(big.Int)
	if s.Supply.Sign() > 0 {
		equity := new(big.Int).Div(new(big.Int).Mul(s.Collateral, s.Price), one18)
		if equity.Sub(equity, s.Debt).Sign() > 0 {
			s.NAV.Div(equity.Mul(equity, one18), s.Supply)
		}
	}
	return s, nil
}

// price reads the collateral price as quote units per collateral unit,
// 1e18-scaled.
func (x *IndexCoop) price(rd *reader) *big.Int {
	o := x.opt
	if o.PriceFeedKind == "chainlink" {
		cl := contracts.NewTestChainlinkFeed()
		round := call(rd, o.PriceFeed, "latestRoundData", cl.PackLatestRoundData(), cl.UnpackLatestRoundData)
		dec := call(rd, o.PriceFeed, "decimals", cl.PackDecimals(), cl.UnpackDecimals)
		if rd.err != nil {
			return nil
		}
		// answer USD * 10^feedDec per whole collateral unit
		// -> answer * 10^quoteDec * 1e18 / (10^feedDec * 10^collDec).
		num := new(big.Int).Mul(round.Answer, pow10(o.QuoteDecimals))
		num.Mul(num, one18)
		return num.Div(num, new(big.Int).Mul(pow10(dec), pow10(o.CollateralDecimals)))
	}
	feed := contracts.NewNavPriceFeed()
	return call(rd, o.PriceFeed, "latest", feed.PackLatest(), feed.UnpackLatest).Arg0
}

func pow10(n uint8) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// Read implements the issuer method set. Rebalancing is true while the
// extension has a rebalance, iteration or ripcord due, or leverage is within
// RipcordMarginBps of the ripcord.
func (x *IndexCoop) Read(ctx context.Context, block *big.Int) (venues.NAVUpdate, venues.IssuerUpdate, error) {
	s, err := x.State(ctx, block)
	if err != nil {
		return venues.NAVUpdate{}, venues.IssuerUpdate{}, err
	}
	o := x.opt
	now := x.now()
	nav := venues.NAVUpdate{Time: now, Token: o.Token, NAV: ratio(s.NAV, big.NewInt(1), o.QuoteDecimals), Source: venues.NAVIssuer}
	iu := venues.IssuerUpdate{
		Time:               now,
		Token:              o.Token,
		MintFeeBps:         bps(s.IssueFee, one18),
		RedeemFeeBps:       bps(s.RedeemFee, one18),
		Rebalancing:        s.RebalanceDue() || nearRipcord(s.Leverage, s.Ripcord, o.RipcordMarginBps),
		Leverage:           ratio(s.Leverage, one18, 0),
		CollateralPerToken: ratio(new(big.Int).Mul(s.Collateral, one18), s.Supply, o.CollateralDecimals),
		DebtPerToken:       ratio(new(big.Int).Mul(s.Debt, one18), s.Supply, o.QuoteDecimals),
		StreamingFeeAnnual: ratio(s.StreamingFee, one18, 0),
	}
	if s.LastFeeAccrual.Sign() > 0 {
		iu.FeeAccruedAt = time.Unix(s.LastFeeAccrual.Int64(), 0).UTC()
	}
	return nav, iu, nil
}
