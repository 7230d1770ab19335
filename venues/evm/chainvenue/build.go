package chainvenue

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/executor"
)

// pendingCaller runs every eth_call at the pending block: the state our
// transaction would meet if sent now.
type pendingCaller struct{ c *evm.Client }

func (p pendingCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	return p.c.PendingCallContract(ctx, msg)
}

// call is one executor call sized for a plan.
type call struct {
	data []byte
	// minProfit is the contract's profit floor, quote raw units.
	minProfit *big.Int
	// expected is the exact profit (quote raw units, before gas) the call
	// makes on the pending state; nil where the venue cannot quote it (V3:
	// the contract stops at the price limit).
	expected *big.Int
}

var getReservesSel = crypto.Keccak256([]byte("getReserves()"))[:4]

// v2Reserves reads a pair's reserves, oriented as (token, quote).
func v2Reserves(ctx context.Context, caller evm.Caller, m *Market) (executor.V2Reserves, error) {
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &m.Pool, Data: getReservesSel}, nil)
	if err != nil {
		return executor.V2Reserves{}, fmt.Errorf("getReserves: %w", err)
	}
	if len(out) < 64 {
		return executor.V2Reserves{}, fmt.Errorf("getReserves: short answer (%d bytes)", len(out))
	}
	r0, r1 := new(big.Int).SetBytes(out[:32]), new(big.Int).SetBytes(out[32:64])
	if !m.TokenIs0 {
		r0, r1 = r1, r0
	}
	return executor.V2Reserves{Token: r0, Quote: r1, FeeBps: m.FeePips / 100}, nil
}

// minProfitUnits is the contract's profit floor for p: the plan's minimum
// net plus the gas it expects to pay, in quote units (the quote token
// counts as 1 USD), rounded up.
func minProfitUnits(p *venues.Plan, quoteDec uint8) *big.Int {
	return ceilUnits(max(p.MinNetUSD, 0)+max(p.Expected.GasUSD, 0), quoteDec)
}

// errGone: the opportunity the plan saw is not there at the pending block.
var errGone = fmt.Errorf("opportunity gone at the pending block: %w", venues.ErrRejected)

// build sizes p exactly against the pending state and packs the call. The
// size is the contract's profit-maximising trade, capped at what the plan
// (after the risk gate and the funds check) allows.
func build(ctx context.Context, caller evm.Caller, m *Market, p *venues.Plan) (call, error) {
	issuer := m.Issuer.ExecIssuer()
	one := big.NewInt(1e18) // previews are priced per 1e18 raw token units
	c := call{minProfit: minProfitUnits(p, m.QuoteDecimals)}
	var err error
	switch {
	case m.Kind == PoolV2 && p.Kind == venues.MintSell:
		err = buildV2MintSell(ctx, caller, m, p, issuer, one, &c)
	case m.Kind == PoolV2 && p.Kind == venues.BuyRedeem:
		err = buildV2BuyRedeem(ctx, caller, m, p, issuer, one, &c)
	case m.Kind == PoolV3 && p.Kind == venues.MintSell:
		cost, _, e := executor.PreviewMint(ctx, caller, issuer, one, nil)
		if e != nil {
			return c, e
		}
		maxQty := floorUnits(p.Size, m.TokenDecimals)
		if maxQty.Sign() <= 0 {
			return c, errGone
		}
		maxIn, _, e := executor.PreviewMint(ctx, caller, issuer, maxQty, nil)
		if e != nil {
			return c, e
		}
		limit := executor.V3MintAndSellLimit(cost, m.FeePips, m.TokenIs0)
		c.data, err = executor.MintAndSellV3Call(issuer, m.Pool, maxQty, limit, maxIn, c.minProfit)
	case m.Kind == PoolV3 && p.Kind == venues.BuyRedeem:
		proceeds, _, e := executor.PreviewRedeem(ctx, caller, issuer, one, nil)
		if e != nil {
			return c, e
		}
		maxIn := floorUnits(p.QuoteAmount, m.QuoteDecimals)
		if maxIn.Sign() <= 0 {
			return c, errGone
		}
		limit := executor.V3BuyAndRedeemLimit(proceeds, m.FeePips, m.TokenIs0)
		c.data, err = executor.BuyAndRedeemV3Call(issuer, m.Pool, maxIn, limit, c.minProfit)
	default:
		return c, fmt.Errorf("plan kind %s on %s: %w", p.Kind, m.Kind, venues.ErrRejected)
	}
	return c, err
}

func buildV2MintSell(ctx context.Context, caller evm.Caller, m *Market, p *venues.Plan, issuer common.Address, one *big.Int, c *call) error {
	r, err := v2Reserves(ctx, caller, m)
	if err != nil {
		return err
	}
	unitCost, _, err := executor.PreviewMint(ctx, caller, issuer, one, nil)
	if err != nil {
		return err
	}
	qty := executor.MintAndSellSize(r, unitCost)
	if capQ := floorUnits(p.Size, m.TokenDecimals); qty.Cmp(capQ) > 0 {
		qty = capQ
	}
	if qty.Sign() <= 0 {
		return errGone
	}
	cost, _, err := executor.PreviewMint(ctx, caller, issuer, qty, nil)
	if err != nil {
		return err
	}
	out := executor.V2AmountOut(qty, r.Token, r.Quote, r.FeeBps)
	c.expected = new(big.Int).Sub(out, cost)
	if c.expected.Cmp(c.minProfit) < 0 {
		return fmt.Errorf("%w (exact profit %s < minimum %s quote units)", errGone, c.expected, c.minProfit)
	}
	c.data, err = executor.MintAndSellCall(issuer, m.Pool, qty, cost, c.minProfit)
	return err
}

func buildV2BuyRedeem(ctx context.Context, caller evm.Caller, m *Market, p *venues.Plan, issuer common.Address, one *big.Int, c *call) error {
	r, err := v2Reserves(ctx, caller, m)
	if err != nil {
		return err
	}
	unitProceeds, _, err := executor.PreviewRedeem(ctx, caller, issuer, one, nil)
	if err != nil {
		return err
	}
	in := executor.BuyAndRedeemSize(r, unitProceeds)
	if capIn := floorUnits(p.QuoteAmount, m.QuoteDecimals); in.Cmp(capIn) > 0 {
		in = capIn
	}
	if in.Sign() <= 0 {
		return errGone
	}
	qty := executor.V2AmountOut(in, r.Quote, r.Token, r.FeeBps)
	if qty.Sign() <= 0 {
		return errGone
	}
	proceeds, _, err := executor.PreviewRedeem(ctx, caller, issuer, qty, nil)
	if err != nil {
		return err
	}
	c.expected = new(big.Int).Sub(proceeds, in)
	if c.expected.Cmp(c.minProfit) < 0 {
		return fmt.Errorf("%w (exact profit %s < minimum %s quote units)", errGone, c.expected, c.minProfit)
	}
	c.data, err = executor.BuyAndRedeemCall(issuer, m.Pool, in, c.minProfit)
	return err
}
