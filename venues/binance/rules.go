package binance

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Rules are one symbol's trading filters from exchangeInfo. A zero field
// disables its check.
type Rules struct {
	Symbol, Base, Quote string
	TickSize            decimal.Decimal // PRICE_FILTER
	StepSize            decimal.Decimal // LOT_SIZE
	MinQty, MaxQty      decimal.Decimal // LOT_SIZE
	MinNotional         decimal.Decimal // NOTIONAL / MIN_NOTIONAL
}

// FilterError is an order that cannot satisfy a symbol filter; it is
// returned before anything is sent and wraps venues.ErrRejected. Filter is
// Binance's filter name: PRICE_FILTER, LOT_SIZE or NOTIONAL.
type FilterError struct {
	Symbol string
	Filter string
	Reason string
}

func (e *FilterError) Error() string {
	return fmt.Sprintf("%s: filter %s: %s", e.Symbol, e.Filter, e.Reason)
}

// Unwrap makes errors.Is(err, venues.ErrRejected) true.
func (e *FilterError) Unwrap() error { return venues.ErrRejected }

// Round fits an order to the filters: the price to the tick (a buy rounds
// down and a sell up, so the order is never worse than asked) and the
// quantity down to the step. It returns a *FilterError when the rounded
// order still breaks a filter. ref is the price a MARKET order's notional is
// checked at (zero skips the check); limit orders use their price.
func (r Rules) Round(side venues.Side, typ venues.OrderType, price, qty, ref decimal.Decimal) (decimal.Decimal, decimal.Decimal, error) {
	fail := func(filter, format string, a ...any) (decimal.Decimal, decimal.Decimal, error) {
		return price, qty, &FilterError{Symbol: r.Symbol, Filter: filter, Reason: fmt.Sprintf(format, a...)}
	}
	if typ == venues.Market {
		price = decimal.Zero
	} else {
		if !price.IsPositive() {
			return fail("PRICE_FILTER", "price %s not positive", price)
		}
		if r.TickSize.IsPositive() {
			n := price.Div(r.TickSize)
			if side == venues.Buy {
				n = n.Floor()
			} else {
				n = n.Ceil()
			}
			price = n.Mul(r.TickSize)
			if !price.IsPositive() {
				return fail("PRICE_FILTER", "price below tickSize %s", r.TickSize)
			}
		}
		ref = price
	}
	if r.StepSize.IsPositive() && qty.GreaterThan(r.MinQty) {
		qty = r.MinQty.Add(qty.Sub(r.MinQty).Div(r.StepSize).Floor().Mul(r.StepSize))
	}
	if !qty.IsPositive() {
		return fail("LOT_SIZE", "quantity %s not positive", qty)
	}
	if qty.LessThan(r.MinQty) {
		return fail("LOT_SIZE", "quantity %s below minQty %s", qty, r.MinQty)
	}
	if r.MaxQty.IsPositive() && qty.GreaterThan(r.MaxQty) {
		return fail("LOT_SIZE", "quantity %s above maxQty %s", qty, r.MaxQty)
	}
	if r.MinNotional.IsPositive() && ref.IsPositive() {
		if n := ref.Mul(qty); n.LessThan(r.MinNotional) {
			return fail("NOTIONAL", "notional %s below minNotional %s", n, r.MinNotional)
		}
	}
	return price, qty, nil
}

// parseFilters reads Rules from go-binance's raw exchangeInfo filter maps
// (spot and futures use the same shapes, except futures' MIN_NOTIONAL,
// which names its field "notional").
func parseFilters(symbol, base, quote string, filters []map[string]interface{}) (Rules, error) {
	r := Rules{Symbol: symbol, Base: base, Quote: quote}
	get := func(f map[string]interface{}, key string) (decimal.Decimal, error) {
		v, ok := f[key]
		if !ok {
			return decimal.Zero, nil
		}
		s, ok := v.(string)
		if !ok {
			return decimal.Zero, fmt.Errorf("filter field %s: not a string", key)
		}
		return decimal.NewFromString(s)
	}
	for _, f := range filters {
		var err error
		switch f["filterType"] {
		case "PRICE_FILTER":
			r.TickSize, err = get(f, "tickSize")
		case "LOT_SIZE":
			if r.StepSize, err = get(f, "stepSize"); err == nil {
				if r.MinQty, err = get(f, "minQty"); err == nil {
					r.MaxQty, err = get(f, "maxQty")
				}
			}
		case "NOTIONAL", "MIN_NOTIONAL":
			var n decimal.Decimal
			if n, err = get(f, "minNotional"); err == nil && n.IsZero() {
				n, err = get(f, "notional")
			}
			if n.GreaterThan(r.MinNotional) {
				r.MinNotional = n
			}
		}
		if err != nil {
			return Rules{}, fmt.Errorf("symbol %s: %w", symbol, err)
		}
	}
	return r, nil
}
