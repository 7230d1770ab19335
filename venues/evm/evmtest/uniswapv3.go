package evmtest

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/navarb/navarb/venues/evm/contracts"
)

// V3 is a deployment of the real Uniswap V3 factory (@uniswap/v3-core),
// QuoterV2 (@uniswap/v3-periphery) and a TestUniswapCaller that mints,
// burns and swaps through the pools' callbacks.
type V3 struct {
	Chain   *Chain
	Factory common.Address
	Quoter  common.Address
	// Caller is the TestUniswapCaller: it owns the positions Mint creates and
	// pulls tokens from the sender (who must have approved it; see Fund).
	Caller common.Address

	FactoryABI abi.ABI
	PoolABI    abi.ABI
	QuoterABI  abi.ABI

	approved map[approval]bool
}

// DeployV3 deploys the V3 factory (owner: account 0), QuoterV2 and a
// TestUniswapCaller, from account 0. The factory enables fee tiers 500/10,
// 3000/60 and 10000/200; EnableFee adds more.
func DeployV3(tb testing.TB, c *Chain) *V3 {
	tb.Helper()
	factory := LoadArtifact(tb, V3FactoryArtifact)
	pool := LoadArtifact(tb, V3PoolArtifact)
	quoter := LoadArtifact(tb, QuoterV2Artifact)
	v := &V3{
		Chain:      c,
		Factory:    c.Deploy(tb, 0, factory.Bytecode),
		Caller:     c.Deploy(tb, 0, common.FromHex(contracts.TestUniswapCallerMetaData.Bin)),
		FactoryABI: factory.ABI,
		PoolABI:    pool.ABI,
		QuoterABI:  quoter.ABI,
		approved:   map[approval]bool{},
	}
	// QuoterV2 only uses WETH9 for ETH paths, which the tests do not take.
	ctor, err := quoter.ABI.Pack("", v.Factory, common.Address{})
	must(tb, err, "pack quoter constructor")
	v.Quoter = c.Deploy(tb, 0, append(append([]byte{}, quoter.Bytecode...), ctor...))
	return v
}

// EnableFee enables a fee tier (in hundredths of a bip) with its tick spacing.
func (v *V3) EnableFee(tb testing.TB, fee uint32, tickSpacing int32) {
	tb.Helper()
	v.Chain.Send(tb, 0, ptr(v.Factory), pack(tb, v.FactoryABI, "enableFeeAmount", big.NewInt(int64(fee)), big.NewInt(int64(tickSpacing))), TxGas)
}

// CreatePool creates and initializes the pool of two tokens at a fee tier
// and returns its address.
func (v *V3) CreatePool(tb testing.TB, tokenA, tokenB common.Address, fee uint32, sqrtPriceX96 *big.Int) common.Address {
	tb.Helper()
	c := v.Chain
	f := big.NewInt(int64(fee))
	c.Send(tb, 0, ptr(v.Factory), pack(tb, v.FactoryABI, "createPool", tokenA, tokenB, f), TxGas)
	out := unpack(tb, v.FactoryABI, "getPool", c.Call(tb, v.Factory, pack(tb, v.FactoryABI, "getPool", tokenA, tokenB, f)))
	pool := out[0].(common.Address)
	if pool == (common.Address{}) {
		tb.Fatalf("evmtest: no pool for fee %d (fee tier not enabled?)", fee)
	}
	c.Send(tb, 0, ptr(pool), pack(tb, v.PoolABI, "initialize", sqrtPriceX96), TxGas)
	return pool
}

// Tokens returns a pool's token0 and token1.
func (v *V3) Tokens(tb testing.TB, pool common.Address) (token0, token1 common.Address) {
	tb.Helper()
	t0 := unpack(tb, v.PoolABI, "token0", v.Chain.Call(tb, pool, pack(tb, v.PoolABI, "token0")))
	t1 := unpack(tb, v.PoolABI, "token1", v.Chain.Call(tb, pool, pack(tb, v.PoolABI, "token1")))
	return t0[0].(common.Address), t1[0].(common.Address)
}

// Fund mints amount of token to account `from` and approves the caller
// contract to spend it (once per account and token).
func (v *V3) Fund(tb testing.TB, from int, token common.Address, amount *big.Int) {
	tb.Helper()
	v.Chain.Mint(tb, token, v.Chain.Addrs[from], amount)
	if !v.approved[approval{from, token}] {
		v.Chain.Approve(tb, from, token, v.Caller)
		v.approved[approval{from, token}] = true
	}
}

// Mint adds liquidity to [tickLower, tickUpper) of pool, paid by account
// `from` (see Fund), and returns the receipt (nil with auto-commit off).
func (v *V3) Mint(tb testing.TB, from int, pool common.Address, tickLower, tickUpper int32, liquidity *big.Int) *types.Receipt {
	tb.Helper()
	data := contracts.NewTestUniswapCaller().PackV3Mint(pool, big.NewInt(int64(tickLower)), big.NewInt(int64(tickUpper)), liquidity)
	return v.Chain.Send(tb, from, ptr(v.Caller), data, TxGas)
}

// Burn removes liquidity from [tickLower, tickUpper) of pool (positions are
// the caller contract's) and sends what it is owed to account `from`.
func (v *V3) Burn(tb testing.TB, from int, pool common.Address, tickLower, tickUpper int32, liquidity *big.Int) *types.Receipt {
	tb.Helper()
	data := contracts.NewTestUniswapCaller().PackV3Burn(pool, big.NewInt(int64(tickLower)), big.NewInt(int64(tickUpper)), liquidity, v.Chain.Addrs[from])
	return v.Chain.Send(tb, from, ptr(v.Caller), data, TxGas)
}

