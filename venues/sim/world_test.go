package sim_test

import (
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

func TestPoolDriftsFromNAVWithoutTrading(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		o := sim.DefaultOptions()
		o.Seed = seed
		// A whole day on a coarse clock keeps the test fast.
		o.Step, o.BlockTime = 10*time.Second, 10*time.Second
		m := mustNew(t, o)
		var v view
		lo, hi := math.Inf(1), math.Inf(-1)
		mustRun(t, m, func(ev venues.Event) {
			v.update(ev)
			if _, ok := ev.(*venues.IssuerUpdate); ok {
				p := v.premium() * 1e4
				lo, hi = min(lo, p), max(hi, p)
			}
		})
		if hi <= 50 || lo >= -50 {
			t.Errorf("seed %d: premium range [%.1f, %.1f] bps, want both a premium and a discount beyond 50 bps", seed, lo, hi)
		}
		if got := m.Stats().NoiseTrades; got == 0 {
			t.Errorf("seed %d: no noise trades", seed)
		}
	}
}

func TestOracleUpdatesOnlyOnDeviationOrHeartbeat(t *testing.T) {
	o := sim.DefaultOptions()
	o.Duration = time.Hour
	o.Underlying.Vol = 0.3
	o.Underlying.JumpsPerDay = 0
	o.Book.Tick = 0
	o.Token.StreamingFeeAnnual = 0
	o.Token.BandMin, o.Token.BandMax, o.Token.Ripcord = 1, 10, 20 // no rebalances
	o.Token.DeviationBps = 10
	o.Token.Heartbeat = 5 * time.Minute
	m := mustNew(t, o)

	var v view
	var lastOracle, prevNAV float64
	var lastAt time.Time
	var devUpdates, hbUpdates, quiet, blocks int
	mustRun(t, m, func(ev venues.Event) {
		v.update(ev)
		if _, ok := ev.(*venues.IssuerUpdate); !ok {
			return
		}
		blocks++
		oracle := (v.nav + v.issuer.DebtPerToken) / v.issuer.CollateralPerToken
		if snap := m.Snapshot(); math.Abs(snap.OraclePrice/oracle-1) > 1e-9 {
			t.Fatalf("%v: oracle from NAV %v, issuer's %v", v.now, oracle, snap.OraclePrice)
		}
		if blocks == 1 {
			lastOracle, lastAt, prevNAV = oracle, v.now, v.nav
			return
		}
		dev := math.Abs(v.mid/lastOracle-1) * 1e4
		heartbeat := v.now.Sub(lastAt) >= o.Token.Heartbeat
		want := dev > o.Token.DeviationBps || heartbeat
		got := v.nav != prevNAV
		if math.Abs(dev-o.Token.DeviationBps) < 1e-6 && !heartbeat {
			want = got // too close to the threshold to call in float64
		}
		if got != want {
			t.Fatalf("%v: NAV updated %v, want %v (deviation %.4f bps, %v since last update)", v.now, got, want, dev, v.now.Sub(lastAt))
		}
		switch {
		case !got:
			quiet++
		case dev > o.Token.DeviationBps:
			devUpdates++
		default:
			hbUpdates++
		}
		if got {
			if math.Abs(oracle/v.mid-1) > 1e-9 {
				t.Fatalf("%v: oracle updated to %v, market %v", v.now, oracle, v.mid)
			}
			lastOracle, lastAt = oracle, v.now
		}
		prevNAV = v.nav
	})
	t.Logf("deviation updates %d, heartbeat updates %d, quiet blocks %d", devUpdates, hbUpdates, quiet)
	if devUpdates == 0 || hbUpdates == 0 || quiet == 0 {
		t.Errorf("deviation updates %d, heartbeat updates %d, quiet blocks %d: want all > 0", devUpdates, hbUpdates, quiet)
	}
	if got, want := m.Stats().OracleUpdates, uint64(devUpdates+hbUpdates); got != want {
		t.Errorf("Stats().OracleUpdates = %d, want %d", got, want)
	}
}

