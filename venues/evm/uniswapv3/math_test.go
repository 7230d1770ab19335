package uniswapv3_test

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/uniswapv3"
)

func TestSqrtRatioAtTickBounds(t *testing.T) {
	minR, maxR := uniswapv3.MinSqrtRatio(), uniswapv3.MaxSqrtRatio()
	tests := []struct {
		tick int32
		want uint256.Int
	}{
		{uniswapv3.MinTick, minR},
		{uniswapv3.MaxTick, maxR},
		{0, *new(uint256.Int).Lsh(uint256.NewInt(1), 96)}, // price 1
	}
	for _, tc := range tests {
		got, err := uniswapv3.SqrtRatioAtTick(tc.tick)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("SqrtRatioAtTick(%d) = %s, want %s", tc.tick, got.Dec(), tc.want.Dec())
		}
	}
	for _, tick := range []int32{uniswapv3.MinTick - 1, uniswapv3.MaxTick + 1} {
		if _, err := uniswapv3.SqrtRatioAtTick(tick); !errors.Is(err, uniswapv3.ErrMath) {
			t.Errorf("SqrtRatioAtTick(%d): err = %v, want ErrMath", tick, err)
		}
	}
}

// TestSqrtRatioAtTickAccuracy checks the fixed-point result against
// sqrt(1.0001^tick) computed in 256-bit floating point.
func TestSqrtRatioAtTickAccuracy(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for i := 0; i < 2000; i++ {
		tick := int32(rng.IntN(2*uniswapv3.MaxTick+1)) - uniswapv3.MaxTick
		got, err := uniswapv3.SqrtRatioAtTick(tick)
		if err != nil {
			t.Fatal(err)
		}
		want := math.Pow(1.0001, float64(tick)/2)
		g, _ := new(big.Float).Quo(new(big.Float).SetInt(got.ToBig()), new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 96))).Float64()
		if rel := math.Abs(g-want) / want; rel > 1e-9 {
			t.Fatalf("tick %d: %v, want %v (rel err %g)", tick, g, want, rel)
		}
	}
}

// TestTickAtSqrtRatio checks the defining property: the greatest tick whose
// sqrt ratio is at or below the price.
func TestTickAtSqrtRatio(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	ticks := []int32{uniswapv3.MinTick, uniswapv3.MinTick + 1, -1, 0, 1, uniswapv3.MaxTick - 1}
	for i := 0; i < 2000; i++ {
		ticks = append(ticks, int32(rng.IntN(2*uniswapv3.MaxTick))-uniswapv3.MaxTick)
	}
	for _, tick := range ticks {
		at, _ := uniswapv3.SqrtRatioAtTick(tick)
		next, _ := uniswapv3.SqrtRatioAtTick(tick + 1)
		below := new(uint256.Int).SubUint64(&next, 1)
		for _, tc := range []struct {
			price *uint256.Int
			want  int32
		}{{&at, tick}, {below, tick}} {
			got, err := uniswapv3.TickAtSqrtRatio(tc.price)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("TickAtSqrtRatio(%s) = %d, want %d", tc.price.Dec(), got, tc.want)
			}
		}
		if tick > uniswapv3.MinTick {
			prev := new(uint256.Int).SubUint64(&at, 1)
			if got, _ := uniswapv3.TickAtSqrtRatio(prev); got != tick-1 {
				t.Fatalf("TickAtSqrtRatio(ratio(%d)-1) = %d, want %d", tick, got, tick-1)
			}
		}
	}
	maxR := uniswapv3.MaxSqrtRatio()
	if _, err := uniswapv3.TickAtSqrtRatio(&maxR); !errors.Is(err, uniswapv3.ErrMath) {
		t.Errorf("TickAtSqrtRatio(MaxSqrtRatio): err = %v, want ErrMath", err)
	}
}
