package issuer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/executor"
)

// ReferenceOptions configures a Reference issuer.
type ReferenceOptions struct {
	Caller Caller
	// Token is the token's symbol (NAVUpdate.Token, and the config field
	// prefix tokens.<Token>).
	Token string
	// Issuer is the NavLeveragedToken (field issuer_address); it is also the
	// executor's issuer.
	Issuer common.Address
	// CollateralDecimals and QuoteDecimals are the tokens' decimals.
	CollateralDecimals, QuoteDecimals uint8
	// RipcordMarginBps: Rebalancing is reported once leverage reaches
	// ripcordLeverage*(1 - margin).
	RipcordMarginBps int
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Reference reads navarb's reference issuer, NavLeveragedToken.
type Reference struct {
	opt ReferenceOptions
	now func() time.Time
}

// NewReference returns a Reference issuer; it does no I/O.
func NewReference(opt ReferenceOptions) *Reference {
	return &Reference{opt: opt, now: nowOr(opt.Now)}
}

// ExecIssuer implements the issuer method set: the token is its own issuer.
func (r *Reference) ExecIssuer() common.Address { return r.opt.Issuer }

// MintSellAllowed implements the issuer method set: a minted token is free.
func (r *Reference) MintSellAllowed() bool { return true }

// Check verifies the issuer has code and answers as a NavLeveragedToken.
func (r *Reference) Check(ctx context.Context) error {
	if err := checkCode(ctx, r.opt.Caller, r.opt.Token, "issuer_address", r.opt.Issuer); err != nil {
		return err
	}
	t := contracts.NewNavLeveragedToken()
	rd := &reader{ctx: ctx, caller: r.opt.Caller}
	self := call(rd, r.opt.Issuer, "token", t.PackToken(), t.UnpackToken)
	if rd.err != nil || self != r.opt.Issuer {
		return fmt.Errorf("%w: %s: %s is not a NavLeveragedToken (token() = %s, err %v)",
			ErrConfig, field(r.opt.Token, "issuer_address"), r.opt.Issuer, self, rd.err)
	}
	return nil
}

// State returns the issuer's exact state at block (nil: latest).
func (r *Reference) State(ctx context.Context, block *big.Int) (executor.IssuerState, error) {
	s, err := executor.ReadIssuer(ctx, r.opt.Caller, r.opt.Issuer, block)
	if err != nil {
		return executor.IssuerState{}, fmt.Errorf("reference issuer %s: %w", r.opt.Token, err)
	}
	return s, nil
}

// Read implements the issuer method set.
func (r *Reference) Read(ctx context.Context, block *big.Int) (venues.NAVUpdate, venues.IssuerUpdate, error) {
	s, err := r.State(ctx, block)
	if err != nil {
		return venues.NAVUpdate{}, venues.IssuerUpdate{}, err
	}
	t := contracts.NewNavLeveragedToken()
	rd := &reader{ctx: ctx, caller: r.opt.Caller, block: block}
	accrued := call(rd, r.opt.Issuer, "lastFeeAccrual", t.PackLastFeeAccrual(), t.UnpackLastFeeAccrual)
	if rd.err != nil {
		return venues.NAVUpdate{}, venues.IssuerUpdate{}, fmt.Errorf("reference issuer %s: %w", r.opt.Token, rd.err)
	}
	now := r.now()
	nav := venues.NAVUpdate{Time: now, Token: r.opt.Token, NAV: ratio(s.NAV, big.NewInt(1), r.opt.QuoteDecimals), Source: venues.NAVIssuer}
	iu := venues.IssuerUpdate{
		Time:               now,
		Token:              r.opt.Token,
		MintFeeBps:         int(s.MintFeeBps.Int64()),
		RedeemFeeBps:       int(s.RedeemFeeBps.Int64()),
		Paused:             s.Paused,
		Rebalancing:        s.ShouldRebalance || nearRipcord(s.Leverage, s.RipcordLeverage, r.opt.RipcordMarginBps),
		Leverage:           ratio(s.Leverage, one18, 0),
		CollateralPerToken: ratio(new(big.Int).Mul(s.Collateral, one18), s.Supply, r.opt.CollateralDecimals),
		DebtPerToken:       ratio(new(big.Int).Mul(s.Debt, one18), s.Supply, r.opt.QuoteDecimals),
		StreamingFeeAnnual: ratio(s.StreamingFeeRate, one18, 0),
		FeeAccruedAt:       time.Unix(accrued.Int64(), 0).UTC(),
	}
	return nav, iu, nil
}
