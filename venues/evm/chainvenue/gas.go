package chainvenue

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

// gas builds the chain's GasUpdate at block num: its base fee, the median
// tip of the recent blocks and the native price.
func (v *Venue) gas(ctx context.Context, num *big.Int, when time.Time) (*venues.GasUpdate, error) {
	c := v.opts.Client
	h, err := c.HeaderByNumber(ctx, num)
	if err != nil {
		return nil, fmt.Errorf("chainvenue %s: header %s: %w", v.opts.Chain, num, err)
	}
	tip, err := marketTip(ctx, c, num)
	if err != nil {
		return nil, fmt.Errorf("chainvenue %s: %w", v.opts.Chain, err)
	}
	base := new(big.Int)
	if h.BaseFee != nil {
		base = h.BaseFee
	}
	return &venues.GasUpdate{
		Time: when, Chain: v.opts.Chain,
		BaseFeeGwei: gwei(base), TipGwei: gwei(tip), NativeUSD: v.opts.NativeUSD(),
	}, nil
}

// uncapped lets evm.SuggestFees report the market's tip as it is (the risk
// gate applies the caps).
var uncapped = new(big.Int).Lsh(big.NewInt(1), 255)

// marketTip is the median 50th-percentile tip of the 10 blocks up to num.
func marketTip(ctx context.Context, c *evm.Client, num *big.Int) (*big.Int, error) {
	h, err := c.FeeHistory(ctx, 10, num, []float64{50})
	if err != nil {
		return nil, fmt.Errorf("fee history: %w", err)
	}
	f, err := evm.SuggestFees(h, evm.FeePolicy{MaxFeePerGas: uncapped, MaxTipPerGas: uncapped})
	if err != nil {
		return nil, fmt.Errorf("fee history: %w", err)
	}
	return f.Tip, nil
}
