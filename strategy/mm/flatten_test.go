package mm_test

import (
	"math"
	"testing"

	"github.com/navarb/navarb/strategy/mm"
	"github.com/navarb/navarb/venues"
)

// basePosition: NAV $50, 2x, underlying 2999.5/3000.5, 10 bps issuer fees
// and $0.50 gas, perp taker 4.5 bps, spot taker 10 bps, both open.
func basePosition(inv float64) mm.Position {
	return mm.Position{
		Inventory: inv, NAV: 50,
		MintFeeBps: 10, RedeemFeeBps: 10,
		GasUSDMint: 0.5, GasUSDRedeem: 0.5,
		IssuerOpen: true, Leverage: 2,
		UnderlyingBid: 2999.5, UnderlyingAsk: 3000.5,
		SpotTakerFeeBps: 10, PerpTakerFeeBps: 4.5,
		SpotOpen: true, PerpOpen: true,
	}
}

func TestDecideFlatten(t *testing.T) {
	const half = 0.5 / 3000 // underlying half-spread as a fraction
	// Band $3,000, target $500: 80 tokens ($4,000) flatten 70 ($3,500).
	issuer := 3500*10e-4 + 0.5
	perpEntry := 2 * 3500 * (4.5e-4 + half)
	spotEntry := 2 * 3500 * (10e-4 + half)
	tests := []struct {
		name     string
		pos      func() mm.Position
		kind     mm.FlattenKind
		tokens   float64
		side     venues.Side
		qty      float64
		cost     float64
		alt      mm.FlattenKind
		altCost  float64
		checkAlt bool
	}{
		{"inside band", func() mm.Position { return basePosition(59) }, mm.FlattenNone, 0, 0, 0, 0, 0, 0, false},
		{"long: redeem is cheaper", func() mm.Position { return basePosition(80) },
			mm.FlattenRedeem, 70, 0, 0, issuer, mm.FlattenHedgePerp, 2 * perpEntry, true},
		{"short: mint is cheaper", func() mm.Position { return basePosition(-80) },
			mm.FlattenMint, 70, 0, 0, issuer, mm.FlattenHedgePerp, 2 * perpEntry, true},
		{"gas spike: perp hedge", func() mm.Position {
			p := basePosition(80)
			p.GasUSDRedeem = 20
			return p
		}, mm.FlattenHedgePerp, 70, venues.Sell, 7000.0 / 3000, 2 * perpEntry, mm.FlattenRedeem, 3500*10e-4 + 20, true},
		{"issuer rebalancing: perp hedge", func() mm.Position {
			p := basePosition(80)
			p.IssuerOpen = false
			return p
		}, mm.FlattenHedgePerp, 70, venues.Sell, 7000.0 / 3000, 2 * perpEntry, mm.FlattenNone, 0, true},
		{"short, issuer closed: buy the underlying", func() mm.Position {
			p := basePosition(-80)
			p.IssuerOpen, p.PerpOpen = false, false
			return p
		}, mm.FlattenHedgeSpot, 70, venues.Buy, 7000.0 / 3000, 2 * spotEntry, mm.FlattenNone, 0, true},
		{"inverse token long: buy the underlying", func() mm.Position {
			p := basePosition(80)
			p.IssuerOpen, p.Leverage = false, -1
			return p
		}, mm.FlattenHedgePerp, 70, venues.Buy, 3500.0 / 3000, perpEntry, 0, 0, false},
		{"spot cannot sell what it does not hold", func() mm.Position {
			p := basePosition(80)
			p.IssuerOpen, p.PerpOpen = false, false
			return p
		}, mm.FlattenNone, 0, 0, 0, 0, 0, 0, false},
		{"spot sells what it holds", func() mm.Position {
			p := basePosition(80)
			p.IssuerOpen, p.PerpOpen, p.SpotHeld = false, false, 3
			return p
		}, mm.FlattenHedgeSpot, 70, venues.Sell, 7000.0 / 3000, 2 * spotEntry, 0, 0, false},
		{"already hedged: nothing to do", func() mm.Position {
			p := basePosition(80)
			p.Hedge, p.HedgeOn = -7000.0/3000, mm.HedgePerp
			return p
		}, mm.FlattenNone, 0, 0, 0, 0, 0, 0, false},
		{"hedged but inventory grew: top up on the same venue", func() mm.Position {
			p := basePosition(150)
			p.GasUSDRedeem = 100
			p.Hedge, p.HedgeOn = -7000.0/3000, mm.HedgePerp
			return p
		}, mm.FlattenHedgePerp, 70, venues.Sell, 7000.0 / 3000, 2 * perpEntry, mm.FlattenRedeem, 3500*10e-4 + 100, true},
		{"back inside the unwind band: unwind", func() mm.Position {
			p := basePosition(15) // $750 <= $1,000
			p.Hedge, p.HedgeOn = -2, mm.HedgePerp
			return p
		}, mm.FlattenUnwind, 2 * 3000 / (2 * 50.0), venues.Buy, 2, 2 * 3000 * (4.5e-4 + half), 0, 0, false},
		{"between unwind band and band: hold the hedge", func() mm.Position {
			p := basePosition(30) // $1,500
			p.Hedge, p.HedgeOn = -1, mm.HedgePerp
			return p
		}, mm.FlattenNone, 0, 0, 0, 0, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := baseParams()
			pos := tt.pos()
			f, ok := mm.DecideFlatten(&pos, &p)
			if !ok {
				t.Fatal("ok=false")
			}
			if f.Kind != tt.kind {
				t.Fatalf("kind %v, want %v (%+v)", f.Kind, tt.kind, f)
			}
			if tt.kind == mm.FlattenNone {
				return
			}
			if !closeTo(f.Tokens, tt.tokens, 1e-9) {
				t.Errorf("tokens %v, want %v", f.Tokens, tt.tokens)
			}
			if !closeTo(f.ExpectedCostUSD, tt.cost, 1e-9) {
				t.Errorf("cost %v, want %v", f.ExpectedCostUSD, tt.cost)
			}
			if tt.side != 0 && (f.Side != tt.side || !closeTo(f.UnderlyingQty, tt.qty, 1e-9)) {
				t.Errorf("hedge %v %v, want %v %v", f.Side, f.UnderlyingQty, tt.side, tt.qty)
			}
			if tt.checkAlt && (f.AltKind != tt.alt || !closeTo(f.AltCostUSD, tt.altCost, 1e-9)) {
				t.Errorf("alternative %v at %v, want %v at %v", f.AltKind, f.AltCostUSD, tt.alt, tt.altCost)
			}
			if f.AltKind != mm.FlattenNone && f.AltCostUSD < f.ExpectedCostUSD {
				t.Errorf("chose %v at %v over cheaper %v at %v", f.Kind, f.ExpectedCostUSD, f.AltKind, f.AltCostUSD)
			}
		})
	}
}

