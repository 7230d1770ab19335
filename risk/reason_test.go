package risk_test

import (
	"errors"
	"regexp"
	"testing"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/venues"
)

func TestReasonString(t *testing.T) {
	for _, tc := range []struct {
		r    risk.Reason
		want string
	}{
		{risk.None, "none"},
		{risk.StaleBook, "stale_book"},
		{risk.GasBudgetHour, "gas_budget_hour"},
		{risk.NAVDisagreement, "nav_disagreement"},
		{risk.KillSwitch, "kill_switch"},
		{risk.Reason(risk.NumReasons), "unknown"},
	} {
		if got := tc.r.String(); got != tc.want {
			t.Errorf("Reason(%d).String() = %q, want %q", tc.r, got, tc.want)
		}
	}
	snake := regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`)
	seen := map[string]risk.Reason{}
	for i := 0; i < risk.NumReasons; i++ {
		r := risk.Reason(i)
		s := r.String()
		if !snake.MatchString(s) || s == "unknown" {
			t.Errorf("Reason(%d).String() = %q, want a snake_case name", i, s)
		}
		if prev, dup := seen[s]; dup {
			t.Errorf("reasons %d and %d share the name %q", prev, r, s)
		}
		seen[s] = r
	}
}

func TestVerdictErr(t *testing.T) {
	if err := (risk.Verdict{MaxNotionalUSD: 1}).Err(); err != nil {
		t.Errorf("approved Err() = %v, want nil", err)
	}
	err := risk.Verdict{Reason: risk.GasPrice}.Err()
	if !errors.Is(err, venues.ErrRiskDenied) {
		t.Errorf("Err() = %v, want it to wrap ErrRiskDenied", err)
	}
	var de risk.DenyError
	if !errors.As(err, &de) || de.Reason != risk.GasPrice {
		t.Errorf("Err() = %v, want DenyError{GasPrice}", err)
	}
	if got, want := err.Error(), "denied by risk gate: gas_price"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
