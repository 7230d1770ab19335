package matching_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim/matching"
)

// BenchmarkPlaceAndMatch rests a maker and takes it with a taker, so every
// iteration is two placements and one trade on a 100-level book.
func BenchmarkPlaceAndMatch(b *testing.B) {
	e := matching.NewEngine(rules())
	for i := range 100 {
		e.Place("mm", venues.OrderRequest{Side: venues.Buy, Type: venues.Limit, Price: decimal.New(int64(9900-i), -2), Qty: d("1")}, t0)   //nolint:errcheck // valid
		e.Place("mm", venues.OrderRequest{Side: venues.Sell, Type: venues.Limit, Price: decimal.New(int64(10100+i), -2), Qty: d("1")}, t0) //nolint:errcheck // valid
	}
	price, qty := d("100.00"), d("0.5")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Place("mm", venues.OrderRequest{Side: venues.Sell, Type: venues.Limit, Price: price, Qty: qty}, t0); err != nil {
			b.Fatal(err)
		}
		if _, err := e.Place("t", venues.OrderRequest{Side: venues.Buy, Type: venues.IOC, Price: price, Qty: qty}, t0); err != nil {
			b.Fatal(err)
		}
	}
}
