package uniswapv2

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// SwapCalldata is the calldata of the pair's
// swap(uint256 amount0Out, uint256 amount1Out, address to, bytes data).
// The pair pays the outputs first and then checks its constant product, so
// the input must already be in the pair (transferred earlier in the same
// transaction) or be paid in the uniswapV2Call callback when data is not
// empty. Use AmountOut/AmountIn for the amounts.
func SwapCalldata(amount0Out, amount1Out *big.Int, to common.Address, data []byte) []byte {
	words := 4 + 1 + (len(data)+31)/32
	out := make([]byte, 4, 4+32*words)
	copy(out, selector("swap(uint256,uint256,address,bytes)"))
	out = append(out, word(amount0Out)...)
	out = append(out, word(amount1Out)...)
	out = append(out, common.LeftPadBytes(to.Bytes(), 32)...)
	out = append(out, word(big.NewInt(4*32))...) // offset of data
	out = append(out, word(big.NewInt(int64(len(data))))...)
	out = append(out, common.RightPadBytes(data, (len(data)+31)/32*32)...)
	return out
}

// SwapCall is the calldata of a swap that takes amountOut of token1
// (zeroForOne) or token0 to `to`, with no callback.
func (p *Pool) SwapCall(zeroForOne bool, amountOut *uint256.Int, to common.Address) []byte {
	zero := new(big.Int)
	if zeroForOne {
		return SwapCalldata(zero, amountOut.ToBig(), to, nil)
	}
	return SwapCalldata(amountOut.ToBig(), zero, to, nil)
}

func word(v *big.Int) []byte {
	return common.LeftPadBytes(v.Bytes(), 32)
}
