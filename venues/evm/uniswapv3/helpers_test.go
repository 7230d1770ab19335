package uniswapv3_test

import (
	"context"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv3"
)

// lp is the account that provides liquidity; trader swaps.
const (
	lp     = 0
	trader = 1
)

// world is a chain with the real V3 factory, QuoterV2 and one pool.
type world struct {
	c      *evmtest.Chain
	v3     *evmtest.V3
	pool   common.Address
	t0, t1 common.Address
	fee    uint32
}

// poolSpec describes a test pool.
type poolSpec struct {
	name           string
	fee            uint32
	spacing        int32 // enabled on the factory when not a default tier
	dec0, dec1     uint8
	tick           int32 // initial price
	positions      int   // random positions around the price
	width          int32 // max position width in spacings
	fullRange      bool  // add a full-range position (a tenth of the largest liquidity)
	liquidityRange [2]float64
	trades         int // randomized trades in TestQuotesMatchQuoterV2
}

func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

func u256(v *big.Int) *uint256.Int { return uint256.MustFromBig(v) }

// newWorld deploys the V3 stack and a pool per spec with random positions.
func newWorld(t testing.TB, spec poolSpec, rng *rand.Rand) *world {
	t.Helper()
	c := evmtest.NewChain(t, evmtest.Options{})
	v3 := evmtest.DeployV3(t, c)
	if spec.fee != 500 && spec.fee != 3000 && spec.fee != 10000 {
		v3.EnableFee(t, spec.fee, spec.spacing)
	}
	a := c.DeployToken(t, "A", "A", spec.dec0)
	b := c.DeployToken(t, "B", "B", spec.dec1)
	sqrt, err := uniswapv3.SqrtRatioAtTick(spec.tick)
	if err != nil {
		t.Fatal(err)
	}
	pool := v3.CreatePool(t, a, b, spec.fee, sqrt.ToBig())
	t0, t1 := v3.Tokens(t, pool)
	lots := new(big.Int).Lsh(big.NewInt(1), 200)
	for _, acct := range []int{lp, trader} {
		v3.Fund(t, acct, t0, lots)
		v3.Fund(t, acct, t1, lots)
	}
	w := &world{c: c, v3: v3, pool: pool, t0: t0, t1: t1, fee: spec.fee}

	c.SetAutoCommit(false)
	if spec.fullRange {
		lo := -(uniswapv3.MaxTick / spec.spacing) * spec.spacing
		full, _ := new(big.Float).SetFloat64(math.Pow(10, spec.liquidityRange[1]-1)).Int(nil)
		v3.Mint(t, lp, pool, lo, -lo, full)
	}
	for i := 0; i < spec.positions; i++ {
		lower, upper := w.randomRange(rng, spec)
		v3.Mint(t, lp, pool, lower, upper, randomLiquidity(rng, spec.liquidityRange))
		if i%60 == 59 {
			c.Commit(t)
		}
	}
	c.Commit(t)
	c.SetAutoCommit(true)
	return w
}

// randomRange is a position of 1..width spacings near the spec's price.
func (w *world) randomRange(rng *rand.Rand, spec poolSpec) (int32, int32) {
	base := spec.tick / spec.spacing
	lower := (base + int32(rng.IntN(int(4*spec.width+1))) - 2*spec.width) * spec.spacing
	upper := lower + (1+int32(rng.IntN(int(spec.width))))*spec.spacing
	return lower, upper
}

func randomLiquidity(rng *rand.Rand, r [2]float64) *big.Int {
	f, _ := new(big.Float).SetFloat64(math.Pow(10, r[0]+rng.Float64()*(r[1]-r[0]))).Int(nil)
	return f.Add(f, big.NewInt(1))
}

// newPool reads the pool at the chain's head.
func (w *world) newPool(t testing.TB, opt uniswapv3.Options) *uniswapv3.Pool {
	t.Helper()
	if opt.At.Number == 0 {
		opt.At = evmtest.Ref(w.c.Head(t))
	}
	p, err := uniswapv3.NewPool(context.Background(), w.c.Client, w.pool, opt)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// follow feeds the pool every block after its current one up to the head.
func (w *world) follow(t testing.TB, p *uniswapv3.Pool) {
	t.Helper()
	head := w.c.Head(t).Number.Uint64()
	if from := p.Block().Number + 1; from <= head {
		w.c.Feed(t, p, from, head)
	}
}

// requireSameState compares two pools' slot0, liquidity and ticks.
func requireSameState(t testing.TB, got, want *uniswapv3.Pool, when string) {
	t.Helper()
	gs, gt, gl := got.Slot0()
	ws, wt, wl := want.Slot0()
	if gs != ws || gt != wt || gl != wl {
		t.Fatalf("%s: slot0 %s/%d/%s, want %s/%d/%s", when, gs.Dec(), gt, gl.Dec(), ws.Dec(), wt, wl.Dec())
	}
	g, wk := got.Ticks(), want.Ticks()
	if len(g) != len(wk) {
		t.Fatalf("%s: %d initialized ticks, want %d", when, len(g), len(wk))
	}
	for i := range g {
		if g[i] != wk[i] {
			t.Fatalf("%s: tick %d = %+v, want %+v", when, i, g[i], wk[i])
		}
	}
}

// requireChainSlot0 compares the pool's slot0 with the chain's head.
func requireChainSlot0(t testing.TB, w *world, p *uniswapv3.Pool, when string) {
	t.Helper()
	sqrt, tick := w.v3.Slot0(t, w.pool)
	liq := w.v3.Liquidity(t, w.pool)
	gs, gt, gl := p.Slot0()
	if gs.ToBig().Cmp(sqrt) != 0 || gt != tick || gl.ToBig().Cmp(liq) != 0 {
		t.Fatalf("%s: pool slot0 %s/%d/%s, chain %s/%d/%s", when, gs.Dec(), gt, gl.Dec(), sqrt, tick, liq)
	}
}

// randomAmount is log-uniform in [1, max].
func randomAmount(rng *rand.Rand, max *big.Int) *big.Int {
	if max.Sign() <= 0 {
		return big.NewInt(1)
	}
	bits := 1 + rng.IntN(max.BitLen())
	buf := make([]byte, (bits+7)/8)
	for i := range buf {
		buf[i] = byte(rng.Uint32())
	}
	v := new(big.Int).SetBytes(buf)
	v.Rsh(v, uint(len(buf)*8-bits))
	v.Mod(v, max)
	return v.Add(v, big.NewInt(1))
}
