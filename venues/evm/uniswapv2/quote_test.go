package uniswapv2_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv2"
)

// TestQuotesMatchPair checks AmountOut and AmountIn against the real pair on
// randomized trades, each exact in or exact out: the quoted output is
// accepted and one wei more is rejected ("UniswapV2: K"); the quoted input
// buys the output and one wei less does not. The pair judges both
// candidates of a trade in one eth_call (evmtest's V2.Probe). Between batches real swaps move the pair
// and the pool follows them from the logs only.
func TestQuotesMatchPair(t *testing.T) {
	worlds := []struct {
		name       string
		dec0, dec1 uint8
		r0, r1     *big.Int
	}{
		{"18-18 balanced", 18, 18, new(big.Int).Mul(big.NewInt(5_000), pow10(18)), new(big.Int).Mul(big.NewInt(5_000), pow10(18))},
		{"18-6 skewed", 18, 6, new(big.Int).Mul(big.NewInt(1_200), pow10(18)), new(big.Int).Mul(big.NewInt(41_000_000), pow10(6))},
		{"thin", 8, 18, big.NewInt(1_000_000), new(big.Int).Mul(big.NewInt(3), pow10(15))},
	}
	const tradesPerWorld = 340 // 3 worlds: 1,020 trades
	total, exactIn := 0, 0
	one := big.NewInt(1)
	for wi, tc := range worlds {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, tc.dec0, tc.dec1, tc.r0, tc.r1)
			p := w.newPool(t)
			rng := rand.New(rand.NewPCG(uint64(wi), 42))
			for i := 0; i < tradesPerWorld; i++ {
				if i > 0 && i%20 == 0 {
					moveMarket(t, w, rng)
					w.follow(t, p)
				}
				zeroForOne := rng.IntN(2) == 0
				r0, r1 := p.Reserves()
				rIn, rOut := r0.ToBig(), r1.ToBig()
				if !zeroForOne {
					rIn, rOut = rOut, rIn
				}

				trade := func(in, out *big.Int) evmtest.V2Trade {
					a0, a1 := outs(zeroForOne, out)
					return evmtest.V2Trade{AmountIn: in, Amount0Out: a0, Amount1Out: a1}
				}
				if rng.IntN(2) == 0 {
					// Exact input: a log-uniform size from 1 wei to twice the reserve.
					in := randomAmount(rng, new(big.Int).Lsh(rIn, 1))
					out, err := p.AmountOut(zeroForOne, u256(in))
					zeroOut := errors.Is(err, uniswapv2.ErrInsufficientAmount)
					if err != nil && !zeroOut {
						t.Fatalf("AmountOut(%v, %s): %v", zeroForOne, in, err)
					}
					outWei := out.ToBig() // zero when nothing comes out
					res := probe(t, w, zeroForOne, trade(in, outWei), trade(in, new(big.Int).Add(outWei, one)))
					if !zeroOut && !res[0].OK {
						t.Fatalf("AmountOut(%s) = %s rejected by the pair: %s", in, outWei, res[0].Reason)
					}
					if res[1].OK || !(isK(res[1].Reason) || isLiquidity(res[1].Reason)) {
						t.Fatalf("AmountOut(%s) = %s but the pair also pays one wei more (%+v)", in, outWei, res[1])
					}
					exactIn++
				} else {
					// Exact output: anything below the reserve.
					want := randomAmount(rng, new(big.Int).Sub(rOut, one))
					need, err := p.AmountIn(zeroForOne, u256(want))
					if err != nil {
						t.Fatalf("AmountIn(%v, %s): %v", zeroForOne, want, err)
					}
					needWei := need.ToBig()
					res := probe(t, w, zeroForOne, trade(needWei, want), trade(new(big.Int).Sub(needWei, one), want))
					if !res[0].OK {
						t.Fatalf("AmountIn(%s) = %s rejected by the pair: %s", want, needWei, res[0].Reason)
					}
					// One wei less breaks the constant product (or is no input at all).
					if res[1].OK || !(isK(res[1].Reason) || needWei.Cmp(one) == 0) {
						t.Fatalf("AmountIn(%s) = %s but one wei less also buys it (%+v)", want, needWei, res[1])
					}
				}
				total++
			}
		})
	}
	if total < 1000 {
		t.Errorf("checked %d trades, want >= 1000", total)
	}
	t.Logf("V2: %d randomized trades matched the pair to the wei (%d exact in, %d exact out)", total, exactIn, total-exactIn)
}

