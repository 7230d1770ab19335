package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/cmd/navarb/internal/ops"
)

const (
	prodConfig = "../../scripts/production.toml"
	unitFile   = "../../scripts/navarb.service"
	dashboard  = "../../scripts/grafana-dashboard.json"
)

var prodEnv = []string{"NAVARB_HTTP_TOKEN", "NAVARB_WEBHOOK_URL", "NAVARB_BINANCE_API_KEY", "NAVARB_BINANCE_SECRET_KEY"}

// TestProductionConfig: the example production config passes check-config
// through the real loader once its secrets are in the environment, serves
// metrics on loopback behind a token, and alerts; without a secret it is
// refused naming the variable.
func TestProductionConfig(t *testing.T) {
	for _, name := range prodEnv {
		t.Setenv(name, "value-of-"+name)
	}
	code, out, errs := runCLI(t, context.Background(), "check-config", "-config", prodConfig)
	if code != exitOK || !strings.Contains(out, "ok (mode") {
		t.Fatalf("check-config: exit %d, %q %q", code, out, errs)
	}
	cfg, err := config.Load(prodConfig, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.HTTP.Listen != "127.0.0.1:9464" || cfg.HTTP.TokenEnv == "" || cfg.Notify.WebhookURLEnv == "" || !cfg.Venues.Binance.Enabled {
		t.Errorf("production config: http %+v, notify %+v, binance enabled %v", cfg.HTTP, cfg.Notify, cfg.Venues.Binance.Enabled)
	}
	t.Setenv("NAVARB_WEBHOOK_URL", "")
	code, _, errs = runCLI(t, context.Background(), "check-config", "-config", prodConfig)
	if code != exitUsage || !strings.Contains(errs, "notify.webhook_url_env: environment variable NAVARB_WEBHOOK_URL is not set") {
		t.Errorf("without the webhook secret: exit %d, %s", code, errs)
	}
}

// unit reads the systemd unit's directives (the last of each key wins,
// except repeatable ones, which accumulate).
func unit(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	section := ""
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			section = strings.Trim(line, "[]")
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("%s: bad line %q", unitFile, line)
			}
			out[section+"."+k] = append(out[section+"."+k], v)
		}
	}
	return out
}

// TestSystemdUnit: the unit runs navarb as its own user with secrets from
// an environment file, hardened, restarting on failure but not on a config
// error, stopping with SIGTERM and time to drain; its command line parses.
func TestSystemdUnit(t *testing.T) {
	u := unit(t)
	want := map[string]string{
		"Service.User": "navarb", "Service.EnvironmentFile": "/etc/navarb/navarb.env",
		"Service.NoNewPrivileges": "yes", "Service.ProtectSystem": "strict", "Service.PrivateTmp": "yes",
		"Service.ReadWritePaths": "/var/lib/navarb", "Service.Restart": "on-failure", "Service.KillSignal": "SIGTERM",
		"Service.RestartPreventExitStatus": "2", "Service.ProtectHome": "yes", "Service.CapabilityBoundingSet": "",
		"Service.UMask": "0077",
	}
	for k, v := range want {
		if got := u[k]; len(got) == 0 || got[len(got)-1] != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	stop, err := time.ParseDuration(u["Service.TimeoutStopSec"][0])
	if err != nil || stop < 60*time.Second {
		t.Errorf("TimeoutStopSec %q: want at least 60s for loops in flight to settle", u["Service.TimeoutStopSec"])
	}
	// The command line: the subcommand and flags are navarb's (-h after
	// them stops before anything starts).
	args := strings.Fields(u["Service.ExecStart"][0])
	if args[0] != "/usr/local/bin/navarb" || args[1] != "run" {
		t.Fatalf("ExecStart %q", args)
	}
	for i, a := range args {
		if a == "/etc/navarb/navarb.toml" {
			args[i] = prodConfig
		}
	}
	if code, _, errs := runCLI(t, context.Background(), append(args[1:], "-h")...); code != exitOK {
		t.Errorf("ExecStart flags do not parse: exit %d: %s", code, errs)
	}
}

// TestDashboardMetricsExist: every metric the Grafana dashboard queries is
// one navarb's registry exports.
func TestDashboardMetricsExist(t *testing.T) {
	data, err := os.ReadFile(dashboard)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
		Templating struct{ List []struct{ Query any } }
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatalf("%s: %v", dashboard, err)
	}
	m := ops.NewMetrics("test")
	m.Publish(ops.Snapshot{Time: time.Now(), PremiumBps: map[string]float64{"T": 1},
		Loops: map[ops.LoopKey]uint64{{Kind: "mint_sell", Outcome: "success"}: 1}, Denials: map[string]uint64{"gas_price": 1},
		Data: []ops.DataAge{{Kind: "book", Venue: "v", Name: "n"}}})
	m.ObserveLatency("v", "loop", time.Second)
	m.Declare([]string{"c"}, []string{"v"})
	fams, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, f := range fams {
		have[f.GetName()] = true
		if f.GetType().String() == "HISTOGRAM" {
			for _, s := range []string{"_bucket", "_sum", "_count"} {
				have[f.GetName()+s] = true
			}
		}
	}
	name := regexp.MustCompile(`\b(?:navarb|go|process)_[a-z0-9_]+`)
	var exprs []string
	for _, p := range d.Panels {
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			exprs = append(exprs, tg.Expr)
		}
	}
	for _, v := range d.Templating.List {
		if s, ok := v.Query.(string); ok {
			exprs = append(exprs, s)
		}
	}
	used := map[string]bool{}
	for _, e := range exprs {
		for _, n := range name.FindAllString(e, -1) {
			used[n] = true
		}
	}
	var missing []string
	for n := range used {
		if !have[n] {
			missing = append(missing, n)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("the dashboard queries metrics navarb does not export: %q", missing)
	}
	if len(used) < 15 {
		t.Errorf("the dashboard uses %d metrics, want the full set", len(used))
	}
}
