package sim

import (
	"math"
	"math/big"
	"math/rand/v2"
	"time"
)

// noise is uninformed flow: Poisson arrivals per block, lognormal USD sizes,
// buys with probability 0.5+bias where the bias flips sign in regimes.
type noise struct {
	rng        *rand.Rand
	perBlock   float64 // expected trades per block
	logMedian  float64
	sigma      float64
	bias       float64 // current signed bias
	switchProb float64 // per block

	trades    uint64
	volumeUSD float64

	// record, when set, receives each trade's reserve changes in base units.
	record func(baseDelta, quoteDelta *big.Int)
}

func newNoise(o NoiseOptions, blockTime time.Duration, seed uint64) *noise {
	n := &noise{
		rng:      newRNG(seed, streamNoise),
		perBlock: o.TradesPerHour * blockTime.Hours(),
		sigma:    o.SizeSigma,
	}
	if o.MedianUSD > 0 {
		n.logMedian = math.Log(o.MedianUSD)
	}
	if o.Bias > 0 && o.RegimeMean > 0 {
		n.switchProb = -math.Expm1(-blockTime.Seconds() / o.RegimeMean.Seconds())
		n.bias = o.Bias
		if n.rng.Float64() < 0.5 {
			n.bias = -o.Bias
		}
	}
	return n
}

// block runs one block's noise trades against the pool, each an input amount
// executed against the pool's current state.
func (n *noise) block(p *pool) {
	if n.switchProb > 0 && n.rng.Float64() < n.switchProb {
		n.bias = -n.bias
	}
	for k := poisson(n.rng, n.perBlock); k > 0; k-- {
		buy := n.rng.Float64() < 0.5+n.bias
		usd := math.Exp(n.logMedian + n.sigma*n.rng.NormFloat64())
		if buy {
			in := floatUnits(usd, quoteDecimals)
			if in.Sign() == 0 || p.baseForQuote(in).Sign() == 0 {
				continue
			}
			out := p.buyBase(in)
			if n.record != nil {
				n.record(new(big.Int).Neg(out), new(big.Int).Set(in))
			}
		} else {
			px := p.price()
			if px <= 0 {
				continue
			}
			in := floatUnits(usd/px, tokenDecimals)
			if in.Sign() == 0 || p.quoteForBase(in).Sign() == 0 {
				continue
			}
			out := p.sellBase(in)
			if n.record != nil {
				n.record(new(big.Int).Set(in), new(big.Int).Neg(out))
			}
		}
		n.trades++
		n.volumeUSD += usd
	}
}