func TestDecideFlattenHedgeLot(t *testing.T) {
	p := baseParams()
	p.HedgeLot = 0.1
	pos := basePosition(80)
	pos.IssuerOpen = false
	f, ok := mm.DecideFlatten(&pos, &p)
	if !ok || f.Kind != mm.FlattenHedgePerp {
		t.Fatalf("%+v ok=%v, want a perp hedge", f, ok)
	}
	// 7000/3000 = 2.333 rounds down to 2.3; the tokens it covers follow.
	if got, want := f.UnderlyingQty, 2.3; !closeTo(got, want, 1e-9) {
		t.Errorf("qty %v, want %v", got, want)
	}
	if got, want := f.Tokens, 2.3*3000/(2*50); !closeTo(got, want, 1e-9) {
		t.Errorf("tokens %v, want %v", got, want)
	}
}

func TestDecideFlattenInvalid(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name string
		mut  func(p *mm.Position)
	}{
		{"NAV zero", func(p *mm.Position) { p.NAV = 0 }},
		{"inventory NaN", func(p *mm.Position) { p.Inventory = nan }},
		{"leverage zero", func(p *mm.Position) { p.Leverage = 0 }},
		{"crossed underlying", func(p *mm.Position) { p.UnderlyingAsk = 2000 }},
		{"no underlying bid", func(p *mm.Position) { p.UnderlyingBid = 0 }},
		{"fee 100%", func(p *mm.Position) { p.RedeemFeeBps = 1e4 }},
		{"negative gas", func(p *mm.Position) { p.GasUSDRedeem = -1 }},
		{"hedge NaN", func(p *mm.Position) { p.Hedge = nan }},
	}
	p := baseParams()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pos := basePosition(80)
			tt.mut(&pos)
			if f, ok := mm.DecideFlatten(&pos, &p); ok || f.Kind != mm.FlattenNone {
				t.Errorf("DecideFlatten = %+v, ok=%v; want nothing", f, ok)
			}
		})
	}
}
