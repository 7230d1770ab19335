package uniswapv3_test

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv3"
)

func TestSwapCalldataMatchesPoolABI(t *testing.T) {
	poolABI := evmtest.LoadArtifact(t, evmtest.V3PoolArtifact).ABI
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	limit := uniswapv3.NoPriceLimit(true)
	tests := []struct {
		name       string
		zeroForOne bool
		amount     *big.Int
		limit      *big.Int
		data       []byte
	}{
		{"exact in", true, big.NewInt(1_000_000), limit.ToBig(), nil},
		{"exact out", false, big.NewInt(-123_456_789), big.NewInt(987654321), []byte("callback payload spanning more than one word")},
	}
	for _, tc := range tests {
		got := uniswapv3.SwapCalldata(to, tc.zeroForOne, tc.amount, tc.limit, tc.data)
		data := tc.data
		if data == nil {
			data = []byte{}
		}
		want, err := poolABI.Pack("swap", to, tc.zeroForOne, tc.amount, tc.limit, data)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: calldata\n got %x\nwant %x", tc.name, got, want)
		}
	}
}

func TestQuoteErrors(t *testing.T) {
	spec := poolSpec{fee: 3000, spacing: 60, dec0: 18, dec1: 18, tick: 0, positions: 1, width: 1, fullRange: true, liquidityRange: [2]float64{18, 18}}
	w := newWorld(t, spec, rand.New(rand.NewPCG(1, 1)))
	p := w.newPool(t, uniswapv3.Options{})
	sqrt, _, _ := p.Slot0()
	above := new(uint256.Int).AddUint64(&sqrt, 1)
	huge := new(uint256.Int).Lsh(uint256.NewInt(1), 255)
	tests := []struct {
		name       string
		exactIn    bool
		zeroForOne bool
		amount     *uint256.Int
		limit      *uint256.Int
		want       error
	}{
		{"zero amount", true, true, new(uint256.Int), nil, uniswapv3.ErrAmount},
		{"amount past int256", true, true, huge, nil, uniswapv3.ErrAmount},
		{"limit on the wrong side", true, true, uint256.NewInt(1000), above, uniswapv3.ErrPriceLimit},
		{"limit at the price", false, false, uint256.NewInt(1000), &sqrt, uniswapv3.ErrPriceLimit},
		{"output past all liquidity", false, true, new(uint256.Int).Lsh(uint256.NewInt(1), 120), nil, uniswapv3.ErrInsufficientLiquidity},
	}
	for _, tc := range tests {
		var err error
		if tc.exactIn {
			_, err = p.QuoteExactIn(tc.zeroForOne, tc.amount, tc.limit)
		} else {
			_, err = p.QuoteExactOut(tc.zeroForOne, tc.amount, tc.limit)
		}
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestPoolUpdate(t *testing.T) {
	// token0 18 decimals, token1 6 decimals, price 3000 token1 per token0:
	// raw price 3000e6/1e18 = 3e-9, tick = log(3e-9)/log(1.0001).
	tick := int32(math.Floor(math.Log(3e-9) / math.Log(1.0001)))
	spec := poolSpec{fee: 500, spacing: 10, dec0: 18, dec1: 6, tick: tick, positions: 5, width: 50, fullRange: true, liquidityRange: [2]float64{12, 14}}
	w := newWorld(t, spec, rand.New(rand.NewPCG(8, 8)))
	probe := w.newPool(t, uniswapv3.Options{})
	base := w.t0 // the 18-decimal token (newWorld may have swapped the order)
	if d0, _ := probe.Decimals(); d0 != 18 {
		base = w.t1
	}
	p := w.newPool(t, uniswapv3.Options{Name: "ETH2X-USDC", BaseSymbol: "ETH2X", QuoteSymbol: "USDC", BaseToken: base})
	u := p.PoolUpdate()
	if u.Venue != "uniswapv3" || u.Pool != "ETH2X-USDC" || u.Base != "ETH2X" || u.Quote != "USDC" || u.FeeBps != 5 {
		t.Errorf("labels = %+v", u)
	}
	head := w.c.Head(t)
	if u.Block != head.Number.Uint64() || u.Time.Unix() != int64(head.Time) {
		t.Errorf("block %d time %v, want %d %d", u.Block, u.Time, head.Number, head.Time)
	}
	if got := u.Price(); math.Abs(got-3000)/3000 > 1e-3 {
		t.Errorf("price %v, want about 3000", got)
	}
	// Depth: selling a small amount of base moves out what the virtual
	// reserves say, within the fee and rounding.
	sqrt, _, liq := p.Slot0()
	s := sqrt.Float64() / (1 << 96)
	if base == w.t0 {
		if got, want := u.ReserveBase, liq.Float64()/s/1e18; math.Abs(got-want)/want > 1e-12 {
			t.Errorf("base reserve %v, want %v", got, want)
		}
	}
}

// TestConcurrentQuotes quotes from several goroutines while blocks are
// applied (run with -race).
func TestConcurrentQuotes(t *testing.T) {
	w := newWorld(t, reorgSpec, rand.New(rand.NewPCG(4, 4)))
	p := w.newPool(t, uniswapv3.Options{})
	for i := 0; i < 6; i++ {
		w.v3.Swap(t, trader, w.pool, i%2 == 0, new(big.Int).Mul(big.NewInt(int64(50+i)), pow10(18)), nil)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			amount := uint256.NewInt(1e18)
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := p.QuoteExactIn(true, amount, nil); err != nil {
					t.Error(err)
					return
				}
				_ = p.PoolUpdate()
			}
		}()
	}
	w.follow(t, p)
	close(stop)
	wg.Wait()
	requireChainSlot0(t, w, p, "after concurrent follow")
}
