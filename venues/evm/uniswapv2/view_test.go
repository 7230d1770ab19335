package uniswapv2_test

import (
	"context"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/navarb/navarb/venues/evm/evmtest"
	"github.com/navarb/navarb/venues/evm/uniswapv2"
)

func TestSwapCalldataMatchesPairABI(t *testing.T) {
	pairABI := evmtest.LoadArtifact(t, evmtest.V2PairArtifact).ABI
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tests := []struct {
		name   string
		a0, a1 *big.Int
		data   []byte
	}{
		{"no callback", big.NewInt(0), big.NewInt(12345), nil},
		{"callback data", big.NewInt(7), big.NewInt(0), []byte("a flash swap payload longer than one word")},
	}
	for _, tc := range tests {
		got := uniswapv2.SwapCalldata(tc.a0, tc.a1, to, tc.data)
		data := tc.data
		if data == nil {
			data = []byte{}
		}
		want, err := pairABI.Pack("swap", tc.a0, tc.a1, to, data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytesEqual(got, want) {
			t.Errorf("%s: calldata\n got %x\nwant %x", tc.name, got, want)
		}
	}
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

// TestSwapCallExecutes pays the input into the pair, sends SwapCall from an
// account, and checks the account receives exactly AmountOut and the pool
// follows the swap from its Sync log.
func TestSwapCallExecutes(t *testing.T) {
	e := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	w := newWorld(t, 18, 6, new(big.Int).Mul(big.NewInt(100), e), big.NewInt(250_000_000_000))
	p := w.newPool(t)
	in := new(big.Int).Div(e, big.NewInt(3))
	out, err := p.AmountOut(true, u256(in))
	if err != nil {
		t.Fatal(err)
	}
	trader := 3
	w.c.Mint(t, w.t0, w.c.Addrs[trader], in)
	w.c.Transfer(t, trader, w.t0, w.pair, in)
	pair := w.pair
	w.c.Send(t, trader, &pair, p.SwapCall(true, &out, w.c.Addrs[trader]), evmtest.TxGas)
	if got := w.c.BalanceOf(t, w.t1, w.c.Addrs[trader]); got.Cmp(out.ToBig()) != 0 {
		t.Fatalf("received %s, quoted %s", got, out.Dec())
	}
	w.follow(t, p)
	requireChainState(t, w, p, "after SwapCall")
}

func TestPoolUpdate(t *testing.T) {
	e := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	// 1,200 of an 18-decimal token against 41,000 of a 6-decimal token.
	w := newWorld(t, 18, 6, new(big.Int).Mul(big.NewInt(1200), e), big.NewInt(41_000_000_000))
	head := w.c.Head(t)
	p0, err := uniswapv2.NewPool(context.Background(), w.c.Client, w.pair, uniswapv2.Options{At: evmtest.Ref(head)})
	if err != nil {
		t.Fatal(err)
	}
	eighteen := w.t0 // the base token is the 18-decimal one
	if d0, _ := p0.Decimals(); d0 != 18 {
		eighteen = w.t1
	}
	p, err := uniswapv2.NewPool(context.Background(), w.c.Client, w.pair, uniswapv2.Options{
		At: evmtest.Ref(head), Name: "ETH2X-USDC", BaseSymbol: "ETH2X", QuoteSymbol: "USDC", BaseToken: eighteen,
	})
	if err != nil {
		t.Fatal(err)
	}
	u := p.PoolUpdate()
	if u.Venue != "uniswapv2" || u.Pool != "ETH2X-USDC" || u.Base != "ETH2X" || u.Quote != "USDC" || u.FeeBps != 30 {
		t.Errorf("labels = %+v", u)
	}
	if u.Block != head.Number.Uint64() || u.Time.Unix() != int64(head.Time) {
		t.Errorf("block %d time %v, want %d %d", u.Block, u.Time, head.Number, head.Time)
	}
	if math.Abs(u.ReserveBase-1200) > 1e-9 || math.Abs(u.ReserveQuote-41_000) > 1e-9 {
		t.Errorf("reserves base %v quote %v, want 1200 and 41000", u.ReserveBase, u.ReserveQuote)
	}
	if got, want := u.Price(), 41_000.0/1200; math.Abs(got-want) > 1e-9 {
		t.Errorf("price %v, want %v", got, want)
	}
}

func BenchmarkAmountOut(b *testing.B) {
	r0 := uint256.MustFromDecimal("1200000000000000000000")
	r1 := uint256.MustFromDecimal("41000000000")
	in := uint256.NewInt(1_000_000_000_000_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := uniswapv2.GetAmountOut(in, r0, r1, 30); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAmountIn(b *testing.B) {
	r0 := uint256.MustFromDecimal("1200000000000000000000")
	r1 := uint256.MustFromDecimal("41000000000")
	out := uint256.NewInt(1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := uniswapv2.GetAmountIn(out, r0, r1, 30); err != nil {
			b.Fatal(err)
		}
	}
}
