package arb

import (
	"math"

	"github.com/navarb/navarb/venues"
)

// GasUSD is the USD cost of a transaction of units gas on g's chain:
// units x (BaseFeeGwei + TipGwei) x 1e-9 x NativeUSD + L1FeeUSD. A nil g gives
// NaN, which no decision accepts.
func GasUSD(units uint64, g *venues.GasUpdate) float64 {
	if g == nil {
		return math.NaN()
	}
	return float64(units)*(g.BaseFeeGwei+g.TipGwei)*1e-9*g.NativeUSD + g.L1FeeUSD
}
