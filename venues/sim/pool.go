package sim

import (
	"math/big"
)

// pool is a constant-product pool in exact Uniswap V2 integer math: base is
// the token (18 decimals), quote the stablecoin (6 decimals).
type pool struct {
	feeBps        int64
	base, quote   *big.Int
	baseF, quoteF float64
	num, den      big.Int // scratch
}

func newPool(feeBps int, base, quote *big.Int) *pool {
	p := &pool{feeBps: int64(feeBps), base: base, quote: quote}
	p.cache()
	return p
}

func (p *pool) cache() {
	p.baseF = unitsFloat(p.base, tokenDecimals)
	p.quoteF = unitsFloat(p.quote, quoteDecimals)
}

// price is the marginal price of the token in quote, before fees.
func (p *pool) price() float64 {
	if p.baseF <= 0 {
		return 0
	}
	return p.quoteF / p.baseF
}

// amountOut is Uniswap V2's getAmountOut generalised to feeBps:
// in·(1e4-fee)·rOut / (rIn·1e4 + in·(1e4-fee)), rounded down.
func (p *pool) amountOut(in, rIn, rOut *big.Int) *big.Int {
	if in.Sign() <= 0 || rIn.Sign() <= 0 || rOut.Sign() <= 0 {
		return new(big.Int)
	}
	inWithFee := p.num.Mul(in, big.NewInt(10000-p.feeBps))
	p.den.Mul(rIn, big.NewInt(10000))
	p.den.Add(&p.den, inWithFee)
	out := new(big.Int).Mul(inWithFee, rOut)
	return out.Quo(out, &p.den)
}

// quoteForBase is what selling in tokens would pay, without trading.
func (p *pool) quoteForBase(in *big.Int) *big.Int { return p.amountOut(in, p.base, p.quote) }

// baseForQuote is what paying in quote would buy, without trading.
func (p *pool) baseForQuote(in *big.Int) *big.Int { return p.amountOut(in, p.quote, p.base) }

// sellBase swaps in tokens for quote and returns the quote paid out.
func (p *pool) sellBase(in *big.Int) *big.Int {
	out := p.quoteForBase(in)
	p.base.Add(p.base, in)
	p.quote.Sub(p.quote, out)
	p.cache()
	return out
}

// buyBase swaps in quote for tokens and returns the tokens paid out.
func (p *pool) buyBase(in *big.Int) *big.Int {
	out := p.baseForQuote(in)
	p.quote.Add(p.quote, in)
	p.base.Sub(p.base, out)
	p.cache()
	return out
}
