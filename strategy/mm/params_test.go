package mm_test

import (
	"math"
	"strings"
	"testing"

	"github.com/navarb/navarb/strategy/mm"
)

func TestValidate(t *testing.T) {
	p := baseParams()
	if err := p.Validate(); err != nil {
		t.Fatalf("base params: %v", err)
	}
	nan := math.NaN()
	tests := []struct {
		field string
		mut   func(p *mm.Params)
		// relative cases are only bad against other fields' base values,
		// so the all-bad check leaves them out.
		relative bool
	}{
		{"levels", func(p *mm.Params) { p.Levels = 0 }, false},
		{"level_qty", func(p *mm.Params) { p.LevelQty = nan }, false},
		{"level_spacing_bps", func(p *mm.Params) { p.LevelSpacingBps = -1 }, false},
		{"base_half_spread_bps", func(p *mm.Params) { p.BaseHalfSpreadBps = math.Inf(1) }, false},
		{"vol_k", func(p *mm.Params) { p.VolK = -1 }, false},
		{"vol_horizon", func(p *mm.Params) { p.VolHorizon = -1 }, false},
		{"maker_fee_bps", func(p *mm.Params) { p.MakerFeeBps = 1e4 }, false},
		{"min_edge_bps", func(p *mm.Params) { p.MinEdgeBps = -2 }, true},
		{"min_edge_bps", func(p *mm.Params) { p.MinEdgeBps = nan }, false},
		{"tick", func(p *mm.Params) { p.Tick = 0 }, false},
		{"lot", func(p *mm.Params) { p.Lot = -0.1 }, false},
		{"min_qty", func(p *mm.Params) { p.MinQty = -1 }, false},
		{"skew", func(p *mm.Params) { p.Skew = 9 }, false},
		{"skew_bps_per_token", func(p *mm.Params) { p.SkewBpsPerToken = nan }, false},
		{"gamma", func(p *mm.Params) { p.Gamma = -1 }, false},
		{"skew_horizon", func(p *mm.Params) { p.SkewHorizon = -1 }, false},
		{"max_inventory_usd", func(p *mm.Params) { p.MaxInventoryUSD = 0 }, false},
		{"size_reduction", func(p *mm.Params) { p.SizeReduction = 1.5 }, false},
		{"refresh_tolerance_bps", func(p *mm.Params) { p.RefreshToleranceBps = -1 }, false},
		{"max_quote_age", func(p *mm.Params) { p.MaxQuoteAge = 0 }, false},
		{"max_data_age", func(p *mm.Params) { p.MaxDataAge = 0 }, false},
		{"max_actions_per_call", func(p *mm.Params) { p.MaxActionsPerCall = 0 }, false},
		{"max_actions_per_second", func(p *mm.Params) { p.MaxActionsPerSecond = 0 }, false},
		{"action_burst", func(p *mm.Params) { p.ActionBurst = 0 }, false},
		{"flatten_band_usd", func(p *mm.Params) { p.FlattenBandUSD = 6000 }, true},
		{"flatten_band_usd", func(p *mm.Params) { p.FlattenBandUSD = nan }, false},
		{"flatten_target_usd", func(p *mm.Params) { p.FlattenTargetUSD = 3000 }, true},
		{"flatten_target_usd", func(p *mm.Params) { p.FlattenTargetUSD = -1 }, false},
		{"unwind_band_usd", func(p *mm.Params) { p.UnwindBandUSD = 3000 }, true},
		{"unwind_band_usd", func(p *mm.Params) { p.UnwindBandUSD = nan }, false},
		{"hedge_lot", func(p *mm.Params) { p.HedgeLot = -1 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			p := baseParams()
			tt.mut(&p)
			err := p.Validate()
			if err == nil {
				t.Fatalf("Validate: nil, want an error naming %s", tt.field)
			}
			if got := err.Error(); !strings.Contains(got, tt.field+" must") {
				t.Errorf("Validate = %q, want it to name %s", got, tt.field)
			}
		})
	}
	// Every bad field is reported at once.
	bad := baseParams()
	for _, tt := range tests {
		if !tt.relative {
			tt.mut(&bad)
		}
	}
	err := bad.Validate()
	if err == nil {
		t.Fatal("Validate(all bad): nil")
	}
	for _, tt := range tests {
		if tt.relative {
			continue
		}
		if !strings.Contains(err.Error(), tt.field+" must") {
			t.Errorf("all-bad error misses %s: %v", tt.field, err)
		}
	}
}
