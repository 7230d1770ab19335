package evm

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"

	"github.com/navarb/navarb/venues"
)

// ErrFeeCap: the fee the market asks for is above the caps set by the risk
// module. It wraps venues.ErrRiskDenied.
var ErrFeeCap = fmt.Errorf("evm: fee above cap: %w", venues.ErrRiskDenied)

// ErrUnderpricedReplacement: a replacement does not raise both fee fields by the
// minimum bump; it was not sent. It wraps venues.ErrRejected.
var ErrUnderpricedReplacement = fmt.Errorf("evm: replacement below the fee bump: %w", venues.ErrRejected)

// Fees are an EIP-1559 transaction's two fee fields, in wei per gas.
type Fees struct {
	Tip    *big.Int // maxPriorityFeePerGas
	FeeCap *big.Int // maxFeePerGas
}

func (f Fees) String() string { return fmt.Sprintf("tip=%s cap=%s", f.Tip, f.FeeCap) }

// FeePolicy turns a fee history into fees. The caps come from the risk module.
type FeePolicy struct {
	// MaxFeePerGas caps maxFeePerGas (required).
	MaxFeePerGas *big.Int
	// MaxTipPerGas caps maxPriorityFeePerGas (required).
	MaxTipPerGas *big.Int
	// MinTipPerGas is the least tip offered when recent blocks paid nothing
	// (default 1 wei).
	MinTipPerGas *big.Int
	// BaseFeeMultiplier: maxFeePerGas = next base fee x this + tip (default 2,
	// room for six full blocks of base fee growth).
	BaseFeeMultiplier int64
}

func (p FeePolicy) validate() error {
	if p.MaxFeePerGas == nil || p.MaxFeePerGas.Sign() <= 0 || p.MaxTipPerGas == nil || p.MaxTipPerGas.Sign() < 0 {
		return errors.New("fee policy: MaxFeePerGas and MaxTipPerGas caps are required")
	}
	return nil
}

// BumpPercent is the least raise of both fee fields a replacement needs (geth's
// and most nodes' txpool rule).
const BumpPercent = 10

// SuggestFees computes fees from an eth_feeHistory answer (one reward percentile):
// tip = median of the recent blocks' percentile rewards (blocks that paid none are
// ignored), at least MinTipPerGas and at most MaxTipPerGas; fee cap = next base
// fee x BaseFeeMultiplier + tip, at most MaxFeePerGas. If the next base fee plus
// the tip is above MaxFeePerGas the transaction could not be included at the cap:
// the error wraps ErrFeeCap.
func SuggestFees(h *ethereum.FeeHistory, p FeePolicy) (Fees, error) {
	if err := p.validate(); err != nil {
		return Fees{}, err
	}
	if h == nil || len(h.BaseFee) == 0 {
		return Fees{}, errors.New("suggest fees: empty fee history")
	}
	next := h.BaseFee[len(h.BaseFee)-1]
	var tips []*big.Int
	for _, r := range h.Reward {
		if len(r) > 0 && r[0] != nil && r[0].Sign() > 0 {
			tips = append(tips, r[0])
		}
	}
	tip := big.NewInt(1)
	if p.MinTipPerGas != nil {
		tip = new(big.Int).Set(p.MinTipPerGas)
	}
	if len(tips) > 0 {
		sort.Slice(tips, func(i, j int) bool { return tips[i].Cmp(tips[j]) < 0 })
		if m := tips[len(tips)/2]; m.Cmp(tip) > 0 {
			tip = new(big.Int).Set(m)
		}
	}
	if tip.Cmp(p.MaxTipPerGas) > 0 {
		tip = new(big.Int).Set(p.MaxTipPerGas)
	}
	mult := p.BaseFeeMultiplier
	if mult <= 0 {
		mult = 2
	}
	feeCap := new(big.Int).Mul(next, big.NewInt(mult))
	feeCap.Add(feeCap, tip)
	if feeCap.Cmp(p.MaxFeePerGas) > 0 {
		feeCap = new(big.Int).Set(p.MaxFeePerGas)
	}
	if need := new(big.Int).Add(next, tip); need.Cmp(feeCap) > 0 {
		return Fees{}, fmt.Errorf("next base fee %s + tip %s > max fee %s: %w", next, tip, p.MaxFeePerGas, ErrFeeCap)
	}
	return Fees{Tip: tip, FeeCap: feeCap}, nil
}

// MinBump is the least fees a replacement of old may carry: both fields raised by
// BumpPercent, rounded up.
func MinBump(old Fees) Fees {
	return Fees{Tip: bumped(old.Tip), FeeCap: bumped(old.FeeCap)}
}

func bumped(x *big.Int) *big.Int {
	n := new(big.Int).Mul(x, big.NewInt(100+BumpPercent))
	n.Add(n, big.NewInt(99))
	return n.Quo(n, big.NewInt(100))
}

// CheckBump returns an error wrapping ErrUnderpricedReplacement unless next
// raises both of old's fee fields by at least BumpPercent.
func CheckBump(old, next Fees) error {
	min := MinBump(old)
	if next.Tip.Cmp(min.Tip) < 0 || next.FeeCap.Cmp(min.FeeCap) < 0 {
		return fmt.Errorf("have %s, need at least %s: %w", next, min, ErrUnderpricedReplacement)
	}
	return nil
}

// ReplacementFees are the fees for replacing old given fresh market fees: the
// larger of the market and the minimum bump, field by field, within the policy's
// caps. If the caps do not allow the bump the error wraps ErrFeeCap.
func ReplacementFees(old, market Fees, p FeePolicy) (Fees, error) {
	if err := p.validate(); err != nil {
		return Fees{}, err
	}
	min := MinBump(old)
	f := Fees{Tip: maxInt(min.Tip, market.Tip), FeeCap: maxInt(min.FeeCap, market.FeeCap)}
	if f.Tip.Cmp(f.FeeCap) > 0 {
		f.FeeCap = new(big.Int).Set(f.Tip)
	}
	if f.Tip.Cmp(p.MaxTipPerGas) > 0 || f.FeeCap.Cmp(p.MaxFeePerGas) > 0 {
		return Fees{}, fmt.Errorf("replacement needs %s, caps tip=%s cap=%s: %w", f, p.MaxTipPerGas, p.MaxFeePerGas, ErrFeeCap)
	}
	return f, nil
}

func maxInt(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
