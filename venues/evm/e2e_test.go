package evm_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv2"
)

// TestEndToEndDevchainFollowsUniswapV2Pool runs the dev-chain process, deploys
// the real Uniswap V2 contracts on it through the evmtest harness (over HTTP),
// and follows the pair with a uniswapv2.Pool fed by our watcher (over WS) while
// another account swaps. Each swap asks for exactly the pool's quote, and the
// quote plus one wei must fail on chain: the state we follow is exact. Finally
// our Sender swaps, its simulation refusing an over-quoted swap first.
func TestEndToEndDevchainFollowsUniswapV2Pool(t *testing.T) {
	d := startDevchain(t, 4)
	ctx := context.Background()
	ec, err := ethclient.Dial(d.http)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	h := evmtest.Connect(t, ec, d.keys)
	v2 := evmtest.DeployV2(t, h)
	tokA, tokB := h.DeployTokenPair(t, "ETH2X", "USDC", 18, 6)
	pair := v2.CreatePair(t, tokA, tokB)
	token0, token1 := v2.Tokens(t, pair)
	e18, e6 := big.NewInt(1e18), big.NewInt(1e6)
	v2.AddLiquidity(t, 0, pair, new(big.Int).Mul(big.NewInt(1000), e18), new(big.Int).Mul(big.NewInt(40_000), e6))
	const trader, us = 2, 3
	for _, a := range []int{trader, us} {
		v2.Fund(t, a, token0, new(big.Int).Mul(big.NewInt(100), e18))
		v2.Fund(t, a, token1, new(big.Int).Mul(big.NewInt(100_000), e6))
	}

	// Our side: client over the network, pool read at the head, watcher from there.
	c := d.client(t, zerolog.Nop())
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	pool, err := uniswapv2.NewPool(ctx, c, pair, uniswapv2.Options{At: evmtest.Ref(head), Name: "ETH2X-USDC"})
	if err != nil {
		t.Fatal(err)
	}
	w, err := evm.NewWatcher(evm.WatcherOptions{Venue: "devchain", Source: c, Consumers: []evm.LogConsumer{pool},
		Start: head.Number.Uint64(), PollInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	runBG(t, w.Run)

	caughtUp := func(block uint64) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for pool.Block().Number < block {
			if time.Now().After(deadline) {
				t.Fatalf("pool at block %d, want %d", pool.Block().Number, block)
			}
			time.Sleep(5 * time.Millisecond)
		}
		r0, r1 := v2.Reserves(t, pair)
		g0, g1 := pool.Reserves()
		if g0.ToBig().Cmp(r0) != 0 || g1.ToBig().Cmp(r1) != 0 {
			t.Fatalf("block %d: pool reserves %s/%s, chain %s/%s", block, g0.ToBig(), g1.ToBig(), r0, r1)
		}
	}
	caughtUp(head.Number.Uint64())

	// Another account swaps, both directions, for exactly our quote.
	swaps := []struct {
		zeroForOne bool
		in         *big.Int
	}{
		{true, new(big.Int).Mul(big.NewInt(3), e18)},
		{false, new(big.Int).Mul(big.NewInt(2500), e6)},
		{true, big.NewInt(123_456_789_012_345)},
		{false, big.NewInt(7)},
		{true, new(big.Int).Mul(big.NewInt(40), e18)},
	}
	outs := func(zeroForOne bool, out *big.Int) (*big.Int, *big.Int) {
		if zeroForOne {
			return new(big.Int), out
		}
		return out, new(big.Int)
	}
	for i, s := range swaps {
		tokenIn := token0
		if !s.zeroForOne {
			tokenIn = token1
		}
		q, err := pool.AmountOut(s.zeroForOne, uint256.MustFromBig(s.in))
		if err != nil {
			t.Fatalf("swap %d quote: %v", i, err)
		}
		quote := q.ToBig()
		over := new(big.Int).Add(quote, big.NewInt(1))
		a0, a1 := outs(s.zeroForOne, over)
		if err := v2.TrySwap(ctx, trader, pair, tokenIn, s.in, a0, a1); err == nil {
			t.Fatalf("swap %d: the pair pays quote+1 (%s): our quote %s is not exact", i, over, quote)
		}
		a0, a1 = outs(s.zeroForOne, quote)
		r := v2.Swap(t, trader, pair, tokenIn, s.in, a0, a1)
		caughtUp(r.BlockNumber.Uint64())
	}

	// Our Sender swaps too: an over-quoted swap is refused by simulation and
	// never sent; the exact quote goes through and is followed.
	s := devSender(t, c, d.keys[us], nil)
	runBG(t, s.Run)
	in := new(big.Int).Mul(big.NewInt(5), e18)
	q, err := pool.AmountOut(true, uint256.MustFromBig(in))
	if err != nil {
		t.Fatal(err)
	}
	over := new(big.Int).Add(q.ToBig(), big.NewInt(1))
	caller := v2.Caller
	_, err = s.Send(ctx, evm.TxRequest{To: &caller, Data: v2.SwapData(pair, token0, in, new(big.Int), over, s.From())})
	if !errors.Is(err, evm.ErrSimulationReverted) || !strings.Contains(err.Error(), "UniswapV2: K") {
		t.Fatalf("over-quoted swap: err %v, want ErrSimulationReverted with the pair's reason", err)
	}
	p, err := s.Send(ctx, evm.TxRequest{PlanID: 1, To: &caller, Data: v2.SwapData(pair, token0, in, new(big.Int), q.ToBig(), s.From())})
	if err != nil {
		t.Fatal(err)
	}
	rec := wait(t, s, p)
	if rec.Status != venues.TxSuccess || rec.GasNative.Sign() <= 0 {
		t.Fatalf("our swap: %+v", rec)
	}
	caughtUp(rec.Block)
	if u := pool.PoolUpdate(); u.Block != rec.Block || u.ReserveBase <= 0 || u.ReserveQuote <= 0 {
		t.Fatalf("pool update %+v after our swap in block %d", u, rec.Block)
	}
}
