package main

import (
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/strategy/backtest"
)

// backtestOptions converts a config into a replay's options.
func backtestOptions(cfg *config.Config, log zerolog.Logger) (backtest.Options, error) {
	b := cfg.Backtest
	if !b.Account.USD.IsPositive() || !b.Account.Native.IsPositive() {
		return backtest.Options{}, usageError{fmt.Errorf("backtest.account.usd and backtest.account.native: must be > 0 to replay (got %s, %s)",
			b.Account.USD.String(), b.Account.Native.String())}
	}
	o := backtest.Options{
		Tokens:              tokenSpecs(cfg, false),
		Limits:              riskLimits(cfg),
		MaxInFlightPerToken: cfg.Engine.MaxInFlightPerToken,
		ArbDisabled:         !cfg.Arb.Enabled,
		Latency:             b.Latency.Duration,
		GasUnitsRevert:      uint64(max(b.GasUnitsRevert, 0)),
		Account: backtest.Account{
			USD: b.Account.USD.Decimal, Native: b.Account.Native.Decimal, Token: b.Account.Token.Decimal,
		},
		Log: log,
	}
	if len(b.VenueLatency) > 0 {
		o.VenueLatency = map[string]time.Duration{}
		for _, v := range b.VenueNames() {
			o.VenueLatency[v] = b.VenueLatency[v].Duration
		}
	}
	return o, nil
}

// depthBooks are the books whose depth a replay keeps: those tokens trade on.
func depthBooks(o *backtest.Options) []string {
	var out []string
	for _, t := range o.Tokens {
		if t.Book != "" {
			out = append(out, t.Book)
		}
	}
	return out
}
