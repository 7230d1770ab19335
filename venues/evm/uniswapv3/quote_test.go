package uniswapv3_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/uniswapv3"
)

// quoteSpecs are the pools of the QuoterV2 comparison: default and custom
// fee tiers, mixed decimals, dense and sparse ticks, gaps without liquidity.
var quoteSpecs = []poolSpec{
	{name: "0.3% 18-18 around 1", fee: 3000, spacing: 60, dec0: 18, dec1: 18, tick: 0, positions: 60, width: 40, fullRange: true, liquidityRange: [2]float64{15, 20}, trades: 330},
	{name: "0.05% 18-6 around 3000", fee: 500, spacing: 10, dec0: 18, dec1: 6, tick: -196_250, positions: 80, width: 60, fullRange: true, liquidityRange: [2]float64{10, 14}, trades: 300},
	{name: "0.01% dense spacing 1", fee: 100, spacing: 1, dec0: 18, dec1: 18, tick: 1_000, positions: 150, width: 12, fullRange: true, liquidityRange: [2]float64{14, 19}, trades: 170},
	{name: "1% sparse with gaps", fee: 10000, spacing: 200, dec0: 6, dec1: 18, tick: 250_000, positions: 25, width: 8, fullRange: false, liquidityRange: [2]float64{14, 18}, trades: 330},
}

// TestQuotesMatchQuoterV2 compares QuoteExactIn and QuoteExactOut with the
// real QuoterV2 (eth_call) on randomized trades: same amount and sqrt price
// after, to the wei, or both refusing. Sizes run from 1 wei to past all the
// concentrated liquidity, so many trades cross many ticks; some carry a
// price limit. Between batches real swaps, mints and burns change the pool,
// which the Go pool follows from logs only; its slot0 must match the chain,
// and at the end its ticks must match a fresh read.
func TestQuotesMatchQuoterV2(t *testing.T) {
	var total, refusedBoth, maxCrossed, maxQuoterCrossed, exactIns, limited, over10 int
	for si, spec := range quoteSpecs {
		t.Run(spec.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(si), 7))
			w := newWorld(t, spec, rng)
			p := w.newPool(t, uniswapv3.Options{})
			budgets := w.budgets(t)
			for i := 0; i < spec.trades; i++ {
				if i > 0 && i%40 == 0 {
					w.changeMarket(t, p, spec, rng)
					budgets = w.budgets(t)
				}
				exactIn := rng.IntN(2) == 0
				zeroForOne := rng.IntN(2) == 0
				b := budgets[b2i(zeroForOne)][b2i(exactIn)]
				amount := randomAmount(rng, b)
				if rng.IntN(4) == 0 { // a quarter are large: an eighth of the budget or more
					amount.Add(new(big.Int).Rsh(b, 3), randomAmount(rng, new(big.Int).Rsh(b, 1)))
				}
				var limit *big.Int
				if rng.IntN(5) == 0 {
					limit = w.randomLimit(t, p, zeroForOne, rng)
				}
				crossed, refused := w.compareQuote(t, p, exactIn, zeroForOne, amount, limit)
				switch {
				case refused:
					refusedBoth++
				default:
					total++
					if exactIn {
						exactIns++
					}
					if limit != nil {
						limited++
					}
					if crossed[0] >= 10 {
						over10++
					}
				}
				maxCrossed = max(maxCrossed, crossed[0])
				maxQuoterCrossed = max(maxQuoterCrossed, crossed[1])
			}
			w.follow(t, p)
			requireSameState(t, p, w.newPool(t, uniswapv3.Options{}), "after following the logs")
		})
	}
	if total < 1000 {
		t.Errorf("%d trades matched, want >= 1000", total)
	}
	if maxCrossed < 50 {
		t.Errorf("at most %d initialized ticks crossed in one trade, want >= 50", maxCrossed)
	}
	t.Logf("V3: %d randomized trades matched QuoterV2 to the wei (%d exact in, %d exact out, %d with a price limit; %d more refused by both); %d crossed 10+ initialized ticks, at most %d in one trade (QuoterV2 counts %d)",
		total, exactIns, total-exactIns, limited, refusedBoth, over10, maxCrossed, maxQuoterCrossed)
}