// probe has the pair judge candidate swaps paid by account 1.
func probe(t *testing.T, w *world, zeroForOne bool, trades ...evmtest.V2Trade) []evmtest.ProbeResult {
	t.Helper()
	res, err := w.v2.Probe(context.Background(), 1, w.pair, w.tokenIn(zeroForOne), trades)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func isLiquidity(reason string) bool {
	return strings.Contains(reason, "UniswapV2: INSUFFICIENT_LIQUIDITY")
}

func isK(reason string) bool {
	return strings.Contains(reason, "UniswapV2: K")
}

// randomAmount is log-uniform in [1, max].
func randomAmount(rng *rand.Rand, max *big.Int) *big.Int {
	if max.Sign() <= 0 {
		return big.NewInt(1)
	}
	bits := 1 + rng.IntN(max.BitLen())
	buf := make([]byte, (bits+7)/8)
	for i := range buf {
		buf[i] = byte(rng.Uint32())
	}
	v := new(big.Int).SetBytes(buf)
	v.Rsh(v, uint(len(buf)*8-bits))
	v.Mod(v, max)
	return v.Add(v, big.NewInt(1))
}

// moveMarket makes a real swap of up to a tenth of a reserve.
func moveMarket(t *testing.T, w *world, rng *rand.Rand) {
	t.Helper()
	zeroForOne := rng.IntN(2) == 0
	r0, r1 := w.v2.Reserves(t, w.pair)
	rIn, rOut := r0, r1
	if !zeroForOne {
		rIn, rOut = r1, r0
	}
	in := randomAmount(rng, new(big.Int).Div(rIn, big.NewInt(10)))
	out, err := uniswapv2.GetAmountOut(u256(in), u256(rIn), u256(rOut), 30)
	if err != nil {
		return // too small to pay anything: leave the market as it is
	}
	a0, a1 := outs(zeroForOne, out.ToBig())
	w.v2.Swap(t, 1, w.pair, w.tokenIn(zeroForOne), in, a0, a1)
}

func TestGetAmountOut(t *testing.T) {
	tests := []struct {
		name          string
		in, rIn, rOut uint64
		fee           uint32
		want          uint64
		wantErr       error
	}{
		// 1000*9970*1e6 / (1e6*10000 + 1000*9970) = 9.97e12 / 1.000997e10 = 996.006...
		{"small trade", 1000, 1_000_000, 1_000_000, 30, 996, nil},
		// no fee: 1000*1e6/(1e6+1000) = 999.000999...
		{"zero fee", 1000, 1_000_000, 1_000_000, 0, 999, nil},
		{"zero input", 0, 1_000_000, 1_000_000, 30, 0, uniswapv2.ErrInsufficientAmount},
		{"empty reserve", 10, 0, 1_000_000, 30, 0, uniswapv2.ErrInsufficientLiquidity},
		// 1*9970*10 / (10*10000 + 9970) = 99700/109970 = 0.9...: nothing out
		{"dust", 1, 10, 10, 30, 0, uniswapv2.ErrInsufficientAmount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := uniswapv2.GetAmountOut(uint256.NewInt(tc.in), uint256.NewInt(tc.rIn), uint256.NewInt(tc.rOut), tc.fee)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if tc.wantErr == nil && got.Uint64() != tc.want {
				t.Errorf("GetAmountOut = %s, want %d", got.Dec(), tc.want)
			}
		})
	}
}

func TestGetAmountIn(t *testing.T) {
	tests := []struct {
		name           string
		out, rIn, rOut uint64
		want           uint64
		wantErr        error
	}{
		// 1e6*996*10000 / ((1e6-996)*9970) + 1 = 9.96e12/9960069880 + 1 = 999.997... + 1
		{"small trade", 996, 1_000_000, 1_000_000, 1000, nil},
		{"whole reserve", 1_000_000, 1_000_000, 1_000_000, 0, uniswapv2.ErrInsufficientLiquidity},
		{"zero output", 0, 1_000_000, 1_000_000, 0, uniswapv2.ErrInsufficientAmount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := uniswapv2.GetAmountIn(uint256.NewInt(tc.out), uint256.NewInt(tc.rIn), uint256.NewInt(tc.rOut), 30)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if tc.wantErr == nil && got.Uint64() != tc.want {
				t.Errorf("GetAmountIn = %s, want %d", got.Dec(), tc.want)
			}
		})
	}
}

func TestGetAmountOverflow(t *testing.T) {
	max112 := new(uint256.Int).SubUint64(new(uint256.Int).Lsh(uint256.NewInt(1), 112), 1)
	if _, err := uniswapv2.GetAmountOut(uint256.NewInt(1), max112, uint256.NewInt(1e6), 30); !errors.Is(err, uniswapv2.ErrOverflow) {
		t.Errorf("input past uint112 balance: err = %v, want ErrOverflow", err)
	}
}
