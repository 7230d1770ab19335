package ledgerdb_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/venues"
)

var t0 = time.Date(2026, 1, 5, 23, 59, 0, 0, time.UTC)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func initial() map[string]decimal.Decimal {
	return map[string]decimal.Decimal{"USDC": d("100000"), "ETH": d("1"), "ETH2X": d("0")}
}

func open(t testing.TB, path string) *ledgerdb.Ledger {
	t.Helper()
	l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path, Initial: initial(), Now: t0})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func tempPath(t testing.TB) string { return filepath.Join(t.TempDir(), "ledger.db") }

func plan(id uint64, kind venues.PlanKind, at time.Time) *venues.Plan {
	return &venues.Plan{
		ID: id, Kind: kind, Token: "ETH2X", Market: "ETH2X-USDC", MarketKind: venues.MarketPool, Chain: "arbitrum",
		Size: 100.5, QuoteAmount: 3510.25, NAV: 35, MarketPrice: 35.1, PremiumBps: 28.57, NotionalUSD: 3517.5,
		Expected:  venues.Costs{GrossUSD: 10, IssuerFeeUSD: 3.5, VenueFeeUSD: 1.2, GasUSD: 0.3, NetUSD: 5},
		MinNetUSD: 1, GasUnits: 400000, MaxFeeGwei: 0.1, TipGwei: 0.001,
		Created: at, Deadline: at.Add(30 * time.Second),
	}
}

// loop is a mint-and-sell receipt with exact 6- and 18-decimal amounts.
func loop(id uint64, at time.Time, r *rand.Rand) *venues.TxReceipt {
	tokens := decimal.New(r.Int64N(1e18)+1, -16)             // up to 100 tokens, 16 decimals
	paid := decimal.New(r.Int64N(4e9)+1, -6)                 // USDC, 6 decimals
	received := paid.Add(decimal.New(r.Int64N(2e7)-5e6, -6)) // +- a few USDC
	gas := decimal.New(r.Int64N(1e13)+1, -18)                // ETH, 18 decimals
	return &venues.TxReceipt{
		Time: at, PlanID: id, Chain: "arbitrum", TxHash: fmt.Sprintf("0x%064x", id), Nonce: id, Block: id * 2,
		Status: venues.TxSuccess, GasUsed: 400000, GasNative: gas, NativeAsset: "ETH", GasUSD: gas.Mul(d("3000")),
		Fills: []venues.Fill{
			{Time: at, Leg: 0, Venue: "issuer", Instrument: "ETH2X", Action: venues.ActionMint, Base: "ETH2X", Quote: "USDC",
				BaseDelta: tokens, QuoteDelta: paid.Neg(), Fee: d("0.35"), FeeAsset: "USDC", FeeUSD: d("0.35")},
			{Time: at, Leg: 1, Venue: "uniswapv2", Instrument: "ETH2X-USDC", Action: venues.ActionSell, Base: "ETH2X", Quote: "USDC",
				BaseDelta: tokens.Neg(), QuoteDelta: received, Fee: d("0.003"), FeeAsset: "ETH2X", FeeUSD: d("0.105")},
		},
	}
}

// hedgeFill is an exchange fill with a trade id.
func hedgeFill(plan uint64, trade int, at time.Time, r *rand.Rand) *venues.Fill {
	qty := decimal.New(r.Int64N(1e8)+1, -8)
	price := decimal.New(r.Int64N(1e6)+2_900_00, -2)
	fee := qty.Mul(price).Mul(d("0.001")).Round(8)
	return &venues.Fill{
		Time: at, PlanID: plan, Leg: 0, Venue: "binance", Instrument: "ETHUSDT", Action: venues.ActionSell,
		Base: "ETH", Quote: "USDT", BaseDelta: qty.Neg(), QuoteDelta: qty.Mul(price).Sub(fee),
		Fee: fee, FeeAsset: "USDT", FeeUSD: fee, TradeID: fmt.Sprint(trade),
	}
}

func equalBalances(t *testing.T, what string, got, want map[string]decimal.Decimal) {
	t.Helper()
	for a, w := range want {
		if g := got[a]; !g.Equal(w) {
			t.Errorf("%s: %s = %s, want %s", what, a, g, w)
		}
	}
	for a, g := range got {
		if _, ok := want[a]; !ok && !g.IsZero() {
			t.Errorf("%s: %s = %s, want none", what, a, g)
		}
	}
}