// Swap swaps on pool as the pool's swap does (amountSpecified > 0: exact
// input, < 0: exact output; sqrtPriceLimitX96 nil: no limit), paid by account
// `from` (see Fund), output to `from`.
func (v *V3) Swap(tb testing.TB, from int, pool common.Address, zeroForOne bool, amountSpecified, sqrtPriceLimitX96 *big.Int) *types.Receipt {
	tb.Helper()
	if sqrtPriceLimitX96 == nil {
		sqrtPriceLimitX96 = NoPriceLimit(zeroForOne)
	}
	data := contracts.NewTestUniswapCaller().PackV3Swap(pool, zeroForOne, amountSpecified, sqrtPriceLimitX96, v.Chain.Addrs[from])
	return v.Chain.Send(tb, from, ptr(v.Caller), data, TxGas)
}

// NoPriceLimit is the loosest sqrt price limit a swap accepts in a direction
// (TickMath.MIN_SQRT_RATIO+1 or MAX_SQRT_RATIO-1), what QuoterV2 uses for 0.
func NoPriceLimit(zeroForOne bool) *big.Int {
	if zeroForOne {
		return big.NewInt(4295128740) // MIN_SQRT_RATIO + 1
	}
	max, _ := new(big.Int).SetString("1461446703485210103287273052203988822378723970341", 10) // MAX_SQRT_RATIO - 1
	return max
}

// QuoterResult is what QuoterV2 returns for a single-pool quote.
type QuoterResult struct {
	// Amount is the output of an exact-input quote, the input of an
	// exact-output quote.
	Amount            *big.Int
	SqrtPriceX96After *big.Int
	TicksCrossed      uint32
	GasEstimate       *big.Int
}

type quoteInParams struct {
	TokenIn           common.Address
	TokenOut          common.Address
	AmountIn          *big.Int
	Fee               *big.Int
	SqrtPriceLimitX96 *big.Int
}

type quoteOutParams struct {
	TokenIn           common.Address
	TokenOut          common.Address
	Amount            *big.Int
	Fee               *big.Int
	SqrtPriceLimitX96 *big.Int
}

// QuoteExactInputSingle asks QuoterV2 (eth_call at block; nil: latest) for
// the output of swapping amountIn of tokenIn. A zero sqrtPriceLimitX96 (or
// nil) means no limit.
func (v *V3) QuoteExactInputSingle(ctx context.Context, tokenIn, tokenOut common.Address, fee uint32, amountIn, sqrtPriceLimitX96, block *big.Int) (QuoterResult, error) {
	if sqrtPriceLimitX96 == nil {
		sqrtPriceLimitX96 = new(big.Int)
	}
	data, err := v.QuoterABI.Pack("quoteExactInputSingle", quoteInParams{tokenIn, tokenOut, amountIn, big.NewInt(int64(fee)), sqrtPriceLimitX96})
	if err != nil {
		return QuoterResult{}, fmt.Errorf("evmtest: pack quote: %w", err)
	}
	return v.quote(ctx, "quoteExactInputSingle", data, block)
}

// QuoteExactOutputSingle asks QuoterV2 for the input needed to receive
// amountOut of tokenOut.
func (v *V3) QuoteExactOutputSingle(ctx context.Context, tokenIn, tokenOut common.Address, fee uint32, amountOut, sqrtPriceLimitX96, block *big.Int) (QuoterResult, error) {
	if sqrtPriceLimitX96 == nil {
		sqrtPriceLimitX96 = new(big.Int)
	}
	data, err := v.QuoterABI.Pack("quoteExactOutputSingle", quoteOutParams{tokenIn, tokenOut, amountOut, big.NewInt(int64(fee)), sqrtPriceLimitX96})
	if err != nil {
		return QuoterResult{}, fmt.Errorf("evmtest: pack quote: %w", err)
	}
	return v.quote(ctx, "quoteExactOutputSingle", data, block)
}

func (v *V3) quote(ctx context.Context, method string, data []byte, block *big.Int) (QuoterResult, error) {
	out, err := v.Chain.Client.CallContract(ctx, ethereum.CallMsg{To: ptr(v.Quoter), Data: data}, block)
	if err != nil {
		return QuoterResult{}, fmt.Errorf("evmtest: %s: %w", method, err)
	}
	vals, err := v.QuoterABI.Unpack(method, out)
	if err != nil {
		return QuoterResult{}, fmt.Errorf("evmtest: unpack %s: %w", method, err)
	}
	return QuoterResult{
		Amount:            vals[0].(*big.Int),
		SqrtPriceX96After: vals[1].(*big.Int),
		TicksCrossed:      vals[2].(uint32),
		GasEstimate:       vals[3].(*big.Int),
	}, nil
}

// Slot0 returns a pool's current sqrt price and tick on the latest block.
func (v *V3) Slot0(tb testing.TB, pool common.Address) (sqrtPriceX96 *big.Int, tick int32) {
	tb.Helper()
	out := unpack(tb, v.PoolABI, "slot0", v.Chain.Call(tb, pool, pack(tb, v.PoolABI, "slot0")))
	return out[0].(*big.Int), int32(out[1].(*big.Int).Int64())
}

// Liquidity returns a pool's in-range liquidity on the latest block.
func (v *V3) Liquidity(tb testing.TB, pool common.Address) *big.Int {
	tb.Helper()
	out := unpack(tb, v.PoolABI, "liquidity", v.Chain.Call(tb, pool, pack(tb, v.PoolABI, "liquidity")))
	return out[0].(*big.Int)
}
