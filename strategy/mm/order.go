package mm

import (
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Request turns q into a post-only (LimitMaker) order request. tick and lot
// are Params.Tick and Params.Lot as exact decimals (from the exchange's
// filters), so the price and quantity are exact multiples of them. It
// allocates (decimals); call it only for the quotes Reconcile places.
func (q *Quote) Request(symbol, clientID string, tick, lot decimal.Decimal) venues.OrderRequest {
	return venues.OrderRequest{
		Symbol:   symbol,
		Side:     q.Side,
		Type:     venues.LimitMaker,
		Price:    decimal.NewFromInt(q.Ticks).Mul(tick),
		Qty:      decimal.NewFromInt(q.Lots).Mul(lot),
		ClientID: clientID,
	}
}
