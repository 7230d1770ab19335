package executor_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/executor"
)

const v3Fee = 3000

type v3World struct {
	*world
	v3       *evmtest.V3
	pool     common.Address
	tokenIs0 bool
}

// newV3World adds a real Uniswap V3 pool (0.3%) at NAV with full-range
// liquidity of 300 tokens and 30,000 USDC.
func newV3World(t *testing.T) *v3World {
	t.Helper()
	w := &v3World{world: newWorld(t)}
	w.v3 = evmtest.DeployV3(t, w.c)
	w.tokenIs0 = w.issuer.Cmp(w.usdc) < 0
	w.pool = w.v3.CreatePool(t, w.issuer, w.usdc, v3Fee, executor.SqrtPriceX96(w.state(t).NAV, w.tokenIs0))
	w.c.Approve(t, owner, w.issuer, w.v3.Caller)
	w.c.Approve(t, owner, w.usdc, w.v3.Caller)
	w.v3.Mint(t, owner, w.pool, -887220, 887220, big.NewInt(3e15))
	if got := ratio(w.price(t), w.state(t).NAV); got < 0.9999 || got > 1.0001 {
		t.Fatalf("V3 pool/NAV at start = %.6f", got)
	}
	return w
}

func (w *v3World) price(t *testing.T) *big.Int {
	t.Helper()
	sqrt, _ := w.v3.Slot0(t, w.pool)
	return executor.V3PoolPrice(sqrt, w.tokenIs0)
}

// loop simulates the call, checks that a minimum one unit above the
// simulated profit reverts, sends it with the simulated profit as the
// minimum, and returns expected and realised profit.
func (w *v3World) loop(t *testing.T, data func(minProfit *big.Int) []byte, unpack func([]byte) (*big.Int, error)) (expected, realised *big.Int) {
	t.Helper()
	out, err := w.call(owner, w.executor, data(new(big.Int)))
	if err != nil {
		t.Fatalf("simulate: %v", err)
	}
	expected, err = unpack(out)
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.call(owner, w.executor, data(new(big.Int).Add(expected, big.NewInt(1))))
	if args := mustRevert(t, err, "ProfitBelowMinimum"); args[0].(*big.Int).Cmp(expected) != 0 {
		t.Errorf("ProfitBelowMinimum profit %v, want %v", args[0], expected)
	}
	bal0 := w.balance(t, w.usdc, w.executor)
	w.send(t, owner, w.executor, data(expected))
	return expected, new(big.Int).Sub(w.balance(t, w.usdc, w.executor), bal0)
}

func TestMintAndSellV3ClosesPremium(t *testing.T) {
	w := newV3World(t)
	ctx := context.Background()
	w.v3.Fund(t, trader, w.usdc, e6(1500))
	w.v3.Swap(t, trader, w.pool, !w.tokenIs0, e6(1500), nil)
	before := ratio(w.price(t), w.state(t).NAV)
	if before < 1.05 {
		t.Fatalf("premium before the loop: pool/NAV = %.4f, want > 1.05", before)
	}
	cost1, _, err := executor.PreviewMint(ctx, w.c.Client, w.issuer, e18(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	limit := executor.V3MintAndSellLimit(cost1, v3Fee, w.tokenIs0)
	maxQ := e18(100)
	maxIn, _, err := executor.PreviewMint(ctx, w.c.Client, w.issuer, maxQ, nil)
	if err != nil {
		t.Fatal(err)
	}
	expected, realised := w.loop(t, func(min *big.Int) []byte {
		d, err := executor.MintAndSellV3Call(w.issuer, w.pool, maxQ, limit, maxIn, min)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}, contracts.NewNavArbExecutor().UnpackMintAndSellV3)
	if realised.Cmp(expected) != 0 || realised.Sign() <= 0 {
		t.Errorf("realised profit %v, expected %v (> 0)", realised, expected)
	}
	after := ratio(w.price(t), w.state(t).NAV)
	hi := 1 + 0.0010 + 0.0030 + 0.0005
	if after < 1 || after > hi {
		t.Errorf("pool/NAV after the loop = %.5f, want in [1, %.4f]", after, hi)
	}
	t.Logf("V3 premium %.4f -> %.5f, profit %s USDC units", before, after, realised)
	w.noLeftovers(t)
}

func TestBuyAndRedeemV3ClosesDiscount(t *testing.T) {
	w := newV3World(t)
	ctx := context.Background()
	w.c.Transfer(t, owner, w.issuer, w.c.Addrs[trader], e18(15))
	w.c.Approve(t, trader, w.issuer, w.v3.Caller)
	w.v3.Swap(t, trader, w.pool, w.tokenIs0, e18(15), nil)
	before := ratio(w.price(t), w.state(t).NAV)
	if before > 0.95 {
		t.Fatalf("discount before the loop: pool/NAV = %.4f, want < 0.95", before)
	}
	proceeds1, _, err := executor.PreviewRedeem(ctx, w.c.Client, w.issuer, e18(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	limit := executor.V3BuyAndRedeemLimit(proceeds1, v3Fee, w.tokenIs0)
	expected, realised := w.loop(t, func(min *big.Int) []byte {
		d, err := executor.BuyAndRedeemV3Call(w.issuer, w.pool, e6(10_000), limit, min)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}, contracts.NewNavArbExecutor().UnpackBuyAndRedeemV3)
	if realised.Cmp(expected) != 0 || realised.Sign() <= 0 {
		t.Errorf("realised profit %v, expected %v (> 0)", realised, expected)
	}
	after := ratio(w.price(t), w.state(t).NAV)
	lo := 1 - 0.0010 - 0.0030 - 0.0005
	if after > 1 || after < lo {
		t.Errorf("pool/NAV after the loop = %.5f, want in [%.4f, 1]", after, lo)
	}
	t.Logf("V3 discount %.4f -> %.5f, profit %s USDC units", before, after, realised)
	w.noLeftovers(t)
}

// TestV3CallbackRefusesStrangers: nobody but the pool of a running loop
// may call the swap callback.
func TestV3CallbackRefusesStrangers(t *testing.T) {
	w := newV3World(t)
	data := contracts.NewNavArbExecutor().PackUniswapV3SwapCallback(e18(1), new(big.Int), []byte{})
	for _, from := range []int{owner, stranger} {
		_, err := w.call(from, w.executor, data)
		mustRevert(t, err, "UnexpectedCallback")
	}
}
