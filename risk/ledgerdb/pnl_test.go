package ledgerdb_test

import (
	"context"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/venues"
)

// pnlFixture records a mint-and-sell on day 1; a hedge, a reverted
// buy-and-redeem and an unplanned fill on day 2.
func pnlFixture(t *testing.T, l *ledgerdb.Ledger) {
	t.Helper()
	day1, day2 := t0, t0.Add(2*time.Minute) // t0 is 23:59 UTC
	l.RecordIntent(plan(1, venues.MintSell, day1), day1)
	l.RecordReceipt(&venues.TxReceipt{Time: day1, PlanID: 1, Chain: "arbitrum", TxHash: "0x1", Status: venues.TxSuccess,
		GasNative: d("0.0001"), NativeAsset: "ETH", GasUSD: d("0.3"), Fills: []venues.Fill{
			{Leg: 0, Venue: "issuer", Instrument: "ETH2X", Action: venues.ActionMint, Base: "ETH2X", Quote: "USDC",
				BaseDelta: d("10"), QuoteDelta: d("-350.35"), Fee: d("0.35"), FeeAsset: "USDC", FeeUSD: d("0.35"), Time: day1},
			{Leg: 1, Venue: "uniswapv2", Instrument: "ETH2X-USDC", Action: venues.ActionSell, Base: "ETH2X", Quote: "USDC",
				BaseDelta: d("-10"), QuoteDelta: d("352"), Fee: d("0.03"), FeeAsset: "ETH2X", FeeUSD: d("1.056"), Time: day1},
		}})
	l.RecordIntent(plan(2, venues.Hedge, day2), day2)
	l.RecordFill(&venues.Fill{Time: day2, PlanID: 2, Venue: "binance", Instrument: "ETHUSDT", Action: venues.ActionSell,
		Base: "ETH", Quote: "USDT", BaseDelta: d("-0.1"), QuoteDelta: d("299.7"), Fee: d("0.3"), FeeAsset: "USDT",
		FeeUSD: d("0.3"), TradeID: "9"})
	l.RecordIntent(plan(3, venues.BuyRedeem, day2), day2)
	l.RecordReceipt(&venues.TxReceipt{Time: day2, PlanID: 3, Chain: "arbitrum", TxHash: "0x3", Status: venues.TxReverted,
		Reason: "min net", GasNative: d("0.00005"), NativeAsset: "ETH", GasUSD: d("0.15")})
	l.RecordFill(&venues.Fill{Time: day2, Venue: "binance", Instrument: "XYZUSDC", Action: venues.ActionBuy,
		Base: "XYZ", Quote: "USDC", BaseDelta: d("2"), QuoteDelta: d("-10"), TradeID: "10"})
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestSummarize(t *testing.T) {
	l := open(t, tempPath(t))
	pnlFixture(t, l)
	p, err := ledgerdb.Summarize(context.Background(), l.DB())
	if err != nil {
		t.Fatal(err)
	}
	wantChange := map[string]decimal.Decimal{"USDC": d("-8.35"), "ETH": d("-0.10015"), "USDT": d("299.7"), "XYZ": d("2")}
	equalBalances(t, "change", p.Change, wantChange)
	want := initial()
	for a, v := range wantChange {
		want[a] = want[a].Add(v)
	}
	equalBalances(t, "end", p.End, want)
	equalBalances(t, "end vs in-memory", p.End, l.Balances())
	if len(p.Unpriced) != 0 {
		t.Errorf("unpriced = %v", p.Unpriced)
	}
	for _, tc := range []struct {
		name               string
		rows               []ledgerdb.Row
		key                func(ledgerdb.Row) string
		want               map[string]string // key -> net_usd
		wantLoops, wantTxs map[string]int
	}{
		{"by kind", p.ByKind, func(r ledgerdb.Row) string { return r.Kind },
			map[string]string{"mint_sell": "1.35", "hedge": "0", "buy_redeem": "-0.15", "unplanned": "0"},
			map[string]int{"mint_sell": 1, "hedge": 1, "buy_redeem": 1, "unplanned": 0},
			map[string]int{"mint_sell": 1, "hedge": 0, "buy_redeem": 1, "unplanned": 0}},
		{"by day", p.ByDay, func(r ledgerdb.Row) string { return r.Day },
			map[string]string{"2026-01-05": "1.35", "2026-01-06": "-0.15"},
			map[string]int{"2026-01-05": 1, "2026-01-06": 2},
			map[string]int{"2026-01-05": 1, "2026-01-06": 1}},
		{"by token", p.ByToken, func(r ledgerdb.Row) string { return r.Token },
			map[string]string{"ETH2X": "1.2", "XYZ": "0"},
			map[string]int{"ETH2X": 3, "XYZ": 0},
			map[string]int{"ETH2X": 2, "XYZ": 0}},
	} {
		if len(tc.rows) != len(tc.want) {
			t.Errorf("%s: %d rows, want %d", tc.name, len(tc.rows), len(tc.want))
		}
		for _, r := range tc.rows {
			k := tc.key(r)
			if got := r.NetUSD; !got.Equal(d(tc.want[k])) {
				t.Errorf("%s %s: net_usd %s, want %s", tc.name, k, got, tc.want[k])
			}
			if r.Loops != tc.wantLoops[k] || r.Txs != tc.wantTxs[k] {
				t.Errorf("%s %s: loops, txs = %d, %d; want %d, %d", tc.name, k, r.Loops, r.Txs, tc.wantLoops[k], tc.wantTxs[k])
			}
		}
	}
	if got, want := p.Total.NetUSD, d("1.2"); !got.Equal(want) {
		t.Errorf("total net %s, want %s", got, want)
	}
	if got, want := p.Total.FeesUSD, d("1.706"); !got.Equal(want) {
		t.Errorf("total fees %s, want %s", got, want)
	}
	if got, want := p.Total.GasUSD, d("0.45"); !got.Equal(want) {
		t.Errorf("total gas %s, want %s", got, want)
	}
	if got, want := p.Marks["ETH"], d("2997"); !got.Equal(want) {
		t.Errorf("ETH mark %s, want %s (the hedge's price)", got, want)
	}
}

// The balance_changes view (the PnL in SQL, one signed row per balance
// change) sums to the same exact change per asset.
func TestBalanceChangesView(t *testing.T) {
	l := open(t, tempPath(t))
	pnlFixture(t, l)
	p, err := ledgerdb.Summarize(context.Background(), l.DB())
	if err != nil {
		t.Fatal(err)
	}
	rows, err := l.DB().Query(`SELECT asset, amount FROM balance_changes`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]decimal.Decimal{}
	for rows.Next() {
		var asset, amount string
		if err := rows.Scan(&asset, &amount); err != nil {
			t.Fatal(err)
		}
		got[asset] = got[asset].Add(d(amount))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	equalBalances(t, "view", got, p.Change)
}