func TestKeeperRebalancesBackIntoBand(t *testing.T) {
	tests := []struct {
		name      string
		logReturn float64
		ripcord   bool
	}{
		{"drop above band", -0.08, false},
		{"rise below band", 0.12, false},
		{"crash past ripcord", -0.2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := quietOptions()
			o.Duration = 30 * time.Minute
			o.Token.BandMin, o.Token.Target, o.Token.BandMax, o.Token.Ripcord = 1.9, 2, 2.1, 2.5
			o.Token.RebalanceDuration = 5 * time.Minute
			shockAt := 10 * time.Minute
			o.Underlying.Shocks = []sim.Shock{{After: shockAt, LogReturn: tt.logReturn}}
			m := mustNew(t, o)

			var v view
			var prev venues.IssuerUpdate
			var outside, rebalancingBlocks int
			var leftAt, backAt time.Time
			var peak float64 // leverage at the market price before the keeper acted
			mustRun(t, m, func(ev venues.Event) {
				v.update(ev)
				e, ok := ev.(*venues.IssuerUpdate)
				if !ok {
					return
				}
				if prev.CollateralPerToken > 0 && peak == 0 && v.now.Sub(o.Start) >= shockAt {
					cp := prev.CollateralPerToken * v.mid
					peak = cp / (cp - prev.DebtPerToken)
				}
				if e.Leverage < o.Token.BandMin || e.Leverage > o.Token.BandMax {
					if outside == 0 {
						leftAt = e.Time
					}
					outside++
				} else if outside > 0 && backAt.IsZero() {
					backAt = e.Time
				}
				if e.Rebalancing {
					rebalancingBlocks++
				}
				prev = *e
			})
			t.Logf("peak leverage %.3f, %d blocks outside the band, %d rebalancing, final %.4f", peak, outside, rebalancingBlocks, prev.Leverage)
			if peak >= o.Token.BandMin && peak <= o.Token.BandMax {
				t.Fatalf("shock left leverage at %.3f, inside the band: bad test", peak)
			}
			if got := prev.Leverage; math.Abs(got-o.Token.Target) > 0.01 || prev.Rebalancing {
				t.Errorf("final leverage %.4f (rebalancing %v), want %.1f and done", got, prev.Rebalancing, o.Token.Target)
			}
			s := m.Stats()
			if tt.ripcord {
				if peak <= o.Token.Ripcord {
					t.Fatalf("peak leverage %.3f below ripcord: bad test", peak)
				}
				if s.Ripcords != 1 || outside != 0 || rebalancingBlocks != 0 {
					t.Errorf("ripcords %d, blocks outside band %d, rebalancing blocks %d: want 1, 0, 0", s.Ripcords, outside, rebalancingBlocks)
				}
				return
			}
			if s.Rebalances != 1 {
				t.Errorf("Stats().Rebalances = %d, want 1", s.Rebalances)
			}
			if outside == 0 || backAt.IsZero() {
				t.Fatalf("leverage never left (%d blocks) or never came back (%v)", outside, backAt)
			}
			if d := backAt.Sub(leftAt); d <= 0 || d > o.Token.RebalanceDuration {
				t.Errorf("back in band after %v, want within %v", d, o.Token.RebalanceDuration)
			}
			if want := int(o.Token.RebalanceDuration / o.BlockTime); rebalancingBlocks < want-1 || rebalancingBlocks > want+1 {
				t.Errorf("rebalancing for %d blocks, want about %d", rebalancingBlocks, want)
			}
		})
	}
}

