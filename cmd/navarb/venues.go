package main

import (
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/sim/simcex"
)

// The order venues the wiring can hand to the strategy, checked against the
// interface it consumes (the conformance suite in venues/venuetest runs
// the same three methods against both).
var (
	_ strategy.OrderVenue = (*binance.Client)(nil)
	_ strategy.OrderVenue = (*binance.USDM)(nil)
	_ strategy.OrderVenue = (*simcex.Venue)(nil)
)
