package mm

import (
	"math"
	"time"

	"github.com/navarb/navarb/venues"
)

// SidePlan is the risk gate's view of one side of a ladder (all quotes of
// one side): a venues.Quote plan whose notional is the side's total
// quantity at fair, priced at its best quote, and the signed inventory
// change (USD at fair) if every quote filled, for risk.Check's
// InventoryDeltaUSD. Plan.ID is left 0 for the engine; Deadline is now +
// ttl. An empty side gives a zero plan and delta.
func SidePlan(qs []Quote, token, market string, fair float64, ttl time.Duration, now time.Time) (plan venues.Plan, inventoryDeltaUSD float64) {
	if len(qs) == 0 || !(fair > 0) {
		return venues.Plan{}, 0
	}
	var qty float64
	for i := range qs {
		qty += qs[i].Qty
	}
	delta := qty * fair
	if qs[0].Side == venues.Sell {
		delta = -delta
	}
	price := qs[0].Price
	return venues.Plan{
		Kind:        venues.Quote,
		Token:       token,
		Market:      market,
		MarketKind:  venues.MarketBook,
		Size:        qty,
		QuoteAmount: qty * price,
		NAV:         fair,
		MarketPrice: price,
		PremiumBps:  (price/fair - 1) * bpsDenom,
		NotionalUSD: qty * fair,
		Created:     now,
		Deadline:    now.Add(ttl),
	}, delta
}

// TrimSide keeps the best quotes of one side whose total notional at fair
// fits maxNotionalUSD (what the risk gate approved), cutting the level that
// crosses it down to whole lots of p.Lot (dropped below p.MinQty or one
// lot). It trims qs in place and returns it.
func TrimSide(qs []Quote, p *Params, fair, maxNotionalUSD float64) []Quote {
	if !(fair > 0) || !(maxNotionalUSD > 0) {
		return qs[:0]
	}
	room := lotsDown(maxNotionalUSD/fair, p.Lot, 0)
	minLots := max(int64(math.Ceil(p.MinQty/p.Lot-1e-9)), 1)
	for i := range qs {
		if qs[i].Lots <= room {
			room -= qs[i].Lots
			continue
		}
		if room < minLots {
			return qs[:i]
		}
		qs[i].Lots = room
		qs[i].Qty = float64(room) * p.Lot
		return qs[:i+1]
	}
	return qs
}
