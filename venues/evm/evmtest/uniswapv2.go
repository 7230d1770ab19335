package evmtest

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/navarb/navarb/venues/evm/contracts"
)

// V2 is a deployment of the real Uniswap V2 factory (@uniswap/v2-core) plus
// a TestUniswapCaller for one-transaction swaps.
type V2 struct {
	Chain   *Chain
	Factory common.Address
	// Caller is the TestUniswapCaller that swaps: it pulls the input from the
	// sender (who must have approved it; Swap does that once per token).
	Caller common.Address

	FactoryABI abi.ABI
	PairABI    abi.ABI

	approved map[approval]bool
}

type approval struct {
	from  int
	token common.Address
}

// DeployV2 deploys the Uniswap V2 factory (fee setter: account 0) and a
// TestUniswapCaller, from account 0.
func DeployV2(tb testing.TB, c *Chain) *V2 {
	tb.Helper()
	factory := LoadArtifact(tb, V2FactoryArtifact)
	pair := LoadArtifact(tb, V2PairArtifact)
	ctor, err := factory.ABI.Pack("", c.Addrs[0])
	must(tb, err, "pack v2 factory constructor")
	v := &V2{
		Chain:      c,
		Factory:    c.Deploy(tb, 0, append(append([]byte{}, factory.Bytecode...), ctor...)),
		Caller:     c.Deploy(tb, 0, common.FromHex(contracts.TestUniswapCallerMetaData.Bin)),
		FactoryABI: factory.ABI,
		PairABI:    pair.ABI,
		approved:   map[approval]bool{},
	}
	return v
}

// CreatePair creates the pair of two tokens and returns its address.
func (v *V2) CreatePair(tb testing.TB, tokenA, tokenB common.Address) common.Address {
	tb.Helper()
	v.Chain.Send(tb, 0, ptr(v.Factory), pack(tb, v.FactoryABI, "createPair", tokenA, tokenB), TxGas)
	out := unpack(tb, v.FactoryABI, "getPair", v.Chain.Call(tb, v.Factory, pack(tb, v.FactoryABI, "getPair", tokenA, tokenB)))
	return out[0].(common.Address)
}

// Tokens returns a pair's token0 and token1.
func (v *V2) Tokens(tb testing.TB, pair common.Address) (token0, token1 common.Address) {
	tb.Helper()
	t0 := unpack(tb, v.PairABI, "token0", v.Chain.Call(tb, pair, pack(tb, v.PairABI, "token0")))
	t1 := unpack(tb, v.PairABI, "token1", v.Chain.Call(tb, pair, pack(tb, v.PairABI, "token1")))
	return t0[0].(common.Address), t1[0].(common.Address)
}

// AddLiquidity mints amount0 and amount1 of the pair's tokens for account
// `from`, pays them into the pair and mints LP tokens to `from`.
func (v *V2) AddLiquidity(tb testing.TB, from int, pair common.Address, amount0, amount1 *big.Int) {
	tb.Helper()
	t0, t1 := v.Tokens(tb, pair)
	c := v.Chain
	c.Mint(tb, t0, pair, amount0)
	c.Mint(tb, t1, pair, amount1)
	c.Send(tb, from, ptr(pair), pack(tb, v.PairABI, "mint", c.Addrs[from]), TxGas)
}

// Reserves returns the pair's reserves on the latest block.
func (v *V2) Reserves(tb testing.TB, pair common.Address) (reserve0, reserve1 *big.Int) {
	tb.Helper()
	out := unpack(tb, v.PairABI, "getReserves", v.Chain.Call(tb, pair, pack(tb, v.PairABI, "getReserves")))
	return out[0].(*big.Int), out[1].(*big.Int)
}

