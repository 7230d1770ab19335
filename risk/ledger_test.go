package risk_test

import (
	"strings"
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/venues"
	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func fill(plan uint64, leg int, base, quote string) *venues.Fill {
	return &venues.Fill{
		Time: t0, PlanID: plan, Leg: leg, Venue: "uniswapv2", Instrument: "ETH2X-USDC",
		Action: venues.ActionSell, Base: "ETH2X", Quote: "USDC",
		BaseDelta: d(base), QuoteDelta: d(quote), FeeUSD: d("0.03"),
	}
}

func TestLedgerExactDeltas(t *testing.T) {
	l := risk.NewLedger(map[string]decimal.Decimal{"USDC": d("0"), "ETH2X": d("1")})
	l.RecordFill(fill(1, 0, "-0.1", "0.1"))
	l.RecordFill(fill(1, 1, "-0.2", "0.2"))
	if got, want := l.Balance("USDC"), d("0.3"); !got.Equal(want) {
		t.Errorf("USDC = %v, want exactly %v (float64 gives %v)", got, want, 0.1+0.2)
	}
	if got, want := l.Balance("ETH2X"), d("0.7"); !got.Equal(want) {
		t.Errorf("ETH2X = %v, want exactly %v", got, want)
	}
	// Ten thousand small fills sum exactly.
	for i := range 10_000 {
		l.RecordFill(fill(2, i, "0", "0.0001"))
	}
	if got, want := l.Balance("USDC"), d("1.3"); !got.Equal(want) {
		t.Errorf("USDC after 10000 x 0.0001 = %v, want %v", got, want)
	}
	if got := l.Balance("NEVER"); !got.IsZero() {
		t.Errorf("unknown asset balance = %v, want 0", got)
	}
}

func TestLedgerReceiptDebitsGas(t *testing.T) {
	l := risk.NewLedger(map[string]decimal.Decimal{"ETH": d("0.5"), "USDC": d("1000")})
	r := &venues.TxReceipt{
		Time: t0, PlanID: 7, Chain: "arbitrum", TxHash: "0xabc", Status: venues.TxSuccess,
		GasUsed: 400_000, GasNative: d("0.000004123456789012"), NativeAsset: "ETH", GasUSD: d("0.0124"),
		Fills: []venues.Fill{*fill(0, 0, "10", "-401.37"), *fill(0, 1, "-10", "402.11")},
	}
	l.RecordReceipt(r)
	if got, want := l.Balance("ETH"), d("0.499995876543210988"); !got.Equal(want) {
		t.Errorf("ETH = %v, want %v", got, want)
	}
	if got, want := l.Balance("USDC"), d("1000.74"); !got.Equal(want) {
		t.Errorf("USDC = %v, want %v", got, want)
	}
	// A reverted transaction has no fills but still pays gas.
	l.RecordReceipt(&venues.TxReceipt{Time: t0, PlanID: 8, TxHash: "0xdef", Status: venues.TxReverted,
		GasNative: d("0.000001"), NativeAsset: "ETH"})
	if got, want := l.Balance("ETH"), d("0.499994876543210988"); !got.Equal(want) {
		t.Errorf("ETH after revert = %v, want %v", got, want)
	}
	// Fills without a PlanID take the receipt's.
	for _, e := range l.Entries() {
		if e.Kind == risk.EntryFill && e.PlanID != 7 {
			t.Errorf("fill entry plan id = %d, want 7", e.PlanID)
		}
	}
}

func TestLedgerDuplicatesIgnored(t *testing.T) {
	l := risk.NewLedger(nil)
	f := fill(3, 0, "-1", "40.5")
	l.RecordFill(f)
	l.RecordFill(f)
	other := fill(3, 0, "-1", "40.5")
	other.Venue = "sim" // a different venue is a different fill
	l.RecordFill(other)
	if got, want := l.Balance("USDC"), d("81"); !got.Equal(want) {
		t.Errorf("USDC = %v, want %v", got, want)
	}
	r := &venues.TxReceipt{Time: t0, PlanID: 3, TxHash: "0x1", GasNative: d("0.001"), NativeAsset: "ETH",
		Fills: []venues.Fill{*f, *fill(3, 1, "1", "-40")}} // leg 0 already recorded on its own
	l.RecordReceipt(r)
	l.RecordReceipt(r)
	if got, want := l.Balance("ETH"), d("-0.001"); !got.Equal(want) {
		t.Errorf("ETH = %v, want gas debited once: %v", got, want)
	}
	if got, want := l.Balance("USDC"), d("41"); !got.Equal(want) {
		t.Errorf("USDC = %v, want %v", got, want)
	}
	if got, want := l.Balance("ETH2X"), d("-1"); !got.Equal(want) {
		t.Errorf("ETH2X = %v, want %v", got, want)
	}
	// Ignored: fill once, receipt once, the receipt's copy of leg 0 once.
	if got, want := l.Duplicates(), uint64(3); got != want {
		t.Errorf("Duplicates() = %d, want %d", got, want)
	}
	if got, want := len(l.Entries()), 4; got != want { // 2 fills, the receipt, its new leg 1
		t.Errorf("%d entries, want %d", got, want)
	}
}

func TestLedgerJournal(t *testing.T) {
	l := risk.NewLedger(map[string]decimal.Decimal{"USDC": d("100")})
	p := basePlan()
	p.ID = 42
	l.RecordIntent(p, t0)
	p.Size = 999 // the journal keeps its own copy
	l.RecordFill(fill(42, 0, "2", "-80"))
	l.RecordReceipt(&venues.TxReceipt{Time: t0.Add(time.Second), PlanID: 42, TxHash: "0xfeed",
		GasNative: d("0.00002"), NativeAsset: "ETH", GasUSD: d("0.06"),
		Fills: []venues.Fill{*fill(42, 1, "-2", "81")}})

	got := l.Entries()
	want := []struct {
		kind   risk.EntryKind
		deltas map[string]string
	}{
		{risk.EntryIntent, nil},
		{risk.EntryFill, map[string]string{"ETH2X": "2", "USDC": "-80"}},
		{risk.EntryReceipt, map[string]string{"ETH": "-0.00002"}},
		{risk.EntryFill, map[string]string{"ETH2X": "-2", "USDC": "81"}},
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	sums := map[string]decimal.Decimal{"USDC": d("100")}
	for i, e := range got {
		if e.Seq != uint64(i+1) || e.Kind != want[i].kind || e.PlanID != 42 {
			t.Errorf("entry %d = seq %d %v plan %d; want seq %d %v plan 42", i, e.Seq, e.Kind, e.PlanID, i+1, want[i].kind)
		}
		if len(e.Deltas) != len(want[i].deltas) {
			t.Errorf("entry %d: %d deltas, want %d", i, len(e.Deltas), len(want[i].deltas))
		}
		for _, dl := range e.Deltas {
			if w, ok := want[i].deltas[dl.Asset]; !ok || !dl.Amount.Equal(d(w)) {
				t.Errorf("entry %d: delta %s %v, want %q", i, dl.Asset, dl.Amount, w)
			}
			sums[dl.Asset] = sums[dl.Asset].Add(dl.Amount)
		}
	}
	if got[0].Plan == nil || got[0].Plan.Size != 25 || got[0].Ref != "mint_sell ETH2X" {
		t.Errorf("intent entry = %+v, want a copy of the plan as recorded", got[0])
	}
	if got[2].Ref != "0xfeed" || !got[2].CostUSD.Equal(d("0.06")) {
		t.Errorf("receipt entry ref %q cost %v", got[2].Ref, got[2].CostUSD)
	}
	if !strings.Contains(got[1].Ref, "uniswapv2") {
		t.Errorf("fill entry ref %q does not name the venue", got[1].Ref)
	}
	// The journal reproduces the balances.
	bal := l.Balances()
	for a, v := range sums {
		if !bal[a].Equal(v) {
			t.Errorf("%s: balance %v, journal sum %v", a, bal[a], v)
		}
	}
	// Copies are independent of the ledger.
	bal["USDC"] = d("0")
	got[1].Deltas[0].Amount = d("1e9")
	if l.Balance("USDC").IsZero() || l.Entries()[1].Deltas[0].Amount.Equal(d("1e9")) {
		t.Error("mutating a returned copy changed the ledger")
	}
}

func TestLedgerValue(t *testing.T) {
	l := risk.NewLedger(map[string]decimal.Decimal{"USDC": d("100.1"), "ETH": d("0.2"), "DUST": d("0")})
	v, err := l.Value(map[string]decimal.Decimal{"USDC": d("1"), "ETH": d("3000.5")})
	if err != nil {
		t.Fatalf("Value: %v", err)
	}
	if want := d("700.2"); !v.Equal(want) {
		t.Errorf("Value = %v, want %v", v, want)
	}
	if _, err := l.Value(map[string]decimal.Decimal{"USDC": d("1")}); err == nil || !strings.Contains(err.Error(), "ETH") {
		t.Errorf("Value without an ETH price: err = %v, want one naming ETH", err)
	}
}

// TestLedgerPartialFills: one order's partial fills (same plan and leg)
// are distinct when the venue's trade ids differ; a repeated trade id is
// a duplicate.
func TestLedgerPartialFills(t *testing.T) {
	l := risk.NewLedger(map[string]decimal.Decimal{"ETH2X": d("10"), "USDC": d("0")})
	for _, id := range []string{"7", "8", "7"} {
		f := fill(0, 0, "-1", "30.5")
		f.TradeID = id
		l.RecordFill(f)
	}
	if got, want := l.Balance("ETH2X"), d("8"); !got.Equal(want) {
		t.Errorf("ETH2X %s, want %s", got, want)
	}
	if got, want := l.Balance("USDC"), d("61"); !got.Equal(want) {
		t.Errorf("USDC %s, want %s", got, want)
	}
	if got := l.Duplicates(); got != 1 {
		t.Errorf("duplicates %d, want 1", got)
	}
}
