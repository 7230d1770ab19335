package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
)

const refPath = "../../../../config.toml"

func readRef(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(refPath)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReferenceConfigParsesAndValidates(t *testing.T) {
	cfg, err := config.Load(refPath, nil)
	if err != nil {
		t.Fatalf("config.toml: %v", err)
	}
	if cfg.Mode != "sim" {
		t.Errorf("mode = %q, want sim", cfg.Mode)
	}
	if got, want := cfg.Arb.MinNetProfitUSD.String(), "1"; got != want {
		t.Errorf("arb.min_net_profit_usd = %s, want %s", got, want)
	}
	if got, want := cfg.Risk.MaxBookAge.Duration, 5*time.Second; got != want {
		t.Errorf("risk.max_book_age = %v, want %v", got, want)
	}
	if _, ok := cfg.Tokens["ETH2X"]; !ok {
		t.Errorf("tokens.ETH2X missing")
	}
}

// write puts the reference config with edits into a temp file.
func write(t *testing.T, edit func(string) string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.toml")
	if err := os.WriteFile(p, []byte(edit(string(readRef(t)))), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBadInputNamesTheField(t *testing.T) {
	cases := []struct {
		name string
		edit func(string) string
		set  []string
		want []string // every substring must appear in the error
	}{
		{
			name: "unknown key with its line",
			edit: func(s string) string {
				return strings.Replace(s, "max_book_age = \"5s\"", "max_book_age = \"5s\"\nmax_bok_age = \"5s\"", 1)
			},
			want: []string{`unknown key "risk.max_bok_age"`, ":"},
		},
		{
			name: "float in a money field",
			edit: func(s string) string {
				return strings.Replace(s, `min_net_profit_usd = "1"`, `min_net_profit_usd = 1e-7`, 1)
			},
			want: []string{"arb.min_net_profit_usd", "TOML float", "quoted string"},
		},
		{
			name: "malformed toml",
			edit: func(s string) string { return s + "\n[risk\n" },
			want: []string{"c.toml:"},
		},
		{
			name: "bad duration",
			edit: func(s string) string { return strings.Replace(s, `deadline = "30s"`, `deadline = "30 seconds"`, 1) },
			want: []string{"arb.deadline", "not a duration"},
		},
		{
			name: "negative minimum profit",
			edit: func(s string) string { return s },
			set:  []string{"arb.min_net_profit_usd=-1"},
			want: []string{"arb.min_net_profit_usd: must be > 0, got -1"},
		},
		{
			name: "zero caps and leverage, all at once",
			edit: func(s string) string { return s },
			set: []string{"risk.max_total_notional_usd=0", "risk.max_inventory_usd=0",
				"tokens.ETH2X.leverage=0", "sim.token.leverage=-2"},
			want: []string{"risk.max_total_notional_usd: must be > 0", "risk.max_inventory_usd: must be > 0",
				"tokens.ETH2X.leverage: must be > 0", "sim.token.leverage: must be >= 1"},
		},
		{
			name: "missing environment variable",
			edit: func(s string) string { return s },
			set:  []string{"notify.webhook_url_env=NAVARB_TEST_SURELY_UNSET"},
			want: []string{"notify.webhook_url_env: environment variable NAVARB_TEST_SURELY_UNSET is not set"},
		},
		{
			name: "unknown -set key",
			edit: func(s string) string { return s },
			set:  []string{"risk.max_gas_gwei=3"},
			want: []string{"-set risk.max_gas_gwei: unknown key"},
		},
		{
			name: "-set through a value",
			edit: func(s string) string { return s },
			set:  []string{"mode.x=1"},
			want: []string{"-set mode.x: mode is not a table"},
		},
		{
			name: "unsupported mode",
			edit: func(s string) string { return s },
			set:  []string{"mode=bogus"},
			want: []string{`mode: "bogus" is not one of sim, live, paper`},
		},
		{
			name: "missing required field",
			edit: func(s string) string { return strings.Replace(s, `max_size_usd = "250000"`, "", 1) },
			want: []string{"arb.max_size_usd: is required"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := config.Load(write(t, tc.edit), tc.set)
			if err == nil {
				t.Fatal("want an error, got nil")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nlacks %q", err, w)
				}
			}
		})
	}
}

func TestUnknownKeyLine(t *testing.T) {
	data := []byte("mode = \"sim\"\n\n[risk]\n# comment\nmax_gas_price_gwei = \"2\"\nbogus = 1\n")
	_, err := config.Parse(data, "x.toml", nil)
	if err == nil || !strings.Contains(err.Error(), `x.toml:6: unknown key "risk.bogus"`) {
		t.Fatalf("got %v, want the key on line 6", err)
	}
}

func TestSetOverrides(t *testing.T) {
	cfg, err := config.Load(refPath, []string{
		"arb.min_net_profit_usd=0.0000001", // exact, not rounded to 0
		"sim.seed=7",
		"sim.duration=90m",
		"tokens.ETH2X.gas_units_mint_sell=300000",
		`log.level="debug"`,
		"tokens.ETH2X.pool_address=0x00000000000000000000000000000000000000aa", // an address, not an integer
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.Tokens["ETH2X"].PoolAddress, "0x00000000000000000000000000000000000000aa"; got != want {
		t.Errorf("pool_address = %q, want %q", got, want)
	}
	if got, want := cfg.Arb.MinNetProfitUSD.String(), "0.0000001"; got != want {
		t.Errorf("min_net_profit_usd = %s, want %s", got, want)
	}
	if cfg.Sim.Seed != 7 || cfg.Sim.Duration.Duration != 90*time.Minute {
		t.Errorf("sim.seed = %d, sim.duration = %v", cfg.Sim.Seed, cfg.Sim.Duration)
	}
	if got := cfg.Tokens["ETH2X"].GasUnitsMintSell; got != 300000 {
		t.Errorf("gas_units_mint_sell = %d", got)
	}
	if cfg.Log.Level != "debug" {
		t.Errorf("log.level = %q", cfg.Log.Level)
	}
	// Untouched fields survive the override round trip.
	if got, want := cfg.Risk.NAVSanityBps.String(), "1500"; got != want {
		t.Errorf("risk.nav_sanity_bps = %s, want %s", got, want)
	}
}

func TestEnvVarPresent(t *testing.T) {
	t.Setenv("NAVARB_TEST_WEBHOOK", "https://example.invalid/hook/secret-token")
	if _, err := config.Load(refPath, []string{"notify.webhook_url_env=NAVARB_TEST_WEBHOOK"}); err != nil {
		t.Fatal(err)
	}
}

func TestErrorsNeverEchoSecretValues(t *testing.T) {
	const secret = "s3cr3t-value-xyz"
	t.Setenv("NAVARB_TEST_WEBHOOK", secret)
	_, err := config.Load(refPath, []string{"notify.webhook_url_env=NAVARB_TEST_WEBHOOK", "arb.deadline=0s"})
	if err == nil {
		t.Fatal("want an error")
	}
	if strings.Contains(err.Error(), secret) {
		t.Fatalf("error leaks the secret: %v", err)
	}
}
