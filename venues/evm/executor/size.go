package executor

import (
	"math"
	"math/big"
)

// V2Reserves are a Uniswap V2 pair's reserves oriented as the leveraged
// token and its quote token, with the pair's fee (30 bps for Uniswap V2).
type V2Reserves struct {
	Token, Quote *big.Int
	FeeBps       uint32
}

// MintAndSellSize is the token quantity to mint and sell into the pair that
// maximises the loop's profit when minting costs mintCost quote units per
// 1e18 tokens (fee included). With x, y the token and quote reserves, g the
// fraction of the input the pair keeps after its fee and m the mint cost per
// raw token unit, selling d pays g*x*y/(x+g*d)^2 at the margin, so the
// optimum is d = (sqrt(g*x*y/m) - x)/g, after which the pair's bid equals m.
// Zero when the pair's bid does not exceed the mint cost.
func MintAndSellSize(r V2Reserves, mintCost *big.Int) *big.Int {
	x, y, g, ok := oriented(r)
	m := perUnit(mintCost)
	if !ok || m <= 0 {
		return new(big.Int)
	}
	d := (math.Sqrt(g*x*y/m) - x) / g
	return floorPositive(d)
}

// BuyAndRedeemSize is the quote amount to spend buying the token from the
// pair that maximises the loop's profit when redeeming pays redeemProceeds
// quote units per 1e18 tokens (after the fee). Buying with q returns tokens
// whose marginal cost is (y+g*q)^2/(g*x*y), so the optimum is
// q = (sqrt(g*x*y*p) - y)/g with p the proceeds per raw token unit. Zero
// when the pair's ask is not below the proceeds.
func BuyAndRedeemSize(r V2Reserves, redeemProceeds *big.Int) *big.Int {
	x, y, g, ok := oriented(r)
	p := perUnit(redeemProceeds)
	if !ok || p <= 0 {
		return new(big.Int)
	}
	q := (math.Sqrt(g*x*y*p) - y) / g
	return floorPositive(q)
}

// V2AmountOut is the Uniswap V2 output for amountIn:
// in*(1e4-fee)*rOut / (rIn*1e4 + in*(1e4-fee)), rounded down as the pair does.
func V2AmountOut(amountIn, reserveIn, reserveOut *big.Int, feeBps uint32) *big.Int {
	if amountIn.Sign() <= 0 || reserveIn.Sign() <= 0 || reserveOut.Sign() <= 0 {
		return new(big.Int)
	}
	inWithFee := new(big.Int).Mul(amountIn, big.NewInt(int64(10_000-feeBps)))
	num := new(big.Int).Mul(inWithFee, reserveOut)
	den := new(big.Int).Add(new(big.Int).Mul(reserveIn, big.NewInt(10_000)), inWithFee)
	return num.Quo(num, den)
}

// PoolPrice is the pair's mid price in quote units per 1e18 tokens.
func PoolPrice(r V2Reserves) *big.Int {
	if r.Token == nil || r.Token.Sign() <= 0 || r.Quote == nil {
		return new(big.Int)
	}
	p := new(big.Int).Mul(r.Quote, big.NewInt(1e18))
	return p.Quo(p, r.Token)
}

func oriented(r V2Reserves) (x, y, g float64, ok bool) {
	if r.Token == nil || r.Quote == nil || r.Token.Sign() <= 0 || r.Quote.Sign() <= 0 || r.FeeBps >= 10_000 {
		return 0, 0, 0, false
	}
	x, _ = new(big.Float).SetInt(r.Token).Float64()
	y, _ = new(big.Float).SetInt(r.Quote).Float64()
	return x, y, float64(10_000-r.FeeBps) / 10_000, true
}

func perUnit(per1e18 *big.Int) float64 {
	if per1e18 == nil {
		return 0
	}
	v, _ := new(big.Float).Quo(new(big.Float).SetInt(per1e18), big.NewFloat(1e18)).Float64()
	return v
}

func floorPositive(v float64) *big.Int {
	if !(v > 1) || math.IsInf(v, 0) {
		return new(big.Int)
	}
	out, _ := big.NewFloat(math.Floor(v)).Int(nil)
	return out
}
