package matching

import (
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// SymbolRules are one symbol's trading rules, as in Binance's exchangeInfo.
// A zero TickSize, StepSize, MaxQty or MinNotional disables that check.
type SymbolRules struct {
	Symbol, Base, Quote string
	TickSize, StepSize  decimal.Decimal
	MinQty, MaxQty      decimal.Decimal
	MinNotional         decimal.Decimal
}

// Check applies the filters to an order. price is the limit price; for a
// MARKET order it is the reference price for the notional check (zero skips
// it). Errors are *FilterError named like Binance's filters.
func (r SymbolRules) Check(side venues.Side, typ venues.OrderType, price, qty decimal.Decimal) error {
	if typ != venues.Market {
		if !price.IsPositive() {
			return &FilterError{Filter: "PRICE_FILTER", Reason: "price must be positive"}
		}
		if r.TickSize.IsPositive() && !price.Mod(r.TickSize).IsZero() {
			return &FilterError{Filter: "PRICE_FILTER", Reason: "price " + price.String() + " not a multiple of tickSize " + r.TickSize.String()}
		}
	}
	if !qty.IsPositive() {
		return &FilterError{Filter: "LOT_SIZE", Reason: "quantity must be positive"}
	}
	if qty.LessThan(r.MinQty) {
		return &FilterError{Filter: "LOT_SIZE", Reason: "quantity " + qty.String() + " below minQty " + r.MinQty.String()}
	}
	if r.MaxQty.IsPositive() && qty.GreaterThan(r.MaxQty) {
		return &FilterError{Filter: "LOT_SIZE", Reason: "quantity " + qty.String() + " above maxQty " + r.MaxQty.String()}
	}
	if r.StepSize.IsPositive() && !qty.Sub(r.MinQty).Mod(r.StepSize).IsZero() {
		return &FilterError{Filter: "LOT_SIZE", Reason: "quantity " + qty.String() + " not a step of " + r.StepSize.String()}
	}
	if r.MinNotional.IsPositive() && price.IsPositive() && price.Mul(qty).LessThan(r.MinNotional) {
		return &FilterError{Filter: "NOTIONAL", Reason: "notional " + price.Mul(qty).String() + " below minNotional " + r.MinNotional.String()}
	}
	return nil
}
