package sim

import (
	"math"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/shopspring/decimal"
)

// gasMarket is the chain's fee market: log base fee is an Ornstein-Uhlenbeck
// process around log(BaseFeeGwei) with rare multiplicative spikes.
type gasMarket struct {
	o         GasOptions
	rng       *rand.Rand
	x         float64 // log(base fee / BaseFeeGwei)
	decay     float64 // per block
	shockSD   float64 // per block
	spikeProb float64 // per block

	baseWei, tipWei int64
	spikes          uint64
}

func newGasMarket(o GasOptions, blockTime time.Duration, seed uint64) *gasMarket {
	theta := math.Ln2 / o.HalfLife.Seconds()
	decay := math.Exp(-theta * blockTime.Seconds())
	g := &gasMarket{
		o:         o,
		rng:       newRNG(seed, streamGas),
		decay:     decay,
		shockSD:   o.Vol * math.Sqrt(1-decay*decay),
		spikeProb: -math.Expm1(-o.SpikesPerDay * blockTime.Hours() / 24),
		tipWei:    int64(math.Round(o.TipGwei * 1e9)),
	}
	g.quantise()
	return g
}

// step advances the base fee by one block.
func (g *gasMarket) step() {
	g.x = g.x*g.decay + g.shockSD*g.rng.NormFloat64()
	if g.spikeProb > 0 && g.rng.Float64() < g.spikeProb {
		g.x += math.Log(g.o.SpikeMultiplier)
		g.spikes++
	}
	g.quantise()
}

func (g *gasMarket) quantise() {
	gwei := max(g.o.BaseFeeGwei*math.Exp(g.x), g.o.MinBaseFeeGwei)
	g.baseWei = max(int64(math.Round(gwei*1e9)), 1)
}

// gasPrice is the effective price per gas unit in wei under a plan's fee cap
// (maxFeeGwei <= 0: uncapped); ok is false when the cap is below the base fee,
// so the transaction cannot be included.
func (g *gasMarket) gasPrice(maxFeeGwei float64) (wei int64, ok bool) {
	wei = g.baseWei + g.tipWei
	if maxFeeGwei <= 0 {
		return wei, true
	}
	capWei := int64(math.Round(maxFeeGwei * 1e9))
	if capWei < g.baseWei {
		return 0, false
	}
	return min(wei, capWei), true
}

// l1Wei is the L1 data fee in wei at the native price, rounded up.
func (g *gasMarket) l1Wei(nativeUSD decimal.Decimal) *big.Int {
	if g.o.L1FeeUSD <= 0 || !nativeUSD.IsPositive() {
		return new(big.Int)
	}
	return decimal.NewFromFloat(g.o.L1FeeUSD).Shift(nativeDecimals).Div(nativeUSD).Ceil().BigInt()
}
