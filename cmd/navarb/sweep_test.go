package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeGrid(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "grid.toml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// A grid sweep writes every point ranked by the objective, the same CSV on
// every run; progress goes to stderr as plain lines off a terminal.
func TestSweepGrid(t *testing.T) {
	grid := writeGrid(t, `
"arb.min_net_profit_usd" = ["0.5", "6"]
backtest.latency = { from = "0s", to = "2s", step = "2s" }
[risk]
max_gas_price_gwei = [0.3, "0.5"]
`)
	events := filepath.Join(scenarioDir, "gas-spike.jsonl.gz")
	sweep := func(name string) []byte {
		out := filepath.Join(t.TempDir(), name)
		code, stdout, errs := runCLI(t, context.Background(), "sweep", "-config", refConfig, "-events", events, "-grid", grid,
			"-objective", "pnl_over_drawdown", "-out", out, "-log-level", "error", "-top", "3")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(stdout, "8 points") || !strings.Contains(errs, "sweep: 8/8 points (100%)") {
			t.Errorf("stdout %q stderr %q", stdout, errs)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	a, b := sweep("a.csv"), sweep("b.csv")
	if string(a) != string(b) {
		t.Errorf("same inputs, different CSVs:\n%s\n%s", a, b)
	}
	rows := strings.Split(strings.TrimSpace(string(a)), "\n")
	if len(rows) != 9 {
		t.Fatalf("%d rows, want header + 8", len(rows))
	}
	if !strings.HasPrefix(rows[0], "rank,point,objective_pnl_over_drawdown,arb.min_net_profit_usd,backtest.latency,risk.max_gas_price_gwei,net_pnl_usd") {
		t.Errorf("header %q", rows[0])
	}
	if !strings.HasPrefix(rows[1], "1,") || strings.Count(string(a), ",0.3,") != 4 {
		t.Errorf("rows:\n%s", a)
	}
}

// Random search draws a seeded sample; bad grids and objectives are usage
// errors naming what is wrong.
func TestSweepRandomAndErrors(t *testing.T) {
	events := filepath.Join(scenarioDir, "choppy.jsonl.gz")
	// Keys go before the [sweep] table (after it they would be its keys).
	good := writeGrid(t, `
"arb.min_net_profit_usd" = { from = "0.5", to = "5" }
"tokens.ETH2X.gas_units_mint_sell" = { from = 1000000, to = 1400000, step = 100000 }

[sweep]
search = "random"
points = 3
seed = 3
`)
	sweep := func(extra ...string) string {
		out := filepath.Join(t.TempDir(), "r.csv")
		args := append([]string{"sweep", "-config", refConfig, "-events", events, "-grid", good, "-out", out, "-log-level", "error"}, extra...)
		code, stdout, errs := runCLI(t, context.Background(), args...)
		if code != exitOK || !strings.Contains(stdout, "points over") {
			t.Fatalf("exit %d: %s %s", code, stdout, errs)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	a, b, c := sweep(), sweep(), sweep("-seed", "4", "-random", "4")
	if a != b || a == c {
		t.Errorf("seeded sampling: same seed equal %v, other seed equal %v", a == b, a == c)
	}
	if n, m := strings.Count(a, "\n"), strings.Count(c, "\n"); n != 4 || m != 5 {
		t.Errorf("rows %d and %d, want 3 and 4 points", n-1, m-1)
	}
	for _, row := range strings.Split(strings.TrimSpace(a), "\n")[1:] {
		units := strings.Split(row, ",")[4]
		switch units {
		case "1000000", "1100000", "1200000", "1300000", "1400000":
		default:
			t.Errorf("gas units %s: not on the range's steps", units)
		}
	}
	cases := []struct {
		grid, flag, want string
	}{
		{`"arb.min_net_profit_usdd" = ["1"]`, "", "arb.min_net_profit_usdd"},
		{`"arb.min_net_profit_usd" = ["-1"]`, "", "arb.min_net_profit_usd: must be > 0"},
		{`"arb.min_net_profit_usd" = { from = "1", to = "2" }`, "", "needs a step"},
		{`"arb.min_net_profit_usd" = []`, "", "empty list"},
		{"[sweep]\nsearch = \"anneal\"\n", "", "search"},
		{`"arb.min_net_profit_usd" = ["1"]`, "-objective=profit", "objective"},
	}
	for _, tc := range cases {
		args := []string{"sweep", "-config", refConfig, "-events", events, "-grid", writeGrid(t, tc.grid),
			"-out", filepath.Join(t.TempDir(), "x.csv"), "-log-level", "error"}
		if tc.flag != "" {
			args = append(args, tc.flag)
		}
		code, _, errs := runCLI(t, context.Background(), args...)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("grid %q: exit %d stderr %q, want %q", tc.grid, code, errs, tc.want)
		}
	}
}