// compareQuote quotes one trade both ways and fails on any difference.
// It returns the ticks crossed (ours, QuoterV2's) and whether both refused.
func (w *world) compareQuote(t *testing.T, p *uniswapv3.Pool, exactIn, zeroForOne bool, amount, limit *big.Int) ([2]int, bool) {
	t.Helper()
	ctx := context.Background()
	tokenIn, tokenOut := w.t0, w.t1
	if !zeroForOne {
		tokenIn, tokenOut = tokenOut, tokenIn
	}
	var ulimit *uint256.Int
	if limit != nil {
		ulimit = u256(limit)
	}
	block := new(big.Int).SetUint64(p.Block().Number)
	var (
		got  uniswapv3.Quote
		gerr error
		want struct {
			Amount, SqrtPriceX96After *big.Int
			TicksCrossed              uint32
		}
		werr error
	)
	if exactIn {
		got, gerr = p.QuoteExactIn(zeroForOne, u256(amount), ulimit)
		r, err := w.v3.QuoteExactInputSingle(ctx, tokenIn, tokenOut, w.fee, amount, limit, block)
		want.Amount, want.SqrtPriceX96After, want.TicksCrossed, werr = r.Amount, r.SqrtPriceX96After, r.TicksCrossed, err
	} else {
		got, gerr = p.QuoteExactOut(zeroForOne, u256(amount), ulimit)
		r, err := w.v3.QuoteExactOutputSingle(ctx, tokenIn, tokenOut, w.fee, amount, limit, block)
		want.Amount, want.SqrtPriceX96After, want.TicksCrossed, werr = r.Amount, r.SqrtPriceX96After, r.TicksCrossed, err
	}
	what := func() string {
		kind := "exact out"
		if exactIn {
			kind = "exact in"
		}
		return kind + " " + amount.String() + " zeroForOne=" + boolStr(zeroForOne) + " limit=" + bigStr(limit)
	}
	switch {
	case gerr != nil && werr != nil:
		return [2]int{}, true
	case gerr != nil:
		t.Fatalf("%s: we refuse (%v), QuoterV2 says %s", what(), gerr, want.Amount)
	case werr != nil:
		t.Fatalf("%s: QuoterV2 refuses (%v), we say in %s out %s", what(), werr, got.AmountIn.Dec(), got.AmountOut.Dec())
	}
	ours := &got.AmountOut
	if !exactIn {
		ours = &got.AmountIn
	}
	if ours.ToBig().Cmp(want.Amount) != 0 || got.SqrtPriceX96After.ToBig().Cmp(want.SqrtPriceX96After) != 0 {
		t.Fatalf("%s: we say %s (price %s), QuoterV2 %s (price %s)", what(), ours.Dec(), got.SqrtPriceX96After.Dec(), want.Amount, want.SqrtPriceX96After)
	}
	return [2]int{got.TicksCrossed, int(want.TicksCrossed)}, false
}

// budgets bound trade sizes, indexed [zeroForOne][exactIn]: up to twice
// the pool's balance of the input token (exact in) or a little past its
// balance of the output token (exact out), so trades run from dust to
// sweeping every initialized tick on one side without walking the
// full-range liquidity to the ends of the tick range.
func (w *world) budgets(t *testing.T) [2][2]*big.Int {
	t.Helper()
	b0 := w.c.BalanceOf(t, w.t0, w.pool)
	b1 := w.c.BalanceOf(t, w.t1, w.pool)
	in := func(b *big.Int) *big.Int { return new(big.Int).Lsh(b, 1) }
	out := func(b *big.Int) *big.Int { return new(big.Int).Add(b, new(big.Int).Div(b, big.NewInt(10))) }
	return [2][2]*big.Int{
		{out(b0), in(b1)}, // one for zero: token1 in, token0 out
		{out(b1), in(b0)}, // zero for one: token0 in, token1 out
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// randomLimit is a sqrt price limit some ticks away in the trade's direction.
func (w *world) randomLimit(t *testing.T, p *uniswapv3.Pool, zeroForOne bool, rng *rand.Rand) *big.Int {
	t.Helper()
	_, tick, _ := p.Slot0()
	d := int32(1 + rng.IntN(2000))
	if zeroForOne {
		d = -d
	}
	target := max(uniswapv3.MinTick+1, min(uniswapv3.MaxTick-1, tick+d))
	s, err := uniswapv3.SqrtRatioAtTick(target)
	if err != nil {
		t.Fatal(err)
	}
	// A price strictly between ticks now and then.
	if rng.IntN(2) == 0 {
		s.AddUint64(&s, uint64(rng.IntN(1000)))
	}
	return s.ToBig()
}

// changeMarket makes real swaps, mints and burns, feeds them to the pool
// from the logs, and checks every predicted swap against the chain.
func (w *world) changeMarket(t *testing.T, p *uniswapv3.Pool, spec poolSpec, rng *rand.Rand) {
	t.Helper()
	w.follow(t, p)
	for k := 0; k < 3; k++ {
		zeroForOne := rng.IntN(2) == 0
		amount := randomAmount(rng, new(big.Int).Div(w.budgets(t)[b2i(zeroForOne)][1], big.NewInt(8)))
		q, err := p.QuoteExactIn(zeroForOne, u256(amount), nil)
		if errors.Is(err, uniswapv3.ErrNoLiquidity) || errors.Is(err, uniswapv3.ErrPriceLimit) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		w.v3.Swap(t, trader, w.pool, zeroForOne, amount, nil)
		w.follow(t, p)
		requireChainSlot0(t, w, p, "after a real swap")
		s, tick, liq := p.Slot0()
		if s != q.SqrtPriceX96After || tick != q.TickAfter || liq != q.LiquidityAfter {
			t.Fatalf("swap predicted %s/%d/%s, pool went to %s/%d/%s", q.SqrtPriceX96After.Dec(), q.TickAfter, q.LiquidityAfter.Dec(), s.Dec(), tick, liq.Dec())
		}
	}
	lower, upper := w.randomRange(rng, spec)
	liq := randomLiquidity(rng, spec.liquidityRange)
	w.v3.Mint(t, lp, w.pool, lower, upper, liq)
	if rng.IntN(2) == 0 {
		w.v3.Burn(t, lp, w.pool, lower, upper, new(big.Int).Div(liq, big.NewInt(int64(1+rng.IntN(3)))))
	}
	w.follow(t, p)
	requireChainSlot0(t, w, p, "after mint and burn")
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func bigStr(v *big.Int) string {
	if v == nil {
		return "none"
	}
	return v.String()
}
