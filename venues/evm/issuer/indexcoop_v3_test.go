package issuer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/executor"
)

// TestIndexCoopLoopsV3 runs both loops against a real Uniswap V3 pool
// through the IndexCoopExecIssuer: the executor mints inside the pool's
// swap callback (the adapter's token() is the set, not the adapter) and
// redeems with an approval to the adapter.
func TestIndexCoopLoopsV3(t *testing.T) {
	w := newIndexWorld(t)
	ctx := context.Background()
	const fee = 3000
	v3 := evmtest.DeployV3(t, w.c)
	tokenIs0 := w.set.Cmp(w.usdc) < 0
	pool := v3.CreatePool(t, w.set, w.usdc, fee, executor.SqrtPriceX96(e6(100), tokenIs0))
	w.c.Mint(t, w.usdc, w.c.Addrs[owner], e6(50_000))
	w.c.Approve(t, owner, w.set, v3.Caller)
	w.c.Approve(t, owner, w.usdc, v3.Caller)
	v3.Mint(t, owner, pool, -887220, 887220, big.NewInt(3e15)) // 300 tokens, 30,000 USDC
	price := func() *big.Int {
		sqrt, _ := v3.Slot0(t, pool)
		return executor.V3PoolPrice(sqrt, tokenIs0)
	}
	exec := contracts.NewNavArbExecutor()

	// loop simulates, checks one unit more than the simulated profit
	// reverts, sends with the simulated profit as the minimum and returns
	// the simulated and realised profit.
	loop := func(data func(min *big.Int) []byte, unpack func([]byte) (*big.Int, error)) (expected, realised *big.Int) {
		out, err := w.call(owner, w.executor, data(new(big.Int)))
		if err != nil {
			t.Fatalf("simulate: %v", err)
		}
		if expected, err = unpack(out); err != nil {
			t.Fatal(err)
		}
		_, err = w.call(owner, w.executor, data(add(expected, big.NewInt(1))))
		mustRevertWith(t, err, "ProfitBelowMinimum")
		before := w.balance(t, w.usdc, w.executor)
		w.send(t, owner, w.executor, data(expected))
		return expected, sub(w.balance(t, w.usdc, w.executor), before)
	}

	// Premium: mint-and-sell until the pool's bid meets the mint cost.
	v3.Fund(t, trader, w.usdc, e6(3_000))
	v3.Swap(t, trader, pool, !tokenIs0, e6(3_000), nil)
	premium := price()
	cost1, _, err := executor.PreviewMint(ctx, w.client(t), w.adapter, e18(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	maxQ := e18(50)
	maxIn, _, err := executor.PreviewMint(ctx, w.client(t), w.adapter, maxQ, nil)
	if err != nil {
		t.Fatal(err)
	}
	limit := executor.V3MintAndSellLimit(cost1, fee, tokenIs0)
	expected, realised := loop(func(min *big.Int) []byte {
		d, err := executor.MintAndSellV3Call(w.adapter, pool, maxQ, limit, maxIn, min)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}, exec.UnpackMintAndSellV3)
	if realised.Cmp(expected) != 0 || realised.Sign() <= 0 || price().Cmp(premium) >= 0 {
		t.Fatalf("mint-and-sell V3: profit %s (simulated %s), pool price %s -> %s", realised, expected, premium, price())
	}

	// Discount: buy-and-redeem until the pool's ask meets the proceeds.
	w.c.Transfer(t, owner, w.set, w.c.Addrs[trader], e18(40))
	w.c.Approve(t, trader, w.set, v3.Caller)
	v3.Swap(t, trader, pool, tokenIs0, e18(40), nil)
	discount := price()
	proceeds1, _, err := executor.PreviewRedeem(ctx, w.client(t), w.adapter, e18(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	limit = executor.V3BuyAndRedeemLimit(proceeds1, fee, tokenIs0)
	expected, realised = loop(func(min *big.Int) []byte {
		d, err := executor.BuyAndRedeemV3Call(w.adapter, pool, e6(5_000), limit, min)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}, exec.UnpackBuyAndRedeemV3)
	if realised.Cmp(expected) != 0 || realised.Sign() <= 0 || price().Cmp(discount) <= 0 {
		t.Fatalf("buy-and-redeem V3: profit %s (simulated %s), pool price %s -> %s", realised, expected, discount, price())
	}
	if b := w.balance(t, w.set, w.executor); b.Sign() != 0 {
		t.Fatalf("executor keeps %s tokens", b)
	}
}
