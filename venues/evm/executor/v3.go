package executor

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
)

// MintAndSellV3Call is the calldata of mintAndSellV3: sell into the V3 pool
// until its sqrt price reaches sqrtPriceLimitX96 (at most maxQuantity),
// minting what the pool takes for at most maxQuoteIn, and revert unless the
// executor's quote balance grew by at least minProfit.
func MintAndSellV3Call(issuer, pool common.Address, maxQuantity, sqrtPriceLimitX96, maxQuoteIn, minProfit *big.Int) ([]byte, error) {
	if err := positive("maxQuantity", maxQuantity); err != nil {
		return nil, fmt.Errorf("mintAndSellV3 call: %w", err)
	}
	if err := positive("sqrtPriceLimitX96", sqrtPriceLimitX96); err != nil {
		return nil, fmt.Errorf("mintAndSellV3 call: %w", err)
	}
	if err := nonNegative("maxQuoteIn", maxQuoteIn, "minProfit", minProfit); err != nil {
		return nil, fmt.Errorf("mintAndSellV3 call: %w", err)
	}
	data, err := contracts.NewNavArbExecutor().TryPackMintAndSellV3(issuer, pool, maxQuantity, sqrtPriceLimitX96, maxQuoteIn, minProfit)
	if err != nil {
		return nil, fmt.Errorf("mintAndSellV3 call: %w", err)
	}
	return data, nil
}

// BuyAndRedeemV3Call is the calldata of buyAndRedeemV3: buy from the V3
// pool with at most maxQuoteIn until its sqrt price reaches
// sqrtPriceLimitX96, redeem everything bought, and revert unless the
// executor's quote balance grew by at least minProfit.
func BuyAndRedeemV3Call(issuer, pool common.Address, maxQuoteIn, sqrtPriceLimitX96, minProfit *big.Int) ([]byte, error) {
	if err := positive("maxQuoteIn", maxQuoteIn); err != nil {
		return nil, fmt.Errorf("buyAndRedeemV3 call: %w", err)
	}
	if err := positive("sqrtPriceLimitX96", sqrtPriceLimitX96); err != nil {
		return nil, fmt.Errorf("buyAndRedeemV3 call: %w", err)
	}
	if err := nonNegative("minProfit", minProfit); err != nil {
		return nil, fmt.Errorf("buyAndRedeemV3 call: %w", err)
	}
	data, err := contracts.NewNavArbExecutor().TryPackBuyAndRedeemV3(issuer, pool, maxQuoteIn, sqrtPriceLimitX96, minProfit)
	if err != nil {
		return nil, fmt.Errorf("buyAndRedeemV3 call: %w", err)
	}
	return data, nil
}

// SqrtPriceX96 is the V3 sqrt price (sqrt(token1/token0 raw) * 2^96) at
// which the pool's mid price is `price` quote units per 1e18 tokens;
// tokenIs0 says whether the leveraged token is the pool's token0. Nil for a
// non-positive price.
func SqrtPriceX96(price *big.Int, tokenIs0 bool) *big.Int {
	if price == nil || price.Sign() <= 0 {
		return nil
	}
	const prec = 256
	p := new(big.Float).SetPrec(prec).Quo(new(big.Float).SetPrec(prec).SetInt(price), new(big.Float).SetPrec(prec).SetInt(big.NewInt(1e18)))
	if !tokenIs0 {
		p.Quo(new(big.Float).SetPrec(prec).SetInt64(1), p)
	}
	p.Sqrt(p)
	p.Mul(p, new(big.Float).SetPrec(prec).SetInt(new(big.Int).Lsh(big.NewInt(1), 96)))
	out, _ := p.Int(nil)
	return out
}

// V3PoolPrice is a V3 pool's mid price in quote units per 1e18 tokens.
func V3PoolPrice(sqrtPriceX96 *big.Int, tokenIs0 bool) *big.Int {
	if sqrtPriceX96 == nil || sqrtPriceX96.Sign() <= 0 {
		return new(big.Int)
	}
	sq := new(big.Int).Mul(sqrtPriceX96, sqrtPriceX96) // token1/token0 * 2^192
	one := new(big.Int).Lsh(big.NewInt(1e18), 192)
	if tokenIs0 {
		return new(big.Int).Quo(new(big.Int).Mul(sq, big.NewInt(1e18)), new(big.Int).Lsh(big.NewInt(1), 192))
	}
	return one.Quo(one, sq)
}

// V3MintAndSellLimit is the sqrt price limit at which selling into a V3
// pool stops paying more than the mint cost (quote units per 1e18 tokens,
// fee included): the mid price mintCost/(1-fee), where the pool's bid net of
// its fee (feePips, 3000 = 0.3%) equals the cost.
func V3MintAndSellLimit(mintCost *big.Int, feePips uint32, tokenIs0 bool) *big.Int {
	mid := new(big.Int).Mul(mintCost, big.NewInt(1_000_000))
	mid.Quo(mid, big.NewInt(int64(1_000_000-feePips)))
	return SqrtPriceX96(mid, tokenIs0)
}

// V3BuyAndRedeemLimit is the sqrt price limit at which buying from a V3 pool
// stops costing less than the redemption proceeds (quote units per 1e18
// tokens, after the fee): the mid price proceeds*(1-fee).
func V3BuyAndRedeemLimit(redeemProceeds *big.Int, feePips uint32, tokenIs0 bool) *big.Int {
	mid := new(big.Int).Mul(redeemProceeds, big.NewInt(int64(1_000_000-feePips)))
	mid.Quo(mid, big.NewInt(1_000_000))
	return SqrtPriceX96(mid, tokenIs0)
}
