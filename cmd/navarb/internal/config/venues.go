package config

import (
	"net/url"
	"strings"
)

// VenuesConfig configures the order-book venues ([venues.*]).
type VenuesConfig struct {
	Binance BinanceConfig `toml:"binance"`
}

// BinanceConfig configures the connector that speaks Binance's REST and
// WebSocket API. Other venues speaking the same API are configured by
// pointing the URLs elsewhere (exchange-sim, for one).
type BinanceConfig struct {
	Enabled            bool     `toml:"enabled"`
	RESTURL            string   `toml:"rest_url"`
	WSURL              string   `toml:"ws_url"`
	CombinedURL        string   `toml:"combined_url"`
	FuturesRESTURL     string   `toml:"futures_rest_url"`
	FuturesWSURL       string   `toml:"futures_ws_url"`
	FuturesCombinedURL string   `toml:"futures_combined_url"`
	APIKeyEnv          string   `toml:"api_key_env"`
	SecretKeyEnv       string   `toml:"secret_key_env"`
	Symbols            []string `toml:"symbols"`
	FuturesSymbols     []string `toml:"futures_symbols"`
	Depth              int      `toml:"depth"`
	StaleAfter         Duration `toml:"stale_after"`
	ReconnectMin       Duration `toml:"reconnect_min"`
	ReconnectMax       Duration `toml:"reconnect_max"`
	WeightLimit        int      `toml:"weight_limit"`
}

func (c *Config) validateVenues(v *checker, lookup func(string) (string, bool)) {
	b := c.Venues.Binance
	if !b.Enabled {
		return
	}
	const p = "venues.binance."
	urlCheck := func(key, val string, schemes ...string) {
		if val == "" {
			v.add(p+key, "is required")
			return
		}
		u, err := url.Parse(val)
		if err != nil || u.Host == "" {
			v.add(p+key, "is not a URL")
			return
		}
		for _, s := range schemes {
			if u.Scheme == s {
				return
			}
		}
		v.add(p+key, "scheme %q is not one of %s", u.Scheme, strings.Join(schemes, ", "))
	}
	if len(b.Symbols) == 0 && len(b.FuturesSymbols) == 0 {
		v.add(p+"symbols", "at least one spot or futures symbol is required")
	}
	if len(b.Symbols) > 0 {
		urlCheck("rest_url", b.RESTURL, "http", "https")
		urlCheck("ws_url", b.WSURL, "ws", "wss")
		urlCheck("combined_url", b.CombinedURL, "ws", "wss")
	}
	if len(b.FuturesSymbols) > 0 {
		urlCheck("futures_rest_url", b.FuturesRESTURL, "http", "https")
		urlCheck("futures_ws_url", b.FuturesWSURL, "ws", "wss")
		urlCheck("futures_combined_url", b.FuturesCombinedURL, "ws", "wss")
	}
	for i, s := range append(append([]string{}, b.Symbols...), b.FuturesSymbols...) {
		if s == "" || strings.ToUpper(s) != s || strings.ContainsAny(s, " /-") {
			v.add(p+"symbols", "entry %d %q must be an upper-case symbol like ETHUSDT", i, s)
		}
	}
	if b.Depth < 1 || b.Depth > 1000 {
		v.add(p+"depth", "must be in [1, 1000], got %d", b.Depth)
	}
	v.positiveDur(p+"stale_after", b.StaleAfter)
	v.positiveDur(p+"reconnect_min", b.ReconnectMin)
	v.positiveDur(p+"reconnect_max", b.ReconnectMax)
	if b.ReconnectMax.Duration < b.ReconnectMin.Duration {
		v.add(p+"reconnect_max", "must be >= reconnect_min")
	}
	if b.WeightLimit < 1 {
		v.add(p+"weight_limit", "must be >= 1, got %d", b.WeightLimit)
	}
	if (b.APIKeyEnv == "") != (b.SecretKeyEnv == "") {
		v.add(p+"secret_key_env", "api_key_env and secret_key_env go together (both or neither)")
	}
	v.envSet(p+"api_key_env", b.APIKeyEnv, lookup)
	v.envSet(p+"secret_key_env", b.SecretKeyEnv, lookup)
}
