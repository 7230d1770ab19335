package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden backtest reports")

const (
	scenarioDir = "../../strategy/backtest/testdata/scenarios"
	goldenDir   = "../../strategy/backtest/testdata/golden"
)

// Record half an hour of the simulated market, then replay it: the report, the
// trades and the offline HTML charts are written.
func TestRecordThenBacktest(t *testing.T) {
	dir := t.TempDir()
	events := filepath.Join(dir, "half-hour.jsonl.gz")
	code, out, errs := runCLI(t, context.Background(), "record", "-config", refConfig, "-set", "sim.duration=30m",
		"-log-level", "warn", "-out", events)
	if code != exitOK || !strings.Contains(out, "(complete)") || !strings.Contains(out, "pool=1") || !strings.Contains(out, "swap=") {
		t.Fatalf("record: exit %d out %q err %q", code, out, errs)
	}
	again := filepath.Join(dir, "again.jsonl.gz")
	if code, _, errs := runCLI(t, context.Background(), "record", "-config", refConfig, "-set", "sim.duration=30m",
		"-log-level", "warn", "-out", again); code != exitOK {
		t.Fatalf("record again: %s", errs)
	}
	a, _ := os.ReadFile(events)
	b, _ := os.ReadFile(again)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("two recordings of the same world differ (%d and %d bytes)", len(a), len(b))
	}
	f, err := os.Open(events)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("recording is not gzip'd: %v", err)
	}
	zr.Close()
	f.Close()

	outDir := filepath.Join(dir, "out")
	code, out, errs = runCLI(t, context.Background(), "backtest", "-config", refConfig, "-events", events,
		"-log-level", "warn", "-out", outDir)
	if code != exitOK || !strings.Contains(out, "navarb report: backtest") {
		t.Fatalf("backtest: exit %d out %q err %q", code, out, errs)
	}
	m := readReport(t, filepath.Join(outDir, "report.json"))
	if m["mode"] != "backtest" || m["complete"] != true {
		t.Errorf("report mode %v complete %v", m["mode"], m["complete"])
	}
	for _, k := range []string{"net_pnl_usd", "gas_usd", "capture_ratio", "reference_net_pnl_usd"} {
		num(t, m, k)
	}
	replay, ok := m["replay"].(map[string]any)
	if !ok || replay["lines"].(float64) < 1500 {
		t.Fatalf("replay stats %v", m["replay"])
	}
	loops := m["loops"].(map[string]any)
	reverted := m["loops_reverted"].(map[string]any)
	settled := int(loops["mint_sell"].(float64) + loops["buy_redeem"].(float64) + reverted["mint_sell"].(float64) + reverted["buy_redeem"].(float64))
	rows := readCSV(t, filepath.Join(outDir, "trades.csv"))
	if settled == 0 || len(rows) != settled+1 || rows[0][0] != "plan_id" {
		t.Errorf("trades.csv has %d rows for %d settled loops", len(rows), settled)
	}
	html, err := os.ReadFile(filepath.Join(outDir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(html), "<svg"); n != 5 {
		t.Errorf("report.html has %d charts, want 5", n)
	}
	for _, ext := range []string{"<script", "src=", `href="http`, "@import", "url("} {
		if strings.Contains(string(html), ext) {
			t.Errorf("report.html references %q: not viewable offline", ext)
		}
	}
	for _, want := range []string{"Equity", "Market price vs NAV", "Premium", "Drawdown", "Gas spent", "<td>1</td>"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	if !strings.Contains(string(html), ">mint_sell<") && !strings.Contains(string(html), ">buy_redeem<") {
		t.Error("report.html lists no loop")
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// The public scenarios replay to their golden reports, byte for byte, and
// the shipped config captures at least 80% of the reference arbitrageur's
// PnL on each. go test ./cmd/navarb -run Golden -update rewrites them.
func TestBacktestGoldenScenarios(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(scenarioDir, "*.jsonl.gz"))
	if err != nil || len(paths) < 7 {
		t.Fatalf("scenarios: %v %v", paths, err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".jsonl.gz")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := filepath.Join(t.TempDir(), "report.json")
			code, _, errs := runCLI(t, context.Background(), "backtest", "-config", refConfig, "-events", p,
				"-log-level", "error", "-report-json", got)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			data, err := os.ReadFile(got)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join(goldenDir, name+".json")
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("report differs from %s (run with -update if intended):\n%s", golden, data)
			}
			m := readReport(t, got)
			if cr := num(t, m, "capture_ratio"); cr < 0.8 {
				t.Errorf("capture ratio %v, want >= 0.8", cr)
			}
			if num(t, m, "net_pnl_usd") <= 0 {
				t.Errorf("net PnL %v, want > 0", m["net_pnl_usd"])
			}
		})
	}
}

func TestBacktestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"t":"2026-01-05T00:00:00Z","type":"nav","token":"ETH2X","nav":"30"}`+"\n"+`{"t":"2026-01-05T00:00:01Z","type":"gas"`+"\n"), 0o600)
	other := filepath.Join(dir, "other.jsonl")
	os.WriteFile(other, []byte(`{"t":"2026-01-05T00:00:00Z","type":"nav","token":"ETH2X","nav":"30"}`+"\n"), 0o600)
	scenario := filepath.Join(scenarioDir, "choppy.jsonl.gz")
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no events", []string{"backtest", "-config", refConfig}, "-events is required"},
		{"missing file", []string{"backtest", "-config", refConfig, "-events", filepath.Join(dir, "none")}, "no such file"},
		{"malformed line", []string{"backtest", "-config", refConfig, "-events", bad}, "line 2:"},
		{"names do not match", []string{"backtest", "-config", refConfig, "-events", other}, "no gas line"},
		{"bad set", []string{"backtest", "-config", refConfig, "-events", scenario, "-set", "backtest.latency=-1s"}, "backtest.latency: must be >= 0"},
		{"no account", []string{"backtest", "-config", refConfig, "-events", scenario, "-set", "backtest.account.usd=0"}, "backtest.account.usd"},
		{"record without out", []string{"record", "-config", refConfig}, "-out is required"},
		{"sweep without grid", []string{"sweep", "-config", refConfig, "-events", scenario}, "-grid are required"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, context.Background(), append(tc.args, "-log-level", "error")...)
			if code != exitUsage || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q: want %d and %q", code, errs, exitUsage, tc.want)
			}
		})
	}
}

// Per-venue latency is a config key like any other.
func TestBacktestVenueLatency(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.json")
	code, _, errs := runCLI(t, context.Background(), "backtest", "-config", refConfig, "-events",
		filepath.Join(scenarioDir, "premium-spike.jsonl.gz"), "-set", "backtest.venue_latency.sim=4s", "-log-level", "error", "-report-json", p)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lat := readReport(t, p)["replay"].(map[string]any)["latency"].(map[string]any)
	if lat["sim"] != "4s" || lat["*"] != "1s" {
		t.Errorf("latency %v", lat)
	}
}
