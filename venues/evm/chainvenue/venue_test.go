package chainvenue_test

import (
	"context"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
	"github.com/navarb/navarb/venues/evm/chainvenue"
	"github.com/navarb/navarb/venues/evm/chainvenue/chaintest"
)

// blockState is what the venue emitted for one block.
type blockState struct {
	pool   *venues.PoolUpdate
	nav    *venues.NAVUpdate
	issuer *venues.IssuerUpdate
	gas    *venues.GasUpdate
}

// followVenue runs a venue on the world's chain and returns a function that
// collects events until a whole block's state (the pool update comes last)
// for a block >= min arrived.
func followVenue(t *testing.T, w *chaintest.World) func(min uint64) blockState {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	events := make(chan venues.Event, 16)
	c, err := evm.NewClient(evm.ClientOptions{Venue: chain, ChainID: chaintest.ChainID, Endpoints: []evm.Endpoint{w.Endpoint()}, Events: events})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	v, err := chainvenue.New(chainvenue.Options{Chain: chain, Client: c, Markets: []chainvenue.Market{market(t, w, c)},
		NativeUSD: func() float64 { return nativeUSD }, Events: events, PollInterval: 20 * time.Millisecond, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- v.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("venue run: %v", err)
		}
		c.Close()
	})
	return func(min uint64) blockState {
		t.Helper()
		var s blockState
		timeout := time.After(20 * time.Second)
		for {
			select {
			case ev := <-events:
				switch x := ev.(type) {
				case *venues.PoolUpdate:
					s.pool = x
					if x.Block >= min && s.nav != nil && s.issuer != nil && s.gas != nil {
						return s
					}
					s = blockState{}
				case *venues.NAVUpdate:
					s.nav = x
				case *venues.IssuerUpdate:
					s.issuer = x
				case *venues.GasUpdate:
					s.gas = x
				}
			case <-timeout:
				t.Fatalf("no whole block state for block >= %d", min)
			}
		}
	}
}

// checkState compares one block's events with the chain read directly:
// pool reserves (V2) or virtual reserves (V3), issuer NAV and fees, and
// the block's base fee and time.
func checkState(t *testing.T, w *chaintest.World, s blockState) {
	t.Helper()
	h := w.C.HeaderAt(t, s.pool.Block)
	if got, want := s.gas.BaseFeeGwei, ratio(h.BaseFee, big.NewInt(1e9)); got != want || s.gas.NativeUSD != nativeUSD || s.gas.Chain != chain {
		t.Errorf("gas %+v, want base fee %v gwei of block %d", s.gas, want, s.pool.Block)
	}
	if s.pool.Time.Unix() != int64(h.Time) || s.nav.Time != s.pool.Time {
		t.Errorf("times pool %v nav %v, want block time %d", s.pool.Time, s.nav.Time, h.Time)
	}
	if got, want := s.nav.NAV, ratio(w.NAV(t), big.NewInt(1e6)); got != want || s.nav.Source != venues.NAVIssuer {
		t.Errorf("NAV %v (%s), want %v from the issuer", got, s.nav.Source, want)
	}
	if s.issuer.MintFeeBps != 10 || s.issuer.RedeemFeeBps != 10 || s.issuer.Paused || math.Abs(s.issuer.Leverage-2) > 0.05 {
		t.Errorf("issuer %+v, want fees 10/10, not paused, leverage ~2", s.issuer)
	}
	if got, want := s.issuer.CollateralPerToken, 0.1; math.Abs(got-want) > 1e-9 {
		t.Errorf("collateral per token %v, want %v", got, want)
	}
	price, want := s.pool.Price(), ratio(w.Price(t), big.NewInt(1e6))
	// want is floored to a USDC raw unit (1e-6 of ~100).
	if math.Abs(price/want-1) > 2e-8 || s.pool.Pool != poolName || s.pool.Base != "ETH2X" || s.pool.Quote != "USDC" || s.pool.FeeBps != 30 {
		t.Errorf("pool %+v: price %v, want %v", s.pool, price, want)
	}
}

// TestVenueEmitsChainState follows the chain while another account trades
// and checks each block's events against the chain.
func TestVenueEmitsChainState(t *testing.T) {
	for _, v3 := range []bool{false, true} {
		name := "v2"
		if v3 {
			name = "v3"
		}
		t.Run(name, func(t *testing.T) {
			w := chaintest.New(t, chaintest.Options{V3: v3})
			next := followVenue(t, w)
			first := next(0)
			checkState(t, w, first)
			w.PushPremium(t, chaintest.E6(2_000))
			after := next(w.C.Head(t).Number.Uint64())
			checkState(t, w, after)
			if !(after.pool.Price() > first.pool.Price()*1.05) {
				t.Errorf("pool price %v after a 2,000 USDC buy, was %v", after.pool.Price(), first.pool.Price())
			}
		})
	}
}

// TestVenueFollowsReorg reorganises the chain below a premium another
// account created, and sells into the pool on the new branch (the node
// re-includes the abandoned branch's transactions too): the venue's state
// is the new branch's, block for block as the chain reads it, not the
// abandoned one's.
func TestVenueFollowsReorg(t *testing.T) {
	w := chaintest.New(t, chaintest.Options{})
	next := followVenue(t, w)
	next(0)
	ancestor := w.C.Head(t)
	w.PushPremium(t, chaintest.E6(2_000))
	oldHead := w.C.Head(t)
	oldTip := oldHead.Number.Uint64()
	old := next(oldTip)
	checkState(t, w, old)
	if err := w.Sim.Fork(ancestor.Hash()); err != nil {
		t.Fatal(err)
	}
	w.C.ResetNonces()
	w.PushDiscount(t, chaintest.E18(30))
	for w.C.Head(t).Number.Uint64() <= oldTip+1 {
		w.Sim.Commit()
	}
	if w.C.HeaderAt(t, oldTip).Hash() == oldHead.Hash() {
		t.Fatal("no reorg happened")
	}
	s := next(w.C.Head(t).Number.Uint64())
	checkState(t, w, s)
	if !(s.pool.Price() < old.pool.Price()*0.97) {
		t.Errorf("after the reorg the venue shows price %v, the abandoned branch had %v: want the new branch's sale", s.pool.Price(), old.pool.Price())
	}
}
