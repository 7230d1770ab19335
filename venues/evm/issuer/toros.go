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

// TorosOptions configures a Toros issuer.
type TorosOptions struct {
	Caller Caller
	Token  string
	// Pool is the dHEDGE PoolLogic, which is also the token (field
	// issuer_address).
	Pool common.Address
	// ExecIssuer is the TorosExecIssuer adapter the executor redeems through
	// (field exec_issuer_address).
	ExecIssuer common.Address
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// TorosState is a Toros pool's exact state at a block.
type TorosState struct {
	Factory, ManagerLogic common.Address
	// Supply is the pool token's supply; TokenPrice is tokenPrice(): USD
	// with 18 decimals per 1e18 pool units, net of the unminted streaming fee.
	Supply, TokenPrice *big.Int
	// Fee numerators over Denominator: performance, management (annual),
	// entry, exit.
	PerformanceFee, ManagementFee, EntryFee, ExitFee, Denominator *big.Int
	// ExitCooldown is the lock (seconds) a deposit puts on the depositor.
	ExitCooldown *big.Int
	// LastFeeMintTime is when the streaming fee was last minted (unix s).
	LastFeeMintTime *big.Int
	// Paused: the factory or this pool is paused.
	Paused bool
}

// Toros reads a Toros (dHEDGE) pool token.
type Toros struct {
	opt TorosOptions
	now func() time.Time
}

// NewToros returns a Toros issuer; it does no I/O.
func NewToros(opt TorosOptions) *Toros {
	return &Toros{opt: opt, now: nowOr(opt.Now)}
}

// ExecIssuer implements the issuer method set.
func (x *Toros) ExecIssuer() common.Address { return x.opt.ExecIssuer }

// MintSellAllowed implements the issuer method set: false, a deposit locks
// the minted tokens for the exit cooldown, so only buy-and-redeem is atomic.
func (x *Toros) MintSellAllowed() bool { return false }

// Check verifies the pool has code and is registered as a pool by its
// factory, and the adapter redeems that pool.
func (x *Toros) Check(ctx context.Context) error {
	o := x.opt
	if err := checkCode(ctx, o.Caller, o.Token, "issuer_address", o.Pool); err != nil {
		return err
	}
	if err := checkCode(ctx, o.Caller, o.Token, "exec_issuer_address", o.ExecIssuer); err != nil {
		return err
	}
	pool := contracts.NewTorosPoolLogic()
	fac := contracts.NewTorosPoolFactory()
	rd := &reader{ctx: ctx, caller: o.Caller}
	factory := call(rd, o.Pool, "factory", pool.PackFactory(), pool.UnpackFactory)
	isPool := call(rd, factory, "isPool", fac.PackIsPool(o.Pool), fac.UnpackIsPool)
	if rd.err != nil || !isPool {
		return fmt.Errorf("%w: %s: %s is not a dHEDGE pool (factory %s, isPool %v, err %v)",
			ErrConfig, field(o.Token, "issuer_address"), o.Pool, factory, isPool, rd.err)
	}
	ex := contracts.NewTorosExecIssuer()
	tok := call(rd, o.ExecIssuer, "token", ex.PackToken(), ex.UnpackToken)
	if rd.err != nil || tok != o.Pool {
		return fmt.Errorf("%w: %s: %s does not redeem %s (token() = %s, err %v)",
			ErrConfig, field(o.Token, "exec_issuer_address"), o.ExecIssuer, o.Pool, tok, rd.err)
	}
	return nil
}

// State returns the pool's exact state at block (nil: latest).
func (x *Toros) State(ctx context.Context, block *big.Int) (TorosState, error) {
	o := x.opt
	pool := contracts.NewTorosPoolLogic()
	pml := contracts.NewTorosPoolManagerLogic()
	fac := contracts.NewTorosPoolFactory()
	rd := &reader{ctx: ctx, caller: o.Caller, block: block}

	var s TorosState
	s.Factory = call(rd, o.Pool, "factory", pool.PackFactory(), pool.UnpackFactory)
	s.ManagerLogic = call(rd, o.Pool, "poolManagerLogic", pool.PackPoolManagerLogic(), pool.UnpackPoolManagerLogic)
	s.Supply = call(rd, o.Pool, "totalSupply", pool.PackTotalSupply(), pool.UnpackTotalSupply)
	s.TokenPrice = call(rd, o.Pool, "tokenPrice", pool.PackTokenPrice(), pool.UnpackTokenPrice)
	s.LastFeeMintTime = call(rd, o.Pool, "lastFeeMintTime", pool.PackLastFeeMintTime(), pool.UnpackLastFeeMintTime)
	fee := call(rd, s.ManagerLogic, "getFee", pml.PackGetFee(), pml.UnpackGetFee)
	s.ExitCooldown = call(rd, s.Factory, "getExitCooldown", fac.PackGetExitCooldown(), fac.UnpackGetExitCooldown)
	paused := call(rd, s.Factory, "isPaused", fac.PackIsPaused(), fac.UnpackIsPaused)
	poolPaused := call(rd, s.Factory, "pausedPools", fac.PackPausedPools(o.Pool), fac.UnpackPausedPools)
	if rd.err != nil {
		return TorosState{}, fmt.Errorf("toros %s: %w", o.Token, rd.err)
	}
	s.PerformanceFee, s.ManagementFee, s.EntryFee, s.ExitFee, s.Denominator = fee.Arg0, fee.Arg1, fee.Arg2, fee.Arg3, fee.Arg4
	s.Paused = paused || poolPaused
	return s, nil
}

// Read implements the issuer method set. NAV is tokenPrice() in USD.
// Toros publishes no rebalance window or leverage on chain, so Rebalancing
// is false and Leverage 0.
func (x *Toros) Read(ctx context.Context, block *big.Int) (venues.NAVUpdate, venues.IssuerUpdate, error) {
	s, err := x.State(ctx, block)
	if err != nil {
		return venues.NAVUpdate{}, venues.IssuerUpdate{}, err
	}
	now := x.now()
	nav := venues.NAVUpdate{Time: now, Token: x.opt.Token, NAV: ratio(s.TokenPrice, one18, 0), Source: venues.NAVIssuer}
	iu := venues.IssuerUpdate{
		Time:               now,
		Token:              x.opt.Token,
		MintFeeBps:         bps(s.EntryFee, s.Denominator),
		RedeemFeeBps:       bps(s.ExitFee, s.Denominator),
		Paused:             s.Paused,
		StreamingFeeAnnual: ratio(s.ManagementFee, s.Denominator, 0),
		FeeAccruedAt:       time.Unix(s.LastFeeMintTime.Int64(), 0).UTC(),
	}
	return nav, iu, nil
}
