package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/risk/ledgerdb"
	"github.com/navarb/navarb/venues"
)

// writeLedgerFixture writes a small two-day ledger: a mint-and-sell, a
// hedge on the exchange, a reverted buy-and-redeem and an unplanned fill.
func writeLedgerFixture(t *testing.T, path string) {
	t.Helper()
	d := decimal.RequireFromString
	t0 := time.Date(2026, 1, 5, 23, 59, 0, 0, time.UTC)
	l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: path, Now: t0,
		Initial: map[string]decimal.Decimal{"USDC": d("100000"), "ETH": d("1"), "ETH2X": d("0")}})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	plan := func(id uint64, kind venues.PlanKind, at time.Time) *venues.Plan {
		return &venues.Plan{ID: id, Kind: kind, Token: "ETH2X", Market: "ETH2X-USDC", Chain: "arbitrum", Size: 10,
			NAV: 35, Created: at, Deadline: at.Add(30 * time.Second)}
	}
	day2 := t0.Add(2 * time.Minute)
	l.RecordIntent(plan(1, venues.MintSell, t0), t0)
	l.RecordReceipt(&venues.TxReceipt{Time: t0, PlanID: 1, Chain: "arbitrum", TxHash: "0x1", Status: venues.TxSuccess,
		GasNative: d("0.000100000000000001"), NativeAsset: "ETH", GasUSD: d("0.3"), Fills: []venues.Fill{
			{Time: t0, Leg: 0, Venue: "issuer", Instrument: "ETH2X", Action: venues.ActionMint, Base: "ETH2X", Quote: "USDC",
				BaseDelta: d("10"), QuoteDelta: d("-350.350001"), Fee: d("0.350001"), FeeAsset: "USDC", FeeUSD: d("0.350001")},
			{Time: t0, Leg: 1, Venue: "uniswapv2", Instrument: "ETH2X-USDC", Action: venues.ActionSell, Base: "ETH2X", Quote: "USDC",
				BaseDelta: d("-10"), QuoteDelta: d("352"), Fee: d("0.03"), FeeAsset: "ETH2X", FeeUSD: d("1.056")},
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
	if err := l.RecordSnapshot("binance", map[string]decimal.Decimal{"USDT": d("299.7"), "ETH": d("0")}, day2); err != nil {
		t.Fatal(err)
	}
	if err := l.RecordSnapshot("binance", map[string]decimal.Decimal{"USDT": d("299.69")}, day2.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := l.RecordSnapshot("wallet", map[string]decimal.Decimal{"ETH": d("0.899849999999999999")}, day2); err != nil {
		t.Fatal(err)
	}
	// Unfinished: plan 4 sent and not mined, an order resting on the book.
	l.RecordIntent(plan(4, venues.BuyRedeem, day2), day2)
	if err := l.RecordTxSent(4, "arbitrum", "0x4", 17, day2); err != nil {
		t.Fatal(err)
	}
	if err := l.RecordOrder(&venues.OrderUpdate{Time: day2, Order: venues.Order{Venue: "binance", Symbol: "ETHUSDT",
		ClientID: "nv-5-0", Side: venues.Buy, Type: venues.Limit, Price: d("2990"), Qty: d("0.5"), Filled: d("0.1"),
		Status: venues.OrderPartiallyFilled, Updated: day2}}); err != nil {
		t.Fatal(err)
	}
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
}

// go test ./cmd/navarb -run ReportGolden -update rewrites the golden files.
func TestReportGolden(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	writeLedgerFixture(t, path)
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"report.txt", nil},
		{"report.json", []string{"-json"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			code, out, errs := runCLI(t, context.Background(), append([]string{"report", "-ledger", path}, tc.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden := filepath.Join("testdata", "ledger", tc.golden)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("report differs from %s (run with -update if intended):\n%s", golden, out)
			}
		})
	}
}

func TestReportBadLedgerExits2(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, bytes.Repeat([]byte("not sqlite "), 500), 0o600)
	newer := filepath.Join(dir, "newer.db")
	writeLedgerFixture(t, newer)
	l, err := ledgerdb.Open(context.Background(), ledgerdb.Options{Path: newer})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.DB().Exec(`INSERT INTO schema_migrations VALUES (99, 'x')`); err != nil {
		t.Fatal(err)
	}
	l.Close()
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no flag", []string{"report"}, "-ledger: a ledger file is required"},
		{"missing", []string{"report", "-ledger", filepath.Join(dir, "absent.db")}, "absent.db: no such file"},
		{"garbage", []string{"report", "-ledger", garbage}, "garbage.db: not a navarb ledger"},
		{"newer schema", []string{"report", "-ledger", newer}, "file has schema version 99"},
		{"stray arg", []string{"report", "-ledger", newer, "x"}, "unexpected arguments"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, context.Background(), tc.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if out != "" || !strings.Contains(errs, tc.want) {
				t.Errorf("stdout %q stderr %q, want it to say %q", out, errs, tc.want)
			}
		})
	}
}

