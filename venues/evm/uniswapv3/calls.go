package uniswapv3

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// SwapCalldata is the calldata of the pool's
// swap(address recipient, bool zeroForOne, int256 amountSpecified,
// uint160 sqrtPriceLimitX96, bytes data): amountSpecified > 0 is an exact
// input, < 0 an exact output. The caller must be a contract that pays the
// input in its uniswapV3SwapCallback (data is passed to it). Use
// NoPriceLimit for a swap bounded only by amountSpecified.
func SwapCalldata(recipient common.Address, zeroForOne bool, amountSpecified, sqrtPriceLimitX96 *big.Int, data []byte) []byte {
	padded := (len(data) + 31) / 32 * 32
	out := make([]byte, 0, 4+32*6+padded)
	out = append(out, crypto.Keccak256([]byte("swap(address,bool,int256,uint160,bytes)"))[:4]...)
	out = append(out, common.LeftPadBytes(recipient.Bytes(), 32)...)
	var flag uint256.Int
	if zeroForOne {
		flag.SetOne()
	}
	b := flag.Bytes32()
	out = append(out, b[:]...)
	amt, _ := uint256.FromBig(new(big.Int).And(amountSpecified, maxUint256().ToBig())) // two's complement
	b = amt.Bytes32()
	out = append(out, b[:]...)
	out = append(out, common.LeftPadBytes(sqrtPriceLimitX96.Bytes(), 32)...)
	b = uint256.NewInt(5 * 32).Bytes32() // offset of data
	out = append(out, b[:]...)
	b = uint256.NewInt(uint64(len(data))).Bytes32()
	out = append(out, b[:]...)
	return append(out, common.RightPadBytes(data, padded)...)
}

// NoPriceLimit is the loosest sqrt price limit of a direction
// (MinSqrtRatio+1 or MaxSqrtRatio-1), what QuoterV2 uses for "no limit".
func NoPriceLimit(zeroForOne bool) uint256.Int {
	var z uint256.Int
	if zeroForOne {
		r := MinSqrtRatio()
		return *z.AddUint64(&r, 1)
	}
	r := MaxSqrtRatio()
	return *z.SubUint64(&r, 1)
}
