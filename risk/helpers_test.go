package risk_test

import (
	"testing"
	"time"

	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/venues"
)

var t0 = time.Date(2025, 3, 1, 12, 0, 30, 0, time.UTC)

func baseLimits() risk.Limits {
	return risk.Limits{
		MaxNotionalUSDPerToken: 5000,
		MaxTotalNotionalUSD:    8000,
		MaxInventoryUSD:        3000,
		MaxGasPriceGwei:        50,
		GasBudgetUSDPerHour:    10,
		GasBudgetUSDPerDay:     40,
		MaxDrawdownUSD:         200,
		DrawdownPause:          30 * time.Minute,
		MaxLossUSD:             500,
		MaxBookAge:             2 * time.Second,
		MaxPoolAge:             15 * time.Second,
		MaxNAVAge:              time.Minute,
		NAVSanityBps:           500,
		NAVDisagreementBps:     30,
	}
}

// basePlan is an on-chain pool loop of 1000 USD notional that passes every
// rule of baseLimits on a fresh gate.
func basePlan() *venues.Plan {
	return &venues.Plan{
		ID:          1,
		Kind:        venues.MintSell,
		Token:       "ETH2X",
		Market:      "ETH2X-USDC",
		MarketKind:  venues.MarketPool,
		Chain:       "arbitrum",
		Size:        25,
		NAV:         40,
		MarketPrice: 40.4,
		PremiumBps:  100,
		NotionalUSD: 1000,
		Expected:    venues.Costs{GrossUSD: 10, GasUSD: 1, NetUSD: 8},
		GasUnits:    400_000,
	}
}

func baseCheck() *risk.Check {
	return &risk.Check{
		Plan:               basePlan(),
		BookAge:            time.Second,
		PoolAge:            5 * time.Second,
		NAVAge:             10 * time.Second,
		GasPriceGwei:       0.02,
		NAVDisagreementBps: 5,
	}
}

func newGate(t testing.TB, l risk.Limits) *risk.Gate {
	t.Helper()
	g, err := risk.NewGate(l, t0)
	if err != nil {
		t.Fatalf("NewGate: %v", err)
	}
	return g
}

// planFor is a plan for token with the given id and notional and no gas.
func planFor(id uint64, token string, notional, gasUSD float64) *venues.Plan {
	p := basePlan()
	p.ID, p.Token, p.NotionalUSD, p.Expected.GasUSD = id, token, notional, gasUSD
	return p
}
