package config_test

import (
	"strings"
	"testing"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
)

const addr = "0x1111111111111111111111111111111111111111"

// liveSets turn the reference config into a valid paper config on one
// chain; each case below breaks one thing.
func liveSets(extra ...string) []string {
	return append([]string{
		"mode=paper",
		"chains.dev.chain_id=1337",
		`chains.dev.rpc_urls=["http://127.0.0.1:8545", "ws://127.0.0.1:8546"]`,
		"chains.dev.private_key_env=NAVARB_TEST_CHAIN_KEY",
		"chains.dev.executor_address=" + addr,
		"chains.dev.native_usd=3000",
		"tokens.ETH2X.chain=dev",
		"tokens.ETH2X.issuer_kind=reference",
		"tokens.ETH2X.issuer_address=" + addr,
		"tokens.ETH2X.token_address=" + addr,
		"tokens.ETH2X.pool_address=" + addr,
		"tokens.ETH2X.pool_kind=v2",
		"tokens.ETH2X.pool_fee_bps=30",
		"tokens.ETH2X.mint_fee_bps=10",
		"tokens.ETH2X.redeem_fee_bps=10",
		"tokens.ETH2X.quote=USDC",
	}, extra...)
}

// indexSets make the token an Index Coop token with every field it needs,
// then apply extra.
func indexSets(extra ...string) []string {
	return append([]string{
		"tokens.ETH2X.issuer_kind=indexcoop",
		"tokens.ETH2X.exec_issuer_address=" + addr,
		"tokens.ETH2X.strategy_address=" + addr,
		"tokens.ETH2X.collateral_atoken_address=" + addr,
		"tokens.ETH2X.debt_token_address=" + addr,
		"tokens.ETH2X.price_feed_address=" + addr,
		"tokens.ETH2X.price_feed_kind=chainlink",
	}, extra...)
}

