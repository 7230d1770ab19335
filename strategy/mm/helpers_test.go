package mm_test

import (
	"math"
	"time"

	"github.com/navarb/navarb/strategy/mm"
)

var t0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// baseParams is a 5-level ladder of 10 tokens, 5 bps apart, 10 bps base
// half-spread, 2 bps maker fee and 1 bp minimum edge, a $5,000 cap.
func baseParams() mm.Params {
	return mm.Params{
		Levels: 5, LevelQty: 10, LevelSpacingBps: 5,
		BaseHalfSpreadBps: 10,
		MakerFeeBps:       2, MinEdgeBps: 1,
		Tick: 0.01, Lot: 0.1, MinQty: 0.1,
		Skew: mm.SkewLinear, SkewBpsPerToken: 0.2,
		Gamma: 0.01, SkewHorizon: time.Hour,
		MaxInventoryUSD: 5000, SizeReduction: 0.5,
		RefreshToleranceBps: 3, MaxQuoteAge: 30 * time.Second, MaxDataAge: 2 * time.Second,
		MaxActionsPerCall: 20, MaxActionsPerSecond: 10, ActionBurst: 20,
		FlattenBandUSD: 3000, FlattenTargetUSD: 500, UnwindBandUSD: 1000,
	}
}

func closeTo(got, want, rel float64) bool {
	return math.Abs(got-want) <= rel*math.Max(1, math.Abs(want))
}

// sumQty is the total quantity of quotes.
func sumQty(qs []mm.Quote) float64 {
	var s float64
	for _, q := range qs {
		s += q.Qty
	}
	return s
}
