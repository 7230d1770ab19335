package uniswapv3_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv3"
)

var reorgSpec = poolSpec{name: "reorg", fee: 3000, spacing: 60, dec0: 18, dec1: 18, tick: 0, positions: 20, width: 20, fullRange: true, liquidityRange: [2]float64{16, 19}}

// TestReorgRollsBackAndRebuilds follows a pool through blocks of swaps,
// mints and burns, forks the chain below them (simulated backend Fork) and
// drives Revert/ApplyBlock as the watcher would: the pool returns exactly to
// the ancestor's state (slot0, liquidity, every tick, as a fresh read at the
// ancestor sees it), refuses the new branch until reverted, then rebuilds
// to the new branch's state.
func TestReorgRollsBackAndRebuilds(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	w := newWorld(t, reorgSpec, rng)
	c := w.c
	// Account 2 trades and provides liquidity on the new branch only.
	lots := new(big.Int).Lsh(big.NewInt(1), 200)
	w.v3.Fund(t, 2, w.t0, lots)
	w.v3.Fund(t, 2, w.t1, lots)
	p := w.newPool(t, uniswapv3.Options{})
	ancestor := evmtest.Ref(c.Head(t))
	atAncestor := w.newPool(t, uniswapv3.Options{At: ancestor})

	e18 := pow10(18)
	// Old branch: new ticks, a burn of one of them, swaps crossing ticks.
	w.v3.Mint(t, lp, w.pool, -1200, -600, new(big.Int).Mul(big.NewInt(300), e18))
	w.v3.Swap(t, trader, w.pool, true, new(big.Int).Mul(big.NewInt(700), e18), nil)
	c.SetAutoCommit(false)
	w.v3.Mint(t, lp, w.pool, 600, 1800, new(big.Int).Mul(big.NewInt(50), e18))
	w.v3.Burn(t, lp, w.pool, -1200, -600, new(big.Int).Mul(big.NewInt(100), e18))
	w.v3.Swap(t, trader, w.pool, false, new(big.Int).Mul(big.NewInt(900), e18), nil)
	c.Commit(t)
	c.SetAutoCommit(true)
	w.follow(t, p)
	requireChainSlot0(t, w, p, "old branch")
	requireSameState(t, p, w.newPool(t, uniswapv3.Options{}), "old branch")
	oldTip := p.Block()

	if err := c.Sim.Fork(ancestor.Hash); err != nil {
		t.Fatal(err)
	}
	c.ResetNonces()
	// New branch: different positions and swaps, and longer.
	for i := int64(1); i <= 5; i++ {
		w.v3.Mint(t, 2, w.pool, int32(-60*i), int32(120*i), new(big.Int).Mul(big.NewInt(10*i), e18))
		w.v3.Swap(t, 2, w.pool, i%2 == 0, new(big.Int).Mul(big.NewInt(40*i), e18), nil)
	}
	if head := c.Head(t).Number.Uint64(); head <= oldTip.Number {
		t.Fatalf("new branch tip %d not past the old tip %d", head, oldTip.Number)
	}

	if err := p.ApplyBlock(evmtest.Ref(c.HeaderAt(t, oldTip.Number+1)), nil); !errors.Is(err, uniswapv3.ErrBlockOrder) {
		t.Fatalf("applying the new branch without Revert: err = %v, want ErrBlockOrder", err)
	}
	if err := p.Revert(ancestor); err != nil {
		t.Fatal(err)
	}
	if got := p.Block(); got != ancestor {
		t.Fatalf("after Revert: block %+v, want %+v", got, ancestor)
	}
	requireSameState(t, p, atAncestor, "after Revert")

	w.follow(t, p)
	requireChainSlot0(t, w, p, "new branch")
	requireSameState(t, p, w.newPool(t, uniswapv3.Options{}), "new branch")
}

func TestRevertTooDeep(t *testing.T) {
	w := newWorld(t, reorgSpec, rand.New(rand.NewPCG(1, 2)))
	p := w.newPool(t, uniswapv3.Options{MaxReorgDepth: 2})
	start := p.Block()
	for i := 0; i < 4; i++ {
		w.c.Sim.Commit()
	}
	w.follow(t, p)
	if err := p.Revert(start); !errors.Is(err, uniswapv3.ErrReorgTooDeep) {
		t.Fatalf("Revert past the history: err = %v, want ErrReorgTooDeep", err)
	}
	if err := p.Revert(evmtest.Ref(w.c.HeaderAt(t, start.Number+2))); err != nil {
		t.Fatalf("Revert within the history: %v", err)
	}
}

func TestApplyBlockOrder(t *testing.T) {
	w := newWorld(t, reorgSpec, rand.New(rand.NewPCG(3, 4)))
	p := w.newPool(t, uniswapv3.Options{})
	start := p.Block()
	w.c.Sim.Commit()
	w.c.Sim.Commit()
	b1 := evmtest.Ref(w.c.HeaderAt(t, start.Number+1))
	b2 := evmtest.Ref(w.c.HeaderAt(t, start.Number+2))
	tests := []struct {
		name    string
		b       evm.BlockRef
		wantErr error
	}{
		{"gap", b2, uniswapv3.ErrBlockOrder},
		{"wrong parent", evm.BlockRef{Number: b1.Number, Hash: b1.Hash, ParentHash: b2.Hash}, uniswapv3.ErrBlockOrder},
		{"next", b1, nil},
		{"replay", b1, nil},
		{"then the one after", b2, nil},
	}
	for _, tc := range tests {
		if err := p.ApplyBlock(tc.b, nil); !errors.Is(err, tc.wantErr) {
			t.Fatalf("%s: err = %v, want %v", tc.name, err, tc.wantErr)
		}
	}
	if got, want := p.Block(), b2; got != want {
		t.Errorf("block = %+v, want %+v", got, want)
	}
}

// TestLensChunks reads a pool with many ticks in small lens chunks and in
// the largest chunks allowed, and compares with the default read.
func TestLensChunks(t *testing.T) {
	spec := poolSpec{fee: 100, spacing: 1, dec0: 18, dec1: 18, tick: -50, positions: 150, width: 300, fullRange: true, liquidityRange: [2]float64{14, 18}}
	w := newWorld(t, spec, rand.New(rand.NewPCG(5, 6)))
	whole := w.newPool(t, uniswapv3.Options{})
	if n := len(whole.Ticks()); n <= 240 {
		t.Fatalf("only %d initialized ticks; the test needs more than one largest chunk", n)
	}
	for _, opt := range []uniswapv3.Options{
		{LensMaxTicks: 7, LensMaxWords: 300},
		{LensMaxTicks: 240, LensMaxWords: 5000},
	} {
		requireSameState(t, w.newPool(t, opt), whole, "chunked read")
	}
	ctx := context.Background()
	if _, err := uniswapv3.NewPool(ctx, w.c.Client, w.pool, uniswapv3.Options{At: whole.Block(), LensMaxTicks: 241}); err == nil {
		t.Error("NewPool accepted LensMaxTicks 241")
	}
	if _, err := uniswapv3.NewPool(ctx, w.c.Client, w.t0, uniswapv3.Options{At: whole.Block()}); err == nil {
		t.Error("NewPool on a token (not a pool) succeeded")
	}
}
