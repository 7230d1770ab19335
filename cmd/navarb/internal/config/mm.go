package config

import (
	"errors"
	"strings"

	"github.com/navarb/navarb/strategy/mm"
)

// MMConfig is market making on one token's own order book ([mm]); off
// unless enabled. The book's rules (tick, lot, maker fee) are the venue's.
type MMConfig struct {
	Enabled bool `toml:"enabled"`
	// Token is the [tokens] entry quoted; Venue and Book name its book and
	// Quote the book's quote asset.
	Token string `toml:"token"`
	Venue string `toml:"venue"`
	Book  string `toml:"book"`
	Quote string `toml:"quote"`
	// Tick, Lot and MinQty are the book's price and size increments and
	// least size; MakerFeeBps our maker fee there.
	Tick        Decimal `toml:"tick"`
	Lot         Decimal `toml:"lot"`
	MinQty      Decimal `toml:"min_qty"`
	MakerFeeBps Decimal `toml:"maker_fee_bps"`
	// ClientPrefix starts our client order ids (1-8 letters or digits).
	ClientPrefix string `toml:"client_prefix"`

	Levels            int      `toml:"levels"`
	LevelQty          Decimal  `toml:"level_qty"`
	LevelSpacingBps   Decimal  `toml:"level_spacing_bps"`
	BaseHalfSpreadBps Decimal  `toml:"base_half_spread_bps"`
	VolK              Decimal  `toml:"vol_k"`
	VolHorizon        Duration `toml:"vol_horizon"`
	VolHalfLife       Duration `toml:"vol_half_life"`
	VolInitial        Decimal  `toml:"vol_initial"`
	MinEdgeBps        Decimal  `toml:"min_edge_bps"`

	Skew            string   `toml:"skew"`
	SkewBpsPerToken Decimal  `toml:"skew_bps_per_token"`
	Gamma           Decimal  `toml:"gamma"`
	SkewHorizon     Duration `toml:"skew_horizon"`
	MaxInventoryUSD Decimal  `toml:"max_inventory_usd"`
	SizeReduction   Decimal  `toml:"size_reduction"`

	RefreshToleranceBps Decimal  `toml:"refresh_tolerance_bps"`
	MaxQuoteAge         Duration `toml:"max_quote_age"`
	MaxDataAge          Duration `toml:"max_data_age"`
	MaxActionsPerCall   int      `toml:"max_actions_per_call"`
	MaxActionsPerSecond Decimal  `toml:"max_actions_per_second"`
	ActionBurst         int      `toml:"action_burst"`

	FlattenBandUSD   Decimal  `toml:"flatten_band_usd"`
	FlattenTargetUSD Decimal  `toml:"flatten_target_usd"`
	UnwindBandUSD    Decimal  `toml:"unwind_band_usd"`
	FlattenCooldown  Duration `toml:"flatten_cooldown"`
	// MintRedeem flattens through the issuer with these gas units.
	MintRedeem     bool  `toml:"mint_redeem"`
	GasUnitsMint   int64 `toml:"gas_units_mint"`
	GasUnitsRedeem int64 `toml:"gas_units_redeem"`

	Hedge MMHedgeConfig `toml:"hedge"`
}

// MMHedgeConfig is where inventory may be hedged (the underlying's spot
// book or USD-M perpetual); off unless enabled.
type MMHedgeConfig struct {
	Enabled     bool    `toml:"enabled"`
	Venue       string  `toml:"venue"`
	Symbol      string  `toml:"symbol"`
	Base        string  `toml:"base"`
	Perp        bool    `toml:"perp"`
	TakerFeeBps Decimal `toml:"taker_fee_bps"`
	Lot         Decimal `toml:"lot"`
}

var skewModes = map[string]mm.SkewMode{
	"none": mm.SkewNone, "linear": mm.SkewLinear, "avellaneda_stoikov": mm.SkewAvellanedaStoikov,
}

