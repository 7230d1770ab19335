package uniswapv3

import (
	"fmt"
	"math"

	"github.com/holiman/uint256"
)

// Tick bounds of every pool (TickMath.MIN_TICK and MAX_TICK).
const (
	MinTick = -887272
	MaxTick = 887272
)

// MinSqrtRatio is the sqrt price of MinTick (TickMath.MIN_SQRT_RATIO).
func MinSqrtRatio() uint256.Int { return uint256.Int{4295128739, 0, 0, 0} }

// MaxSqrtRatio is the sqrt price of MaxTick (TickMath.MAX_SQRT_RATIO,
// 1461446703485210103287273052203988822378723970342).
func MaxSqrtRatio() uint256.Int {
	return uint256.Int{0x5d951d5263988d26, 0xefd1fc6a50648849, 0xfffd8963, 0}
}

// SqrtRatioAtTick is TickMath.getSqrtRatioAtTick: sqrt(1.0001^tick) as a
// Q64.96, rounded up, bit for bit as the contracts compute it.
func SqrtRatioAtTick(tick int32) (uint256.Int, error) {
	var z uint256.Int
	if tick < MinTick || tick > MaxTick {
		return z, fmt.Errorf("uniswapv3: tick %d out of range: %w", tick, ErrMath)
	}
	sqrtRatioAtTick(tick, &z)
	return z, nil
}

// sqrtRatioAtTick sets z to the sqrt ratio of a tick already in range.
func sqrtRatioAtTick(tick int32, z *uint256.Int) {
	abs := tick
	if abs < 0 {
		abs = -abs
	}
	// ratios are the Q128.128 factors 1/sqrt(1.0001)^(2^i) for bits 1..19 of
	// |tick| (bit 0's factor starts the product), as published in Uniswap V3's
	// TickMath.
	ratios := [19][2]uint64{
		{0x59a46990580e213a, 0xfff97272373d4132},
		{0xef12357cf3c7fdcc, 0xfff2e50f5f656932},
		{0x1c3624eaa0941cd0, 0xffe5caca7e10e4e6},
		{0xc9db58835c926644, 0xffcb9843d60f6159},
		{0x472e6896dfb254c0, 0xff973b41fa98c081},
		{0x43ec78b326b52861, 0xff2ea16466c96a38},
		{0x11c461f1969c3053, 0xfe5dee046a99a2a8},
		{0xdcffc83b479aa3a4, 0xfcbe86c7900a88ae},
		{0x6f2b074cf7815e54, 0xf987a7253ac41317},
		{0x940c7a398e4b70f3, 0xf3392b0822b70005},
		{0x43b29c7fa6e889d9, 0xe7159475a2c29b74},
		{0x845ad8f792aa5825, 0xd097f3bdfd2022b8},
		{0x8a65dc1f90e061e5, 0xa9f746462d870fdf},
		{0x90bb3df62baf32f7, 0x70d869a156d2a1b8},
		{0x81231505542fcfa6, 0x31be135f97d08fd9},
		{0xc677de54f3e99bc9, 0x09aa508b5b7a84e1},
		{0x6699c329225ee604, 0x005d6af8dedb8119},
		{0x1ea926041bedfe98, 0x00002216e584f5fa},
		{0x91f7dc42444e8fa2, 0x00000000048a1703},
	}
	var ratio uint256.Int
	if abs&1 != 0 {
		ratio = uint256.Int{0xaa2d162d1a594001, 0xfffcb933bd6fad37, 0, 0}
	} else {
		ratio = uint256.Int{0, 0, 1, 0} // 2^128
	}
	for i := range ratios {
		if abs&(2<<i) != 0 {
			f := uint256.Int{ratios[i][0], ratios[i][1], 0, 0}
			ratio.Mul(&ratio, &f)
			ratio.Rsh(&ratio, 128)
		}
	}
	if tick > 0 {
		max := uint256.Int{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		ratio.Div(&max, &ratio)
	}
	roundUp := ratio[0]&0xffffffff != 0
	z.Rsh(&ratio, 32)
	if roundUp {
		z.AddUint64(z, 1)
	}
}

// TickAtSqrtRatio is TickMath.getTickAtSqrtRatio: the greatest tick whose
// sqrt ratio is at most sqrtPriceX96, for MinSqrtRatio <= sqrtPriceX96 <
// MaxSqrtRatio.
func TickAtSqrtRatio(sqrtPriceX96 *uint256.Int) (int32, error) {
	lo, hi := MinSqrtRatio(), MaxSqrtRatio()
	if sqrtPriceX96.Lt(&lo) || !sqrtPriceX96.Lt(&hi) {
		return 0, fmt.Errorf("uniswapv3: sqrt price %s out of range: %w", sqrtPriceX96.Dec(), ErrMath)
	}
	return tickAtSqrtRatio(sqrtPriceX96), nil
}

// tickAtSqrtRatio estimates the tick with float64 logarithms (off by at most
// one) and settles it exactly against sqrtRatioAtTick.
func tickAtSqrtRatio(sqrtPriceX96 *uint256.Int) int32 {
	est := math.Floor(2 * math.Log(sqrtPriceX96.Float64()/(1<<96)) / math.Log(1.0001))
	t := int32(max(MinTick, min(MaxTick-1, est)))
	var r uint256.Int
	for t > MinTick {
		if sqrtRatioAtTick(t, &r); !r.Gt(sqrtPriceX96) {
			break
		}
		t--
	}
	for t < MaxTick-1 {
		if sqrtRatioAtTick(t+1, &r); r.Gt(sqrtPriceX96) {
			break
		}
		t++
	}
	return t
}
