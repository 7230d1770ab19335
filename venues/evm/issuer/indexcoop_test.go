package issuer_test

import (
	"context"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/issuer"
)

func TestIndexCoopReadIsExact(t *testing.T) {
	w := newIndexWorld(t)
	x := w.issuer(t, 1000)
	for _, price := range []*big.Int{wethPrice, big.NewInt(2150e6), big.NewInt(1900e6)} {
		if price.Cmp(wethPrice) != 0 {
			w.setPrice(t, price)
		}
		s, err := x.State(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		supply, coll, debt := w.position(t)
		wantNAV := div(mul(sub(div(mul(coll, price), one18), debt), one18), supply)
		if s.NAV.Cmp(wantNAV) != 0 || s.Supply.Cmp(supply) != 0 || s.Collateral.Cmp(coll) != 0 || s.Debt.Cmp(debt) != 0 {
			t.Fatalf("price %s: state NAV %s supply %s coll %s debt %s, want %s %s %s %s",
				price, s.NAV, s.Supply, s.Collateral, s.Debt, wantNAV, supply, coll, debt)
		}
		nav, iu, err := x.Read(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		wantF, _ := new(big.Rat).SetFrac(wantNAV, big.NewInt(1e6)).Float64()
		if nav.NAV != wantF || nav.Token != "ETH2X" || nav.Source != venues.NAVIssuer {
			t.Fatalf("price %s: NAV update %+v, want NAV %v", price, nav, wantF)
		}
		if got, want := [2]int{iu.MintFeeBps, iu.RedeemFeeBps}, [2]int{10, 10}; got != want {
			t.Fatalf("fees %v bps, want %v", got, want)
		}
		wantLev, _ := new(big.Rat).SetFrac(mul(coll, price), mul(sub(div(mul(coll, price), one18), debt), one18)).Float64()
		if math.Abs(iu.Leverage-wantLev) > 1e-9 {
			t.Fatalf("price %s: leverage %v, want %v", price, iu.Leverage, wantLev)
		}
		if got, want := iu.CollateralPerToken, 0.1; math.Abs(got-want) > 1e-12 {
			t.Fatalf("collateral per token %v, want %v", got, want)
		}
	}
	if nav, _, _ := x.Read(context.Background(), nil); nav.NAV == 100 {
		t.Fatal("NAV did not follow the price")
	}
}

func TestIndexCoopRebalanceState(t *testing.T) {
	w := newIndexWorld(t)
	x := w.issuer(t, 1000) // near the ripcord (2.5) from 2.25
	ext := contracts.NewIndexLeverageExtension()
	tests := []struct {
		name        string
		leverage    int64 // x100
		twap        *big.Int
		wantActions []uint8
		want        bool
	}{
		{"at target", 200, nil, []uint8{0}, false},
		{"inside the band", 220, nil, []uint8{0}, false},
		{"near the ripcord", 228, nil, []uint8{0}, true},
		{"above max", 240, nil, []uint8{1}, true},
		{"above the ripcord", 260, nil, []uint8{3}, true},
		{"in a TWAP", 200, frac(21, 10), []uint8{2}, true},
	}
	last := wethPrice
	for _, tt := range tests {
		if p := priceFor(tt.leverage); p.Cmp(last) != 0 {
			w.setPrice(t, p)
			last = p
		}
		if tt.twap != nil {
			w.send(t, owner, w.ext, ext.PackSetTwapLeverageRatio(tt.twap))
		}
		s, err := x.State(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		_, iu, err := x.Read(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if string(s.Actions) != string(tt.wantActions) || iu.Rebalancing != tt.want {
			t.Errorf("%s: actions %v rebalancing %v, want %v %v (leverage %v)", tt.name, s.Actions, iu.Rebalancing, tt.wantActions, tt.want, iu.Leverage)
		}
		if got, want := iu.Leverage, float64(tt.leverage)/100; math.Abs(got-want) > 1e-6 {
			t.Errorf("%s: leverage %v, want %v", tt.name, got, want)
		}
	}
}

func TestIndexCoopCheck(t *testing.T) {
	w := newIndexWorld(t)
	spare := w.c.Deploy(t, owner, common.FromHex(contracts.IndexDebtIssuanceModuleMetaData.Bin))
	nobody := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
	tests := []struct {
		name   string
		mutate func(o *issuer.IndexCoopOptions)
		want   string // "" = no error
	}{
		{"configured", func(*issuer.IndexCoopOptions) {}, ""},
		{"set token without code", func(o *issuer.IndexCoopOptions) { o.SetToken = nobody }, "tokens.ETH2X.token_address: no contract code at " + nobody.Hex()},
		{"module without code", func(o *issuer.IndexCoopOptions) { o.Module = nobody }, "tokens.ETH2X.issuer_address: no contract code"},
		{"module not initialized", func(o *issuer.IndexCoopOptions) { o.Module = spare }, "tokens.ETH2X.issuer_address: module " + spare.Hex() + " is not initialized"},
		{"adapter for another token", func(o *issuer.IndexCoopOptions) { o.ExecIssuer = w.executor }, "tokens.ETH2X.exec_issuer_address"},
		{"strategy unset", func(o *issuer.IndexCoopOptions) { o.Extension = common.Address{} }, "tokens.ETH2X.strategy_address: not set"},
		{"fee module not initialized", func(o *issuer.IndexCoopOptions) { o.StreamingFeeModule = spare }, "tokens.ETH2X.streaming_fee_module_address: module " + spare.Hex() + " is not initialized"},
	}
	for _, tt := range tests {
		o := issuer.IndexCoopOptions{
			Caller: w.client(t), Token: "ETH2X", SetToken: w.set, Module: w.dim, Extension: w.ext,
			CollateralAToken: w.atoken, DebtToken: w.debtToken, PriceFeed: w.feed, ExecIssuer: w.adapter,
		}
		tt.mutate(&o)
		err := issuer.NewIndexCoop(o).Check(context.Background())
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, issuer.ErrConfig)):
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if !w.issuer(t, 0).MintSellAllowed() || w.issuer(t, 0).ExecIssuer() != w.adapter {
		t.Fatal("index coop: mint-and-sell should be allowed through the adapter")
	}
}
