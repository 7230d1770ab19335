package mm

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// bpsDenom converts basis points to a fraction.
const bpsDenom = 1e4

// Year is the unit of annualised volatility: 365 days.
const Year = 365 * 24 * time.Hour

// SkewMode selects how inventory moves the reservation price.
type SkewMode uint8

// Skew modes.
const (
	// SkewNone quotes around the fair value whatever the inventory.
	SkewNone SkewMode = iota
	// SkewLinear shifts the centre by SkewBpsPerToken x inventory.
	SkewLinear
	// SkewAvellanedaStoikov shifts it by q gamma sigma^2 (T-t), sigma being
	// the absolute volatility of the fair value (fair x annual sigma).
	SkewAvellanedaStoikov
)

func (m SkewMode) String() string {
	switch m {
	case SkewNone:
		return "none"
	case SkewLinear:
		return "linear"
	case SkewAvellanedaStoikov:
		return "avellaneda_stoikov"
	}
	return "unknown"
}

// Params are the market-making knobs. Validate names every bad field by its
// config name.
type Params struct {
	// Levels is the number of quotes a side, >= 1.
	Levels int
	// LevelQty is the size of each level in tokens, > 0.
	LevelQty float64
	// LevelSpacingBps separates consecutive levels, >= 0 (levels that round
	// to the same tick are pushed one tick apart).
	LevelSpacingBps float64
	// BaseHalfSpreadBps is the configured half-spread of the best level, >= 0.
	BaseHalfSpreadBps float64
	// VolK and VolHorizon add k x sigma x sqrt(horizon) to the half-spread,
	// sigma being annualised (fraction per sqrt(Year)). Both >= 0.
	VolK       float64
	VolHorizon time.Duration
	// MakerFeeBps is the maker fee (negative for a rebate), in (-1e4, 1e4).
	MakerFeeBps float64
	// MinEdgeBps is the least a fill must earn against the fair value after
	// the maker fee. MakerFeeBps + MinEdgeBps must be > 0, so that the best
	// bid is always below the fair value and the best ask above it.
	MinEdgeBps float64
	// Tick is the price increment and Lot the quantity increment, both > 0.
	Tick, Lot float64
	// MinQty drops levels smaller than it (the venue's minimum), >= 0.
	MinQty float64

	// Skew selects the inventory skew.
	Skew SkewMode
	// SkewBpsPerToken is the linear skew, >= 0.
	SkewBpsPerToken float64
	// Gamma (risk aversion, 1/USD) and SkewHorizon (T-t) drive the
	// Avellaneda-Stoikov skew, both >= 0.
	Gamma       float64
	SkewHorizon time.Duration
	// MaxInventoryUSD is the hard cap on |inventory| x fair value, > 0.
	MaxInventoryUSD float64
	// SizeReduction in [0, 1] shrinks the side that grows |inventory| by
	// SizeReduction x |inventory| / cap (1 removes it at the cap).
	SizeReduction float64

	// RefreshToleranceBps: a resting quote within this of its desired price
	// is kept, >= 0.
	RefreshToleranceBps float64
	// MaxQuoteAge: a resting quote older than this is refreshed, > 0.
	MaxQuoteAge time.Duration
	// MaxDataAge: fair-value data older than this cancels everything, > 0.
	MaxDataAge time.Duration
	// MaxActionsPerCall bounds the places and cancels of one Reconcile, >= 1.
	MaxActionsPerCall int
	// MaxActionsPerSecond and ActionBurst configure the RateBudget: rate > 0,
	// burst >= 1.
	MaxActionsPerSecond float64
	ActionBurst         int

	// FlattenBandUSD: unhedged |inventory| above it is flattened, in
	// (0, MaxInventoryUSD].
	FlattenBandUSD float64
	// FlattenTargetUSD is the |inventory| a flattening brings it back to, in
	// [0, FlattenBandUSD).
	FlattenTargetUSD float64
	// UnwindBandUSD: a hedge is unwound once |inventory| is at or below it,
	// in [0, FlattenBandUSD).
	UnwindBandUSD float64
	// HedgeLot rounds hedge quantities (underlying units) down; 0 = none.
	HedgeLot float64
}

