package config

import (
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ChainConfig is one EVM chain of the live and paper modes ([chains.<name>]).
// Secrets are never in the file: the keystore password and the private key
// are read from the environment variables named here.
type ChainConfig struct {
	// ChainID must match what every RPC endpoint reports.
	ChainID uint64 `toml:"chain_id"`
	// RPCURLs are the chain's JSON-RPC endpoints in order of preference:
	// http(s) URLs for calls, ws(s) URLs for new-head subscriptions (paired
	// with the http URLs in order; a ws URL without one serves calls too).
	RPCURLs []string `toml:"rpc_urls"`
	// The signing key: an encrypted keystore file with its password in
	// KeystorePasswordEnv, or a hex private key in PrivateKeyEnv.
	KeystorePath        string `toml:"keystore_path"`
	KeystorePasswordEnv string `toml:"keystore_password_env"`
	PrivateKeyEnv       string `toml:"private_key_env"`
	// ExecutorAddress is the NavArbExecutor contract, owned by the key's
	// account and holding the quote capital.
	ExecutorAddress string `toml:"executor_address"`
	// Kind selects the gas cost formula: "l1" (default), "arbitrum" or
	// "opstack".
	Kind string `toml:"kind"`
	// NativeAsset names the gas asset (default "ETH"). Its USD price is the
	// mid of the NativeUSDBook order book of [venues.binance] when set and
	// fresh, else the fixed NativeUSD (dev chains; the fallback until the
	// book's first update).
	NativeAsset   string  `toml:"native_asset"`
	NativeUSD     Decimal `toml:"native_usd"`
	NativeUSDBook string  `toml:"native_usd_book"`
	// MinTipGwei is the least priority fee offered when recent blocks paid
	// none (default "0.001", geth's minimum for block inclusion: a 1-wei
	// tip on a quiet chain is never mined).
	MinTipGwei Decimal `toml:"min_tip_gwei"`
	// PollInterval is the head and receipt poll when no subscription is
	// available (default 2s).
	PollInterval Duration `toml:"poll_interval"`
	// ShutdownWait bounds how long a stopping run waits for loops in
	// flight to settle (default 60s).
	ShutdownWait Duration `toml:"shutdown_wait"`
}

// Issuer kinds.
var issuerKinds = []string{"reference", "indexcoop", "toros"}

var poolKinds = []string{"v2", "v3"}

var chainKinds = []string{"l1", "arbitrum", "opstack"}

// liveMode reports whether the mode runs against real chains.
func (c *Config) liveMode() bool { return c.Mode == "live" || c.Mode == "paper" }

func (v *checker) address(path, s string) {
	switch {
	case strings.TrimSpace(s) == "":
		v.add(path, "is required (a 0x-prefixed 20-byte hex address)")
	case !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x"):
		v.add(path, "%q is not a 0x-prefixed 20-byte hex address", s)
	case common.HexToAddress(s) == (common.Address{}):
		v.add(path, "is the zero address")
	}
}

func (c *Config) validateChains(v *checker, lookup func(string) (string, bool)) {
	if !c.liveMode() {
		return
	}
	if len(c.Chains) == 0 {
		v.add("chains", "mode %q needs at least one [chains.<name>] table", c.Mode)
	}
	for _, name := range sortedKeys(c.Chains) {
		ch := c.Chains[name]
		p := "chains." + name + "."
		if ch.ChainID == 0 {
			v.add(p+"chain_id", "is required (> 0)")
		}
		if len(ch.RPCURLs) == 0 {
			v.add(p+"rpc_urls", "at least one http(s) or ws(s) URL is required")
		}
		for i, raw := range ch.RPCURLs {
			u, err := url.Parse(raw)
			if err != nil || u.Host == "" {
				// Never echo the URL: it may carry an API key.
				v.add(p+"rpc_urls", "entry %d is not a URL", i)
				continue
			}
			switch u.Scheme {
			case "http", "https", "ws", "wss":
			default:
				v.add(p+"rpc_urls", "entry %d: scheme %q is not http, https, ws or wss", i, u.Scheme)
			}
		}
		keystore := ch.KeystorePath != "" || ch.KeystorePasswordEnv != ""
		switch {
		case keystore && ch.PrivateKeyEnv != "":
			v.add(p+"private_key_env", "give either keystore_path with keystore_password_env, or private_key_env, not both")
		case keystore && ch.KeystorePath == "":
			v.add(p+"keystore_path", "is required with keystore_password_env")
		case keystore && ch.KeystorePasswordEnv == "":
			v.add(p+"keystore_password_env", "is required with keystore_path")
		case !keystore && ch.PrivateKeyEnv == "":
			v.add(p+"keystore_path", "a signing key is required: keystore_path with keystore_password_env, or private_key_env")
		}
		v.envSet(p+"keystore_password_env", ch.KeystorePasswordEnv, lookup)
		v.envSet(p+"private_key_env", ch.PrivateKeyEnv, lookup)
		v.address(p+"executor_address", ch.ExecutorAddress)
		if ch.Kind != "" {
			v.oneOf(p+"kind", ch.Kind, chainKinds)
		}
		v.positive(p+"native_usd", ch.NativeUSD)
		if b := ch.NativeUSDBook; b != "" {
			switch {
			case !c.Venues.Binance.Enabled:
				v.add(p+"native_usd_book", "%s needs [venues.binance] enabled", b)
			case !contains(c.Venues.Binance.Symbols, b):
				v.add(p+"native_usd_book", "%s is not among venues.binance.symbols", b)
			}
		}
		v.nonNegative(p+"min_tip_gwei", ch.MinTipGwei)
		if ch.PollInterval.Duration < 0 {
			v.add(p+"poll_interval", "must be >= 0")
		}
		if ch.ShutdownWait.Duration < 0 {
			v.add(p+"shutdown_wait", "must be >= 0")
		}
	}
	for _, name := range c.TokenNames() {
		t := c.Tokens[name]
		p := "tokens." + name + "."
		if _, ok := c.Chains[t.Chain]; t.Chain != "" && !ok {
			v.add(p+"chain", "%q is not a configured [chains.%s] table", t.Chain, t.Chain)
		}
		v.oneOf(p+"issuer_kind", t.IssuerKind, issuerKinds)
		v.address(p+"issuer_address", t.IssuerAddress)
		v.address(p+"token_address", t.TokenAddress)
		v.address(p+"pool_address", t.PoolAddress)
		v.oneOf(p+"pool_kind", t.PoolKind, poolKinds)
		v.nonEmpty(p+"quote", t.Quote)
		if t.PoolFeeBps <= 0 || t.PoolFeeBps >= 10_000 {
			v.add(p+"pool_fee_bps", "must be in (0, 10000), got %d", t.PoolFeeBps)
		}
		if t.MintFeeBps < 0 || t.MintFeeBps >= 10_000 {
			v.add(p+"mint_fee_bps", "must be in [0, 10000), got %d", t.MintFeeBps)
		}
		if t.RedeemFeeBps < 0 || t.RedeemFeeBps >= 10_000 {
			v.add(p+"redeem_fee_bps", "must be in [0, 10000), got %d", t.RedeemFeeBps)
		}
		v.issuerFields(p, t)
	}
}

// Index Coop price feed kinds.
var priceFeedKinds = []string{"navarb", "chainlink"}

// issuerFields checks the addresses only some issuer kinds need: required
// for the kinds that read them, and, when set for another kind, still
// well-formed (a typo is never silently ignored).
func (v *checker) issuerFields(p string, t TokenConfig) {
	index, toros := t.IssuerKind == "indexcoop", t.IssuerKind == "toros"
	fields := []struct {
		name, val string
		need      bool
	}{
		{"exec_issuer_address", t.ExecIssuerAddress, index || toros},
		{"strategy_address", t.StrategyAddress, index},
		{"collateral_atoken_address", t.CollateralATokenAddress, index},
		{"debt_token_address", t.DebtTokenAddress, index},
		{"price_feed_address", t.PriceFeedAddress, index},
		{"streaming_fee_module_address", t.StreamingFeeModuleAddress, false},
	}
	for _, f := range fields {
		if f.need || strings.TrimSpace(f.val) != "" {
			v.address(p+f.name, f.val)
		}
	}
	switch {
	case index && t.PriceFeedKind != "":
		v.oneOf(p+"price_feed_kind", t.PriceFeedKind, priceFeedKinds)
	case index:
		// Empty means "navarb".
	case t.PriceFeedKind != "":
		v.add(p+"price_feed_kind", "is for issuer_kind \"indexcoop\" only, not %q", t.IssuerKind)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
