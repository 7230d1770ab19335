package risk_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
)

var limitFields = []struct {
	name  string
	spoil func(*risk.Limits)
}{
	{"max_notional_usd_per_token", func(l *risk.Limits) { l.MaxNotionalUSDPerToken = 0 }},
	{"max_total_notional_usd", func(l *risk.Limits) { l.MaxTotalNotionalUSD = -1 }},
	{"max_inventory_usd", func(l *risk.Limits) { l.MaxInventoryUSD = math.NaN() }},
	{"max_gas_price_gwei", func(l *risk.Limits) { l.MaxGasPriceGwei = 0 }},
	{"gas_budget_usd_per_hour", func(l *risk.Limits) { l.GasBudgetUSDPerHour = math.Inf(1) }},
	{"gas_budget_usd_per_day", func(l *risk.Limits) { l.GasBudgetUSDPerDay = -5 }},
	{"max_drawdown_usd", func(l *risk.Limits) { l.MaxDrawdownUSD = 0 }},
	{"drawdown_pause", func(l *risk.Limits) { l.DrawdownPause = 0 }},
	{"max_loss_usd", func(l *risk.Limits) { l.MaxLossUSD = -1 }},
	{"max_book_age", func(l *risk.Limits) { l.MaxBookAge = -time.Second }},
	{"max_pool_age", func(l *risk.Limits) { l.MaxPoolAge = 0 }},
	{"max_nav_age", func(l *risk.Limits) { l.MaxNAVAge = 0 }},
	{"nav_sanity_bps", func(l *risk.Limits) { l.NAVSanityBps = 0 }},
	{"nav_disagreement_bps", func(l *risk.Limits) { l.NAVDisagreementBps = math.NaN() }},
}

func TestValidateOK(t *testing.T) {
	l := baseLimits()
	if err := l.Validate(); err != nil {
		t.Fatalf("base limits: %v", err)
	}
	l.MaxLossUSD = 0 // off is valid
	if err := l.Validate(); err != nil {
		t.Fatalf("max_loss_usd = 0: %v", err)
	}
}

func TestValidateEachField(t *testing.T) {
	for _, f := range limitFields {
		t.Run(f.name, func(t *testing.T) {
			l := baseLimits()
			f.spoil(&l)
			err := l.Validate()
			if err == nil {
				t.Fatalf("Validate() = nil, want an error naming %s", f.name)
			}
			if !strings.Contains(err.Error(), f.name) {
				t.Errorf("error %q does not name %s", err, f.name)
			}
			if got, want := len(strings.Split(err.Error(), "\n")), 1; got != want {
				t.Errorf("%d error lines, want %d: %q", got, want, err)
			}
		})
	}
}

func TestValidateAllAtOnce(t *testing.T) {
	l := baseLimits()
	for _, f := range limitFields {
		f.spoil(&l)
	}
	err := l.Validate()
	if err == nil {
		t.Fatal("Validate() = nil for all fields broken")
	}
	lines := strings.Split(err.Error(), "\n")
	if got, want := len(lines), len(limitFields); got != want {
		t.Errorf("%d errors, want %d: %q", got, want, err)
	}
	for _, f := range limitFields {
		if !strings.Contains(err.Error(), f.name) {
			t.Errorf("error does not name %s", f.name)
		}
	}
	// The zero Limits is invalid in every required field.
	zero := risk.Limits{}.Validate()
	for _, f := range limitFields {
		if f.name == "max_loss_usd" {
			continue
		}
		if zero == nil || !strings.Contains(zero.Error(), f.name+" must be > 0") {
			t.Errorf("zero Limits: error does not say %s must be > 0: %v", f.name, zero)
		}
	}
}

func TestNewGateRejectsBadLimits(t *testing.T) {
	l := baseLimits()
	l.MaxInventoryUSD = 0
	g, err := risk.NewGate(l, t0)
	if err == nil || g != nil {
		t.Fatalf("NewGate = %v, %v; want nil, error", g, err)
	}
	if !strings.Contains(err.Error(), "new gate") || !strings.Contains(err.Error(), "max_inventory_usd") {
		t.Errorf("error %q should name the operation and the field", err)
	}
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) {
		t.Errorf("error %q does not wrap the joined field errors", err)
	}
}
