package risk

import "github.com/navarb/navarb/venues"

// Reason is why the gate denied a plan; None means approved.
type Reason uint8

// Reasons, in the order the gate checks them.
const (
	None            Reason = iota // approved
	KillSwitch                    // the kill switch is tripped (manual or MaxLossUSD)
	Drawdown                      // trading is paused after a drawdown
	BadPlan                       // nil plan, empty token, non-positive or non-finite notional or gas
	Expired                       // the plan's deadline has passed
	StaleBook                     // the book the plan used is too old (or missing for a book market)
	StalePool                     // the pool the plan used is too old (or missing for a pool market)
	StaleNAV                      // the NAV the plan used is too old
	IssuerPaused                  // the issuer has paused mint/redeem
	Rebalancing                   // the issuer is rebalancing
	NAVSanity                     // |premium| is implausibly large
	NAVDisagreement               // issuer and component NAV disagree
	GasPrice                      // gas price above the limit
	GasBudgetHour                 // rolling 1h gas budget exhausted
	GasBudgetDay                  // rolling 24h gas budget exhausted
	NotionalToken                 // no per-token notional headroom
	NotionalTotal                 // no total notional headroom
	Inventory                     // no inventory headroom

	numReasons
)

// NumReasons bounds Reason values, for fixed-size per-reason counters.
const NumReasons = int(numReasons)

var reasonNames = [NumReasons]string{
	None:            "none",
	KillSwitch:      "kill_switch",
	Drawdown:        "drawdown",
	BadPlan:         "bad_plan",
	Expired:         "expired",
	StaleBook:       "stale_book",
	StalePool:       "stale_pool",
	StaleNAV:        "stale_nav",
	IssuerPaused:    "issuer_paused",
	Rebalancing:     "rebalancing",
	NAVSanity:       "nav_sanity",
	NAVDisagreement: "nav_disagreement",
	GasPrice:        "gas_price",
	GasBudgetHour:   "gas_budget_hour",
	GasBudgetDay:    "gas_budget_day",
	NotionalToken:   "notional_token",
	NotionalTotal:   "notional_total",
	Inventory:       "inventory",
}

// String returns the reason in snake_case ("stale_book", "gas_budget_hour").
func (r Reason) String() string {
	if int(r) < NumReasons {
		return reasonNames[r]
	}
	return "unknown"
}

// DenyError is the error form of a denial. It wraps venues.ErrRiskDenied.
type DenyError struct{ Reason Reason }

func (e DenyError) Error() string { return venues.ErrRiskDenied.Error() + ": " + e.Reason.String() }

// Unwrap makes errors.Is(err, venues.ErrRiskDenied) true.
func (e DenyError) Unwrap() error { return venues.ErrRiskDenied }

// Verdict is the gate's answer for one plan.
type Verdict struct {
	// Reason is None when the plan is approved.
	Reason Reason
	// MaxNotionalUSD, when approved, is the most notional allowed; below
	// the plan's NotionalUSD it means "shrink to this".
	MaxNotionalUSD float64
}

// Approved reports whether the plan may go ahead (possibly shrunk).
func (v Verdict) Approved() bool { return v.Reason == None }

// Err returns nil when approved, else a DenyError wrapping
// venues.ErrRiskDenied.
func (v Verdict) Err() error {
	if v.Reason == None {
		return nil
	}
	return DenyError{Reason: v.Reason}
}