// MMParams converts [mm] into the quoting parameters.
func (c *Config) MMParams() mm.Params {
	m := c.MM
	p := mm.Params{
		Levels: m.Levels, LevelQty: m.LevelQty.F(), LevelSpacingBps: m.LevelSpacingBps.F(),
		BaseHalfSpreadBps: m.BaseHalfSpreadBps.F(), VolK: m.VolK.F(), VolHorizon: m.VolHorizon.Duration,
		MakerFeeBps: m.MakerFeeBps.F(), MinEdgeBps: m.MinEdgeBps.F(),
		Tick: m.Tick.F(), Lot: m.Lot.F(), MinQty: m.MinQty.F(),
		Skew: skewModes[m.Skew], SkewBpsPerToken: m.SkewBpsPerToken.F(),
		Gamma: m.Gamma.F(), SkewHorizon: m.SkewHorizon.Duration,
		MaxInventoryUSD: m.MaxInventoryUSD.F(), SizeReduction: m.SizeReduction.F(),
		RefreshToleranceBps: m.RefreshToleranceBps.F(), MaxQuoteAge: m.MaxQuoteAge.Duration,
		MaxDataAge: m.MaxDataAge.Duration, MaxActionsPerCall: m.MaxActionsPerCall,
		MaxActionsPerSecond: m.MaxActionsPerSecond.F(), ActionBurst: m.ActionBurst,
		FlattenBandUSD: m.FlattenBandUSD.F(), FlattenTargetUSD: m.FlattenTargetUSD.F(),
		UnwindBandUSD: m.UnwindBandUSD.F(),
	}
	if m.Hedge.Enabled {
		p.HedgeLot = m.Hedge.Lot.F()
	}
	if _, ok := skewModes[m.Skew]; !ok {
		p.Skew = mm.SkewAvellanedaStoikov + 1 // refused by Validate
	}
	return p
}

// validateMM checks [mm] when enabled, naming every bad key.
func (c *Config) validateMM(v *checker) {
	m := c.MM
	if !m.Enabled {
		return
	}
	v.nonEmpty("mm.venue", m.Venue)
	v.nonEmpty("mm.book", m.Book)
	v.nonEmpty("mm.quote", m.Quote)
	v.nonEmpty("mm.client_prefix", m.ClientPrefix)
	tok, ok := c.Tokens[m.Token]
	switch {
	case !ok:
		v.add("mm.token", "%q has no [tokens.%s] table", m.Token, m.Token)
	case tok.UnderlyingBook == "":
		v.add("tokens."+m.Token+".underlying_book", "is required for market making (the fair value is priced from it)")
	case m.Book == tok.UnderlyingBook || m.Book == tok.Pool:
		v.add("mm.book", "%q is already the token's pool or underlying book", m.Book)
	}
	v.positive("mm.tick", m.Tick)
	v.positive("mm.lot", m.Lot)
	v.positive("mm.vol_initial", m.VolInitial)
	v.positiveDur("mm.vol_half_life", m.VolHalfLife)
	if m.FlattenCooldown.Duration < 0 {
		v.add("mm.flatten_cooldown", "must be >= 0")
	}
	if m.MintRedeem && (m.GasUnitsMint <= 0 || m.GasUnitsRedeem <= 0) {
		v.add("mm.gas_units_mint", "and mm.gas_units_redeem must be > 0 when mm.mint_redeem is true")
	}
	if c.Risk.MaxInventoryUSD.IsSet() && m.MaxInventoryUSD.GreaterThan(c.Risk.MaxInventoryUSD.Decimal) {
		v.add("mm.max_inventory_usd", "(%s) exceeds risk.max_inventory_usd (%s)", m.MaxInventoryUSD, c.Risk.MaxInventoryUSD)
	}
	if h := m.Hedge; h.Enabled {
		v.nonEmpty("mm.hedge.venue", h.Venue)
		v.nonEmpty("mm.hedge.symbol", h.Symbol)
		v.nonEmpty("mm.hedge.base", h.Base)
		v.nonNegative("mm.hedge.taker_fee_bps", h.TakerFeeBps)
		v.positive("mm.hedge.lot", h.Lot)
	}
	_, skewOK := skewModes[m.Skew]
	if !skewOK {
		v.add("mm.skew", "%q is not one of none, linear, avellaneda_stoikov", m.Skew)
	}
	p := c.MMParams()
	if err := p.Validate(); err != nil {
		// mm.Params names its fields by their [mm] keys.
		for _, e := range unjoin(errors.Unwrap(err)) {
			if !skewOK && strings.HasPrefix(e.Error(), "skew ") {
				continue
			}
			v.errs = append(v.errs, errors.New("mm."+strings.TrimPrefix(e.Error(), "mm: validate params: ")))
		}
	}
}
