package config

import "sort"

// BacktestConfig tunes replays of recorded events (navarb backtest and
// sweep). The strategy itself is configured by the other tables.
type BacktestConfig struct {
	// Latency from a decision to its execution on the venue the loop
	// trades on; VenueLatency overrides it by venue name.
	Latency      Duration            `toml:"latency"`
	VenueLatency map[string]Duration `toml:"venue_latency"`
	// GasUnitsRevert is the gas an early revert burns; loops burn the
	// token's gas_units_*.
	GasUnitsRevert int64 `toml:"gas_units_revert"`
	// Account is the starting balances.
	Account SimAccount `toml:"account"`
}

// VenueNames returns the venues with their own latency, sorted.
func (b BacktestConfig) VenueNames() []string {
	names := make([]string, 0, len(b.VenueLatency))
	for n := range b.VenueLatency {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (c *Config) validateBacktest(v *checker) {
	b := c.Backtest
	if b.Latency.Duration < 0 {
		v.add("backtest.latency", "must be >= 0, got %q", b.Latency.String())
	}
	for _, n := range b.VenueNames() {
		if d := b.VenueLatency[n]; d.Duration < 0 {
			v.add("backtest.venue_latency."+n, "must be >= 0, got %q", d.String())
		}
	}
	if b.GasUnitsRevert < 0 {
		v.add("backtest.gas_units_revert", "must be >= 0, got %d", b.GasUnitsRevert)
	}
	v.nonNegative("backtest.account.usd", b.Account.USD)
	v.nonNegative("backtest.account.native", b.Account.Native)
	v.nonNegative("backtest.account.token", b.Account.Token)
}
