package uniswapv2_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv2"
)

// world is a chain with the real V2 factory and one funded pair.
type world struct {
	c      *evmtest.Chain
	v2     *evmtest.V2
	pair   common.Address
	t0, t1 common.Address
}

// pow10 returns 10^n.
func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// newWorld deploys a pair of tokens with the given decimals and adds
// liquidity r0, r1; account 1 trades (funded with a lot of both tokens).
func newWorld(t testing.TB, dec0, dec1 uint8, r0, r1 *big.Int) *world {
	t.Helper()
	c := evmtest.NewChain(t, evmtest.Options{})
	v2 := evmtest.DeployV2(t, c)
	a := c.DeployToken(t, "A", "A", dec0)
	b := c.DeployToken(t, "B", "B", dec1)
	pair := v2.CreatePair(t, a, b)
	t0, t1 := v2.Tokens(t, pair)
	if t0 != a { // keep r0/r1 and decimals attached to token0/token1
		r0, r1 = r1, r0
	}
	v2.AddLiquidity(t, 0, pair, r0, r1)
	lots := new(big.Int).Lsh(big.NewInt(1), 200)
	v2.Fund(t, 1, t0, lots)
	v2.Fund(t, 1, t1, lots)
	return &world{c: c, v2: v2, pair: pair, t0: t0, t1: t1}
}

// newPool reads the pair at the chain's head.
func (w *world) newPool(t testing.TB) *uniswapv2.Pool {
	t.Helper()
	p, err := uniswapv2.NewPool(context.Background(), w.c.Client, w.pair, uniswapv2.Options{At: evmtest.Ref(w.c.Head(t))})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// follow feeds the pool every block after its current one up to the head.
func (w *world) follow(t testing.TB, p *uniswapv2.Pool) {
	t.Helper()
	head := w.c.Head(t).Number.Uint64()
	if from := p.Block().Number + 1; from <= head {
		w.c.Feed(t, p, from, head)
	}
}

func u256(v *big.Int) *uint256.Int { return uint256.MustFromBig(v) }

// tokenIn is the input token of a direction.
func (w *world) tokenIn(zeroForOne bool) common.Address {
	if zeroForOne {
		return w.t0
	}
	return w.t1
}

// outs returns (amount0Out, amount1Out) for an output in a direction.
func outs(zeroForOne bool, out *big.Int) (*big.Int, *big.Int) {
	if zeroForOne {
		return new(big.Int), out
	}
	return out, new(big.Int)
}
