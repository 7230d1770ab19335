package backtest

import (
	"fmt"
	"math"

	"github.com/navarb/navarb/strategy"
)

// Objective ranks sweep points.
type Objective string

// Objectives.
const (
	// ObjNetPnL is the net PnL in USD.
	ObjNetPnL Objective = "net_pnl"
	// ObjSharpe is the annualised Sharpe ratio of hourly PnL changes.
	ObjSharpe Objective = "sharpe"
	// ObjPnLOverDrawdown is net PnL over max drawdown, the drawdown floored
	// at DrawdownFloorUSD so that a run without drawdown ranks by its PnL.
	ObjPnLOverDrawdown Objective = "pnl_over_drawdown"
)

// DrawdownFloorUSD floors the drawdown in ObjPnLOverDrawdown.
const DrawdownFloorUSD = 1.0

// ParseObjective checks an objective's name.
func ParseObjective(s string) (Objective, error) {
	switch o := Objective(s); o {
	case ObjNetPnL, ObjSharpe, ObjPnLOverDrawdown:
		return o, nil
	}
	return "", fmt.Errorf("objective %q: want net_pnl, sharpe or pnl_over_drawdown", s)
}

// Value is the objective of one run's results.
func (o Objective) Value(r *strategy.Results) float64 {
	switch o {
	case ObjSharpe:
		return r.Sharpe
	case ObjPnLOverDrawdown:
		return PnLOverDrawdown(r)
	}
	return r.NetPnLUSD.InexactFloat64()
}

// PnLOverDrawdown is net PnL over max(max drawdown, DrawdownFloorUSD).
func PnLOverDrawdown(r *strategy.Results) float64 {
	return r.NetPnLUSD.InexactFloat64() / math.Max(r.MaxDrawdownUSD.InexactFloat64(), DrawdownFloorUSD)
}

// CaptureRatio is our net PnL over the reference's; ok=false when the
// reference made no profit.
func CaptureRatio(ours, ref *strategy.Results) (float64, bool) {
	if !ref.NetPnLUSD.IsPositive() {
		return 0, false
	}
	return ours.NetPnLUSD.Div(ref.NetPnLUSD).InexactFloat64(), true
}
