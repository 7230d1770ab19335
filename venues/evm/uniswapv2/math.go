package uniswapv2

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

// Errors of the quoting functions, mirroring the contracts' reverts.
var (
	// ErrInsufficientAmount is a zero input or output amount.
	ErrInsufficientAmount = errors.New("uniswapv2: insufficient amount")
	// ErrInsufficientLiquidity is an empty reserve or an output the reserve cannot pay.
	ErrInsufficientLiquidity = errors.New("uniswapv2: insufficient liquidity")
	// ErrOverflow is arithmetic the contracts would revert on (SafeMath, uint112 balances).
	ErrOverflow = errors.New("uniswapv2: overflow")
)

// maxUint112 bounds a pair's balances (the pair reverts "UniswapV2: OVERFLOW" above it).
func maxUint112() uint256.Int { return uint256.Int{^uint64(0), 1<<48 - 1, 0, 0} }

// bpsDenominator is the fee denominator: fees are in basis points.
const bpsDenominator = 10_000

// GetAmountOut is UniswapV2Library.getAmountOut: the largest output the pair
// pays for amountIn when its reserves are reserveIn and reserveOut and the
// fee is feeBps basis points (30 for Uniswap V2; the contracts' 997/1000 is
// the same fraction as 9970/10000, so the floor is identical):
//
//	out = in*(10000-fee)*reserveOut / (reserveIn*10000 + in*(10000-fee))
//
// It fails where the library or the pair would revert.
func GetAmountOut(amountIn, reserveIn, reserveOut *uint256.Int, feeBps uint32) (uint256.Int, error) {
	var out uint256.Int
	if amountIn.IsZero() {
		return out, ErrInsufficientAmount
	}
	if reserveIn.IsZero() || reserveOut.IsZero() {
		return out, ErrInsufficientLiquidity
	}
	if feeBps >= bpsDenominator {
		return out, fmt.Errorf("uniswapv2: fee %d bps: %w", feeBps, ErrInsufficientAmount)
	}
	var balanceIn uint256.Int
	limit := maxUint112()
	if _, carry := balanceIn.AddOverflow(reserveIn, amountIn); carry || balanceIn.Gt(&limit) {
		return out, ErrOverflow
	}
	var inWithFee, num, den uint256.Int
	if _, o := inWithFee.MulOverflow(amountIn, uint256.NewInt(uint64(bpsDenominator-feeBps))); o {
		return out, ErrOverflow
	}
	if _, o := num.MulOverflow(&inWithFee, reserveOut); o {
		return out, ErrOverflow
	}
	den.Mul(reserveIn, uint256.NewInt(bpsDenominator)) // reserves are uint112: no overflow
	if _, o := den.AddOverflow(&den, &inWithFee); o {
		return out, ErrOverflow
	}
	out.Div(&num, &den)
	if out.IsZero() {
		return out, ErrInsufficientAmount // the pair rejects a zero output
	}
	return out, nil
}

// GetAmountIn is UniswapV2Library.getAmountIn: the smallest input for which
// the pair pays amountOut.
//
//	in = reserveIn*out*10000 / ((reserveOut-out)*(10000-fee)) + 1
func GetAmountIn(amountOut, reserveIn, reserveOut *uint256.Int, feeBps uint32) (uint256.Int, error) {
	var in uint256.Int
	if amountOut.IsZero() {
		return in, ErrInsufficientAmount
	}
	if reserveIn.IsZero() || reserveOut.IsZero() || !amountOut.Lt(reserveOut) {
		return in, ErrInsufficientLiquidity
	}
	if feeBps >= bpsDenominator {
		return in, fmt.Errorf("uniswapv2: fee %d bps: %w", feeBps, ErrInsufficientAmount)
	}
	var num, den uint256.Int
	num.Mul(reserveIn, amountOut) // both below 2^112
	if _, o := num.MulOverflow(&num, uint256.NewInt(bpsDenominator)); o {
		return in, ErrOverflow
	}
	den.Sub(reserveOut, amountOut)
	den.Mul(&den, uint256.NewInt(uint64(bpsDenominator-feeBps)))
	in.Div(&num, &den)
	in.AddUint64(&in, 1)
	var balanceIn uint256.Int
	limit := maxUint112()
	if _, carry := balanceIn.AddOverflow(reserveIn, &in); carry || balanceIn.Gt(&limit) {
		return in, ErrOverflow
	}
	return in, nil
}
