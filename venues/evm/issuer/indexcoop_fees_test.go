package issuer_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/navarb/navarb/venues/evm/contracts"
	"github.com/navarb/navarb/venues/evm/issuer"
)

func TestIndexCoopStreamingFee(t *testing.T) {
	w := newIndexWorld(t)
	x := w.issuer(t, 0)
	sfm := contracts.NewIndexStreamingFeeModule()
	st, err := sfm.UnpackFeeStates(mustCall(t, &w.base, w.fees, sfm.PackFeeStates(w.set)))
	if err != nil {
		t.Fatal(err)
	}
	waitChain(t, &w.base, 30*24*time.Hour)

	s, err := x.State(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := new(big.Int).SetUint64(w.c.Head(t).Time - st.LastStreamingFeeTimestamp.Uint64())
	wantPending := div(mul(frac(365, 10_000), elapsed), big.NewInt(31_557_600))
	if s.PendingFee.Cmp(wantPending) != 0 || s.LastFeeAccrual.Cmp(st.LastStreamingFeeTimestamp) != 0 {
		t.Fatalf("pending fee %s since %s, want %s since %s", s.PendingFee, s.LastFeeAccrual, wantPending, st.LastStreamingFeeTimestamp)
	}
	_, iu, err := x.Read(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if iu.StreamingFeeAnnual != 0.0365 || !iu.FeeAccruedAt.Equal(time.Unix(st.LastStreamingFeeTimestamp.Int64(), 0)) {
		t.Fatalf("streaming fee %v accrued at %v, want 0.0365 at %v", iu.StreamingFeeAnnual, iu.FeeAccruedAt, st.LastStreamingFeeTimestamp)
	}

	// Accruing mints fee*S/(1-fee) tokens and dilutes the NAV by the fee.
	supply, _, _ := w.position(t)
	w.send(t, stranger, w.fees, sfm.PackAccrueFee(w.set))
	s2, err := x.State(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := div(mul(frac(365, 10_000), new(big.Int).SetUint64(w.c.Head(t).Time-st.LastStreamingFeeTimestamp.Uint64())), big.NewInt(31_557_600))
	wantSupply := add(supply, div(mul(fee, supply), sub(one18, fee)))
	if s2.Supply.Cmp(wantSupply) != 0 || s2.PendingFee.Sign() != 0 || s2.NAV.Cmp(s.NAV) >= 0 {
		t.Fatalf("after accrual: supply %s pending %s NAV %s, want supply %s, no pending fee, NAV below %s", s2.Supply, s2.PendingFee, s2.NAV, wantSupply, s.NAV)
	}
}

func TestIndexCoopChainlinkPrice(t *testing.T) {
	w := newIndexWorld(t)
	cl := contracts.NewTestChainlinkFeed()
	feed := w.c.Deploy(t, owner, append(common.FromHex(contracts.TestChainlinkFeedMetaData.Bin),
		cl.PackConstructor(8, "ETH / USD", big.NewInt(2123_4567_8901))...)) // 2123.45678901 USD
	o := issuer.IndexCoopOptions{
		Caller: w.client(t), Token: "ETH2X", SetToken: w.set, Module: w.dim, Extension: w.ext,
		CollateralAToken: w.atoken, DebtToken: w.debtToken, PriceFeed: feed, PriceFeedKind: "chainlink",
		ExecIssuer: w.adapter, CollateralDecimals: 18, QuoteDecimals: 6,
	}
	s, err := issuer.NewIndexCoop(o).State(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// 2123.45678901 USD with 8 decimals -> USDC units (6 decimals) per wei, 1e18-scaled.
	want := big.NewInt(2123_456789)
	if s.Price.Cmp(want) != 0 {
		t.Fatalf("price %s, want %s", s.Price, want)
	}
	supply, coll, debt := w.position(t)
	if wantNAV := div(mul(sub(div(mul(coll, want), one18), debt), one18), supply); s.NAV.Cmp(wantNAV) != 0 {
		t.Fatalf("NAV %s, want %s", s.NAV, wantNAV)
	}
	o.PriceFeedKind = "pyth"
	if err := issuer.NewIndexCoop(o).Check(context.Background()); err == nil || !strings.Contains(err.Error(), "tokens.ETH2X.price_feed_kind") {
		t.Fatalf("unknown feed kind: %v", err)
	}
}
