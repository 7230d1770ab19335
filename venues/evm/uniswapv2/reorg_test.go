package uniswapv2_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv2"
)

// swapIn makes a real exact-input swap of amount from account `from`.
func swapIn(t *testing.T, w *world, from int, zeroForOne bool, in *big.Int) {
	t.Helper()
	r0, r1 := w.v2.Reserves(t, w.pair)
	rIn, rOut := r0, r1
	if !zeroForOne {
		rIn, rOut = r1, r0
	}
	out, err := uniswapv2.GetAmountOut(u256(in), u256(rIn), u256(rOut), 30)
	if err != nil {
		t.Fatal(err)
	}
	a0, a1 := outs(zeroForOne, out.ToBig())
	w.v2.Swap(t, from, w.pair, w.tokenIn(zeroForOne), in, a0, a1)
}

// requireChainState compares the pool with getReserves on the chain's head.
func requireChainState(t *testing.T, w *world, p *uniswapv2.Pool, when string) {
	t.Helper()
	c0, c1 := w.v2.Reserves(t, w.pair)
	r0, r1 := p.Reserves()
	if r0.ToBig().Cmp(c0) != 0 || r1.ToBig().Cmp(c1) != 0 {
		t.Fatalf("%s: pool reserves %s/%s, chain %s/%s", when, r0.Dec(), r1.Dec(), c0, c1)
	}
	if got, want := p.Block().Number, w.c.Head(t).Number.Uint64(); got != want {
		t.Fatalf("%s: pool at block %d, head %d", when, got, want)
	}
}

// TestReorgRollsBackAndRebuilds follows a pair through swaps, forks the
// chain below them (simulated backend Fork), and drives Revert/ApplyBlock as
// the watcher would: the pool returns to the ancestor's reserves, rejects
// the abandoned blocks, and rebuilds to the new chain's state.
func TestReorgRollsBackAndRebuilds(t *testing.T) {
	e := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	w := newWorld(t, 18, 18, new(big.Int).Mul(big.NewInt(1000), e), new(big.Int).Mul(big.NewInt(1000), e))
	v2, c := w.v2, w.c
	v2.Fund(t, 2, w.t0, new(big.Int).Mul(big.NewInt(1000), e))
	v2.Fund(t, 2, w.t1, new(big.Int).Mul(big.NewInt(1000), e))
	p := w.newPool(t)

	ancestor := evmtest.Ref(c.Head(t))
	a0, a1 := v2.Reserves(t, w.pair)
	// Old branch: three blocks of swaps by account 1.
	for i := int64(1); i <= 3; i++ {
		swapIn(t, w, 1, true, new(big.Int).Mul(big.NewInt(i*7), e))
	}
	w.follow(t, p)
	requireChainState(t, w, p, "old branch")
	oldTip := evmtest.Ref(c.Head(t))

	// Reorg: a longer branch from the ancestor with other swaps by account 2.
	if err := c.Sim.Fork(ancestor.Hash); err != nil {
		t.Fatal(err)
	}
	c.ResetNonces()
	for i := int64(1); i <= 5; i++ {
		swapIn(t, w, 2, false, new(big.Int).Mul(big.NewInt(i*11), e))
	}
	newTip := evmtest.Ref(c.Head(t))
	if newTip.Number <= oldTip.Number {
		t.Fatalf("fork tip %d not past old tip %d", newTip.Number, oldTip.Number)
	}

	// The new branch's next block does not extend the pool's old tip.
	next := c.HeaderAt(t, oldTip.Number+1)
	if err := p.ApplyBlock(evmtest.Ref(next), nil); !errors.Is(err, uniswapv2.ErrBlockOrder) {
		t.Fatalf("applying the new branch without Revert: err = %v, want ErrBlockOrder", err)
	}
	// A block of the new branch at a height the pool holds conflicts too.
	if err := p.ApplyBlock(evmtest.Ref(c.HeaderAt(t, ancestor.Number+1)), nil); !errors.Is(err, uniswapv2.ErrBlockOrder) {
		t.Fatalf("re-applying a height with another hash: err = %v, want ErrBlockOrder", err)
	}

	if err := p.Revert(ancestor); err != nil {
		t.Fatal(err)
	}
	r0, r1 := p.Reserves()
	if r0.ToBig().Cmp(a0) != 0 || r1.ToBig().Cmp(a1) != 0 {
		t.Fatalf("after Revert: reserves %s/%s, ancestor had %s/%s", r0.Dec(), r1.Dec(), a0, a1)
	}
	if got := p.Block(); got != ancestor {
		t.Fatalf("after Revert: block %+v, want %+v", got, ancestor)
	}
	w.follow(t, p)
	requireChainState(t, w, p, "new branch")

	// A fresh read of the new head agrees with the rebuilt state.
	fresh := w.newPool(t)
	f0, f1 := fresh.Reserves()
	g0, g1 := p.Reserves()
	if f0 != g0 || f1 != g1 {
		t.Fatalf("rebuilt %s/%s, fresh read %s/%s", g0.Dec(), g1.Dec(), f0.Dec(), f1.Dec())
	}
}

func TestRevertTooDeep(t *testing.T) {
	e := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	w := newWorld(t, 18, 18, e, e)
	start := evmtest.Ref(w.c.Head(t))
	p, err := uniswapv2.NewPool(context.Background(), w.c.Client, w.pair, uniswapv2.Options{At: start, MaxReorgDepth: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		w.c.Sim.Commit()
	}
	w.follow(t, p)
	if err := p.Revert(start); !errors.Is(err, uniswapv2.ErrReorgTooDeep) {
		t.Fatalf("Revert past the history: err = %v, want ErrReorgTooDeep", err)
	}
	keep := evmtest.Ref(w.c.HeaderAt(t, start.Number+2))
	if err := p.Revert(keep); err != nil {
		t.Fatalf("Revert within the history: %v", err)
	}
}

func TestApplyBlockOrder(t *testing.T) {
	e := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	w := newWorld(t, 18, 18, e, e)
	p := w.newPool(t)
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
		{"gap", b2, uniswapv2.ErrBlockOrder},
		{"wrong parent", evm.BlockRef{Number: b1.Number, Hash: b1.Hash, ParentHash: b2.Hash}, uniswapv2.ErrBlockOrder},
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
