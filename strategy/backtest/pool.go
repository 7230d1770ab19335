package backtest

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// simPool is a constant-product pool in exact Uniswap V2 integer math:
// amounts are base units of the pool's assets.
type simPool struct {
	info        *PoolInfo
	base, quote *big.Int
	feeBps      int64
	baseF       float64 // reserves as floats, for the engine
	quoteF      float64
	block       uint64
	set         bool
	chain       int  // chain index of the configured token's chain, or -1
	emit        bool // a configured token trades on it
	touched     bool // changed since its last PoolUpdate to the engine
	num, den    big.Int
	gFee, ten4  big.Int   // 10000 - fee, and 10000
	f           big.Float // scratch for the float reserves
}

func (p *simPool) load(ps *poolState) {
	if p.base == nil {
		p.base, p.quote = new(big.Int), new(big.Int)
	}
	p.base.Set(ps.base)
	p.quote.Set(ps.quote)
	p.feeBps, p.block, p.set, p.touched = int64(ps.feeBps), ps.block, true, true
	p.gFee.SetInt64(10000 - p.feeBps)
	p.ten4.SetInt64(10000)
	p.cache()
}

func (p *simPool) cache() {
	p.baseF = p.float(p.base, p.info.BaseDecimals)
	p.quoteF = p.float(p.quote, p.info.QuoteDecimals)
}

// float is unitsFloat without allocating.
func (p *simPool) float(u *big.Int, decimals int32) float64 {
	if u.IsInt64() {
		return float64(u.Int64()) / pow10(decimals)
	}
	f, _ := p.f.SetInt(u).Float64()
	return f / pow10(decimals)
}

// amountOut is getAmountOut generalised to a bps fee:
// in (1e4 - fee) rOut / (rIn 1e4 + in (1e4 - fee)), rounded down. It
// returns a fresh integer.
func (p *simPool) amountOut(in, rIn, rOut *big.Int) *big.Int {
	out := new(big.Int)
	if in.Sign() <= 0 || rIn.Sign() <= 0 || rOut.Sign() <= 0 {
		return out
	}
	p.num.Mul(in, &p.gFee)
	p.den.Mul(rIn, &p.ten4)
	p.den.Add(&p.den, &p.num)
	out.Mul(&p.num, rOut)
	return out.Quo(out, &p.den)
}

// swap trades in (base units of the input asset) against the pool and
// returns what it paid out.
func (p *simPool) swap(in *big.Int, baseIn bool) *big.Int {
	var out *big.Int
	if baseIn {
		out = p.amountOut(in, p.base, p.quote)
		p.base.Add(p.base, in)
		p.quote.Sub(p.quote, out)
	} else {
		out = p.amountOut(in, p.quote, p.base)
		p.quote.Add(p.quote, in)
		p.base.Sub(p.base, out)
	}
	p.cache()
	p.touched = true
	return out
}

// unitsFloat is the float value of u base units.
func unitsFloat(u *big.Int, decimals int32) float64 {
	if u.IsInt64() {
		return float64(u.Int64()) / pow10(decimals)
	}
	f, _ := new(big.Float).SetInt(u).Float64()
	return f / pow10(decimals)
}

func pow10(n int32) float64 {
	x := 1.0
	for range n {
		x *= 10
	}
	return x
}

// toUnits is a non-negative amount in base units, rounded down.
func toUnits(d decimal.Decimal, decimals int32) *big.Int {
	return d.Shift(decimals).Floor().BigInt()
}

// ceilUnits is a non-negative amount in base units, rounded up.
func ceilUnits(d decimal.Decimal, decimals int32) *big.Int {
	return d.Shift(decimals).Ceil().BigInt()
}

// fromUnits is the exact amount of u base units.
func fromUnits(u *big.Int, decimals int32) decimal.Decimal {
	return decimal.NewFromBigInt(u, -decimals)
}

// bpsOf is exactly bps/1e4 of u base units, as an amount.
func bpsOf(u *big.Int, bps int64, decimals int32) decimal.Decimal {
	return decimal.NewFromBigInt(new(big.Int).Mul(u, big.NewInt(bps)), -decimals-4)
}