// Validate reports every invalid field at once, each by its config name.
func (p *Params) Validate() error {
	var errs []error
	bad := func(name, want string, v any) {
		errs = append(errs, fmt.Errorf("%s must be %s (got %v)", name, want, v))
	}
	pos := func(name string, v float64) {
		if !(v > 0) || math.IsInf(v, 0) {
			bad(name, "> 0", v)
		}
	}
	nonNeg := func(name string, v float64) {
		if !(v >= 0) || math.IsInf(v, 0) {
			bad(name, ">= 0", v)
		}
	}
	if p.Levels < 1 {
		bad("levels", ">= 1", p.Levels)
	}
	pos("level_qty", p.LevelQty)
	nonNeg("level_spacing_bps", p.LevelSpacingBps)
	nonNeg("base_half_spread_bps", p.BaseHalfSpreadBps)
	nonNeg("vol_k", p.VolK)
	if p.VolHorizon < 0 {
		bad("vol_horizon", ">= 0", p.VolHorizon)
	}
	if !(p.MakerFeeBps > -bpsDenom && p.MakerFeeBps < bpsDenom) {
		bad("maker_fee_bps", "in (-10000, 10000)", p.MakerFeeBps)
	}
	if math.IsNaN(p.MinEdgeBps) || math.IsInf(p.MinEdgeBps, 0) || p.MinEdgeBps >= bpsDenom {
		bad("min_edge_bps", "finite and < 10000", p.MinEdgeBps)
	} else if !(p.MakerFeeBps+p.MinEdgeBps > 0) {
		bad("min_edge_bps", "> -maker_fee_bps", p.MinEdgeBps)
	}
	pos("tick", p.Tick)
	pos("lot", p.Lot)
	nonNeg("min_qty", p.MinQty)
	if p.Skew > SkewAvellanedaStoikov {
		bad("skew", "none, linear or avellaneda_stoikov", p.Skew)
	}
	nonNeg("skew_bps_per_token", p.SkewBpsPerToken)
	nonNeg("gamma", p.Gamma)
	if p.SkewHorizon < 0 {
		bad("skew_horizon", ">= 0", p.SkewHorizon)
	}
	pos("max_inventory_usd", p.MaxInventoryUSD)
	if !(p.SizeReduction >= 0 && p.SizeReduction <= 1) {
		bad("size_reduction", "in [0, 1]", p.SizeReduction)
	}
	nonNeg("refresh_tolerance_bps", p.RefreshToleranceBps)
	if p.MaxQuoteAge <= 0 {
		bad("max_quote_age", "> 0", p.MaxQuoteAge)
	}
	if p.MaxDataAge <= 0 {
		bad("max_data_age", "> 0", p.MaxDataAge)
	}
	if p.MaxActionsPerCall < 1 {
		bad("max_actions_per_call", ">= 1", p.MaxActionsPerCall)
	}
	pos("max_actions_per_second", p.MaxActionsPerSecond)
	if p.ActionBurst < 1 {
		bad("action_burst", ">= 1", p.ActionBurst)
	}
	if !(p.FlattenBandUSD > 0 && p.FlattenBandUSD <= p.MaxInventoryUSD) {
		bad("flatten_band_usd", "in (0, max_inventory_usd]", p.FlattenBandUSD)
	}
	if !(p.FlattenTargetUSD >= 0 && p.FlattenTargetUSD < p.FlattenBandUSD) {
		bad("flatten_target_usd", "in [0, flatten_band_usd)", p.FlattenTargetUSD)
	}
	if !(p.UnwindBandUSD >= 0 && p.UnwindBandUSD < p.FlattenBandUSD) {
		bad("unwind_band_usd", "in [0, flatten_band_usd)", p.UnwindBandUSD)
	}
	nonNeg("hedge_lot", p.HedgeLot)
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("mm: validate params: %w", err)
	}
	return nil
}
