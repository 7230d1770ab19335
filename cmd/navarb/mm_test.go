package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMarketMakingDay runs the reference config's simulated day with [mm]
// on: the report carries the market-making attribution, the inventory
// stayed within its cap, market making made money after fees and
// flattening, and order actions stayed within the token bucket's bound
// (burst + one second of rate). The arbitrage figures are those of the
// same day without market making: the two do not interfere.
func TestMarketMakingDay(t *testing.T) {
	dir := t.TempDir()
	withMM, without := filepath.Join(dir, "mm.json"), filepath.Join(dir, "plain.json")
	dur := "sim.duration=24h"
	if raceEnabled {
		dur = "sim.duration=4h"
	}
	code, out, errs := runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
		"-set", dur, "-set", "mm.enabled=true", "-report-json", withMM)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "mm PnL (USD)") {
		t.Errorf("terminal report has no market making: %q", out)
	}
	if code, _, errs := runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
		"-set", dur, "-report-json", without); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m, plain := readReport(t, withMM), readReport(t, without)
	for k := range plain {
		if strings.HasPrefix(k, "mm_") {
			t.Errorf("report without market making has %s", k)
		}
	}
	for _, k := range []string{"net_pnl_usd", "fees_usd", "gas_usd", "volume_usd", "capture_ratio"} {
		if got, want := num(t, m, k), num(t, plain, k); got != want {
			t.Errorf("%s: %v with market making, %v without", k, got, want)
		}
	}
	pnl, spread, fees := num(t, m, "mm_pnl_usd"), num(t, m, "mm_spread_capture_usd"), num(t, m, "mm_fees_usd")
	hedge, inv, funding := num(t, m, "mm_hedge_cost_usd"), num(t, m, "mm_inventory_pnl_usd"), num(t, m, "mm_funding_usd")
	maxInv, capUSD := num(t, m, "mm_max_inventory_usd"), num(t, m, "mm_inventory_cap_usd")
	perSec, rate, burst := num(t, m, "mm_max_actions_per_second"), num(t, m, "mm_action_rate"), num(t, m, "mm_action_burst")
	t.Logf("mm pnl %.2f (spread %.2f, fees %.2f, hedge %.2f, inventory %.2f), fills %v, quotes %v, max inventory %.0f / %.0f, max actions/s %v (rate %v, burst %v)",
		pnl, spread, fees, hedge, inv, m["mm_fills"], m["mm_quotes_placed"], maxInv, capUSD, perSec, rate, burst)
	if !(pnl > 0) {
		t.Errorf("mm PnL %v: want > 0 after fees and hedge cost", pnl)
	}
	if d := spread - fees - hedge - funding + inv - pnl; d > 1e-5 || d < -1e-5 {
		t.Errorf("attribution off by %v", d)
	}
	if !(fees > 0 && hedge > 0) {
		t.Errorf("fees %v, hedge cost %v: a day of quoting and flattening pays both", fees, hedge)
	}
	if capUSD != 5000 || maxInv > capUSD || maxInv <= 0 {
		t.Errorf("max inventory %v, cap %v", maxInv, capUSD)
	}
	if perSec > burst+rate || perSec <= 0 {
		t.Errorf("max actions per second %v, bound %v + %v", perSec, burst, rate)
	}
	if num(t, m, "mm_fills") < 100 {
		t.Errorf("mm fills %v: a day should trade", m["mm_fills"])
	}
}

// TestMarketMakingSameSeedSameReport: with market making on, the report
// is still byte for byte the same for the same seed.
func TestMarketMakingSameSeedSameReport(t *testing.T) {
	dir := t.TempDir()
	report := func(name string) []byte {
		p := filepath.Join(dir, name)
		code, _, errs := runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
			"-set", "mm.enabled=true", "-set", "sim.duration=2h", "-report-json", p)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	if a, b := report("a.json"), report("b.json"); !bytes.Equal(a, b) || !bytes.Contains(a, []byte(`"mm_pnl_usd"`)) {
		t.Errorf("same seed, different (or no mm) reports:\n%s\n%s", a, b)
	}
}

// TestMarketMakingBadConfig: bad [mm] values are named by key, exit 2.
func TestMarketMakingBadConfig(t *testing.T) {
	code, _, errs := runCLI(t, context.Background(), "check-config", "-config", refConfig,
		"-set", "mm.enabled=true", "-set", "mm.levels=0", "-set", `mm.skew="sideways"`,
		"-set", `mm.max_inventory_usd="1000000"`, "-set", `mm.token="BTC3X"`,
		"-set", `sim.token_book.makers.refresh="0s"`, "-set", `mm.flatten_band_usd="0"`)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d: %s", code, exitUsage, errs)
	}
	for _, k := range []string{"mm.levels", "mm.skew", "mm.max_inventory_usd", "mm.token", "sim.token_book.makers.refresh", "mm.flatten_band_usd"} {
		if !strings.Contains(errs, k) {
			t.Errorf("error does not name %s:\n%s", k, errs)
		}
	}
}

// TestMarketMakingHedgeConfig: in the simulated market a hedge must be on
// the underlying's own book, in spot; configured so, a short day hedges
// instead of minting or redeeming.
func TestMarketMakingHedgeConfig(t *testing.T) {
	code, _, errs := runCLI(t, context.Background(), "check-config", "-config", refConfig,
		"-set", "mm.enabled=true", "-set", "mm.hedge.enabled=true", "-set", `mm.hedge.symbol="BTCUSDT"`,
		"-set", "mm.hedge.perp=true", "-set", `mm.hedge.base="BTC"`)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d: %s", code, exitUsage, errs)
	}
	for _, k := range []string{"mm.hedge.symbol", "mm.hedge.perp", "mm.hedge.base"} {
		if !strings.Contains(errs, k) {
			t.Errorf("error does not name %s:\n%s", k, errs)
		}
	}
	path := filepath.Join(t.TempDir(), "hedged.json")
	code, _, errs = runCLI(t, context.Background(), "run", "-config", refConfig, "-log-level", "error",
		"-set", "mm.enabled=true", "-set", "mm.hedge.enabled=true", "-set", "mm.mint_redeem=false",
		"-set", "sim.duration=6h", "-report-json", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m := readReport(t, path)
	fl, _ := m["mm_flattens"].(map[string]any)
	if fl["hedge_spot"] == nil || fl["mint"] != nil || fl["redeem"] != nil {
		t.Errorf("flattens %v: want spot hedges only", fl)
	}
	if num(t, m, "mm_hedge_cost_usd") <= 0 {
		t.Errorf("hedge cost %v: hedges pay the taker fee", m["mm_hedge_cost_usd"])
	}
}
