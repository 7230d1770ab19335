package main

import (
	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues/sim"
)

// hedgeRouter is where hedges go: the simulated market when [mm.hedge] is
// on, else nowhere.
func hedgeRouter(cfg *config.Config, mkt *sim.Market) strategy.OrderRouter {
	if !cfg.MM.Enabled || !cfg.MM.Hedge.Enabled {
		return nil
	}
	return mkt
}

// mmSpec converts [mm] into the engine's market-making spec.
func mmSpec(cfg *config.Config) *strategy.MMSpec {
	m := cfg.MM
	s := &strategy.MMSpec{
		Venue: m.Venue, Book: m.Book, Quote: m.Quote,
		Params: cfg.MMParams(),
		Tick:   m.Tick.Decimal, Lot: m.Lot.Decimal,
		ClientPrefix: m.ClientPrefix,
		VolHalfLife:  m.VolHalfLife.Duration, VolInitial: m.VolInitial.F(),
		FlattenCooldown: m.FlattenCooldown.Duration,
		MintRedeem:      m.MintRedeem,
		GasUnitsMint:    uint64(max(m.GasUnitsMint, 0)), GasUnitsRedeem: uint64(max(m.GasUnitsRedeem, 0)),
	}
	if h := m.Hedge; h.Enabled {
		s.Hedge = &strategy.HedgeSpec{Venue: h.Venue, Symbol: h.Symbol, Base: h.Base, Perp: h.Perp,
			TakerFeeBps: h.TakerFeeBps.F(), Lot: h.Lot.Decimal}
	}
	return s
}
