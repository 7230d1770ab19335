package chainvenue_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/chainvenue/chaintest"
	"github.com/navarb/navarb/venues/evm/executor"
)

// TestFrontRunLoopRevertsAtMinimumProfit has another account, paying a
// higher tip, sell into the premium after our loop passed its simulation
// and waits in the pool: the block runs the other trade first, our loop
// reverts in the executor (ProfitBelowMinimum) instead of trading at a
// loss, and the engine books the gas it paid and nothing else.
func TestFrontRunLoopRevertsAtMinimumProfit(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{})
	ctx := context.Background()
	c := w.C
	sell := chaintest.E18(80)
	c.Transfer(t, chaintest.Owner, w.Issuer, c.Addrs[chaintest.Trader], sell)
	c.Approve(t, chaintest.Trader, w.Issuer, w.V2.Caller)

	b := startBot(t, w, false)
	b.ready(t)
	w.PushPremium(t, chaintest.E6(5_000))
	usdc0 := w.USDCOf(t, w.Executor)
	held := c.BalanceOf(t, w.Issuer, c.Addrs[chaintest.Trader])
	b.beforeMine = func() {
		r0, r1 := w.V2.Reserves(t, w.Pool)
		rTok, rQuote := r0, r1
		if !w.TokenIs0 {
			rTok, rQuote = r1, r0
		}
		out := executor.V2AmountOut(sell, rTok, rQuote, 30)
		a0, a1 := new(big.Int), out
		if !w.TokenIs0 {
			a0, a1 = out, new(big.Int)
		}
		nonce, err := w.Sim.Client().PendingNonceAt(ctx, c.Addrs[chaintest.Trader])
		if err != nil {
			t.Fatal(err)
		}
		caller := w.V2.Caller
		tx := types.MustSignNewTx(c.Keys[chaintest.Trader], types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
			ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(50 * params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
			Gas: 500_000, To: &caller, Data: w.V2.SwapData(w.Pool, w.Issuer, sell, a0, a1, c.Addrs[chaintest.Trader]),
		})
		if err := w.Sim.Client().SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	b.runUntil(t, "loop settled", 60*time.Second, func() bool { return len(b.receipts) > 0 && b.eng.InFlight() == 0 })
	c.ResetNonces()

	r := b.receipts[0]
	if r.Status != venues.TxReverted || r.TxHash == "" || !r.GasNative.IsPositive() || !r.GasUSD.IsPositive() || len(r.Fills) != 0 {
		t.Fatalf("receipt %+v, want a mined revert that paid gas and filled nothing", r)
	}
	if got, want := c.BalanceOf(t, w.Issuer, c.Addrs[chaintest.Trader]), new(big.Int).Sub(held, sell); got.Cmp(want) != 0 {
		t.Fatalf("trader holds %s tokens, want %s: the front-running sale did not execute", got, want)
	}
	if got := w.USDCOf(t, w.Executor); got.Cmp(usdc0) != 0 {
		t.Errorf("executor USDC %s -> %s: a reverted loop moved funds", usdc0, got)
	}
	res := b.eng.Results(time.Now())
	lr := res.LoopResults[0]
	if res.Reverted[venues.MintSell] != 1 || res.Loops[venues.MintSell] != 0 || !lr.RealisedNetUSD.Equal(r.GasUSD.Neg()) {
		t.Errorf("results: reverted %d, loops %d, realised %s; want 1 reverted, 0 loops, realised -gas %s",
			res.Reverted[venues.MintSell], res.Loops[venues.MintSell], lr.RealisedNetUSD, r.GasUSD)
	}
}
