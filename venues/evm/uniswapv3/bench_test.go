package uniswapv3_test

import (
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/uniswapv3"
)

// benchPool is a dense pool (spacing 1, 150 positions) read from a chain.
func benchPool(b *testing.B) *uniswapv3.Pool {
	b.Helper()
	w := newWorld(b, quoteSpecs[2], rand.New(rand.NewPCG(2, 7)))
	return w.newPool(b, uniswapv3.Options{})
}

// sweepAmounts are the input and output of a trade that crosses almost
// every initialized tick below the price (stopping short of the thin
// full-range liquidity beyond them).
func sweepAmounts(b *testing.B, p *uniswapv3.Pool) (in, out uint256.Int) {
	b.Helper()
	ticks := p.Ticks()
	limit, err := uniswapv3.SqrtRatioAtTick(ticks[1].Tick) // ticks[0] is the full range's lower end
	if err != nil {
		b.Fatal(err)
	}
	var huge uint256.Int
	huge.SetFromDecimal("1000000000000000000000000000")
	q, err := p.QuoteExactIn(true, &huge, &limit)
	if err != nil {
		b.Fatal(err)
	}
	in.MulDivOverflow(&q.AmountIn, uint256.NewInt(99), uint256.NewInt(100))
	out.MulDivOverflow(&q.AmountOut, uint256.NewInt(99), uint256.NewInt(100))
	return in, out
}

func benchQuote(b *testing.B, p *uniswapv3.Pool, exactIn bool, amount *uint256.Int) {
	quote := p.QuoteExactOut
	if exactIn {
		quote = p.QuoteExactIn
	}
	q, err := quote(true, amount, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := quote(true, amount, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(q.TicksCrossed), "ticks")
}

func BenchmarkQuoteExactInOneTick(b *testing.B) {
	benchQuote(b, benchPool(b), true, uint256.NewInt(1e12))
}

func BenchmarkQuoteExactOutOneTick(b *testing.B) {
	benchQuote(b, benchPool(b), false, uint256.NewInt(1e12))
}

func BenchmarkQuoteExactInManyTicks(b *testing.B) {
	p := benchPool(b)
	in, _ := sweepAmounts(b, p)
	benchQuote(b, p, true, &in)
}

func BenchmarkQuoteExactOutManyTicks(b *testing.B) {
	p := benchPool(b)
	_, out := sweepAmounts(b, p)
	benchQuote(b, p, false, &out)
}

func BenchmarkSqrtRatioAtTick(b *testing.B) {
	b.ReportAllocs()
	tick := int32(-195_001)
	for b.Loop() {
		if _, err := uniswapv3.SqrtRatioAtTick(tick); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTickAtSqrtRatio(b *testing.B) {
	s, _ := uniswapv3.SqrtRatioAtTick(-195_001)
	s.AddUint64(&s, 12345)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := uniswapv3.TickAtSqrtRatio(&s); err != nil {
			b.Fatal(err)
		}
	}
}