// Fund mints amount of token to account `from` and approves the caller
// contract to spend it (once per account and token).
func (v *V2) Fund(tb testing.TB, from int, token common.Address, amount *big.Int) {
	tb.Helper()
	v.Chain.Mint(tb, token, v.Chain.Addrs[from], amount)
	if !v.approved[approval{from, token}] {
		v.Chain.Approve(tb, from, token, v.Caller)
		v.approved[approval{from, token}] = true
	}
}

// SwapData is the calldata of a TestUniswapCaller swap: pay amountIn of
// tokenIn into the pair, then take amount0Out and amount1Out to `to`.
func (v *V2) SwapData(pair, tokenIn common.Address, amountIn, amount0Out, amount1Out *big.Int, to common.Address) []byte {
	return contracts.NewTestUniswapCaller().PackV2Swap(pair, tokenIn, amountIn, amount0Out, amount1Out, to)
}

// Swap swaps through the pair from account `from` (who must hold amountIn
// of tokenIn and have approved the caller; see Fund) and returns the
// receipt (nil with auto-commit off).
func (v *V2) Swap(tb testing.TB, from int, pair, tokenIn common.Address, amountIn, amount0Out, amount1Out *big.Int) *types.Receipt {
	tb.Helper()
	return v.Chain.Send(tb, from, ptr(v.Caller), v.SwapData(pair, tokenIn, amountIn, amount0Out, amount1Out, v.Chain.Addrs[from]), TxGas)
}

// TrySwap runs the same swap as an eth_call on the latest block and returns
// the pair's verdict: nil if it would succeed, else the revert error.
func (v *V2) TrySwap(ctx context.Context, from int, pair, tokenIn common.Address, amountIn, amount0Out, amount1Out *big.Int) error {
	c := v.Chain
	_, err := c.Client.CallContract(ctx, ethereum.CallMsg{
		From: c.Addrs[from],
		To:   ptr(v.Caller),
		Data: v.SwapData(pair, tokenIn, amountIn, amount0Out, amount1Out, c.Addrs[from]),
	}, nil)
	return err
}

// V2Trade is a candidate swap for Probe: pay AmountIn, take the outputs.
type V2Trade struct {
	AmountIn, Amount0Out, Amount1Out *big.Int
}

// ProbeResult is the pair's verdict on a V2Trade.
type ProbeResult struct {
	OK bool
	// Reason is the revert reason when not OK ("UniswapV2: K"), or the raw
	// revert data in hex when it is not an Error(string).
	Reason string
}

// Probe asks the pair about many candidate swaps paid in tokenIn by account
// `from` (who must hold and have approved enough; see Fund) in one eth_call
// on the latest block: TestUniswapCaller.v2Probe tries each and reverts it.
func (v *V2) Probe(ctx context.Context, from int, pair, tokenIn common.Address, trades []V2Trade) ([]ProbeResult, error) {
	caller := contracts.NewTestUniswapCaller()
	ins := make([]*big.Int, len(trades))
	outs0 := make([]*big.Int, len(trades))
	outs1 := make([]*big.Int, len(trades))
	for i, tr := range trades {
		ins[i], outs0[i], outs1[i] = tr.AmountIn, tr.Amount0Out, tr.Amount1Out
	}
	c := v.Chain
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{
		From: c.Addrs[from],
		To:   ptr(v.Caller),
		Data: caller.PackV2Probe(pair, tokenIn, ins, outs0, outs1),
	}, nil)
	if err != nil {
		return nil, fmt.Errorf("evmtest: v2Probe: %w", err)
	}
	res, err := caller.UnpackV2Probe(out)
	if err != nil {
		return nil, fmt.Errorf("evmtest: v2Probe: %w", err)
	}
	results := make([]ProbeResult, len(trades))
	for i := range trades {
		results[i].OK = res.Ok[i]
		if !res.Ok[i] {
			if reason, err := abi.UnpackRevert(res.Reasons[i]); err == nil {
				results[i].Reason = reason
			} else {
				results[i].Reason = hexutil.Encode(res.Reasons[i])
			}
		}
	}
	return results, nil
}