func TestChainConfig(t *testing.T) {
	t.Setenv("NAVARB_TEST_CHAIN_KEY", "not checked here")
	t.Setenv("NAVARB_TEST_CHAIN_PW", "pw")
	if _, err := config.Load(refPath, liveSets()); err != nil {
		t.Fatalf("valid paper config refused: %v", err)
	}
	for name, sets := range map[string][]string{
		"indexcoop":               indexSets(),
		"indexcoop, default feed": indexSets("tokens.ETH2X.price_feed_kind="),
		"indexcoop, fee module":   indexSets("tokens.ETH2X.streaming_fee_module_address=" + addr),
		"toros":                   {"tokens.ETH2X.issuer_kind=toros", "tokens.ETH2X.exec_issuer_address=" + addr},
	} {
		if _, err := config.Load(refPath, liveSets(sets...)); err != nil {
			t.Errorf("valid %s config refused: %v", name, err)
		}
	}
	for _, mode := range []string{"live", "paper"} {
		if _, err := config.Load(refPath, liveSets("mode="+mode)); err != nil {
			t.Errorf("mode %s refused: %v", mode, err)
		}
	}
	cases := []struct {
		name string
		set  []string
		want string
	}{
		{"no chain id", []string{"chains.dev.chain_id=0"}, "chains.dev.chain_id: is required"},
		{"no rpc", []string{"chains.dev.rpc_urls=[]"}, "chains.dev.rpc_urls: at least one"},
		{"bad scheme", []string{`chains.dev.rpc_urls=["ftp://x.example/KEY"]`}, `chains.dev.rpc_urls: entry 0: scheme "ftp"`},
		{"both key sources", []string{"chains.dev.keystore_path=/k.json", "chains.dev.keystore_password_env=NAVARB_TEST_CHAIN_PW"}, "chains.dev.private_key_env: give either"},
		{"keystore without password", []string{"chains.dev.private_key_env=", "chains.dev.keystore_path=/k.json"}, "chains.dev.keystore_password_env: is required with keystore_path"},
		{"password variable unset", []string{"chains.dev.private_key_env=", "chains.dev.keystore_path=/k.json", "chains.dev.keystore_password_env=NAVARB_TEST_SURELY_UNSET"}, "chains.dev.keystore_password_env: environment variable NAVARB_TEST_SURELY_UNSET is not set"},
		{"key variable unset", []string{"chains.dev.private_key_env=NAVARB_TEST_SURELY_UNSET"}, "chains.dev.private_key_env: environment variable NAVARB_TEST_SURELY_UNSET is not set"},
		{"zero executor", []string{`chains.dev.executor_address="0x0000000000000000000000000000000000000000"`}, "chains.dev.executor_address: is the zero address"},
		{"no native price", []string{"chains.dev.native_usd=0"}, "chains.dev.native_usd: must be > 0"},
		{"bad chain kind", []string{"chains.dev.kind=zk"}, `chains.dev.kind: "zk" is not one of l1, arbitrum, opstack`},
		{"unknown issuer kind", []string{"tokens.ETH2X.issuer_kind=magic"}, `tokens.ETH2X.issuer_kind: "magic" is not one of reference, indexcoop, toros`},
		{"bad pool kind", []string{"tokens.ETH2X.pool_kind=v4"}, `tokens.ETH2X.pool_kind: "v4" is not one of v2, v3`},
		{"bad issuer address", []string{`tokens.ETH2X.issuer_address="0xabc"`}, `tokens.ETH2X.issuer_address: "0xabc" is not a 0x-prefixed`},
		{"negative fee", []string{"tokens.ETH2X.mint_fee_bps=-1"}, "tokens.ETH2X.mint_fee_bps: must be in [0, 10000)"},
		{"no quote", []string{"tokens.ETH2X.quote="}, "tokens.ETH2X.quote: is required"},
		{"native book without the exchange", []string{"chains.dev.native_usd_book=ETHUSDT"}, "chains.dev.native_usd_book: ETHUSDT needs [venues.binance] enabled"},
		{"native book not subscribed", []string{"chains.dev.native_usd_book=BTCUSDT", "venues.binance.enabled=true", "venues.binance.api_key_env=", "venues.binance.secret_key_env="}, "chains.dev.native_usd_book: BTCUSDT is not among venues.binance.symbols"},
		{"indexcoop without strategy", indexSets("tokens.ETH2X.strategy_address="), "tokens.ETH2X.strategy_address: is required"},
		{"indexcoop without exec issuer", indexSets("tokens.ETH2X.exec_issuer_address="), "tokens.ETH2X.exec_issuer_address: is required"},
		{"indexcoop without debt token", indexSets("tokens.ETH2X.debt_token_address="), "tokens.ETH2X.debt_token_address: is required"},
		{"indexcoop bad aToken", indexSets(`tokens.ETH2X.collateral_atoken_address="0x12"`), `tokens.ETH2X.collateral_atoken_address: "0x12" is not a 0x-prefixed`},
		{"indexcoop bad feed kind", indexSets("tokens.ETH2X.price_feed_kind=pyth"), `tokens.ETH2X.price_feed_kind: "pyth" is not one of navarb, chainlink`},
		{"indexcoop zero fee module", indexSets(`tokens.ETH2X.streaming_fee_module_address="0x0000000000000000000000000000000000000000"`), "tokens.ETH2X.streaming_fee_module_address: is the zero address"},
		{"toros without exec issuer", []string{"tokens.ETH2X.issuer_kind=toros"}, "tokens.ETH2X.exec_issuer_address: is required"},
		{"feed kind on a reference token", []string{"tokens.ETH2X.price_feed_kind=navarb"}, `tokens.ETH2X.price_feed_kind: is for issuer_kind "indexcoop" only`},
		{"malformed unused field", []string{`tokens.ETH2X.strategy_address="nope"`}, `tokens.ETH2X.strategy_address: "nope" is not a 0x-prefixed`},
		{"token on unknown chain", []string{"tokens.ETH2X.chain=base"}, `tokens.ETH2X.chain: "base" is not a configured [chains.base] table`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := config.Load(refPath, liveSets(tc.set...))
			if err == nil {
				t.Fatal("want an error, got nil")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\nlacks %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "x.example/KEY") {
				t.Errorf("error echoes an RPC URL (it may carry an API key): %v", err)
			}
		})
	}
	// Sim mode ignores the chain keys entirely.
	if _, err := config.Load(refPath, []string{"tokens.ETH2X.issuer_kind=magic"}); err != nil {
		t.Errorf("sim mode checked on-chain keys: %v", err)
	}
}