func TestStreamingFeeAccruesEveryBlock(t *testing.T) {
	for _, fee := range []float64{0, 0.0365, 0.5} {
		o := quietOptions()
		o.Token.StreamingFeeAnnual = fee
		m := mustNew(t, o)
		var v view
		var first, last float64
		var blocks int
		mustRun(t, m, func(ev venues.Event) {
			v.update(ev)
			e, ok := ev.(*venues.IssuerUpdate)
			if !ok {
				return
			}
			blocks++
			if blocks == 1 {
				first = v.nav
			}
			if v.nav > last && blocks > 1 {
				t.Fatalf("fee %v: NAV rose from %v to %v", fee, last, v.nav)
			}
			last = v.nav
			if !e.FeeAccruedAt.Equal(e.Time) {
				t.Fatalf("fee %v: FeeAccruedAt %v, want block time %v", fee, e.FeeAccruedAt, e.Time)
			}
			// Component NAV from the book equals the issuer's with a flat price.
			if comp := e.CollateralPerToken*v.mid - e.DebtPerToken; math.Abs(comp-v.nav) > 2e-8 {
				t.Fatalf("fee %v: component NAV %v, issuer NAV %v", fee, comp, v.nav)
			}
		})
		perBlock := 1 - fee*o.BlockTime.Seconds()/(365*24*3600)
		want := first * math.Pow(perBlock, float64(blocks-1))
		if math.Abs(last-want) > 2e-8 {
			t.Errorf("fee %v: NAV after %d blocks %v, want %v", fee, blocks, last, want)
		}
	}
}

func TestBookAroundMarketPrice(t *testing.T) {
	for _, tick := range []float64{0, 0.01} {
		o := sim.DefaultOptions()
		o.Duration = time.Minute
		o.Book.Tick = tick
		m := mustNew(t, o)
		var books, checked int
		var last venues.BookUpdate
		mustRun(t, m, func(ev venues.Event) {
			switch e := ev.(type) {
			case *venues.BookUpdate:
				books++
				if len(e.Bids) != o.Book.Levels || len(e.Asks) != o.Book.Levels {
					t.Fatalf("levels %d/%d, want %d", len(e.Bids), len(e.Asks), o.Book.Levels)
				}
				for i := 1; i < len(e.Bids); i++ {
					if e.Bids[i].Price >= e.Bids[i-1].Price || e.Asks[i].Price <= e.Asks[i-1].Price {
						t.Fatalf("book not sorted at level %d: %+v", i, e)
					}
				}
				if e.Symbol != o.BookSymbol || e.Venue != o.BookVenue {
					t.Fatalf("book %s/%s, want %s/%s", e.Venue, e.Symbol, o.BookVenue, o.BookSymbol)
				}
				last = *e
			case *venues.GasUpdate:
				// The block's native price is the market price the book
				// delivered just before surrounds.
				p := e.NativeUSD
				bid, ask := last.Bids[0].Price, last.Asks[0].Price
				if !last.Time.Equal(e.Time) || bid >= p || ask <= p {
					t.Fatalf("tick %v: book %v..%v at %v does not surround price %v at %v", tick, bid, ask, last.Time, p, e.Time)
				}
				if tick == 0 && math.Abs(last.Mid()/p-1) > 1e-12 {
					t.Fatalf("untick'd book mid %v, want price %v", last.Mid(), p)
				}
				if tick > 0 && math.Abs(bid/tick-math.Round(bid/tick)) > 1e-6 {
					t.Fatalf("bid %v not on tick %v", bid, tick)
				}
				checked++
			}
		})
		if want := int(o.Duration/o.Step) + 1; books != want || checked == 0 {
			t.Errorf("tick %v: %d books (%d checked against a block), want %d", tick, books, checked, want)
		}
	}
}

func TestReadersAreSafeDuringRun(t *testing.T) {
	o := quietOptions()
	m := mustNew(t, o)
	done := make(chan struct{})
	var maxBlocks uint64
	go func() {
		defer close(done)
		for m.Stats().Blocks < uint64(o.Duration/o.BlockTime) {
			maxBlocks = max(maxBlocks, m.Snapshot().Block)
			_ = m.Balances()
			_ = m.Now()
		}
	}()
	mustRun(t, m, nil)
	<-done
	if got, want := m.Snapshot().Block, uint64(o.Duration/o.BlockTime)+1; got != want || maxBlocks > want {
		t.Errorf("final block %d (seen %d while running), want %d", got, maxBlocks, want)
	}
}
