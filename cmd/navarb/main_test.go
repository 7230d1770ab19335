package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const refConfig = "../../config.toml"

func runCLI(t *testing.T, ctx context.Context, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestVersionAndHelp(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), "version")
	if code != exitOK || !strings.HasPrefix(out, "navarb ") {
		t.Errorf("version: code %d out %q", code, out)
	}
	if code, _, _ := runCLI(t, context.Background(), "version", "extra"); code != exitUsage {
		t.Errorf("version extra: code %d, want %d", code, exitUsage)
	}
	if code, out, _ := runCLI(t, context.Background(), "help"); code != exitOK || !strings.Contains(out, "check-config") {
		t.Errorf("help: code %d out %q", code, out)
	}
}

func TestCheckConfig(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "check-config", "-config", refConfig)
	if code != exitOK || !strings.Contains(out, "ok (mode sim, tokens ETH2X)") {
		t.Fatalf("code %d out %q err %q", code, out, errs)
	}
}

func TestBadInputExits2AndStartsNothing(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("mode = \"sim\"\nbogus_key = 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	floaty := filepath.Join(dir, "float.toml")
	ref, err := os.ReadFile(refConfig)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(floaty, bytes.Replace(ref, []byte(`min_net_profit_usd = "1"`), []byte(`min_net_profit_usd = 0.0000001`), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"bad flag", []string{"run", "-nope"}, "flag provided but not defined: -nope"},
		{"stray argument", []string{"run", "-config", refConfig, "extra"}, `unexpected arguments ["extra"]`},
		{"missing file", []string{"run", "-config", filepath.Join(dir, "absent.toml")}, "no such file"},
		{"unknown key", []string{"run", "-config", bad}, `bad.toml:2: unknown key "bogus_key"`},
		{"float money", []string{"run", "-config", floaty}, "arb.min_net_profit_usd"},
		{"negative min profit", []string{"run", "-config", refConfig, "-set", "arb.min_net_profit_usd=-5"}, "arb.min_net_profit_usd: must be > 0"},
		{"zero cap", []string{"run", "-config", refConfig, "-set", "risk.max_notional_usd_per_token=0"}, "risk.max_notional_usd_per_token: must be > 0"},
		{"zero leverage", []string{"run", "-config", refConfig, "-set", "tokens.ETH2X.leverage=0"}, "tokens.ETH2X.leverage: must be > 0"},
		{"sim leverage", []string{"run", "-config", refConfig, "-set", "sim.token.leverage=-1"}, "sim.token.leverage"},
		{"missing env", []string{"run", "-config", refConfig, "-set", "notify.webhook_url_env=NAVARB_TEST_UNSET_VAR"}, "notify.webhook_url_env: environment variable NAVARB_TEST_UNSET_VAR is not set"},
		{"bad log format", []string{"run", "-config", refConfig, "-log-format", "xml"}, `-log-format: "xml" is not json or console`},
		{"bad log level", []string{"run", "-config", refConfig, "-log-level", "loud"}, `-log-level: "loud"`},
		{"report dir missing", []string{"run", "-config", refConfig, "-report-json", filepath.Join(dir, "no", "r.json")}, "-report-json"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, context.Background(), tc.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr %q", code, exitUsage, errs)
			}
			if !strings.Contains(errs, tc.want) {
				t.Errorf("stderr %q lacks %q", errs, tc.want)
			}
			if out != "" {
				t.Errorf("something started: stdout %q", out)
			}
		})
	}
}

func readReport(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	return m
}

func num(t *testing.T, m map[string]any, k string) float64 {
	t.Helper()
	v, ok := m[k].(float64)
	if !ok {
		t.Fatalf("report field %s = %v (%T), want a number", k, m[k], m[k])
	}
	return v
}

// TestSimulatedDay is the bar: the reference config's simulated day
// closes premiums and discounts at a profit after gas and fees, and captures
// at least 80% of what the zero-latency reference arbitrageur makes.
func TestSimulatedDay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.json")
	code, out, errs := runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "warn", "-report-json", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "net PnL (USD)") || !strings.Contains(out, "complete") {
		t.Errorf("terminal report missing: %q", out)
	}
	m := readReport(t, path)
	for _, k := range []string{"net_pnl_usd", "gross_pnl_usd", "fees_usd", "gas_usd", "volume_usd", "max_drawdown_usd", "sharpe", "capture_ratio"} {
		num(t, m, k)
	}
	for _, k := range []string{"loops", "risk_denials"} {
		if _, ok := m[k].(map[string]any); !ok {
			t.Errorf("report field %s = %v, want an object", k, m[k])
		}
	}
	net, gross, fees, gas := num(t, m, "net_pnl_usd"), num(t, m, "gross_pnl_usd"), num(t, m, "fees_usd"), num(t, m, "gas_usd")
	if net <= 0 {
		t.Errorf("net PnL %v, want > 0", net)
	}
	if d := gross - fees - gas - net; d > 1e-5 || d < -1e-5 {
		t.Errorf("gross %v - fees %v - gas %v != net %v", gross, fees, gas, net)
	}
	if fees <= 0 || gas <= 0 {
		t.Errorf("fees %v gas %v: a day of loops pays both", fees, gas)
	}
	if cr := num(t, m, "capture_ratio"); cr < 0.8 {
		t.Errorf("capture ratio %v, want >= 0.8", cr)
	}
	loops := m["loops"].(map[string]any)
	if loops["mint_sell"].(float64) == 0 || loops["buy_redeem"].(float64) == 0 {
		t.Errorf("loops %v: a day has premiums and discounts", loops)
	}
	if m["complete"] != true {
		t.Errorf("complete = %v", m["complete"])
	}
}

func TestSameSeedSameReportByteForByte(t *testing.T) {
	dir := t.TempDir()
	report := func(name string, seed int) []byte {
		p := filepath.Join(dir, name)
		code, _, errs := runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
			"-set", "sim.duration=3h", "-set", "sim.seed="+strconv.Itoa(seed), "-report-json", p)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	a, b, c := report("a.json", 11), report("b.json", 11), report("c.json", 12)
	if !bytes.Equal(a, b) {
		t.Errorf("same seed, different reports:\n%s\n%s", a, b)
	}
	if bytes.Equal(a, c) {
		t.Errorf("different seeds gave identical reports")
	}
}

func TestInterruptGivesPartialReport(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code, out, errs := runCLI(t, ctx, "run", "-config", refConfig, "-log-level", "error")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "INTERRUPTED") {
		t.Errorf("report does not say it is partial: %q", out)
	}
}
