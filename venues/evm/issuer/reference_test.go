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

// refWorld is a NavLeveragedToken of 1000 tokens backed by 100 WETH and
// 100,000 USDC of debt (NAV 100 USDC, leverage 2 at 2000 USDC); bands 1.7,
// 2, 2.3, ripcord 2.5; mint and redeem fees 10 bps, no streaming fee.
type refWorld struct {
	base
	token common.Address
}

func newRefWorld(t *testing.T) *refWorld {
	t.Helper()
	w := &refWorld{base: newBase(t, "WETH")}
	c := w.c
	lt := contracts.NewNavLeveragedToken()
	bands := [4]*big.Int{frac(17, 10), e18(2), frac(23, 10), frac(25, 10)}
	fees := [3]*big.Int{big.NewInt(10), big.NewInt(10), new(big.Int)}
	w.token = c.Deploy(t, owner, append(common.FromHex(contracts.NavLeveragedTokenMetaData.Bin),
		lt.PackConstructor("ETH 2x", "ETH2X", w.weth, w.usdc, w.feed, bands, fees, big.NewInt(86400))...))
	c.Mint(t, w.weth, c.Addrs[owner], e18(1000))
	c.Mint(t, w.usdc, c.Addrs[owner], e6(2_000_000))
	c.Approve(t, owner, w.weth, w.token)
	c.Approve(t, owner, w.usdc, w.token)
	w.send(t, owner, w.token, lt.PackFundReserve(e18(1000), e6(1_000_000)))
	w.send(t, owner, w.token, lt.PackBootstrap(e18(1000), e18(100), e6(100_000)))
	return w
}

func (w *refWorld) issuer(t *testing.T) *issuer.Reference {
	return issuer.NewReference(issuer.ReferenceOptions{
		Caller: w.client(t), Token: "ETH2X", Issuer: w.token,
		CollateralDecimals: 18, QuoteDecimals: 6, RipcordMarginBps: 1000,
	})
}

func TestReferenceRead(t *testing.T) {
	w := newRefWorld(t)
	x := w.issuer(t)
	tests := []struct {
		leverage    int64 // x100
		rebalancing bool
	}{
		{200, false},
		{220, false},
		{228, true}, // within 10% of the ripcord, inside the bands
		{240, true}, // above max: the keeper may rebalance
	}
	last := wethPrice
	for _, tt := range tests {
		price := priceFor(tt.leverage)
		if price.Cmp(last) != 0 {
			w.setPrice(t, price)
			last = price
		}
		nav, iu, err := x.Read(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		// 100 WETH and 100,000 USDC of debt back 1000 tokens.
		wantNAV := div(mul(sub(div(mul(e18(100), price), one18), e6(100_000)), one18), e18(1000))
		wantF, _ := new(big.Rat).SetFrac(wantNAV, big.NewInt(1e6)).Float64()
		if nav.NAV != wantF || nav.Source != venues.NAVIssuer {
			t.Errorf("leverage %d: NAV %v, want %v", tt.leverage, nav.NAV, wantF)
		}
		if iu.Rebalancing != tt.rebalancing || math.Abs(iu.Leverage-float64(tt.leverage)/100) > 1e-6 {
			t.Errorf("leverage %d: rebalancing %v leverage %v, want %v", tt.leverage, iu.Rebalancing, iu.Leverage, tt.rebalancing)
		}
		if got, want := [4]float64{float64(iu.MintFeeBps), float64(iu.RedeemFeeBps), iu.CollateralPerToken, iu.DebtPerToken}, [4]float64{10, 10, 0.1, 100}; got != want {
			t.Errorf("fees and position %v, want %v", got, want)
		}
	}
	if !x.MintSellAllowed() || x.ExecIssuer() != w.token {
		t.Fatal("reference: the token is its own issuer and mint-and-sell is allowed")
	}
}

func TestReferenceCheck(t *testing.T) {
	w := newRefWorld(t)
	nobody := common.HexToAddress("0x00000000000000000000000000000000000b0b03")
	tests := []struct {
		name  string
		token common.Address
		want  string
	}{
		{"configured", w.token, ""},
		{"no code", nobody, "tokens.ETH2X.issuer_address: no contract code at " + nobody.Hex()},
		{"not an issuer", w.usdc, "tokens.ETH2X.issuer_address: " + w.usdc.Hex() + " is not a NavLeveragedToken"},
	}
	for _, tt := range tests {
		err := issuer.NewReference(issuer.ReferenceOptions{Caller: w.client(t), Token: "ETH2X", Issuer: tt.token}).Check(context.Background())
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, issuer.ErrConfig)):
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}
