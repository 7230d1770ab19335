package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// Modes this build can run.
var supportedModes = []string{"sim", "live", "paper"}

var logLevels = []string{"trace", "debug", "info", "warn", "error"}

// Validate checks every field and reports every bad one at once, each named
// by its path. It also checks that environment variables the config names
// are set (their values are never printed).
func (c *Config) Validate() error { return c.validate(os.LookupEnv) }

type checker struct{ errs []error }

func (v *checker) add(path, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("%s: %s", path, fmt.Sprintf(format, args...)))
}

func (v *checker) positive(path string, d Decimal) {
	switch {
	case !d.IsSet():
		v.add(path, "is required (a quoted decimal string)")
	case !d.IsPositive():
		v.add(path, "must be > 0, got %s", d.String())
	}
}

func (v *checker) nonNegative(path string, d Decimal) {
	if d.IsNegative() {
		v.add(path, "must be >= 0, got %s", d.String())
	}
}

func (v *checker) positiveDur(path string, d Duration) {
	if d.Duration <= 0 {
		v.add(path, "must be a positive duration like \"30s\", got %q", d.String())
	}
}

func (v *checker) nonEmpty(path, s string) {
	if strings.TrimSpace(s) == "" {
		v.add(path, "is required")
	}
}

func (v *checker) oneOf(path, s string, allowed []string) {
	for _, a := range allowed {
		if s == a {
			return
		}
	}
	v.add(path, "%q is not one of %s", s, strings.Join(allowed, ", "))
}

func (v *checker) envSet(path, name string, lookup func(string) (string, bool)) {
	if name == "" {
		return
	}
	if val, ok := lookup(name); !ok || val == "" {
		v.add(path, "environment variable %s is not set", name)
	}
}

func (c *Config) validate(lookup func(string) (string, bool)) error {
	v := &checker{}
	v.oneOf("mode", c.Mode, supportedModes)
	if c.Log.Level != "" {
		v.oneOf("log.level", c.Log.Level, logLevels)
	}
	if c.Engine.MaxInFlightPerToken < 1 {
		v.add("engine.max_in_flight_per_token", "must be >= 1, got %d", c.Engine.MaxInFlightPerToken)
	}
	if c.Engine.ProgressEvery.Duration < 0 {
		v.add("engine.progress_every", "must be >= 0")
	}

	a := c.Arb
	v.positive("arb.min_net_profit_usd", a.MinNetProfitUSD)
	v.positive("arb.max_size_usd", a.MaxSizeUSD)
	v.positiveDur("arb.deadline", a.Deadline)
	v.nonNegative("arb.hedge_bps", a.HedgeBps)

	r := c.Risk
	v.positive("risk.max_notional_usd_per_token", r.MaxNotionalUSDPerToken)
	v.positive("risk.max_total_notional_usd", r.MaxTotalNotionalUSD)
	v.positive("risk.max_inventory_usd", r.MaxInventoryUSD)
	v.positive("risk.max_gas_price_gwei", r.MaxGasPriceGwei)
	v.positive("risk.gas_budget_usd_per_hour", r.GasBudgetUSDPerHour)
	v.positive("risk.gas_budget_usd_per_day", r.GasBudgetUSDPerDay)
	v.positive("risk.max_drawdown_usd", r.MaxDrawdownUSD)
	v.positiveDur("risk.drawdown_pause", r.DrawdownPause)
	v.nonNegative("risk.max_loss_usd", r.MaxLossUSD)
	v.positiveDur("risk.max_book_age", r.MaxBookAge)
	v.positiveDur("risk.max_pool_age", r.MaxPoolAge)
	v.positiveDur("risk.max_nav_age", r.MaxNAVAge)
	v.positive("risk.nav_sanity_bps", r.NAVSanityBps)
	v.positive("risk.nav_disagreement_bps", r.NAVDisagreementBps)
	if r.GasBudgetUSDPerHour.IsSet() && r.GasBudgetUSDPerDay.IsSet() &&
		r.GasBudgetUSDPerHour.GreaterThan(r.GasBudgetUSDPerDay.Decimal) {
		v.add("risk.gas_budget_usd_per_hour", "(%s) exceeds risk.gas_budget_usd_per_day (%s)",
			r.GasBudgetUSDPerHour.String(), r.GasBudgetUSDPerDay.String())
	}

	if len(c.Tokens) == 0 {
		v.add("tokens", "at least one [tokens.<SYMBOL>] table is required")
	}
	for _, name := range c.TokenNames() {
		t := c.Tokens[name]
		p := "tokens." + name
		v.nonEmpty(p+".chain", t.Chain)
		v.nonEmpty(p+".pool", t.Pool)
		v.positive(p+".leverage", t.Leverage)
		if t.GasUnitsMintSell <= 0 {
			v.add(p+".gas_units_mint_sell", "must be > 0, got %d", t.GasUnitsMintSell)
		}
		if t.GasUnitsBuyRedeem <= 0 {
			v.add(p+".gas_units_buy_redeem", "must be > 0, got %d", t.GasUnitsBuyRedeem)
		}
	}

	v.envSet("notify.webhook_url_env", c.Notify.WebhookURLEnv, lookup)
	if c.Notify.Burst < 0 {
		v.add("notify.burst", "must be >= 0 (0: the default, 5), got %d", c.Notify.Burst)
	}
	if c.Notify.Every.Duration < 0 {
		v.add("notify.every", "must be >= 0 (0: the default, 1m)")
	}
	c.validateHTTP(v, lookup)
	c.validateVenues(v, lookup)
	c.validateChains(v, lookup)

	c.validateMM(v)
	c.validateBacktest(v)
	if c.Mode == "sim" {
		c.validateSim(v)
	}
	return errors.Join(v.errs...)
}
