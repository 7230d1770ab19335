package chainvenue

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/executor"
)

// IssuerSource reads a token's issuer: its NAV and terms at a block. The
// reference issuer is ReferenceIssuer; venues/evm/issuer implements Index
// Coop and Toros with the same methods.
type IssuerSource interface {
	// Read returns the issuer's NAV (Source venues.NAVIssuer) and state at
	// block (nil: latest). The venue stamps their Time with the block's.
	Read(ctx context.Context, block *big.Int) (venues.NAVUpdate, venues.IssuerUpdate, error)
	// ExecIssuer is the address the NavArbExecutor contract calls to mint
	// and redeem (the issuer itself, or an adapter in front of it).
	ExecIssuer() common.Address
	// MintSellAllowed reports whether a mint-and-sell can be atomic (a
	// Toros mint is locked for a cooldown: it cannot).
	MintSellAllowed() bool
}

// ReferenceOptions configure a ReferenceIssuer.
type ReferenceOptions struct {
	// Token is the token's symbol in events ("ETH2X").
	Token string
	// Address is the NavLeveragedToken, which is its own issuer.
	Address common.Address
	Caller  evm.Caller
	// TokenDecimals, QuoteDecimals and CollateralDecimals are the decimals
	// of the token, its quote token and its collateral token.
	TokenDecimals, QuoteDecimals, CollateralDecimals uint8
}

// ReferenceIssuer reads the project's reference issuer, NavLeveragedToken,
// through venues/evm/executor's reader.
type ReferenceIssuer struct {
	opts ReferenceOptions
}

var _ IssuerSource = (*ReferenceIssuer)(nil)

// NewReferenceIssuer validates opts; it does no I/O.
func NewReferenceIssuer(opts ReferenceOptions) (*ReferenceIssuer, error) {
	if opts.Token == "" || opts.Caller == nil || opts.Address == (common.Address{}) {
		return nil, errors.New("chainvenue: reference issuer: token, caller and address are required")
	}
	return &ReferenceIssuer{opts: opts}, nil
}

// ExecIssuer implements IssuerSource: the token is its own issuer.
func (r *ReferenceIssuer) ExecIssuer() common.Address { return r.opts.Address }

// MintSellAllowed implements IssuerSource: minted tokens are free to sell.
func (r *ReferenceIssuer) MintSellAllowed() bool { return true }

// Read implements IssuerSource.
func (r *ReferenceIssuer) Read(ctx context.Context, block *big.Int) (venues.NAVUpdate, venues.IssuerUpdate, error) {
	s, err := executor.ReadIssuer(ctx, r.opts.Caller, r.opts.Address, block)
	if err != nil {
		return venues.NAVUpdate{}, venues.IssuerUpdate{}, fmt.Errorf("issuer %s: %w", r.opts.Token, err)
	}
	o := r.opts
	nav := venues.NAVUpdate{Token: o.Token, NAV: perToken(s.NAV, o.TokenDecimals, o.QuoteDecimals), Source: venues.NAVIssuer}
	iu := venues.IssuerUpdate{
		Token:              o.Token,
		MintFeeBps:         smallInt(s.MintFeeBps),
		RedeemFeeBps:       smallInt(s.RedeemFeeBps),
		Paused:             s.Paused,
		Rebalancing:        s.ShouldRebalance,
		Leverage:           scaled1e18(s.Leverage),
		StreamingFeeAnnual: scaled1e18(s.StreamingFeeRate),
	}
	if s.EffectiveSupply != nil && s.EffectiveSupply.Sign() > 0 {
		one := wholeToken(o.TokenDecimals)
		col := new(big.Int).Quo(new(big.Int).Mul(s.Collateral, one), s.EffectiveSupply)
		debt := new(big.Int).Quo(new(big.Int).Mul(s.Debt, one), s.EffectiveSupply)
		iu.CollateralPerToken = float(col, o.CollateralDecimals)
		iu.DebtPerToken = float(debt, o.QuoteDecimals)
	}
	if iu.MintFeeBps < 0 || iu.RedeemFeeBps < 0 {
		return venues.NAVUpdate{}, venues.IssuerUpdate{}, fmt.Errorf("issuer %s: fees %v/%v bps out of range", o.Token, s.MintFeeBps, s.RedeemFeeBps)
	}
	return nav, iu, nil
}