// A simulated run with [ledger] path writes a file whose PnL alone equals
// the sim's balance change of every asset, to the smallest unit (USDC 6
// decimals, ETH 18); a second run on the same file is refused.
func TestSimLedgerEqualsBalanceChange(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ledger.db")
	repPath := filepath.Join(dir, "report.json")
	const secret = "s3cr3t-webhook-token"
	t.Setenv("NAVARB_TEST_LEDGER_WEBHOOK", "https://hooks.example/"+secret)
	code, _, errs := runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
		"-set", "sim.duration=3h", "-set", "ledger.path="+path, "-report-json", repPath,
		"-set", "notify.webhook_url_env=NAVARB_TEST_LEDGER_WEBHOOK")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	files, _ := filepath.Glob(path + "*") // the file, and its -wal and -shm if left
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(secret)) || bytes.Contains(data, []byte("hooks.example")) {
			t.Errorf("%s holds the webhook secret", f)
		}
	}
	rep := readReport(t, repPath)
	code, out, errs := runCLI(t, context.Background(), "report", "-ledger", path, "-json")
	if code != exitOK {
		t.Fatalf("report exit %d: %s", code, errs)
	}
	var p struct {
		Fills    int                        `json:"fills"`
		Txs      int                        `json:"txs"`
		Start    map[string]decimal.Decimal `json:"start"`
		Change   map[string]decimal.Decimal `json:"change"`
		End      map[string]decimal.Decimal `json:"end"`
		Observed map[string]decimal.Decimal `json:"observed"`
		Total    struct {
			NetUSD decimal.Decimal `json:"net_usd"`
		} `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	if p.Fills == 0 || p.Txs == 0 {
		t.Fatalf("ledger has %d fills, %d txs: the run traded nothing", p.Fills, p.Txs)
	}
	// The config's [sim.account] starting balances.
	initial := map[string]string{"USDC": "100000", "ETH": "1", "ETH2X": "0"}
	final, ok := rep["balances"].(map[string]any)
	if !ok || len(final) != len(initial) {
		t.Fatalf("report balances = %v", rep["balances"])
	}
	for asset, s := range final {
		end := decimal.RequireFromString(s.(string))
		change := end.Sub(decimal.RequireFromString(initial[asset]))
		if got := p.Change[asset]; !got.Equal(change) {
			t.Errorf("%s: ledger change %s, sim balance change %s", asset, got, change)
		}
		if got, want := p.Start[asset], decimal.RequireFromString(initial[asset]); !got.Equal(want) {
			t.Errorf("%s: ledger start %s, want %s", asset, got, want)
		}
	}
	for asset, end := range p.End {
		if got := p.Observed[asset]; !got.Equal(end) {
			t.Errorf("%s: observed at the end %s, ledger %s", asset, got, end)
		}
	}
	if got := p.Change["ETH"]; got.Exponent() > -15 {
		t.Errorf("ETH change %s: want gas to 18 decimals", got)
	}
	// The engine's net PnL and the ledger's agree to the cent or better
	// (the ledger values the token's residue at NAV).
	if got, want := p.Total.NetUSD, decimal.NewFromFloat(rep["net_pnl_usd"].(float64)); got.Sub(want).Abs().GreaterThan(decimal.RequireFromString("0.01")) {
		t.Errorf("ledger net %s USD, engine net %s USD", got, want)
	}
	code, _, errs = runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
		"-set", "sim.duration=1h", "-set", "ledger.path="+filepath.Join(dir, "no", "such", "dir", "l.db"))
	if code != exitUsage || !strings.Contains(errs, "ledger.path") {
		t.Errorf("ledger in a missing directory: exit %d, stderr %q; want 2 naming ledger.path", code, errs)
	}
	code, _, errs = runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
		"-set", "sim.duration=1h", "-set", "ledger.path="+path)
	if code != exitUsage || !strings.Contains(errs, "already holds a run") {
		t.Errorf("second run on the same ledger: exit %d, stderr %q; want 2, already holds a run", code, errs)
	}
}
