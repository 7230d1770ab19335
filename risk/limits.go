package risk

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Limits configures the Gate. All USD figures are in US dollars; Validate
// says which fields are required.
type Limits struct {
	// MaxNotionalUSDPerToken caps the open (reserved) notional per token, > 0.
	MaxNotionalUSDPerToken float64
	// MaxTotalNotionalUSD caps the open notional across all tokens, > 0.
	MaxTotalNotionalUSD float64
	// MaxInventoryUSD caps |inventory value| of a token after a plan, > 0.
	MaxInventoryUSD float64
	// MaxGasPriceGwei (base fee + tip): above it, on-chain plans are denied.
	MaxGasPriceGwei float64
	// GasBudgetUSDPerHour: gas spent in the last hour, plus gas reserved by
	// open plans, plus this plan's expected gas must fit.
	GasBudgetUSDPerHour float64
	// GasBudgetUSDPerDay is the same over the last 24 hours.
	GasBudgetUSDPerDay float64
	// MaxDrawdownUSD is the equity drop from its peak that pauses trading.
	MaxDrawdownUSD float64
	// DrawdownPause is how long a drawdown pauses trading; on resume the
	// peak is reset to the current equity.
	DrawdownPause time.Duration
	// MaxLossUSD is the loss from the starting equity that trips the kill
	// switch (no resume); 0 turns it off.
	MaxLossUSD float64
	// MaxBookAge, MaxPoolAge and MaxNAVAge guard against stale data.
	MaxBookAge, MaxPoolAge, MaxNAVAge time.Duration
	// NAVSanityBps: a plan whose |PremiumBps| is above it is refused (bad
	// data or oracle manipulation, not an opportunity).
	NAVSanityBps float64
	// NAVDisagreementBps: issuer and component NAV disagreeing by more than
	// this is refused.
	NAVDisagreementBps float64
}

// Validate reports every invalid field at once, each by its config name.
func (l Limits) Validate() error {
	var errs []error
	positive := func(name string, v float64) {
		if !(v > 0) || math.IsInf(v, 0) {
			errs = append(errs, fmt.Errorf("%s must be > 0 (got %v)", name, v))
		}
	}
	positiveDur := func(name string, d time.Duration) {
		if d <= 0 {
			errs = append(errs, fmt.Errorf("%s must be > 0 (got %v)", name, d))
		}
	}
	positive("max_notional_usd_per_token", l.MaxNotionalUSDPerToken)
	positive("max_total_notional_usd", l.MaxTotalNotionalUSD)
	positive("max_inventory_usd", l.MaxInventoryUSD)
	positive("max_gas_price_gwei", l.MaxGasPriceGwei)
	positive("gas_budget_usd_per_hour", l.GasBudgetUSDPerHour)
	positive("gas_budget_usd_per_day", l.GasBudgetUSDPerDay)
	positive("max_drawdown_usd", l.MaxDrawdownUSD)
	positiveDur("drawdown_pause", l.DrawdownPause)
	if !(l.MaxLossUSD >= 0) || math.IsInf(l.MaxLossUSD, 0) {
		errs = append(errs, fmt.Errorf("max_loss_usd must be >= 0, 0 = off (got %v)", l.MaxLossUSD))
	}
	positiveDur("max_book_age", l.MaxBookAge)
	positiveDur("max_pool_age", l.MaxPoolAge)
	positiveDur("max_nav_age", l.MaxNAVAge)
	positive("nav_sanity_bps", l.NAVSanityBps)
	positive("nav_disagreement_bps", l.NAVDisagreementBps)
	return errors.Join(errs...)
}
