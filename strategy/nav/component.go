package nav

import (
	"math"
	"time"
)

// StreamingFeeYear is the year over which an annual streaming fee accrues:
// 365.25 days, as ONE_YEAR_IN_SECONDS in Set Protocol v2's
// StreamingFeeModule (which the Index Coop leverage suite uses).
const StreamingFeeYear = 365*24*time.Hour + 6*time.Hour

// Position is what one token is backed by, in units per token (collateral,
// e.g. aWETH, and debt, e.g. variable-debt USDC), as the issuer reports them
// after its last fee accrual.
type Position struct {
	CollateralUnits float64
	DebtUnits       float64
}

// Component returns the NAV of one token priced from its components:
//
//	(CollateralUnits x collateralPrice - DebtUnits x debtPrice) x (1 - fee x elapsed / StreamingFeeYear)
//
// where fee is streamingFeeAnnual (0.0365 for 3.65%/yr) and elapsed is
// now - feeAccruedAt, clamped at 0. Index Coop accrues the streaming fee by
// minting the fee share f = fee x elapsed/year of the new supply to the fee
// recipient (feeQuantity = f x supply / (1 - f)) and scaling the position
// multiplier by (1 - f), so the NAV per token falls by exactly that share;
// feeAccruedAt is the last accrual (lastStreamingFeeTimestamp). The fee
// factor is clamped at 0 so that a nonsensical fee cannot flip the sign.
func Component(pos Position, collateralPrice, debtPrice, streamingFeeAnnual float64, feeAccruedAt, now time.Time) float64 {
	equity := pos.CollateralUnits*collateralPrice - pos.DebtUnits*debtPrice
	elapsed := now.Sub(feeAccruedAt)
	if elapsed < 0 {
		elapsed = 0
	}
	factor := 1 - streamingFeeAnnual*float64(elapsed)/float64(StreamingFeeYear)
	if factor < 0 {
		factor = 0
	}
	return equity * factor
}

// Leverage returns collateral value / equity for a position at the given
// prices. It returns +Inf when equity is not positive (or not a number):
// the token is insolvent, or the prices are unusable.
func Leverage(pos Position, collateralPrice, debtPrice float64) float64 {
	collateral := pos.CollateralUnits * collateralPrice
	equity := collateral - pos.DebtUnits*debtPrice
	if !(equity > 0) {
		return math.Inf(1)
	}
	return collateral / equity
}
